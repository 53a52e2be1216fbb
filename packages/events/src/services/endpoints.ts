import { type EntityManager } from '@mikro-orm/core';
import { Company } from '@portal/company';
import { DomainError, Permission, userError, type Access, type UserError } from '@portal/kernel';
import { Delivery } from '../entities/Delivery.js';
import { Event } from '../entities/Event.js';
import { WebhookEndpoint } from '../entities/WebhookEndpoint.js';
import { DeliveryState, EventType } from '../enums.js';
import { validateEndpointInput, type EndpointFields } from '../rules/endpoint-input.js';
import { forbiddenEventTypes } from '../rules/event-types.js';
import { newSigningSecret } from '../rules/signature.js';
import { publishEvent } from './publish.js';

export interface WebhookSettings {
  /** Development only: http:// endpoints accepted. */
  allowHttp: boolean;
}

export const notFound = (field: string[] | null = ['input', 'endpointId']) => new DomainError('NOT_FOUND', 'Point de terminaison introuvable.', field);

/** Longest overlap of a rotated secret: one week. */
export const MAX_OVERLAP_HOURS = 168;

/** The endpoint, when the caller may manage webhooks of its company; NOT_FOUND otherwise (out of reach or unknown alike). */
export async function managedEndpoint(em: EntityManager, access: Access, id: number | null, field: string[] | null = ['input', 'endpointId']): Promise<WebhookEndpoint> {
  const endpoint = id !== null && Number.isSafeInteger(id) ? await em.findOne(WebhookEndpoint, { id }) : null;
  if (!endpoint || !(await access.can(endpoint.company.id, Permission.WEBHOOKS_MANAGE))) throw notFound(field);
  return endpoint;
}

async function eventTypeErrors(access: Access, companyId: number, types: readonly string[] | undefined): Promise<UserError[]> {
  if (!types) return [];
  const forbidden = forbiddenEventTypes(types, await access.permissionsOn(companyId));
  return forbidden.length ? [userError('EVENT_TYPE_FORBIDDEN', `Vos droits ne permettent pas de recevoir : ${forbidden.join(', ')}.`, ['input', 'eventTypes'])] : [];
}

