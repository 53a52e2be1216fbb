/**
 * Money is an integer number of euro cents everywhere. A document's VAT is computed as EN 16931
 * computes it (BR-S-09, BR-CO-17): per rate, on the sum of the lines' amounts at that rate,
 * rounded to the cent half away from zero; the VAT total is the sum of those per-rate amounts.
 * A line's own VAT is informative (what the line alone would bear).
 */
export function vatCents(amountExclVatCents: number, vatRateBasisPoints: number): number {
  if (!Number.isSafeInteger(amountExclVatCents)) throw new RangeError('an amount is a whole number of cents');
  if (!Number.isInteger(vatRateBasisPoints) || vatRateBasisPoints < 0 || vatRateBasisPoints > 10_000) {
    throw new RangeError('a VAT rate is between 0 and 10000 basis points');
  }
  const product = amountExclVatCents * vatRateBasisPoints;
  const sign = product < 0 ? -1 : 1;
  const magnitude = Math.abs(product);
  const quotient = Math.floor(magnitude / 10_000);
  const remainder = magnitude - quotient * 10_000;
  return sign * (remainder * 2 >= 10_000 ? quotient + 1 : quotient);
}

export interface LineAmounts {
  totalExclVatCents: number;
  vatCents: number;
}

/** Amounts of a line: quantity × unit price, then its VAT. */
export function lineAmounts(quantity: number, unitPriceExclVatCents: number, vatRateBasisPoints: number): LineAmounts {
  const totalExclVatCents = quantity * unitPriceExclVatCents;
  return { totalExclVatCents, vatCents: vatCents(totalExclVatCents, vatRateBasisPoints) };
}

export interface DocumentTotals {
  totalExclVatCents: number;
  totalVatCents: number;
  totalInclVatCents: number;
}

/** A line as the VAT breakdown needs it: its amount and its rate. */
export interface RatedAmount {
  totalExclVatCents: number;
  vatRateBasisPoints: number;
}

/** VAT of the document for one rate (TVA par taux): the base is the sum of the lines at that rate. */
export interface VatRateTotal {
  vatRateBasisPoints: number;
  baseExclVatCents: number;
  vatCents: number;
}

/** The VAT breakdown per rate, in increasing rate order: VAT computed once per rate, on the base. */
export function vatByRate(lines: readonly RatedAmount[]): VatRateTotal[] {
  const bases = new Map<number, number>();
  for (const line of lines) bases.set(line.vatRateBasisPoints, (bases.get(line.vatRateBasisPoints) ?? 0) + line.totalExclVatCents);
  return [...bases.entries()]
    .sort(([a], [b]) => a - b)
    .map(([vatRateBasisPoints, baseExclVatCents]) => ({ vatRateBasisPoints, baseExclVatCents, vatCents: vatCents(baseExclVatCents, vatRateBasisPoints) }));
}

/** Totals of an invoice or credit note: the sum of the lines, and the VAT of each rate summed. */
export function documentTotals(lines: readonly RatedAmount[]): DocumentTotals {
  let totalExclVatCents = 0;
  let totalVatCents = 0;
  for (const row of vatByRate(lines)) {
    totalExclVatCents += row.baseExclVatCents;
    totalVatCents += row.vatCents;
  }
  return { totalExclVatCents, totalVatCents, totalInclVatCents: totalExclVatCents + totalVatCents };
}

/**
 * VAT category of a line (UNCL5305, EN 16931 BT-151): S standard rate, Z zero rated, E exempt
 * (with its exemption reason), AE reverse charge ("autoliquidation": the buyer accounts for the VAT).
 */
export enum VatCategory {
  STANDARD = 'S',
  ZERO_RATED = 'Z',
  EXEMPT = 'E',
  REVERSE_CHARGE = 'AE',
}

/** The category a rate implies when nothing else is said: S above 0 %, Z at 0 %. */
export const defaultVatCategory = (vatRateBasisPoints: number): VatCategory => (vatRateBasisPoints > 0 ? VatCategory.STANDARD : VatCategory.ZERO_RATED);
