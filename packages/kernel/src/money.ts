/**
 * Money is an integer number of euro cents everywhere. VAT is computed per line and rounded to
 * the cent, half away from zero (the usual French invoicing practice); a document's VAT total is
 * the sum of its lines' VAT, never recomputed on the total.
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

/** Totals of an invoice or credit note: the sums of its lines. */
export function documentTotals(lines: readonly LineAmounts[]): DocumentTotals {
  let totalExclVatCents = 0;
  let totalVatCents = 0;
  for (const line of lines) {
    totalExclVatCents += line.totalExclVatCents;
    totalVatCents += line.vatCents;
  }
  return { totalExclVatCents, totalVatCents, totalInclVatCents: totalExclVatCents + totalVatCents };
}
