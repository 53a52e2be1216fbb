import { CompanyResolver } from './company.resolver.js';
import { CompanyMutationsResolver } from './mutations.resolver.js';

/** The company domain's GraphQL resolvers, for the gateway's schema. */
export const companyResolvers = [CompanyResolver, CompanyMutationsResolver] as const;
