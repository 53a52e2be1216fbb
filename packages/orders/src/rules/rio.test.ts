import { describe, expect, it } from 'vitest';
import { e164, makeRio, nationalNumber, rioKey, rioProblem } from './rio.js';

describe('RIO (relevé d’identité opérateur)', () => {
  it('computes the 3-character key from the 9 first characters and the number', () => {
    expect(rioKey('01F123456', '0142123456')).toMatch(/^[0-9A-Z+]{3}$/);
    expect(rioKey('01F123456', '+33142123456')).toBe(rioKey('01F123456', '0142123456'));
  });

  it('accepts a RIO whose key matches the number, refuses one of another number', () => {
    const rio = makeRio('02', 'F', 'AB12CD', '+33442990101');
    expect(rioProblem(rio, '+33442990101')).toBeNull();
    expect(rioProblem(rio, '+33442990102')).toBe('RIO_MISMATCH');
  });

  it.each([
    ['too short', '02FAB12CD12'],
    ['too long', '02FAB12CD1234'],
    ['lower case', '02fab12cd123'],
    ['contract type a digit', '021AB12CD123'],
    ['a space inside', '02F AB12CD12'],
  ])('refuses a malformed RIO (%s)', (_, rio) => {
    expect(rioProblem(rio, '+33442990101')).toBe('RIO_MALFORMED');
  });

  it('changes its key when any one character of the RIO or the number changes', () => {
    const base = rioKey('01F123456', '0142123456');
    for (const other of ['11F123456', '01G123456', '01F123457']) expect(rioKey(other, '0142123456')).not.toBe(base);
    expect(rioKey('01F123456', '0142123457')).not.toBe(base);
  });

  it('reads French numbers in their national and international forms only', () => {
    expect(nationalNumber('+33 4 42 99 01 01')).toBe('0442990101');
    expect(e164('0442990101')).toBe('+33442990101');
    expect(nationalNumber('+44442990101')).toBeNull();
    expect(nationalNumber('0042990101')).toBeNull();
  });
});
