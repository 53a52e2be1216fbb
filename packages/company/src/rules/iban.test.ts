import { describe, expect, it } from 'vitest';
import { ibanFromBban, isValidBic, isValidIban, maskBic, maskIban, maskMandateReference, normalizeIban } from './iban.js';

describe('IBAN', () => {
  it.each([
    'FR76 3000 6000 0112 3456 7890 189',
    'FR1420041010050500013M02606',
    'DE89370400440532013000',
    'GB82WEST12345698765432',
  ])('accepts the valid IBAN %s', (iban) => expect(isValidIban(iban)).toBe(true));

  it.each([
    ['a wrong check digit', 'FR77 3000 6000 0112 3456 7890 189'],
    ['a swapped pair', 'FR76 3000 6000 0112 3456 7890 198'],
    ['too short', 'FR76 3000'],
    ['letters in the check digits', 'FRAB30006000011234567890189'],
    ['empty', ''],
  ])('refuses %s', (_why, iban) => expect(isValidIban(iban)).toBe(false));

  it('builds check digits that validate', () => {
    const iban = ibanFromBban('FR', '30006000011234567890189');
    expect(iban).toBe('FR7630006000011234567890189');
    expect(isValidIban(iban)).toBe(true);
  });

  it('masks all but the country and the last four characters', () => {
    expect(maskIban('fr76 3000 6000 0112 3456 7890 189')).toBe('FR76 **** **** 0189');
    expect(normalizeIban(' fr76 3000 ')).toBe('FR763000');
  });
});

describe('BIC', () => {
  it.each(['BNPAFRPP', 'BNPAFRPPXXX', 'AGRIFRPP882'])('accepts %s', (bic) => expect(isValidBic(bic)).toBe(true));
  it.each(['BNPAFRP', 'bnpafrpp', 'BNPA12PP', 'BNPAFRPPXX'])('refuses %s', (bic) => expect(isValidBic(bic)).toBe(false));
});

describe('payment details for callers who may not see them', () => {
  it('mask the BIC but its bank code, and the SEPA mandate reference but its last four characters', () => {
    expect(maskBic('BNPAFRPPXXX')).toBe('BNPA*******');
    expect(maskBic('CMCIFRPP')).toBe('CMCI****');
    expect(maskMandateReference('RUM-C24-0001')).toBe('********0001');
  });
});
