import 'reflect-metadata';
import { type GraphQLSchema } from 'graphql';
import { buildSchema, Query, Resolver } from 'type-graphql';

/**
 * The version of the portal's GraphQL API. Clients may log it; a breaking change to the schema is
 * never made in place (see DESIGN.md section 5: deprecate first), so this moves with additions.
 */
export const API_VERSION = '0.1.0';

const QUERY_DESCRIPTION = 'The entry points for reading data from the operator portal.';

@Resolver()
export class ApiVersionResolver {
  @Query(() => String, { description: 'The version of the portal GraphQL API that answers this request.' })
  apiVersion(): string {
    return API_VERSION;
  }
}

/** The resolver classes of the portal schema; each domain adds its own here. */
const resolvers = [ApiVersionResolver] as const;

/**
 * Builds the portal's GraphQL schema from the decorated resolver classes. Argument validation is
 * done by the resolvers and rules themselves (class-validator is not used: validate is false).
 */
export async function buildPortalSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: [...resolvers], validate: false });
  // type-graphql creates the root types itself and gives them no description.
  const query = schema.getQueryType();
  if (query && !query.description) query.description = QUERY_DESCRIPTION;
  return schema;
}
