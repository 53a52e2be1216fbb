import { GraphQLError } from 'graphql';

/**
 * A refusal the caller can act on: a stable code, a message in plain words and, for input, the
 * path of the field at fault (["input", "password"]). Mutations return these in `userErrors`;
 * guards throw them as GraphQL errors whose `extensions.code` is the code.
 */
export interface UserError {
  code: string;
  message: string;
  field: string[] | null;
}

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field: string[] | null = null,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toUserError(): UserError {
    return { code: this.code, message: this.message, field: this.field };
  }
}

export const userError = (code: string, message: string, field: string[] | null = null): UserError => ({ code, message, field });

/**
 * Every refusal of one input at once, as one DomainError: the first is its code, message and field;
 * the others ride in `details.otherErrors` (for a query, `extensions.otherErrors` of the GraphQL
 * error), so a form shows all its errors after one submit. Returns nothing when there are none.
 */
export function throwAll(errors: readonly UserError[]): void {
  const [first, ...others] = errors;
  if (!first) return;
  throw new DomainError(first.code, first.message, first.field, others.length ? { otherErrors: others } : {});
}

/**
 * Runs a mutation's work and turns a DomainError (not found, forbidden, invalid input) into the
 * payload's userErrors, with the payload's other fields empty. Anything else stays an error.
 */
export async function withUserErrors<T extends { userErrors: UserError[] }>(
  work: () => Promise<T>,
  empty: Omit<T, 'userErrors'>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) return { ...empty, userErrors: [error.toUserError()] } as T;
    throw error;
  }
}

/** For queries: a DomainError becomes a GraphQL error whose extensions carry its code and field. */
export async function orGraphQLError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) {
      throw new GraphQLError(error.message, { extensions: { code: error.code, field: error.field, ...error.details } });
    }
    throw error;
  }
}
