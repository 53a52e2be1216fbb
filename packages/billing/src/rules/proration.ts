import { Temporal } from 'temporal-polyfill';

/**
 * Prorata temporis of a monthly price, to the cent and additive: the amount for days a..b of a
 * month is C(b) − C(a−1) with C(d) = round(price × d / days in month). However a month is split,
 * its pieces add up to the monthly price exactly, and a whole month is the price itself.
 */
function cumulative(monthlyCents: number, day: number, daysInMonth: number): number {
  return Math.round((monthlyCents * day) / daysInMonth);
}

/** The price of the days `from`..`to` (inclusive) of one calendar month. */
export function proratedWithinMonth(monthlyCents: number, from: string, to: string): number {
  const a = Temporal.PlainDate.from(from);
  const b = Temporal.PlainDate.from(to);
  if (a.year !== b.year || a.month !== b.month) throw new RangeError('proratedWithinMonth: both dates in one month');
  if (Temporal.PlainDate.compare(a, b) > 0) return 0;
  return cumulative(monthlyCents, b.day, a.daysInMonth) - cumulative(monthlyCents, a.day - 1, a.daysInMonth);
}

export interface PeriodCharge {
  periodStart: string;
  periodEnd: string;
  /** Whether the piece is a whole calendar month. */
  wholeMonth: boolean;
  amountCents: number;
}

/** A period cut at month ends, each piece priced prorata temporis; empty when `from` > `to`. */
export function periodCharges(monthlyCents: number, from: string, to: string): PeriodCharge[] {
  const pieces: PeriodCharge[] = [];
  let start = Temporal.PlainDate.from(from);
  const end = Temporal.PlainDate.from(to);
  while (Temporal.PlainDate.compare(start, end) <= 0) {
    const monthEnd = start.with({ day: start.daysInMonth });
    const pieceEnd = Temporal.PlainDate.compare(monthEnd, end) < 0 ? monthEnd : end;
    pieces.push({
      periodStart: start.toString(),
      periodEnd: pieceEnd.toString(),
      wholeMonth: start.day === 1 && pieceEnd.day === start.daysInMonth,
      amountCents: proratedWithinMonth(monthlyCents, start.toString(), pieceEnd.toString()),
    });
    start = pieceEnd.add({ days: 1 });
  }
  return pieces;
}
