/**
 * RIO (relevé d'identité opérateur): 12 characters "OO Q RRRRRR CCC" — the operator's code
 * (2 characters), the contract type (E or P for mobiles, F to Z for fixed lines), the contract's
 * reference (6 characters) and a 3-character key computed from the first 9 and the national
 * number (10 digits, 0XXXXXXXXX), each character of the alphabet below counted mod 37.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ+';

/** The shape of a RIO, whatever its key. */
export const RIO_PATTERN = /^[0-9A-Z]{2}[A-Z][0-9A-Z+]{6}[0-9A-Z+]{3}$/;

/** The national form of a French number (0442270001) from +33442270001 or 0442270001; null otherwise. */
export function nationalNumber(phone: string): string | null {
  const compact = phone.replace(/[\s.-]/g, '');
  if (/^\+33[1-9][0-9]{8}$/.test(compact)) return `0${compact.slice(3)}`;
  if (/^0[1-9][0-9]{8}$/.test(compact)) return compact;
  return null;
}

/** The international form (+33442270001) of a French number; null when it is not one. */
export function e164(phone: string): string | null {
  const national = nationalNumber(phone);
  return national ? `+33${national.slice(1)}` : null;
}

/** The 3-character key of a RIO, from its first 9 characters and the number it belongs to. */
export function rioKey(first9: string, phone: string): string {
  const national = nationalNumber(phone);
  if (!national || !/^[0-9A-Z+]{9}$/.test(first9)) throw new RangeError('rioKey: 9 RIO characters and a French number');
  let a = 0;
  let b = 0;
  let c = 0;
  for (const ch of first9 + national) {
    const value = ALPHABET.indexOf(ch);
    a = (a + value) % 37;
    b = (2 * b + value) % 37;
    c = (4 * c + value) % 37;
  }
  return ALPHABET[a]! + ALPHABET[b]! + ALPHABET[c]!;
}

/** Why a RIO is refused for a number: RIO_MALFORMED, RIO_MISMATCH (its key is not the number's), or null. */
export function rioProblem(rio: string, phone: string): 'RIO_MALFORMED' | 'RIO_MISMATCH' | null {
  if (!RIO_PATTERN.test(rio)) return 'RIO_MALFORMED';
  if (!nationalNumber(phone)) return 'RIO_MISMATCH';
  return rioKey(rio.slice(0, 9), phone) === rio.slice(9) ? null : 'RIO_MISMATCH';
}

/** A valid RIO of a number (demo data, tests): operator code, contract type and reference given. */
export function makeRio(operator: string, contractType: string, reference: string, phone: string): string {
  const first9 = `${operator}${contractType}${reference}`;
  return first9 + rioKey(first9, phone);
}
