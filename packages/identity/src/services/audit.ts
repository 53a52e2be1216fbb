import { type EntityManager } from '@mikro-orm/core';
import { Company } from '@portal/company';
import { AuditEvent } from '../entities/AuditEvent.js';
import { User } from '../entities/User.js';

/** What the audit log records; its administrators read it per company. */
export enum AuditAction {
  LOGIN_SUCCEEDED = 'LOGIN_SUCCEEDED',
  LOGIN_FAILED = 'LOGIN_FAILED',
  LOGOUT = 'LOGOUT',
  SESSIONS_REVOKED = 'SESSIONS_REVOKED',
  PASSWORD_LINK_SENT = 'PASSWORD_LINK_SENT',
  PASSWORD_SET = 'PASSWORD_SET',
  TERMS_ACCEPTED = 'TERMS_ACCEPTED',
  TERMS_PUBLISHED = 'TERMS_PUBLISHED',
  USER_CREATED = 'USER_CREATED',
  USER_UPDATED = 'USER_UPDATED',
  USER_DEACTIVATED = 'USER_DEACTIVATED',
  USER_REACTIVATED = 'USER_REACTIVATED',
  RIGHTS_CHANGED = 'RIGHTS_CHANGED',
  API_TOKEN_CREATED = 'API_TOKEN_CREATED',
  API_TOKEN_REVOKED = 'API_TOKEN_REVOKED',
  SECOND_FACTOR_ENROLLED = 'SECOND_FACTOR_ENROLLED',
  SECOND_FACTOR_REMOVED = 'SECOND_FACTOR_REMOVED',
  SECOND_FACTOR_SUCCEEDED = 'SECOND_FACTOR_SUCCEEDED',
  SECOND_FACTOR_FAILED = 'SECOND_FACTOR_FAILED',
  RECOVERY_CODES_GENERATED = 'RECOVERY_CODES_GENERATED',
  SECOND_FACTOR_ENFORCEMENT_CHANGED = 'SECOND_FACTOR_ENFORCEMENT_CHANGED',
}

export interface AuditEntry {
  action: AuditAction | string;
  actorId?: number | null;
  companyId?: number | null;
  targetType?: string;
  targetId?: string | number;
  ipAddress?: string | null;
  details?: Record<string, unknown>;
  at?: Date;
}

/** Adds an audit event to the unit of work (flushed with the change it records). */
export function audit(em: EntityManager, entry: AuditEntry): AuditEvent {
  return em.create(AuditEvent, {
    action: entry.action,
    actor: entry.actorId ? em.getReference(User, entry.actorId) : null,
    company: entry.companyId ? em.getReference(Company, entry.companyId) : null,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId === undefined ? null : String(entry.targetId),
    ipAddress: entry.ipAddress ?? null,
    details: entry.details ?? null,
    ...(entry.at ? { occurredAt: entry.at } : {}),
  });
}
