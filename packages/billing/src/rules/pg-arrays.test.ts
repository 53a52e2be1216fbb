import { describe, expect, it } from 'vitest';
import { pgIntArray, pgTextArray } from './pg-arrays.js';

describe('PostgreSQL array literals', () => {
  it('quote every text, escaping quotes and backslashes, and keep NULLs', () => {
    expect(pgTextArray(['OC1 — abonnement', 'a "b", {c}', 'x\\y', null])).toBe('{"OC1 — abonnement","a \\"b\\", {c}","x\\\\y",NULL}');
    expect(pgIntArray([1, null, 3])).toBe('{1,NULL,3}');
    expect(() => pgIntArray([1.5])).toThrow(RangeError);
  });
});
