import { type EntityManager } from '@mikro-orm/core';
import { Company } from '@portal/company';
import { ApiToken } from '../entities/ApiToken.js';
import { User } from '../entities/User.js';
import { UserState } from '../enums.js';
import { DomainError, userError, type UserError } from '@portal/kernel';
import { ApiScope, Permission } from '../rules/access.js';
import { hashSecretToken, newSecretToken } from '../rules/secret-token.js';
import { type IdentitySettings } from '../settings.js';
import { type Access } from '@portal/kernel';
import { AuditAction, audit } from './audit.js';

/** Tokens start with this, so that secret scanners and people recognise them. */
export const API_TOKEN_PREFIX = 'oppt_';

export interface ApiTokenInput {
  name: string;
  scopes: ApiScope[];
  expiresInDays: number;
}

export function validateApiTokenInput(input: ApiTokenInput, settings: IdentitySettings): UserError[] {
  const errors: UserError[] = [];
  if (input.name.trim() === '' || input.name.length > 100) errors.push(userError('NAME_INVALID', 'Donnez au jeton un nom de 1 à 100 caractères.', ['input', 'name']));
  if (input.scopes.length === 0) errors.push(userError('SCOPES_REQUIRED', 'Aucune portée n’est choisie : un jeton en a au moins une.', ['input', 'scopes']));
  if (input.scopes.some((s) => !Object.values(ApiScope).includes(s))) errors.push(userError('SCOPE_UNKNOWN', 'Portée inconnue.', ['input', 'scopes']));
  if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > settings.apiTokenMaxDays) {
    errors.push(userError('EXPIRY_OUT_OF_RANGE', `La durée de validité va de 1 à ${settings.apiTokenMaxDays} jours.`, ['input', 'expiresInDays']));
  }
  return errors;
}

/**
 * Creates a token for the caller's company. The secret is returned once and only its hash kept.
 * The token acts as its creator, within its scopes: it never does more than they can.
 */
export async function createApiToken(
  em: EntityManager,
  access: Access,
  input: ApiTokenInput,
  settings: IdentitySettings,
  now: Date,
): Promise<{ token: string; apiToken: ApiToken } | { errors: UserError[] }> {
  const companyId = access.viewer.companyId;
  await access.require(companyId, Permission.TOKENS_MANAGE);
  if (access.viewer.apiTokenId) {
    return { errors: [userError('FORBIDDEN', 'Un jeton d’API ne peut pas créer d’autres jetons.', null)] };
  }
  const errors = validateApiTokenInput(input, settings);
  if (errors.length > 0) return { errors };
  const { token, hash } = newSecretToken(API_TOKEN_PREFIX);
  const apiToken = em.create(ApiToken, {
    company: em.getReference(Company, companyId),
    createdBy: em.getReference(User, access.viewer.userId),
    name: input.name.trim(),
    prefix: token.slice(0, 12),
    tokenHash: hash,
    scopes: [...new Set(input.scopes)].sort(),
    createdAt: now,
    expiresAt: new Date(now.getTime() + input.expiresInDays * 86_400_000),
  });
  audit(em, { action: AuditAction.API_TOKEN_CREATED, actorId: access.viewer.userId, companyId, targetType: 'ApiToken', targetId: apiToken.prefix, details: { scopes: apiToken.scopes }, at: now });
  await em.flush();
  return { token, apiToken };
}

export async function revokeApiToken(em: EntityManager, access: Access, tokenId: number, now: Date): Promise<ApiToken> {
  const apiToken = Number.isSafeInteger(tokenId) ? await em.findOne(ApiToken, { id: tokenId }) : null;
  if (!apiToken || !(await access.can(apiToken.company.id, Permission.TOKENS_MANAGE))) {
    throw new DomainError('NOT_FOUND', 'Jeton introuvable.', ['input', 'apiTokenId']);
  }
  if (!apiToken.revokedAt) {
    apiToken.revokedAt = now;
    audit(em, { action: AuditAction.API_TOKEN_REVOKED, actorId: access.viewer.userId, companyId: apiToken.company.id, targetType: 'ApiToken', targetId: apiToken.prefix, at: now });
    await em.flush();
  }
  return apiToken;
}

/** The live token of a Bearer header, with its creator; null when unknown, expired, revoked or the creator is disabled. */
export async function resolveApiToken(em: EntityManager, token: string, now: Date): Promise<{ apiToken: ApiToken; user: User } | null> {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
  const apiToken = await em.findOne(ApiToken, { tokenHash: hashSecretToken(token) }, { populate: ['createdBy'] });
  if (!apiToken || apiToken.revokedAt || apiToken.expiresAt <= now) return null;
  const user = apiToken.createdBy;
  if (user.state !== UserState.ACTIVE) return null;
  if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > 60_000) {
    await em.nativeUpdate(ApiToken, { id: apiToken.id }, { lastUsedAt: now });
    apiToken.lastUsedAt = now;
  }
  return { apiToken, user };
}
