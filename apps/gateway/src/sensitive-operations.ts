import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/** Mutations an attacker would like to repeat many times in one request. */
export const SENSITIVE_MUTATIONS = new Set(['logIn', 'logInSecondFactor', 'passwordResetRequest', 'passwordSet', 'totpEnrolConfirm']);

/**
 * Refuses a document that calls one of these mutations more than once (through aliases or
 * fragments): brute force cannot be multiplied inside one request. Batched HTTP requests are off
 * in Apollo Server, so one request is one operation.
 */
export function singleSensitiveMutation(context: ValidationContext): ASTVisitor {
  let count = 0;
  return {
    Field(node) {
      if (context.getParentType()?.name !== 'Mutation' || !SENSITIVE_MUTATIONS.has(node.name.value)) return;
      count += 1;
      if (count === 2) {
        context.reportError(
          new GraphQLError(`${node.name.value} may be called only once per request.`, { nodes: [node], extensions: { code: 'SENSITIVE_MUTATION_REPEATED' } }),
        );
      }
    },
  };
}