export async function listEndpoints(em: EntityManager, access: Access, companyId: number): Promise<WebhookEndpoint[]> {
  await access.require(companyId, Permission.WEBHOOKS_MANAGE, 'Société', ['companyId']);
  return em.find(WebhookEndpoint, { company: companyId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}

export interface EndpointCreateInput extends Required<Pick<EndpointFields, 'url' | 'eventTypes'>> {
  companyId: number;
  description: string;
}

/** Creates an endpoint; its secret is returned once, here. */
export async function createEndpoint(em: EntityManager, access: Access, input: EndpointCreateInput, settings: WebhookSettings, now: Date): Promise<{ endpoint: WebhookEndpoint; secret: string } | { errors: UserError[] }> {
  await access.require(input.companyId, Permission.WEBHOOKS_MANAGE, 'Société', ['input', 'companyId']);
  const errors = [...validateEndpointInput(input, settings.allowHttp)];
  if (errors.length === 0) errors.push(...(await eventTypeErrors(access, input.companyId, input.eventTypes)));
  if (errors.length) return { errors };
  const secret = newSigningSecret();
  const endpoint = em.create(WebhookEndpoint, {
    company: em.getReference(Company, input.companyId),
    url: input.url,
    description: input.description.trim(),
    eventTypes: [...new Set(input.eventTypes)].sort(),
    secret,
    createdById: access.viewer.userId,
    createdAt: now,
  });
  await em.flush();
  return { endpoint, secret };
}

export interface EndpointUpdateInput extends EndpointFields {
  enabled?: boolean;
}

/** Changes an endpoint; enabling it again starts a new failure count, and its pending deliveries resume. */
export async function updateEndpoint(em: EntityManager, access: Access, id: number | null, input: EndpointUpdateInput, settings: WebhookSettings): Promise<{ endpoint: WebhookEndpoint } | { errors: UserError[] }> {
  const endpoint = await managedEndpoint(em, access, id);
  const errors = [...validateEndpointInput(input, settings.allowHttp)];
  if (errors.length === 0) errors.push(...(await eventTypeErrors(access, endpoint.company.id, input.eventTypes)));
  if (errors.length) return { errors };
  if (input.url !== undefined) endpoint.url = input.url;
  if (input.description !== undefined) endpoint.description = input.description.trim();
  if (input.eventTypes !== undefined) endpoint.eventTypes = [...new Set(input.eventTypes)].sort();
  if (input.enabled !== undefined && input.enabled !== endpoint.enabled) {
    endpoint.enabled = input.enabled;
    endpoint.disabledReason = null;
    endpoint.failingSince = null;
  }
  await em.flush();
  return { endpoint };
}

export async function deleteEndpoint(em: EntityManager, access: Access, id: number | null): Promise<void> {
  const endpoint = await managedEndpoint(em, access, id);
  await em.nativeDelete(WebhookEndpoint, { id: endpoint.id });
}

/**
 * A new secret, returned once; the previous one keeps signing (both signatures in each message)
 * for `overlapHours`, so the receiver can switch without missing a message.
 */
export async function rotateSecret(em: EntityManager, access: Access, id: number | null, overlapHours: number, now: Date): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  const endpoint = await managedEndpoint(em, access, id);
  if (!Number.isInteger(overlapHours) || overlapHours < 0 || overlapHours > MAX_OVERLAP_HOURS) {
    throw new DomainError('OVERLAP_OUT_OF_RANGE', `La période de recouvrement va de 0 à ${MAX_OVERLAP_HOURS} heures.`, ['input', 'overlapHours']);
  }
  const secret = newSigningSecret();
  endpoint.previousSecret = overlapHours > 0 ? endpoint.secret : null;
  endpoint.previousSecretExpiresAt = overlapHours > 0 ? new Date(now.getTime() + overlapHours * 3_600_000) : null;
  endpoint.secret = secret;
  await em.flush();
  return { endpoint, secret };
}

/** The "send test event" button: a webhook.test event for this endpoint only. */
export async function sendTestEvent(em: EntityManager, access: Access, id: number | null, now: Date): Promise<Event> {
  const endpoint = await managedEndpoint(em, access, id);
  if (!endpoint.enabled) throw new DomainError('ENDPOINT_DISABLED', 'Réactivez le point de terminaison avant de lui envoyer un test.', ['input', 'endpointId']);
  const event = publishEvent(em, { type: EventType.WEBHOOK_TEST, companyId: endpoint.company.id, object: { type: 'WebhookEndpoint', id: endpoint.id }, at: now });
  event.onlyEndpointId = endpoint.id;
  await em.flush();
  return event;
}

/** Sends one delivery again now (whatever its state), with a new three-day window. */
export async function replayDelivery(em: EntityManager, access: Access, deliveryId: number | null, now: Date): Promise<Delivery> {
  const delivery = deliveryId !== null && Number.isSafeInteger(deliveryId) ? await em.findOne(Delivery, { id: deliveryId }, { populate: ['endpoint'] }) : null;
  if (!delivery || !(await access.can(delivery.endpoint.company.id, Permission.WEBHOOKS_MANAGE))) throw new DomainError('NOT_FOUND', 'Livraison introuvable.', ['input', 'deliveryId']);
  Object.assign(delivery, { state: DeliveryState.PENDING, nextAttemptAt: now, firstAttemptAt: null, deliveredAt: null });
  await em.flush();
  return delivery;
}

/** Sends again now every delivery of the endpoint created since `since` that failed (given up, or waiting for a retry). */
export async function replayFailedSince(em: EntityManager, access: Access, endpointId: number | null, since: Date, now: Date): Promise<number> {
  const endpoint = await managedEndpoint(em, access, endpointId);
  if (Number.isNaN(since.getTime())) throw new DomainError('DATE_INVALID', 'Date invalide.', ['input', 'since']);
  return em.nativeUpdate(
    Delivery,
    { endpoint: endpoint.id, createdAt: { $gte: since }, $or: [{ state: DeliveryState.FAILED }, { state: DeliveryState.PENDING, attempts: { $gt: 0 } }] },
    { state: DeliveryState.PENDING, nextAttemptAt: now, firstAttemptAt: null },
  );
}

/** The latest deliveries of an endpoint for its log, newest first, with their attempts. */
export async function deliveryLog(em: EntityManager, endpoint: WebhookEndpoint, options: { first: number; state?: DeliveryState | null }): Promise<Delivery[]> {
  const first = Math.min(Math.max(1, Math.floor(options.first)), 100);
  return em.find(Delivery, { endpoint: endpoint.id, ...(options.state ? { state: options.state } : {}) }, { orderBy: { id: 'desc' }, limit: first, populate: ['event'] });
}
