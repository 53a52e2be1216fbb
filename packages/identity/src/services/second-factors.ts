import { type EntityManager } from '@mikro-orm/core';
import { CompanySecurityPolicy, Passkey, RecoveryCode, TotpCredential } from '../entities/SecondFactor.js';
import { type IdentitySettings } from '../settings.js';

/** The second factors a user holds. */
export interface SecondFactors {
  totp: TotpCredential | null;
  passkeys: Passkey[];
  recoveryCodesLeft: number;
}

export const hasSecondFactor = (f: SecondFactors) => f.totp !== null || f.passkeys.length > 0;

/** A user's confirmed TOTP, passkeys and unused recovery codes. */
export async function secondFactorsOf(em: EntityManager, userId: number): Promise<SecondFactors> {
  const [totp, passkeys, recoveryCodesLeft] = await Promise.all([
    em.findOne(TotpCredential, { user: userId, confirmedAt: { $ne: null } }),
    em.find(Passkey, { user: userId }, { orderBy: { id: 'asc' } }),
    em.count(RecoveryCode, { user: userId, usedAt: null }),
  ]);
  return { totp, passkeys, recoveryCodesLeft };
}

/** Whether the company requires a second factor of every user ("double authentification obligatoire"). */
export async function secondFactorRequired(em: EntityManager, companyId: number): Promise<boolean> {
  const policy = await em.findOne(CompanySecurityPolicy, { company: companyId });
  return policy?.secondFactorRequired ?? false;
}

/** The WebAuthn relying party: the portal's public host and origin. */
export function relyingParty(settings: Pick<IdentitySettings, 'publicUrl'>): { id: string; origin: string; name: string } {
  const url = new URL(settings.publicUrl);
  return { id: url.hostname, origin: url.origin, name: 'Portail opérateur' };
}
