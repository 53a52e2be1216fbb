import { type EntityManager } from '@mikro-orm/core';
import { type Mailer } from '@portal/kernel';
import { Delivery } from '../entities/Delivery.js';
import { DeliveryAttempt } from '../entities/DeliveryAttempt.js';
import { type WebhookEndpoint } from '../entities/WebhookEndpoint.js';
import { DeliveryState } from '../enums.js';
import { RETRY_WINDOW_MS, nextAttemptAt } from '../rules/backoff.js';
import { eventPayload } from '../rules/payload.js';
import { signatureHeaders } from '../rules/signature.js';
import { endpointDisabledMail } from './mail.js';
import { postWebhook, type DeliveryTransport } from './http-delivery.js';

/** What delivering needs from the gateway. */
export interface DeliveryContext {
  clock: () => Date;
  transport: DeliveryTransport;
  mailer: Mailer;
  /** The e-mail addresses of a company's active administrators (identity answers it). */
  administratorsOf: (em: EntityManager, companyId: number) => Promise<string[]>;
  publicUrl: string;
  random?: () => number;
  log?: { warn(obj: object, msg: string): void };
}

export interface LaneResult {
  delivered: number;
  failed: number;
}

/**
 * Delivers one lane (an endpoint and an object) in order: the oldest pending delivery first; on
 * success the next one, on failure a retry is planned (backoff with jitter) and the ones behind
 * it wait. A delivery failing three days since its first attempt is given up; an endpoint failing
 * for three days is disabled and its administrators are told by e-mail.
 */
export async function deliverLane(em: EntityManager, lane: string, ctx: DeliveryContext): Promise<LaneResult> {
  const result: LaneResult = { delivered: 0, failed: 0 };
  for (;;) {
    em.clear();
    const head = await em.findOne(Delivery, { lane, state: DeliveryState.PENDING }, { orderBy: { event: 'asc' }, populate: ['endpoint', 'event'] });
    const now = ctx.clock();
    if (!head || !head.endpoint.enabled || head.nextAttemptAt > now) return result;
    const ok = await attempt(em, head, ctx);
    if (ok) result.delivered += 1;
    else {
      result.failed += 1;
      if (head.state === DeliveryState.PENDING) return result;
    }
  }
}

async function attempt(em: EntityManager, delivery: Delivery, ctx: DeliveryContext): Promise<boolean> {
  const { endpoint, event } = delivery;
  const startedAt = ctx.clock();
  const body = eventPayload(event);
  const headers = signatureHeaders(event.publicId, startedAt, body, endpoint.signingSecrets(startedAt));
  const outcome = await postWebhook(endpoint.url, headers, body, ctx.transport);
  const now = ctx.clock();
  em.create(DeliveryAttempt, { delivery, at: startedAt, status: outcome.status, latencyMs: outcome.latencyMs, error: outcome.error, responseExcerpt: outcome.excerpt.slice(0, 500) });
  delivery.attempts += 1;
  delivery.firstAttemptAt ??= startedAt;
  if (outcome.ok) {
    delivery.state = DeliveryState.DELIVERED;
    delivery.deliveredAt = now;
    endpoint.failingSince = null;
    await em.flush();
    return true;
  }
  const next = nextAttemptAt(delivery.firstAttemptAt, delivery.attempts, now, ctx.random);
  if (next) delivery.nextAttemptAt = next;
  else delivery.state = DeliveryState.FAILED;
  // A refused destination is the endpoint's fault as much as an error answer: it counts as failing.
  endpoint.failingSince ??= startedAt;
  const disable = endpoint.enabled && now.getTime() - endpoint.failingSince.getTime() >= RETRY_WINDOW_MS;
  if (disable) {
    endpoint.enabled = false;
    endpoint.disabledReason = 'FAILING';
  }
  await em.flush();
  if (disable) await tellAdministrators(em, endpoint, ctx);
  return false;
}

async function tellAdministrators(em: EntityManager, endpoint: WebhookEndpoint, ctx: DeliveryContext): Promise<void> {
  const recipients = await ctx.administratorsOf(em, endpoint.company.id);
  for (const to of recipients) {
    try {
      await ctx.mailer.send(endpointDisabledMail(to, endpoint, ctx.publicUrl));
    } catch (err) {
      ctx.log?.warn({ err, endpointId: endpoint.id }, 'webhook endpoint disabled: e-mail not sent');
    }
  }
}
