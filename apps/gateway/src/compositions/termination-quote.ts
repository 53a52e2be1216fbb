import { Arg, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { LineKind, QUOTE_WARNING_TEXT, QuoteWarning, quoteTerminations, recordedTerminationCost, type LineDraft, type TerminationQuotePlan } from '@portal/billing';
import { DomainError, MAX_PAGE_SIZE, Member, Permission, UserErrorType, WithinParent, fromGlobalId, todayInParis, type DocumentTotals, type PortalContext, type UserError } from '@portal/kernel';
import { ContractedOfferType, TerminationType, provideTerminationCost } from '@portal/offers';

// The termination mails (offers) tell the cost still to come from billing's own quote.
provideTerminationCost(recordedTerminationCost);

/** The most OCs one quote covers: a page of the OC list (each costs a settlement preview). */
const MAX_QUOTED = MAX_PAGE_SIZE;

@InputType({ description: 'The OCs to quote and the desired termination date.' })
class TerminationQuoteInput {
  @Field(() => [ID], { description: `The OCs: 1 to ${MAX_QUOTED} different ones (an OC given twice is quoted once).` })
  contractedOfferIds!: string[];

  @Field({ description: 'Date de résiliation souhaitée (YYYY-MM-DD), today or later.' })
  desiredOn!: string;
}

@ObjectType('QuotedLine', { description: 'A line of a document the termination will issue, or of a regular invoice still to come.' })
class QuotedLine {
  @Field({ description: 'RECURRING, EARLY_TERMINATION_FEE or PRORATA_REFUND.', deprecationReason: 'Use `lineKind`.' })
  kind!: string;

  @Field(() => LineKind, { description: 'What the line bills or refunds.' })
  lineKind!: LineKind;

  @Field({ description: 'Label as it will be printed.' })
  label!: string;

  @Field(() => Int, { description: 'Amount excluding VAT, in cents.' })
  totalExclVatCents!: number;

  @Field(() => Int, { description: 'VAT rate in basis points (2000 = 20 %).' })
  vatRateBasisPoints!: number;

  @Field(() => Int, { description: 'VAT, in cents.' })
  vatCents!: number;

  @Field(() => String, { nullable: true, description: 'First day covered (YYYY-MM-DD).' })
  periodStart!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day covered (YYYY-MM-DD).' })
  periodEnd!: string | null;
}

@ObjectType('QuotedTotals', { description: 'Totals of one or several quoted documents, in cents.' })
class QuotedTotals {
  @Field(() => Int, { description: 'Total excluding VAT (HT), in cents.' })
  totalExclVatCents!: number;

  @Field(() => Int, { description: 'VAT (TVA), in cents.' })
  totalVatCents!: number;

  @Field(() => Int, { description: 'Total including VAT (TTC), in cents.' })
  totalInclVatCents!: number;
}

@ObjectType('QuotedDocument', { description: 'A document still to come for the OC, line by line: a regular invoice, the closing invoice or the credit note.' })
class QuotedDocument extends QuotedTotals {
  @Field(() => [QuotedLine], { description: 'Its lines (for a regular invoice: the lines of this OC on it).' })
  @WithinParent('lines of a quoted document')
  lines!: QuotedLine[];

  @Field(() => String, { nullable: true, description: 'For a credit note: the date the refund is due (10 days after the effective date).' })
  refundDueOn!: string | null;

  @Field(() => String, { nullable: true, description: 'For a regular invoice still to come: the day the monthly run issues it (YYYY-MM-DD).' })
  issuedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'For a regular invoice still to come: the first day it bills (YYYY-MM-DD).' })
  periodStart!: string | null;

  @Field(() => String, { nullable: true, description: 'For a regular invoice still to come: the last day it bills (YYYY-MM-DD).' })
  periodEnd!: string | null;
}

@ObjectType('EquipmentReturn', { description: 'Equipment to send back, with the prepaid coupon reference.' })
class EquipmentReturnType {
  @Field({ description: 'Référence du coupon retour.' })
  reference!: string;

  @Field({ description: 'Last day to send it (YYYY-MM-DD).' })
  deadline!: string;
}

@ObjectType('TerminationQuote', { description: 'The exact consequences of terminating one OC on the desired date, computed by the billing engine itself; with a termination already pending, those of that termination.' })
class TerminationQuote {
  @Field(() => ContractedOfferType, { nullable: true, description: 'The OC (null when it is out of reach).' })
  @WithinParent('an OC the caller may terminate')
  contractedOffer!: ContractedOfferType | null;

  @Field(() => String, { nullable: true, description: 'Date de résiliation souhaitée (the pending termination\'s, if any).' })
  desiredOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Préavis de résiliation, in months.' })
  noticePeriodMonths!: number | null;

  @Field(() => String, { nullable: true, description: 'Date de résiliation avec le préavis: the last day of service.' })
  effectiveOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Early-termination fee excluding VAT, in cents: the commitment\'s fees from the day after the last day billed to its last day, times the offer\'s share.' })
  earlyTerminationFeeCents!: number | null;

  @Field(() => [QuotedDocument], { description: 'The regular monthly invoices still to be issued before the last day of service (this OC\'s lines of each), oldest first.' })
  @WithinParent('a document of an OC the caller may terminate')
  upcomingInvoices!: QuotedDocument[];

  @Field(() => QuotedDocument, { nullable: true, description: 'The closing invoice; null when the termination issues none.' })
  @WithinParent('a document of an OC the caller may terminate')
  closingInvoice!: QuotedDocument | null;

  @Field(() => QuotedDocument, { nullable: true, description: 'The credit note; null when nothing will come back.' })
  @WithinParent('a document of an OC the caller may terminate')
  creditNote!: QuotedDocument | null;

  @Field(() => QuotedTotals, { nullable: true, description: "Restant à payer jusqu'à la fin du service: the upcoming invoices plus the closing invoice minus the credit note." })
  @WithinParent('the amounts of an OC the caller may terminate')
  remainingToPay!: QuotedTotals | null;

  @Field(() => EquipmentReturnType, { nullable: true, description: 'Equipment to return, if the offer has some (the pending termination\'s coupon, if any).' })
  @WithinParent('the equipment of an OC the caller may terminate')
  equipmentReturn!: EquipmentReturnType | null;

  @Field(() => TerminationType, { nullable: true, description: 'A termination already pending for the OC: the quote is then that termination\'s, and terminating again returns it.' })
  @WithinParent('the termination of that OC')
  existingTermination!: TerminationType | null;

  @Field(() => [String], { description: 'Warnings to show before "Continuer", in French.', deprecationReason: 'Use `warningCodes`.' })
  warnings!: string[];

  @Field(() => [QuoteWarning], { description: 'Warnings to show before "Continuer", as codes.' })
  warningCodes!: QuoteWarning[];

  @Field(() => UserErrorType, { nullable: true, description: 'Why this OC cannot be terminated on that date; the other fields are then null or empty.' })
  error!: UserErrorType | null;
}

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

/** The termination quote: transports billing's quote plan (see quoteTerminations) to GraphQL. */
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
