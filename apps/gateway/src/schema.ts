import 'reflect-metadata';
import { type GraphQLSchema } from 'graphql';
import { buildSchema, Query, Resolver } from 'type-graphql';
import { Public, accessGuard, storableTextGuard } from '@portal/kernel';
import { companyResolvers } from '@portal/company';
import { identityResolvers } from '@portal/identity';
import { offersResolvers } from '@portal/offers';
import { billingResolvers } from '@portal/billing';
import { eventsResolvers } from '@portal/events';
import { ordersResolvers } from '@portal/orders';
import { connectDomains } from './compositions/ports.js';
import { OPEN_BEFORE_SECOND_FACTOR, OPEN_BEFORE_TERMS } from './terms-gate.js';

/**
 * The version of the portal's GraphQL API. Clients may log it; a breaking change to the schema is
 * never made in place (see DESIGN.md section 5: deprecate first), so this moves with additions.
 */
export const API_VERSION = '0.1.0';

const QUERY_DESCRIPTION = 'The entry points for reading data from the operator portal.';
const MUTATION_DESCRIPTION = 'The entry points for changing data; each takes one `input` and returns a payload with `userErrors`.';

@Resolver()
export class ApiVersionResolver {
  @Query(() => String, { description: 'The version of the portal GraphQL API that answers this request.' })
  @Public()
  apiVersion(): string {
    return API_VERSION;
  }
}

/** The resolver classes of the portal schema; each domain adds its own here. */
const resolvers = [ApiVersionResolver, ...identityResolvers, ...companyResolvers, ...offersResolvers, ...billingResolvers, ...eventsResolvers, ...ordersResolvers] as const;

/**
 * Builds the portal's GraphQL schema from the decorated resolver classes. Every field goes through
 * the access guard (its rule and the terms gate, both deny by default; see @portal/kernel rules
 * and terms-gate.ts), then the guard that refuses text no
 * column can store (NUL characters, lone surrogates) in any argument. Argument validation is
 * otherwise done by the resolvers and rules themselves (class-validator is not used: validate is false).
 */
export async function buildPortalSchema(): Promise<GraphQLSchema> {
  connectDomains();
  const schema = await buildSchema({ resolvers: [...resolvers], validate: false, globalMiddlewares: [accessGuard(OPEN_BEFORE_TERMS, OPEN_BEFORE_SECOND_FACTOR), storableTextGuard] });
  // type-graphql creates the root types itself and gives them no description.
  const query = schema.getQueryType();
  if (query && !query.description) query.description = QUERY_DESCRIPTION;
  const mutation = schema.getMutationType();
  if (mutation && !mutation.description) mutation.description = MUTATION_DESCRIPTION;
  return schema;
}
