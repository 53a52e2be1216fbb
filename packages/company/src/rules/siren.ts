/**
 * SIREN: the 9-digit French company identifier. Its last digit is a Luhn check digit.
 * The same check is enforced by the database (`portal_is_valid_siren`, see the db package's
 * SQL functions migration) so that no loader can bypass it.
 */
export function isValidSiren(value: string): boolean {
  if (!/^[0-9]{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = value.charCodeAt(8 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Appends the Luhn check digit to an 8-digit body, giving a valid SIREN. */
export function sirenWithCheckDigit(body: string): string {
  if (!/^[0-9]{8}$/.test(body)) throw new RangeError('a SIREN body has 8 digits');
  for (let d = 0; d <= 9; d++) {
    const candidate = body + String(d);
    if (isValidSiren(candidate)) return candidate;
  }
  throw new Error('unreachable: one check digit always fits');
}
