/** Percent from basis points: 2000 → "20 %" (fr) / "20%" (en). */
export function formatRate(basisPoints: number, locale: 'fr' | 'en'): string {
  const value = (basisPoints / 100).toLocaleString(locale === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 2 });
  return locale === 'en' ? `${value}%` : `${value}\u00a0%`;
}

export const ocPath = (id: string) => `/offres/${encodeURIComponent(id)}`;
export const terminationPath = (id: string) => `${ocPath(id)}/resiliation`;

/** A key for contractedOfferTerminate: the same request sent twice is one termination. */
export function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
