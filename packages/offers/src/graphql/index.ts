import { CustomerServicesResolver, OffersLinksResolver } from './services.resolver.js';

/** The offers domain's GraphQL resolvers, for the gateway's schema. */
export const offersResolvers = [CustomerServicesResolver, OffersLinksResolver] as const;
