import { describe, expect, it } from 'vitest';
import { isValidSiren, sirenWithCheckDigit } from './siren.js';
import { companyReference } from './references.js';

describe('SIREN', () => {
  it.each(['895556553', '732829320', '552100554', '000000000'])('accepts %s', (s) => expect(isValidSiren(s)).toBe(true));
  // 895556554 is the SIREN printed in the MyOpenIP guide: its check digit is wrong.
  it.each(['895556554', '895556555', '123456789', '89555655', '8955565540', 'ABCDEFGHI', ''])('refuses %s', (s) =>
    expect(isValidSiren(s)).toBe(false),
  );
  it('completes any 8-digit body with the one check digit that validates', () => {
    for (let i = 0; i < 2000; i++) {
      const body = String((i * 7919) % 100_000_000).padStart(8, '0');
      const siren = sirenWithCheckDigit(body);
      expect(siren.slice(0, 8)).toBe(body);
      expect(isValidSiren(siren)).toBe(true);
      const wrong = body + String((Number(siren[8]) + 1) % 10);
      expect(isValidSiren(wrong)).toBe(false);
    }
  });
});

describe('company reference', () => {
  it('pads to eight digits', () => expect(companyReference(24)).toBe('OIP-00000024'));
  it('refuses numbers that do not fit', () => expect(() => companyReference(100_000_000)).toThrow(RangeError));
});
