import { describe, expect, it } from 'vitest';
import { intraCommunityVatNumber } from './vat-number.js';

describe('intra-community VAT number from the SIREN', () => {
  it.each([
    // Published numbers of well-known French companies.
    ['404833048', 'FR83404833048'],
    ['542051180', 'FR59542051180'],
    // The demo operator.
    ['552100554', 'FR96552100554'],
    // A key below 10 keeps its leading zero.
    ['100000012', 'FR00100000012'],
  ])('%s gives %s', (siren, expected) => {
    expect(intraCommunityVatNumber(siren)).toBe(expected);
  });

  it('is null without a 9-digit SIREN', () => {
    for (const siren of [null, undefined, '', '12345678', '1234567890', '12345678A']) expect(intraCommunityVatNumber(siren)).toBeNull();
  });
});
