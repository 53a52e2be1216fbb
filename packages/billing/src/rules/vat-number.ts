/**
 * The French intra-community VAT number of a company, derived from its SIREN:
 * FR + a two-digit key + the SIREN, where key = (12 + 3 × (SIREN mod 97)) mod 97.
 * Returns null for anything that is not 9 digits (bodies without a SIREN have no derived number).
 */
export function intraCommunityVatNumber(siren: string | null | undefined): string | null {
  if (!siren || !/^[0-9]{9}$/.test(siren)) return null;
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${siren}`;
}
