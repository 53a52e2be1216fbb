import { documentTotals, type DocumentTotals } from '@portal/kernel';
import { firstInvoiceLines, type LineDraft } from '@portal/billing';
import { commitmentEnd } from '@portal/offers';
import { ocName, type OrderPlan, type PlannedLine } from './order-plan.js';

/** The cost of one line before confirming, as billing will invoice it. */
export interface LineQuote {
  line: PlannedLine;
  /** Frais de mise en service HT, on the first invoice. */
  setupFeeCents: number;
  /** The first invoice's lines for this OC (the activation month prorated, the setup fee). */
  firstInvoice: LineDraft[];
  firstInvoiceTotals: DocumentTotals;
  /** Monthly recurring HT/TVA/TTC from the month after activation. */
  monthly: DocumentTotals;
  commitmentEndsOn: string | null;
  noticePeriodMonths: number;
}

export interface OrderQuote {
  lines: LineQuote[];
  /** The first invoices of the order's OCs, summed. */
  firstInvoiceTotals: DocumentTotals;
  monthlyTotals: DocumentTotals;
  setupFeeCents: number;
  expectedDeliveryOn: string;
}

/**
 * The exact cost of an order before confirming, from billing's own functions: each line's first
 * invoice (activation at the planned date, to the month's end, prorated; setup fee once), its
 * monthly recurring amount, commitment end and notice, and the totals HT/TVA/TTC.
 */
export function quotePlan(plan: OrderPlan): OrderQuote {
  const lines = plan.lines.map((line): LineQuote => {
    const firstInvoice = firstInvoiceLines({
      reference: 'OC', name: ocName(line), vatRateBasisPoints: line.offer.vatRateBasisPoints,
      monthlyPriceCents: line.monthlyPriceCents, setupFeeCents: line.setupFeeCents, activatedOn: line.expectedActivationOn,
    });
    return {
      line, setupFeeCents: line.setupFeeCents, firstInvoice, firstInvoiceTotals: documentTotals(firstInvoice),
      monthly: documentTotals([{ totalExclVatCents: line.monthlyPriceCents, vatRateBasisPoints: line.offer.vatRateBasisPoints }]),
      commitmentEndsOn: commitmentEnd(line.expectedActivationOn, line.offer.commitmentMonths), noticePeriodMonths: line.offer.noticePeriodMonths,
    };
  });
  return {
    lines,
    firstInvoiceTotals: documentTotals(lines.flatMap((l) => l.firstInvoice)),
    monthlyTotals: documentTotals(plan.lines.map((l) => ({ totalExclVatCents: l.monthlyPriceCents, vatRateBasisPoints: l.offer.vatRateBasisPoints }))),
    setupFeeCents: lines.reduce((sum, l) => sum + l.setupFeeCents, 0),
    expectedDeliveryOn: plan.lines.map((l) => l.expectedActivationOn).sort().at(-1)!,
  };
}
