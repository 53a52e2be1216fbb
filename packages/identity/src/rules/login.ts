/** Identifiant: E- followed by 10 digits (E-0000001234), assigned by the system. */
export const LOGIN_PATTERN = /^E-[0-9]{10}$/;

export function loginFromNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9_999_999_999) throw new RangeError('login number out of range');
  return `E-${String(n).padStart(10, '0')}`;
}
