import { Temporal } from 'temporal-polyfill';
import { addDays, addMonthsClamped, isCalendarDate } from '@portal/kernel';
import { EarlyTerminationPolicy, LastPeriodPolicy } from '../enums.js';
import { periodCharges, type PeriodCharge } from './proration.js';

/** The terms of an OC that termination depends on (from its offer, and its own price and dates). */
export interface TerminationTerms {
  monthlyPriceCents: number;
  noticePeriodMonths: number;
  activatedOn: string | null;
  /** The commitment's last day (inclusive), see commitmentEnd; null: no commitment. */
  commitmentEndsOn: string | null;
  earlyTerminationPolicy: EarlyTerminationPolicy;
  earlyTerminationSharePercent: number;
  lastPeriodPolicy: LastPeriodPolicy;
  hasEquipment: boolean;
  equipmentReturnDays: number;
}

export { isCalendarDate };

/**
 * How far ahead a termination or a porting date may be: beyond, it is a typing mistake (9999-12-31),
 * and the notice, fee and invoice arithmetic would leave the calendar's range.
 */
export const DESIRED_DATE_MAX_YEARS_AHEAD = 10;

/** Why a desired termination date is refused, or null: it must be a date, today or later (Paris), within the years ahead above. */
export function desiredDateProblem(desiredOn: string, today: string): 'DATE_INVALID' | 'DESIRED_DATE_IN_PAST' | 'DESIRED_DATE_TOO_FAR' | null {
  if (!isCalendarDate(desiredOn)) return 'DATE_INVALID';
  if (desiredOn < today) return 'DESIRED_DATE_IN_PAST';
  return desiredOn > addMonthsClamped(today, DESIRED_DATE_MAX_YEARS_AHEAD * 12) ? 'DESIRED_DATE_TOO_FAR' : null;
}

/**
 * "Date de résiliation souhaitée avec le préavis": the desired date plus the notice period,
 * clamped to the month's last day (31 Jan + 1 month = 28 or 29 Feb). It is the last day of service.
 */
export function effectiveDate(desiredOn: string, noticePeriodMonths: number): string {
  return addMonthsClamped(desiredOn, noticePeriodMonths);
}

/**
 * The last day of a commitment of `months` months from `startsOn`: the day before the same date
 * `months` later, as a telecom contract states it (24 months from 16/06/2025 end on 15/06/2027;
 * 1 month from 31/01 ends on 27/02 or 28/02, the day before the clamped 28/29 Feb).
 */
export function commitmentEnd(startsOn: string, months: number): string | null {
  return months > 0 ? addDays(addMonthsClamped(startsOn, months), -1) : null;
}

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

export interface EquipmentReturn {
  /** Référence du coupon retour, printed on the prepaid return label. */
  reference: string;
  /** Last day to send the equipment back. */
  deadline: string;
}

/** Equipment to return, when the offer has some: a coupon reference and a deadline. */
export function equipmentReturn(terms: TerminationTerms, effectiveOn: string, ocReference: string): EquipmentReturn | null {
  if (!terms.hasEquipment) return null;
  return { reference: `RET-${ocReference}-${effectiveOn.replaceAll('-', '')}`, deadline: addDays(effectiveOn, terms.equipmentReturnDays) };
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
