import { lineAmounts, monthBounds } from '@portal/kernel';
import { periodCharges } from './proration.js';
import { LineKind } from '../enums.js';
import { categoryOf, chargesToBill, recurringLine, type LineDraft, type OcLabel } from './closing.js';

/** What the monthly run needs of one OC to bill it. */
export interface BilledOc extends OcLabel {
  monthlyPriceCents: number;
  setupFeeCents: number;
  activatedOn: string;
  /** The last day already invoiced; null before the first invoice. */
  billedThrough: string | null;
}

/** The setup fee line, on the first invoice only. */
export function setupLine(oc: OcLabel & { setupFeeCents: number }): LineDraft {
  return {
    kind: LineKind.SETUP, label: `${oc.reference} — ${oc.name} — frais de mise en service`, quantity: 1, unitPriceExclVatCents: oc.setupFeeCents,
    vatRateBasisPoints: oc.vatRateBasisPoints, vatCategory: categoryOf(oc), ...lineAmounts(1, oc.setupFeeCents, oc.vatRateBasisPoints), periodStart: null, periodEnd: null,
  };
}

/**
 * The lines of one OC on the monthly invoice of `periodStart`..`periodEnd`: every unbilled day
 * from its activation (the first month prorated), and the setup fee once, on its first invoice.
 */
export function monthlyLines(oc: BilledOc, periodStart: string, periodEnd: string): LineDraft[] {
  const lines = chargesToBill(oc.monthlyPriceCents, oc.activatedOn, oc.billedThrough, periodStart, periodEnd).map((charge) => recurringLine(oc, charge));
  if (!oc.billedThrough && oc.setupFeeCents > 0) lines.push(setupLine(oc));
  return lines;
}

/**
 * The first invoice of an OC activated on `activatedOn`, as the run of its activation month issues
 * it: the days from activation to the month's end prorated, and the setup fee (the order's quote).
 */
export function firstInvoiceLines(oc: Omit<BilledOc, 'billedThrough'>): LineDraft[] {
  const { first, last } = monthBounds(oc.activatedOn);
  return monthlyLines({ ...oc, billedThrough: null }, first, last);
}

const fr = (iso: string) => iso.split('-').reverse().join('/');

/** The adjustment lines of a change to a dearer offer: the difference, prorated, for the days already invoiced. */
export function adjustmentLines(oc: OcLabel, change: { effectiveOn: string; billedThrough: string; previousMonthlyCents: number; newMonthlyCents: number }): LineDraft[] {
  return periodCharges(change.newMonthlyCents - change.previousMonthlyCents, change.effectiveOn, change.billedThrough)
    .filter((c) => c.amountCents > 0)
    .map((c) => ({
      kind: LineKind.ADJUSTMENT, label: `${oc.reference} — ${oc.name} — ajustement du changement d'offre du ${fr(c.periodStart)} au ${fr(c.periodEnd)} (prorata temporis)`,
      quantity: 1, unitPriceExclVatCents: c.amountCents, vatRateBasisPoints: oc.vatRateBasisPoints, vatCategory: categoryOf(oc), ...lineAmounts(1, c.amountCents, oc.vatRateBasisPoints),
      periodStart: c.periodStart, periodEnd: c.periodEnd,
    }));
}
