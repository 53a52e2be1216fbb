import { describe, expect, it } from 'vitest';
import { acceptedTotpStep, newTotpSecret, totpCode, totpUri } from './totp.js';

const now = new Date('2026-12-01T10:00:10Z');
const step = Math.floor(now.getTime() / 30_000);

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC 6238 test vector (SHA-1, 59 s → 287082)', () => {
    // The RFC's secret "12345678901234567890" in base32; its 8-digit code 94287082 ends in 287082.
    expect(totpCode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', new Date(59_000))).toBe('287082');
  });

  it('accepts the current code and one step of drift either way, not two', () => {
    const secret = newTotpSecret();
    expect(acceptedTotpStep(secret, totpCode(secret, now), now, null)).toBe(step);
    expect(acceptedTotpStep(secret, totpCode(secret, new Date(now.getTime() - 30_000)), now, null)).toBe(step - 1);
    expect(acceptedTotpStep(secret, totpCode(secret, new Date(now.getTime() + 30_000)), now, null)).toBe(step + 1);
    expect(acceptedTotpStep(secret, totpCode(secret, new Date(now.getTime() - 90_000)), now, null)).toBeNull();
  });

  it('refuses a code whose step was already used (single use within the window), and any older one', () => {
    const secret = newTotpSecret();
    const code = totpCode(secret, now);
    expect(acceptedTotpStep(secret, code, now, step)).toBeNull();
    expect(acceptedTotpStep(secret, totpCode(secret, new Date(now.getTime() - 30_000)), now, step)).toBeNull();
    expect(acceptedTotpStep(secret, totpCode(secret, new Date(now.getTime() + 30_000)), now, step)).toBe(step + 1);
  });

  it('refuses what is not six digits, and tolerates spaces', () => {
    const secret = newTotpSecret();
    const code = totpCode(secret, now);
    expect(acceptedTotpStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now, null)).toBe(step);
    for (const bad of ['', '12345', '1234567', 'abcdef', `${code}0`]) expect(acceptedTotpStep(secret, bad, now, null)).toBeNull();
  });

  it('gives an otpauth:// URI with issuer, login and secret', () => {
    const uri = totpUri('JBSWY3DPEHPK3PXP', 'E-0000000024');
    expect(uri).toMatch(/^otpauth:\/\/totp\/.*E-0000000024\?/);
    expect(uri).toContain('secret=JBSWY3DPEHPK3PXP');
    expect(uri).toContain('period=30');
  });
});
