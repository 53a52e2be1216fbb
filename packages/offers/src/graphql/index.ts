import { ContractedOfferResolver, TerminationPeopleResolver } from './oc.resolver.js';
import { CustomerServicesResolver, OffersLinksResolver } from './services.resolver.js';
import { TerminationResolver } from './termination.resolver.js';

/** The offers domain's GraphQL resolvers, for the gateway's schema. */
export const offersResolvers = [ContractedOfferResolver, TerminationPeopleResolver, TerminationResolver, CustomerServicesResolver, OffersLinksResolver] as const;
