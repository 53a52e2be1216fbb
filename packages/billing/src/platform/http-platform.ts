import { LifecycleStatus } from '../enums.js';
import { type Deposit, type EInvoicingPlatform, type PlatformStatus, PlatformRejection, PlatformUnavailable } from './adapter.js';

/** Configuration of a platform's HTTP API. */
export interface HttpPlatformConfig {
  /** Base URL of the API, e.g. https://api.pa.example/v1. */
  url: string;
  /** Bearer token of the portal's account at the platform. */
  token: string;
  /** Milliseconds before a call counts as an outage. */
  timeoutMs?: number;
}

const STATUSES = new Set<string>(Object.values(LifecycleStatus));

/**
 * The HTTP client of a platform's API:
 * - POST {url}/deposits, the PDF as the body, `Idempotency-Key: <number>`: 201 (or 200 for a key
 *   already taken) with `{ id }`; 422 with `{ reasons: [...] }` is a rejection;
 * - GET {url}/statuses?since=<cursor>: `{ statuses: [{ id, depositId, status, at, reason }], cursor }`.
 * Anything else (5xx, a timeout, a refused connection) is an outage, retried by the job queue.
 */
export class HttpPlatform implements EInvoicingPlatform {
  constructor(private readonly config: HttpPlatformConfig) {}

  private async call(path: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(`${this.config.url.replace(/\/$/, '')}${path}`, {
        ...init,
        headers: { ...init.headers, authorization: `Bearer ${this.config.token}` },
        signal: AbortSignal.timeout(this.config.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new PlatformUnavailable(`platform unreachable: ${(error as Error).message}`);
    }
  }

  async deposit(deposit: Deposit): Promise<{ platformId: string }> {
    const res = await this.call('/deposits', {
      method: 'POST',
      headers: {
        'content-type': 'application/pdf', 'idempotency-key': deposit.idempotencyKey, 'x-document-kind': deposit.kind,
        'x-file-name': deposit.fileName, ...(deposit.recipient ? { 'x-recipient': deposit.recipient } : {}),
      },
      body: new Uint8Array(deposit.bytes),
    });
    if (res.status === 422) {
      const body = (await res.json().catch(() => ({}))) as { reasons?: unknown };
      throw new PlatformRejection(Array.isArray(body.reasons) ? body.reasons.map(String) : ['rejetée sans motif']);
    }
    if (res.status !== 200 && res.status !== 201) throw new PlatformUnavailable(`platform answered ${res.status}`);
    const body = (await res.json()) as { id?: unknown };
    if (typeof body.id !== 'string') throw new PlatformUnavailable('platform answered without a deposit id');
    return { platformId: body.id };
  }

  async statuses(since: string | null): Promise<{ statuses: PlatformStatus[]; cursor: string | null }> {
    const res = await this.call(`/statuses${since ? `?since=${encodeURIComponent(since)}` : ''}`, { method: 'GET' });
    if (res.status !== 200) throw new PlatformUnavailable(`platform answered ${res.status}`);
    const body = (await res.json()) as { statuses?: { id: string; depositId: string; status: string; at: string; reason?: string | null }[]; cursor?: string | null };
    const statuses = (body.statuses ?? [])
      .filter((s) => STATUSES.has(s.status))
      .map((s) => ({ eventId: String(s.id), depositId: String(s.depositId), status: s.status as LifecycleStatus, occurredAt: new Date(s.at), reason: s.reason ?? null }));
    return { statuses, cursor: body.cursor ?? since };
  }
}
