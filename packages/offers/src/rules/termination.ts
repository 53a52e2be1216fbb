// Dependency-free (the calendar and the enums only): the browser uses these rules too (`@portal/offers/termination-rules`).
import { addDays, addMonthsClamped, isCalendarDate } from '@portal/calendar';
import { type EarlyTerminationPolicy, type LastPeriodPolicy } from '../enums.js';

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
