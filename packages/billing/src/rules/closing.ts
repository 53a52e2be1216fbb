import { type VatCategory, addDays, defaultVatCategory, documentTotals, lineAmounts, type DocumentTotals } from '@portal/kernel';
import { frenchDate as fr } from '../pdf/printable.js';
import { periodCharges, type PeriodCharge } from './proration.js';
import { type ClosingSettlement } from './settlement.js';
import { LineKind } from '../enums.js';

/** A line about to be written on an invoice or a credit note. */
export interface LineDraft {
  kind: LineKind;
  label: string;
  quantity: number;
  unitPriceExclVatCents: number;
  vatRateBasisPoints: number;
  vatCategory: VatCategory;
  totalExclVatCents: number;
  vatCents: number;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface OcLabel {
  reference: string;
  name: string;
  vatRateBasisPoints: number;
  /** The offer's VAT category; by default the one its rate implies. */
  vatCategory?: VatCategory;
}

/** The VAT category of an OC's lines: its offer's, or the one its rate implies. */
export const categoryOf = (oc: OcLabel) => oc.vatCategory ?? defaultVatCategory(oc.vatRateBasisPoints);

/** A recurring line for one piece of a month (prorated when the piece is not the whole month). */
export function recurringLine(oc: OcLabel, charge: PeriodCharge): LineDraft {
  const label = `${oc.reference} — ${oc.name} — abonnement du ${fr(charge.periodStart)} au ${fr(charge.periodEnd)}${charge.wholeMonth ? '' : ' (prorata temporis)'}`;
  return {
    kind: LineKind.RECURRING, label, quantity: 1, unitPriceExclVatCents: charge.amountCents, vatRateBasisPoints: oc.vatRateBasisPoints, vatCategory: categoryOf(oc),
    ...lineAmounts(1, charge.amountCents, oc.vatRateBasisPoints), periodStart: charge.periodStart, periodEnd: charge.periodEnd,
  };
}

export function refundLine(oc: OcLabel, charge: PeriodCharge): LineDraft {
  return {
    ...recurringLine(oc, charge),
    kind: LineKind.PRORATA_REFUND,
    label: `${oc.reference} — ${oc.name} — remboursement prorata temporis du ${fr(charge.periodStart)} au ${fr(charge.periodEnd)}`,
  };
}

export function earlyTerminationLine(oc: OcLabel, feeCents: number, effectiveOn: string): LineDraft {
  return {
    kind: LineKind.EARLY_TERMINATION_FEE, label: `${oc.reference} — ${oc.name} — frais de résiliation anticipée (fin de service le ${fr(effectiveOn)})`,
    quantity: 1, unitPriceExclVatCents: feeCents, vatRateBasisPoints: oc.vatRateBasisPoints, vatCategory: categoryOf(oc), ...lineAmounts(1, feeCents, oc.vatRateBasisPoints),
    periodStart: null, periodEnd: null,
  };
}

export interface ClosingDocuments {
  /** The closing invoice: fees still due and the early-termination fee; null when nothing is due. */
  invoice: { lines: LineDraft[]; totals: DocumentTotals } | null;
  /** The credit note: what was invoiced beyond the last day due; null when nothing comes back. */
  creditNote: { lines: LineDraft[]; totals: DocumentTotals; refundDueOn: string } | null;
}

/** The documents a termination's settlement gives: the same for the quote and for the effect. */
export function closingDocuments(oc: OcLabel, settlement: ClosingSettlement, effectiveOn: string): ClosingDocuments {
  const invoiceLines = [
    ...settlement.charges.filter((c) => c.amountCents > 0).map((c) => recurringLine(oc, c)),
    ...(settlement.earlyTerminationFeeCents > 0 ? [earlyTerminationLine(oc, settlement.earlyTerminationFeeCents, effectiveOn)] : []),
  ];
  const creditLines = settlement.refunds.filter((c) => c.amountCents > 0).map((c) => refundLine(oc, c));
  return {
    invoice: invoiceLines.length ? { lines: invoiceLines, totals: documentTotals(invoiceLines) } : null,
    creditNote: creditLines.length ? { lines: creditLines, totals: documentTotals(creditLines), refundDueOn: settlement.refundDueOn } : null,
  };
}

/** The recurring fees of one OC for a run: every unbilled day from its activation to the period's end. */
export function chargesToBill(monthlyCents: number, activatedOn: string, billedThrough: string | null, periodStart: string, periodEnd: string): PeriodCharge[] {
  const from = billedThrough ? addDays(billedThrough, 1) : activatedOn;
  if (from > periodEnd) return [];
  if (from === periodStart) return [{ periodStart, periodEnd, wholeMonth: true, amountCents: monthlyCents }]; // the usual case, without date arithmetic
  return periodCharges(monthlyCents, from, periodEnd);
}
