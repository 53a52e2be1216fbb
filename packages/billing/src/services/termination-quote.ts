import { type EntityManager } from '@mikro-orm/core';
import { DomainError, type Access, type UserError } from '@portal/kernel';
import { planTermination, termsOf, type ContractedOffer, type Termination, type TerminationMailCost, type TerminationPlan } from '@portal/offers';
import { quotedCost, quoteWarnings, type QuotedCost, type QuoteWarning } from '../rules/quote.js';
import { billedThrough, labelOf } from './settlement.js';

/**
 * The quote of one OC's termination, from one source: the plan (a pending termination's own
 * dates, fee and return coupon, or the ones the desired date gives) and every amount still to come
 * until its last day of service, computed by the functions that will issue them.
 */
export interface TerminationQuotePlan extends TerminationPlan {
  cost: QuotedCost;
  warnings: QuoteWarning[];
}

export type TerminationQuoteOutcome = { quote: TerminationQuotePlan; error: null } | { quote: null; error: UserError };

/**
 * Quotes terminating each OC on the desired date, in the order given; an OC that cannot be
 * terminated then gets its refusal (its field is the one given), the others their quote. Writes nothing.
 */
export async function quoteTerminations(
  em: EntityManager,
  access: Access,
  items: { ocId: number | null; field: string[] }[],
  desiredOn: string,
  today: string,
): Promise<TerminationQuoteOutcome[]> {
  const outcomes: TerminationQuoteOutcome[] = [];
  for (const { ocId, field } of items) {
    try {
      if (ocId === null) throw new DomainError('NOT_FOUND', 'Offre contractée introuvable.', field);
      const plan = await planTermination(em, access, { ocId, desiredOn }, today, field);
      const terms = termsOf(plan.oc);
      const through = (await billedThrough(em, [plan.oc.id])).get(plan.oc.id) ?? null;
      const cost = quotedCost(labelOf(plan.oc), terms, plan.effectiveOn, through, today, plan.earlyTerminationFeeCents);
      outcomes.push({ quote: { ...plan, cost, warnings: quoteWarnings(terms) }, error: null });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      outcomes.push({ quote: null, error: error.toUserError() });
    }
  }
  return outcomes;
}

/** What a recorded termination still costs until its last day of service: the figures its mail gives. */
export async function recordedTerminationCost(em: EntityManager, oc: ContractedOffer, termination: Termination, today: string): Promise<TerminationMailCost> {
  const through = (await billedThrough(em, [oc.id])).get(oc.id) ?? null;
  const cost = quotedCost(labelOf(oc), termsOf(oc), termination.effectiveOn, through, today, termination.earlyTerminationFeeCents);
  return {
    upcomingInvoices: cost.upcomingInvoices.map((i) => ({ issuedOn: i.issuedOn, periodStart: i.periodStart, periodEnd: i.periodEnd, totalInclVatCents: i.totals.totalInclVatCents })),
    closingInvoiceInclVatCents: cost.invoice?.totals.totalInclVatCents ?? 0,
    creditNoteInclVatCents: cost.creditNote?.totals.totalInclVatCents ?? 0,
    remainingExclVatCents: cost.remaining.totalExclVatCents,
    remainingInclVatCents: cost.remaining.totalInclVatCents,
  };
}
