import { Temporal } from 'temporal-polyfill';
import { addDays } from '@portal/kernel';
import { EarlyTerminationPolicy, LastPeriodPolicy, type TerminationTerms } from '@portal/offers';
import { periodCharges, type PeriodCharge } from './proration.js';

/**
 * The commitment's fees not covered by the termination's own billing: every day from the day after
 * the last day billed (the policy's last day due: the effective date under PRORATA, the end of its
 * month under FULL_PERIOD_DUE) to the commitment's last day, each month's days priced prorata
 * temporis. So a day is either on an invoice or in the fee, never both, and one more day of
 * service takes exactly that day out of the fee.
 */
export function remainingCommitmentFees(terms: Pick<TerminationTerms, 'monthlyPriceCents' | 'commitmentEndsOn' | 'lastPeriodPolicy'>, effectiveOn: string): PeriodCharge[] {
  if (!terms.commitmentEndsOn) return [];
  const from = addDays(lastDayDue(terms.lastPeriodPolicy, effectiveOn), 1);
  return from <= terms.commitmentEndsOn ? periodCharges(terms.monthlyPriceCents, from, terms.commitmentEndsOn) : [];
}

/** The early-termination fee, per the offer's policy: its share of the remaining commitment fees. */
export function earlyTerminationFee(terms: TerminationTerms, effectiveOn: string): number {
  if (terms.earlyTerminationPolicy === EarlyTerminationPolicy.NONE) return 0;
  const remaining = remainingCommitmentFees(terms, effectiveOn).reduce((sum, c) => sum + c.amountCents, 0);
  return Math.round((remaining * terms.earlyTerminationSharePercent) / 100);
}

/** The last day of service that the last period's policy makes due. */
export function lastDayDue(policy: LastPeriodPolicy, effectiveOn: string): string {
  if (policy === LastPeriodPolicy.PRORATA) return effectiveOn;
  const d = Temporal.PlainDate.from(effectiveOn);
  return d.with({ day: d.daysInMonth }).toString();
}

export interface ClosingSettlement {
  /** Recurring fees not invoiced yet and due up to the last day due: on the closing invoice. */
  charges: PeriodCharge[];
  /** Fees already invoiced beyond the last day due: refunded by a credit note. */
  refunds: PeriodCharge[];
  earlyTerminationFeeCents: number;
  /** The credit note's refund date: 10 days after the effective date. */
  refundDueOn: string;
}

/**
 * What terminating on `effectiveOn` settles, given how far the OC has been invoiced
 * (`billedThrough`, the last day covered by its recurring lines, null if never invoiced):
 * FULL_PERIOD_DUE makes the started month due in full, PRORATA stops the fees at the effective
 * date and refunds the rest prorata temporis.
 */
export function closingSettlement(terms: TerminationTerms, effectiveOn: string, billedThrough: string | null): ClosingSettlement {
  const due = lastDayDue(terms.lastPeriodPolicy, effectiveOn);
  const from = billedThrough ? addDays(billedThrough, 1) : terms.activatedOn;
  const charges = from && from <= due ? periodCharges(terms.monthlyPriceCents, from, due) : [];
  const refunds = billedThrough && billedThrough > due ? periodCharges(terms.monthlyPriceCents, addDays(due, 1), billedThrough) : [];
  return { charges, refunds, earlyTerminationFeeCents: earlyTerminationFee(terms, effectiveOn), refundDueOn: addDays(effectiveOn, 10) };
}
