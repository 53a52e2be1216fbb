import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { DomainError, Member, Permission, fromGlobalId, todayInParis, type DocumentTotals, type PortalContext, type UserError } from '@portal/kernel';
import { ContractedOfferType, TerminationType } from '@portal/offers';
import { type LineDraft } from '../rules/closing.js';
import { QUOTE_WARNING_TEXT } from '../rules/quote.js';
import { quoteTerminations, type TerminationQuotePlan } from '../services/termination-quote.js';
import { EquipmentReturnType, MAX_QUOTED, QuotedDocument, QuotedLine, QuotedTotals, TerminationQuote, TerminationQuoteInput } from './quote-types.js';

const totalsOf = (t: DocumentTotals): QuotedTotals => Object.assign(new QuotedTotals(), t);

const lineOf = (l: LineDraft): QuotedLine => Object.assign(new QuotedLine(), {
  kind: l.kind, lineKind: l.kind, label: l.label, totalExclVatCents: l.totalExclVatCents, vatRateBasisPoints: l.vatRateBasisPoints, vatCents: l.vatCents,
  periodStart: l.periodStart, periodEnd: l.periodEnd,
});

function documentOf(doc: { lines: LineDraft[]; totals: DocumentTotals; refundDueOn?: string; issuedOn?: string; periodStart?: string; periodEnd?: string } | null): QuotedDocument | null {
  if (!doc) return null;
  return Object.assign(new QuotedDocument(), {
    lines: doc.lines.map(lineOf), ...doc.totals,
    refundDueOn: doc.refundDueOn ?? null, issuedOn: doc.issuedOn ?? null, periodStart: doc.periodStart ?? null, periodEnd: doc.periodEnd ?? null,
  });
}

function quoteOf(q: TerminationQuotePlan): TerminationQuote {
  return Object.assign(new TerminationQuote(), {
    contractedOffer: ContractedOfferType.from(q.oc),
    desiredOn: q.desiredOn,
    noticePeriodMonths: q.noticePeriodMonths,
    effectiveOn: q.effectiveOn,
    earlyTerminationFeeCents: q.earlyTerminationFeeCents,
    upcomingInvoices: q.cost.upcomingInvoices.map(documentOf),
    closingInvoice: documentOf(q.cost.invoice),
    creditNote: documentOf(q.cost.creditNote),
    remainingToPay: totalsOf(q.cost.remaining),
    equipmentReturn: q.equipment ? Object.assign(new EquipmentReturnType(), q.equipment) : null,
    existingTermination: q.existing ? TerminationType.from(q.existing) : null,
    warnings: q.warnings.map((w) => QUOTE_WARNING_TEXT[w]),
    warningCodes: q.warnings,
    error: null,
  });
}

const refused = (error: UserError): TerminationQuote => Object.assign(new TerminationQuote(), {
  contractedOffer: null, desiredOn: null, noticePeriodMonths: null, effectiveOn: null, earlyTerminationFeeCents: null, upcomingInvoices: [],
  closingInvoice: null, creditNote: null, remainingToPay: null, equipmentReturn: null, existingTermination: null, warnings: [], warningCodes: [], error,
});

/** The termination quote: billing's quote plan (see quoteTerminations), one coherent answer per OC. */
@Resolver()
export class TerminationQuoteResolver {
  @Query(() => [TerminationQuote], { description: 'Quotes terminating OCs on a desired date: effective date, fees, the regular invoices still to come, closing invoice, credit note, what remains to pay, equipment; one quote per different OC, in the order given. Writes nothing.' })
  @Member(Permission.OFFERS_TERMINATE)
  async contractedOfferTerminationQuote(@Arg('input', () => TerminationQuoteInput, { description: 'The OCs and the date.' }) input: TerminationQuoteInput, @Ctx() ctx: PortalContext): Promise<TerminationQuote[]> {
    // One quote per OC, in the order of first mention: copies of an id cost nothing more.
    const distinct = new Map<string, { ocId: number | null; field: string[] }>();
    for (const [index, value] of input.contractedOfferIds.entries()) {
      const ocId = fromGlobalId(value, 'ContractedOffer');
      const key = ocId === null ? `invalid:${value}` : `oc:${ocId}`;
      if (!distinct.has(key)) distinct.set(key, { ocId, field: ['input', 'contractedOfferIds', String(index)] });
    }
    if (distinct.size === 0 || distinct.size > MAX_QUOTED) {
      throw new DomainError('SELECTION_INVALID', `Choisissez de 1 à ${MAX_QUOTED} offres contractées.`, ['input', 'contractedOfferIds']);
    }
    const outcomes = await quoteTerminations(ctx.em, ctx.access!, [...distinct.values()], input.desiredOn, todayInParis(ctx.now));
    const plans = outcomes.flatMap((o) => (o.quote ? [o.quote.oc] : []));
    if (plans.length) await ctx.em.populate(plans, ['endCustomer', 'billingAccount', 'site', 'salesAdmin', 'order']);
    return outcomes.map((o) => (o.quote ? quoteOf(o.quote) : refused(o.error)));
  }
}
