import { CreditNoteResolver, InvoiceResolver } from './documents.resolver.js';
import { BillingLinksResolver } from './links.resolver.js';

/** The billing domain's GraphQL resolvers, for the gateway's schema. */
export const billingResolvers = [BillingLinksResolver, InvoiceResolver, CreditNoteResolver] as const;
