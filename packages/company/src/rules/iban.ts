import { Permission } from '@portal/kernel';

/**
 * IBAN (ISO 13616): country code, two check digits, then the national account number.
 * Valid when the rearranged number, letters turned into 10..35, is 1 modulo 97.
 * Spaces are tolerated on input; `normalizeIban` gives the stored form.
 */
export function normalizeIban(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function isValidIban(value: string): boolean {
  const iban = normalizeIban(value);
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : ch;
    for (const digit of digits) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

/** Computes the two check digits of an IBAN from its country code and account number (BBAN). */
export function ibanFromBban(country: string, bban: string): string {
  const provisional = `${country}00${bban}`.toUpperCase();
  const rearranged = provisional.slice(4) + provisional.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : ch;
    for (const digit of digits) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  const check = String(98 - remainder).padStart(2, '0');
  return `${country.toUpperCase()}${check}${bban.toUpperCase()}`;
}

/** BIC (ISO 9362): 4 letters bank, 2 letters country, 2 alphanumerics location, optional 3 branch. */
export function isValidBic(value: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(value);
}

/** Shows only the country code and the last four characters: FR76 **** **** 1234. */
export function maskIban(value: string): string {
  const iban = normalizeIban(value);
  return `${iban.slice(0, 4)} **** **** ${iban.slice(-4)}`;
}

/** Shows only the bank code, as the IBAN shows only its country: BNPA*******. */
export function maskBic(value: string): string {
  return `${value.slice(0, 4)}${'*'.repeat(Math.max(0, value.length - 4))}`;
}

/** Shows only the last four characters of a SEPA mandate reference (RUM): ********0001. */
export function maskMandateReference(value: string): string {
  return `${'*'.repeat(Math.max(0, value.length - 4))}${value.slice(-4)}`;
}

/**
 * Whether payment details (IBAN, BIC, SEPA mandate reference) are shown in clear: to
 * administrators and billing users of the company; masked for every other caller.
 */
export function paymentDetailsInClear(permissions: ReadonlySet<Permission>): boolean {
  return permissions.has(Permission.USERS_MANAGE) || permissions.has(Permission.BILLING_WRITE);
}
