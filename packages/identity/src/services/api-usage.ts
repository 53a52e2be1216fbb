import { type EntityManager } from '@mikro-orm/core';
import { addDays, todayInParis } from '@portal/kernel';
import { ApiTokenUsage } from '../entities/ApiTokenUsage.js';

export interface ApiRequestUsage {
  apiTokenId: number;
  at: Date;
  error: boolean;
  cost: number;
  rateLimitRemaining: number | null;
}

/** Counts one answered request of a token on its Paris day (one statement, safe under concurrency). */
export async function recordApiUsage(em: EntityManager, usage: ApiRequestUsage): Promise<void> {
  await em.getConnection().execute(
    `insert into api_token_usage (api_token_id, day, requests, errors, cost_spent, rate_limit_remaining, last_request_at)
     values (?, cast(? as date), 1, ?, ?, ?, ?)
     on conflict (api_token_id, day) do update set
       requests = api_token_usage.requests + 1,
       errors = api_token_usage.errors + excluded.errors,
       cost_spent = api_token_usage.cost_spent + excluded.cost_spent,
       rate_limit_remaining = case when excluded.last_request_at >= coalesce(api_token_usage.last_request_at, excluded.last_request_at) then excluded.rate_limit_remaining else api_token_usage.rate_limit_remaining end,
       last_request_at = greatest(api_token_usage.last_request_at, excluded.last_request_at)`,
    [usage.apiTokenId, todayInParis(usage.at), usage.error ? 1 : 0, Math.max(0, Math.round(usage.cost)), usage.rateLimitRemaining, usage.at],
  );
}

export interface UsageDay {
  day: string;
  requests: number;
  errors: number;
  costSpent: number;
}

/** The last `days` days of a token up to today, every day present (zero when unused), oldest first. */
export async function usageDays(em: EntityManager, apiTokenId: number, days: number, now: Date): Promise<{ days: UsageDay[]; latest: ApiTokenUsage | null }> {
  const today = todayInParis(now);
  const from = addDays(today, -(days - 1));
  const rows = await em.find(ApiTokenUsage, { apiToken: apiTokenId, day: { $gte: from, $lte: today } }, { orderBy: { day: 'asc' } });
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const list: UsageDay[] = [];
  for (let d = from; d <= today; d = addDays(d, 1)) {
    const r = byDay.get(d);
    list.push({ day: d, requests: r?.requests ?? 0, errors: r?.errors ?? 0, costSpent: Number(r?.costSpent ?? 0) });
  }
  const latest = rows.filter((r) => r.lastRequestAt).sort((a, b) => b.lastRequestAt!.getTime() - a.lastRequestAt!.getTime())[0] ?? null;
  return { days: list, latest };
}

/** The rate limit left now: the last known count while its one-minute window runs, the whole limit after. */
export function rateLimitRemainingNow(latest: { rateLimitRemaining?: number | null; lastRequestAt?: Date | null } | null, limit: number, now: Date): number {
  if (!latest?.lastRequestAt || latest.rateLimitRemaining === null || latest.rateLimitRemaining === undefined) return limit;
  return now.getTime() - latest.lastRequestAt.getTime() >= 60_000 ? limit : Math.min(limit, latest.rateLimitRemaining);
}
