import { LockMode, type EntityManager } from '@mikro-orm/core';
import { DomainError } from '@portal/kernel';
import { LoginThrottle } from '../entities/LoginThrottle.js';
import { decide, recordFailure, type ThrottlePolicy, type ThrottleState } from '../rules/login-throttle.js';

/** One throttling key, its policy and its row, locked for the transaction. */
export interface HeldThrottle {
  key: string;
  policy: ThrottlePolicy;
  row: LoginThrottle;
}

/** Locks the rows of `keys` (creating missing ones) in key order, so that concurrent attempts queue. */
export async function holdThrottles(em: EntityManager, keys: { key: string; policy: ThrottlePolicy }[]): Promise<HeldThrottle[]> {
  if (keys.length === 0) return [];
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  await conn.execute(
    `insert into login_throttle (key, failures) values ${keys.map(() => '(?, 0)').join(', ')} on conflict (key) do nothing`,
    keys.map((k) => k.key), 'run', tx,
  );
  const rows = await em.find(LoginThrottle, { key: { $in: keys.map((k) => k.key) } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { key: 'asc' } });
  return keys.map((k) => ({ ...k, row: rows.find((r) => r.key === k.key)! }));
}

export const throttleState = (row: LoginThrottle): ThrottleState => ({ failures: row.failures, lastFailureAt: row.lastFailureAt ?? null, lockedUntil: row.lockedUntil ?? null });

/** The longest wait any of `held` imposes now, in ms (0: the attempt may go on). */
export function waitOf(held: HeldThrottle[], now: Date): number {
  return Math.max(0, ...held.map((t) => decide(throttleState(t.row), now, t.policy)).map((d) => (d.allowed ? 0 : d.retryAfterMs)));
}

/** Counts one more failure (or request, for quotas) on every key of `held`. */
export function recordOn(held: HeldThrottle[], now: Date): void {
  for (const t of held) Object.assign(t.row, recordFailure(throttleState(t.row), now, t.policy));
}

export function clearOn(held: HeldThrottle[]): void {
  for (const t of held) Object.assign(t.row, { failures: 0, lastFailureAt: null, lockedUntil: null });
}

/** LOGIN_THROTTLED with the wait, in seconds, rounded up. */
export function throttledError(retryAfterMs: number): DomainError {
  const seconds = Math.ceil(retryAfterMs / 1000);
  return new DomainError('LOGIN_THROTTLED', `Trop de tentatives : réessayez dans ${seconds} s.`, null, { retryAfterSeconds: seconds });
}
