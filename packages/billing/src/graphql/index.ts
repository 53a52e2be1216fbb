import { CreditNoteResolver, InvoiceResolver } from './documents.resolver.js';
import { HeldDocumentResolver } from './held.resolver.js';
import { CreditNoteLifecycleResolver, InvoiceLifecycleResolver, ReissueResolver } from './lifecycle.resolver.js';
import { BillingLinksResolver } from './links.resolver.js';
import { TerminationQuoteResolver } from './termination-quote.resolver.js';

/** The billing domain's GraphQL resolvers, for the gateway's schema. */
export const billingResolvers = [BillingLinksResolver, InvoiceResolver, CreditNoteResolver, HeldDocumentResolver, InvoiceLifecycleResolver, CreditNoteLifecycleResolver, ReissueResolver, TerminationQuoteResolver] as const;
