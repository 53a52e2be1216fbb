import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { toGlobalId, WithinParent } from '@portal/kernel';
import { type Delivery } from '../entities/Delivery.js';
import { type DeliveryAttempt } from '../entities/DeliveryAttempt.js';
import { type Event } from '../entities/Event.js';
import { type WebhookEndpoint } from '../entities/WebhookEndpoint.js';
import { DeliveryState, EventType } from '../enums.js';
import './enums.js';

const toEventType = (value: string): EventType => value as EventType;

@ObjectType('WebhookEndpoint', { description: 'Where a company\'s third party receives signed events (Standard Webhooks).' })
export class WebhookEndpointType {
  @Field(() => ID, { description: 'Global id of the endpoint.' })
  id!: string;

  /** The database id, for the resolvers of its fields. */
  endpointId!: number;

  @Field({ description: 'The https URL events are POSTed to.' })
  url!: string;

  @Field({ description: 'What the endpoint is for.' })
  description!: string;

  @Field(() => [EventType], { description: 'The event types it receives.' })
  eventTypes!: EventType[];

  @Field({ description: 'Whether events are delivered to it.' })
  enabled!: boolean;

  @Field(() => String, { nullable: true, description: 'FAILING when the portal disabled it after three days of failed deliveries; null otherwise.' })
  disabledReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'Until when the previous secret still signs messages after a rotation; null when there is none.' })
  previousSecretExpiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The first failure since the last successful delivery; null when healthy.' })
  failingSince!: Date | null;

  @Field({ description: 'When it was created.' })
  createdAt!: Date;

  static from(endpoint: WebhookEndpoint, now: Date): WebhookEndpointType {
    return Object.assign(new WebhookEndpointType(), {
      id: toGlobalId('WebhookEndpoint', endpoint.id),
      endpointId: endpoint.id,
      url: endpoint.url,
      description: endpoint.description,
      eventTypes: endpoint.eventTypes.map(toEventType),
      enabled: endpoint.enabled,
      disabledReason: endpoint.disabledReason ?? null,
      previousSecretExpiresAt: endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now ? endpoint.previousSecretExpiresAt : null,
      failingSince: endpoint.failingSince ?? null,
      createdAt: endpoint.createdAt,
    });
  }
}

@ObjectType('WebhookEvent', { description: 'An event as its messages carry it.' })
export class WebhookEventType {
  @Field({ description: 'Stable id (`evt_…`), also the `webhook-id` header of every message of this event: receivers deduplicate on it.' })
  id!: string;

  @Field(() => EventType, { description: 'What happened.' })
  type!: EventType;

  @Field({ description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => GraphQLJSONObject, { description: 'The global ids of what changed, by name (companyId, invoiceId…).' })
  data!: Record<string, string>;

  static from(event: Event): WebhookEventType {
    return Object.assign(new WebhookEventType(), { id: event.publicId, type: toEventType(event.type), occurredAt: event.occurredAt, data: event.data });
  }
}

@ObjectType('WebhookDeliveryAttempt', { description: 'One try of a delivery.' })
export class WebhookDeliveryAttemptType {
  @Field({ description: 'When it was tried.' })
  at!: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status answered; null when no answer came.' })
  status!: number | null;

  @Field(() => Int, { description: 'How long it took, in milliseconds.' })
  latencyMs!: number;

  @Field(() => String, { nullable: true, description: 'TIMEOUT, DESTINATION_REFUSED, CONNECTION_FAILED, REDIRECT_NOT_FOLLOWED or HTTP_ERROR; null on success.' })
  error!: string | null;

  @Field({ description: 'The first 500 characters of the answer (or what went wrong).' })
  responseExcerpt!: string;

  static from(a: DeliveryAttempt): WebhookDeliveryAttemptType {
    return Object.assign(new WebhookDeliveryAttemptType(), { at: a.at, status: a.status ?? null, latencyMs: a.latencyMs, error: a.error ?? null, responseExcerpt: a.responseExcerpt });
  }
}

@ObjectType('WebhookDelivery', { description: 'One event to one endpoint, with its attempts.' })
export class WebhookDeliveryType {
  @Field(() => ID, { description: 'Global id of the delivery (for webhookDeliveryReplay).' })
  id!: string;

  @Field(() => WebhookEventType, { description: 'The event delivered.' })
  @WithinParent('the event of a delivery of an endpoint in reach')
  event!: WebhookEventType;

  @Field(() => DeliveryState, { description: 'Where it stands.' })
  state!: DeliveryState;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attemptCount!: number;

  @Field({ description: 'When the next attempt is due (while pending).' })
  nextAttemptAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the endpoint accepted it.' })
  deliveredAt!: Date | null;

  @Field({ description: 'When it was created (the event fanned out to the endpoint).' })
  createdAt!: Date;

  @Field(() => [WebhookDeliveryAttemptType], { description: 'Its attempts, newest first.' })
  @WithinParent('the attempts of a delivery in reach')
  attempts!: WebhookDeliveryAttemptType[];

  static from(d: Delivery, attempts: DeliveryAttempt[]): WebhookDeliveryType {
    return Object.assign(new WebhookDeliveryType(), {
      id: toGlobalId('WebhookDelivery', d.id),
      event: WebhookEventType.from(d.event),
      state: d.state,
      attemptCount: d.attempts,
      nextAttemptAt: d.nextAttemptAt,
      deliveredAt: d.deliveredAt ?? null,
      createdAt: d.createdAt,
      attempts: attempts.map(WebhookDeliveryAttemptType.from),
    });
  }
}
