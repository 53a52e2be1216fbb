import { Arg, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { previewSettlement, type ClosingDocuments, type LineDraft } from '@portal/billing';
import { DomainError, MAX_PAGE_SIZE, Member, Permission, UserErrorType, WithinParent, fromGlobalId, todayInParis, type PortalContext } from '@portal/kernel';
import { ContractedOfferType, LastPeriodPolicy, TerminationType, planTermination } from '@portal/offers';

/** The most OCs one quote covers: a page of the OC list (each costs a settlement preview). */
const MAX_QUOTED = MAX_PAGE_SIZE;

@InputType({ description: 'The OCs to quote and the desired termination date.' })
class TerminationQuoteInput {
  @Field(() => [ID], { description: `The OCs: 1 to ${MAX_QUOTED} different ones (an OC given twice is quoted once).` })
  contractedOfferIds!: string[];

  @Field({ description: 'Date de résiliation souhaitée (YYYY-MM-DD), today or later.' })
  desiredOn!: string;
}

@ObjectType('QuotedLine', { description: 'A line of a document the termination will issue.' })
class QuotedLine {
  @Field({ description: 'RECURRING, EARLY_TERMINATION_FEE or PRORATA_REFUND.' })
  kind!: string;

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

@ObjectType('QuotedDocument', { description: 'The closing invoice or the credit note a termination will issue, line by line.' })
class QuotedDocument {
  @Field(() => [QuotedLine], { description: 'Its lines.' })
  @WithinParent('lines of a quoted document')
  lines!: QuotedLine[];

  @Field(() => Int, { description: 'Total excluding VAT (HT), in cents.' })
  totalExclVatCents!: number;

  @Field(() => Int, { description: 'VAT (TVA), in cents.' })
  totalVatCents!: number;

  @Field(() => Int, { description: 'Total including VAT (TTC), in cents.' })
  totalInclVatCents!: number;

  @Field(() => String, { nullable: true, description: 'For a credit note: the date the refund is due (10 days after the effective date).' })
  refundDueOn!: string | null;
}

@ObjectType('EquipmentReturn', { description: 'Equipment to send back, with the prepaid coupon reference.' })
class EquipmentReturnType {
  @Field({ description: 'Référence du coupon retour.' })
  reference!: string;

  @Field({ description: 'Last day to send it (YYYY-MM-DD).' })
  deadline!: string;
}

@ObjectType('TerminationQuote', { description: 'The exact consequences of terminating one OC on the desired date, computed by the billing engine itself.' })
class TerminationQuote {
  @Field(() => ContractedOfferType, { nullable: true, description: 'The OC (null when it is out of reach).' })
  @WithinParent('an OC the caller may terminate')
  contractedOffer!: ContractedOfferType | null;

  @Field(() => String, { nullable: true, description: 'Date de résiliation souhaitée.' })
  desiredOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Préavis de résiliation, in months.' })
  noticePeriodMonths!: number | null;

  @Field(() => String, { nullable: true, description: 'Date de résiliation avec le préavis: the last day of service.' })
  effectiveOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Early-termination fee excluding VAT, in cents.' })
  earlyTerminationFeeCents!: number | null;

  @Field(() => QuotedDocument, { nullable: true, description: 'The closing invoice; null when nothing will be due.' })
  @WithinParent('a document of an OC the caller may terminate')
  closingInvoice!: QuotedDocument | null;

  @Field(() => QuotedDocument, { nullable: true, description: 'The credit note; null when nothing will come back.' })
  @WithinParent('a document of an OC the caller may terminate')
  creditNote!: QuotedDocument | null;

  @Field(() => EquipmentReturnType, { nullable: true, description: 'Equipment to return, if the offer has some.' })
  @WithinParent('the equipment of an OC the caller may terminate')
  equipmentReturn!: EquipmentReturnType | null;

  @Field(() => TerminationType, { nullable: true, description: 'A termination already pending for the OC: terminating again returns it.' })
  @WithinParent('the termination of that OC')
  existingTermination!: TerminationType | null;

  @Field(() => [String], { description: 'Warnings to show before "Continuer" (e.g. started months are due).' })
  warnings!: string[];

  @Field(() => UserErrorType, { nullable: true, description: 'Why this OC cannot be terminated on that date; the other fields are then null.' })
  error!: UserErrorType | null;
}

const lineOf = (l: LineDraft): QuotedLine => Object.assign(new QuotedLine(), {
  kind: l.kind, label: l.label, totalExclVatCents: l.totalExclVatCents, vatRateBasisPoints: l.vatRateBasisPoints, vatCents: l.vatCents,
  periodStart: l.periodStart, periodEnd: l.periodEnd,
});

function documentOf(doc: ClosingDocuments['invoice'] | ClosingDocuments['creditNote']): QuotedDocument | null {
  if (!doc) return null;
  return Object.assign(new QuotedDocument(), {
    lines: doc.lines.map(lineOf), ...doc.totals, refundDueOn: 'refundDueOn' in doc ? doc.refundDueOn : null,
  });
}

const STARTED_MONTH_WARNING = 'Pour les services facturés avec un abonnement mensuel : toute récurrence entamée est due.';

/**
 * The termination quote: the offers rules give the dates and the fee, the billing engine gives the
 * closing invoice and the credit note, with the same functions that issue them on the effective
 * date, so the quote and the documents cannot disagree. Composed here because it spans both.
 */
@Resolver()
export class TerminationQuoteResolver {
  @Query(() => [TerminationQuote], { description: 'Quotes terminating OCs on a desired date: effective date, fees, closing invoice, credit note, equipment; one quote per different OC, in the order given. Writes nothing.' })
  @Member(Permission.OFFERS_TERMINATE)
  async contractedOfferTerminationQuote(@Arg('input', () => TerminationQuoteInput, { description: 'The OCs and the date.' }) input: TerminationQuoteInput, @Ctx() ctx: PortalContext): Promise<TerminationQuote[]> {
    // One quote per OC, in the order of first mention: copies of an id cost nothing more.
    const distinct = new Map<string, { index: number; ocId: number | null }>();
    for (const [index, value] of input.contractedOfferIds.entries()) {
      const ocId = fromGlobalId(value, 'ContractedOffer');
      const key = ocId === null ? `invalid:${value}` : `oc:${ocId}`;
      if (!distinct.has(key)) distinct.set(key, { index, ocId });
    }
    if (distinct.size === 0 || distinct.size > MAX_QUOTED) {
      throw new DomainError('SELECTION_INVALID', `Choisissez de 1 à ${MAX_QUOTED} offres contractées.`, ['input', 'contractedOfferIds']);
    }
    const today = todayInParis(ctx.now);
    const quotes: TerminationQuote[] = [];
    for (const { index, ocId } of distinct.values()) {
      const field = ['input', 'contractedOfferIds', String(index)];
      const empty = { contractedOffer: null, desiredOn: null, noticePeriodMonths: null, effectiveOn: null, earlyTerminationFeeCents: null, closingInvoice: null, creditNote: null, equipmentReturn: null, existingTermination: null, warnings: [] };
      try {
        if (ocId === null) throw new DomainError('NOT_FOUND', 'Offre contractée introuvable.', field);
        const plan = await planTermination(ctx.em, ctx.access!, { ocId, desiredOn: input.desiredOn }, today, field);
        const effectiveOn = plan.existing?.effectiveOn ?? plan.effectiveOn;
        const docs = await previewSettlement(ctx.em, plan.oc, effectiveOn, today);
        await ctx.em.populate(plan.oc, ['endCustomer', 'billingAccount', 'site', 'salesAdmin', 'order']);
        quotes.push(Object.assign(new TerminationQuote(), {
          ...empty,
          contractedOffer: ContractedOfferType.from(plan.oc),
          desiredOn: plan.existing?.desiredOn ?? plan.desiredOn,
          noticePeriodMonths: plan.noticePeriodMonths,
          effectiveOn,
          earlyTerminationFeeCents: plan.existing?.earlyTerminationFeeCents ?? plan.earlyTerminationFeeCents,
          closingInvoice: documentOf(docs.invoice),
          creditNote: documentOf(docs.creditNote),
          equipmentReturn: plan.equipment ? Object.assign(new EquipmentReturnType(), plan.equipment) : null,
          existingTermination: plan.existing ? TerminationType.from(plan.existing) : null,
          warnings: plan.oc.offer.lastPeriodPolicy === LastPeriodPolicy.FULL_PERIOD_DUE ? [STARTED_MONTH_WARNING] : [],
        }));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        quotes.push(Object.assign(new TerminationQuote(), { ...empty, error: error.toUserError() }));
      }
    }
    return quotes;
  }
}
