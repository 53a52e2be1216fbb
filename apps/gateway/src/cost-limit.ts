import { type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { type PortalContext } from '@portal/kernel';
import { DOCUMENT_LIMITS } from './limits.js';

/** A paged list costs its page size times its items: `first` with its default, literal or variable. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + Math.max(1, args.first) * childComplexity : undefined;

/** The cost of an operation with its variables' values; throws on variables that do not fit. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })] });
}

/** Refuses an operation costing more than DOCUMENT_LIMITS.maxCost, before it runs. */
export function costLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin<PortalContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          let cost: number;
          try {
            cost = operationCost(schema, document, request.variables ?? {}, operationName ?? undefined);
          } catch {
            return; // variables that do not fit their types: execution reports them
          }
          if (cost > DOCUMENT_LIMITS.maxCost) {
            throw new GraphQLError(`Requête trop coûteuse (${cost}, au plus ${DOCUMENT_LIMITS.maxCost}) : demandez moins de lignes ou moins de champs.`, {
              extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost: DOCUMENT_LIMITS.maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

