import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserErrorType, WithinParent, MAX_PAGE_SIZE } from '@portal/kernel';
import { ContractedOfferType, TerminationType } from '@portal/offers';
import { LineKind } from '../enums.js';
import { QuoteWarning } from '../rules/quote.js';
import './enums.js';

/** The most OCs one quote covers: a page of the OC list (each costs a settlement preview). */
export const MAX_QUOTED = MAX_PAGE_SIZE;

@InputType({ description: 'The OCs to quote and the desired termination date.' })
export class TerminationQuoteInput {
  @Field(() => [ID], { description: `The OCs: 1 to ${MAX_QUOTED} different ones (an OC given twice is quoted once).` })
  contractedOfferIds!: string[];

  @Field({ description: 'Date de résiliation souhaitée (YYYY-MM-DD), today or later.' })
  desiredOn!: string;
}

@ObjectType('QuotedLine', { description: 'A line of a document the termination will issue, or of a regular invoice still to come.' })
export class QuotedLine {
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
export class QuotedTotals {
  @Field(() => Int, { description: 'Total excluding VAT (HT), in cents.' })
  totalExclVatCents!: number;

  @Field(() => Int, { description: 'VAT (TVA), in cents.' })
  totalVatCents!: number;

  @Field(() => Int, { description: 'Total including VAT (TTC), in cents.' })
  totalInclVatCents!: number;
}

@ObjectType('QuotedDocument', { description: 'A document still to come for the OC, line by line: a regular invoice, the closing invoice or the credit note.' })
export class QuotedDocument extends QuotedTotals {
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
export class EquipmentReturnType {
  @Field({ description: 'Référence du coupon retour.' })
  reference!: string;

  @Field({ description: 'Last day to send it (YYYY-MM-DD).' })
  deadline!: string;
}

@ObjectType('TerminationQuote', { description: 'The exact consequences of terminating one OC on the desired date, computed by the billing engine itself; with a termination already pending, those of that termination.' })
export class TerminationQuote {
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
