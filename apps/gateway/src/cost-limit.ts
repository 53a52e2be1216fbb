import { type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, getOperationAST, getVariableValues, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { type PortalContext } from '@portal/kernel';
import { DOCUMENT_LIMITS } from './limits.js';

/** Items of every list in a field's arguments, at any depth (ids to quote, states, companies…). */
function listItems(value: unknown): number {
  if (Array.isArray(value)) return value.length + value.reduce((n: number, item) => n + listItems(item), 0);
  if (value !== null && typeof value === 'object') return Object.values(value).reduce((n: number, item) => n + listItems(item), 0);
  return 0;
}

/**
 * A field costs its selection once per row it may return or per item it is given to work on: a
 * paged list its page size (`first`, with its default, literal or variable), a field taking lists
 * (a termination quote of 500 OC ids) the number of their items, whichever is larger.
 */
const pageOrListEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const times = Math.max(typeof args.first === 'number' ? args.first : 1, listItems(args));
  return times > 1 || typeof args.first === 'number' ? 1 + Math.max(1, times) * childComplexity : undefined;
};

/** The cost of an operation with its variables' values; throws on variables that do not fit. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [pageOrListEstimator, simpleEstimator({ defaultComplexity: 1 })] });
}

/** Whether the variables fit the operation's declarations (if not, execution refuses them before anything runs). */
function variablesFit(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return false;
  return !getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 }).errors;
}

/**
 * Refuses an operation costing more than DOCUMENT_LIMITS.maxCost, before it runs. When the cost
 * cannot be computed (a bug, a document the library cannot weigh), the operation is refused too
 * (QUERY_COST_UNKNOWN) and the failure logged: an operation nobody could weigh never runs.
 */
export function costLimitPlugin(schema: GraphQLSchema, cost: typeof operationCost = operationCost): ApolloServerPlugin<PortalContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName, contextValue }) {
          const variables = request.variables ?? {};
          // Variables that do not fit their types: execution refuses them, and nothing runs.
          if (!variablesFit(schema, document, variables, operationName ?? undefined)) return;
          let value: number;
          try {
            value = cost(schema, document, variables, operationName ?? undefined);
          } catch (err) {
            contextValue.log.error({ err }, 'the cost of an operation could not be computed: refused');
            throw new GraphQLError("Le coût de cette requête n'a pas pu être évalué : elle est refusée.", { extensions: { code: 'QUERY_COST_UNKNOWN', http: { status: 400 } } });
          }
          const usage = (contextValue as { usage?: { cost: number } }).usage;
          if (usage) usage.cost = value;
          if (value > DOCUMENT_LIMITS.maxCost) {
            throw new GraphQLError(`Requête trop coûteuse (${value}, au plus ${DOCUMENT_LIMITS.maxCost}) : demandez moins de lignes ou moins de champs.`, {
              extensions: { code: 'QUERY_TOO_COSTLY', cost: value, maxCost: DOCUMENT_LIMITS.maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
