export * from './enums.js';
export { WebhookEndpoint } from './entities/WebhookEndpoint.js';
export { Event } from './entities/Event.js';
export { Delivery } from './entities/Delivery.js';
export { DeliveryAttempt } from './entities/DeliveryAttempt.js';
export { retryDelayMs, retryDelayBounds, nextAttemptAt, RETRY_WINDOW_MS, FIRST_DELAY_MS, MAX_DELAY_MS } from './rules/backoff.js';
export { refusedRange, destinationAllowed, parsePrivateAllowance, type PrivateAllowance } from './rules/destination.js';
export { newSigningSecret, signatureHeaders, SECRET_PREFIX } from './rules/signature.js';
export { EVENT_TYPE_PERMISSION, forbiddenEventTypes } from './rules/event-types.js';
export { publishEvent, publishEvents, type EventToPublish } from './services/publish.js';
export { fanOutEvents, dueLanes } from './services/dispatch.js';
export { deliverLane, type DeliveryContext, type LaneResult } from './services/deliver.js';
export { postWebhook, DEFAULT_TRANSPORT, type DeliveryTransport, type AttemptOutcome } from './services/http-delivery.js';
export { eventsResolvers } from './graphql/index.js';

import { WebhookEndpoint } from './entities/WebhookEndpoint.js';
import { Event } from './entities/Event.js';
import { Delivery } from './entities/Delivery.js';
import { DeliveryAttempt } from './entities/DeliveryAttempt.js';

/** The events domain's entities, for the ORM configuration. */
export const eventsEntities = [WebhookEndpoint, Event, Delivery, DeliveryAttempt];
