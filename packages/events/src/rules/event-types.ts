import { Permission } from '@portal/kernel';
import { EventType } from '../enums.js';

/**
 * The permission an endpoint's company must grant its creator (and, for an API token, its scopes)
 * to subscribe to an event type: the same one that reads what the event points to through GraphQL.
 */
export const EVENT_TYPE_PERMISSION: Readonly<Record<EventType, Permission>> = {
  [EventType.INVOICE_ISSUED]: Permission.BILLING_READ,
  [EventType.CREDIT_NOTE_ISSUED]: Permission.BILLING_READ,
  [EventType.DOCUMENT_STATUS_CHANGED]: Permission.BILLING_READ,
  [EventType.TERMINATION_REQUESTED]: Permission.OFFERS_READ,
  [EventType.TERMINATION_WITHDRAWN]: Permission.OFFERS_READ,
  [EventType.TERMINATION_EFFECTIVE]: Permission.OFFERS_READ,
  [EventType.CONTRACTED_OFFER_DELIVERED]: Permission.OFFERS_READ,
  [EventType.ORDER_STATUS_CHANGED]: Permission.OFFERS_READ,
  [EventType.NUMBER_PORTED_OUT]: Permission.OFFERS_READ,
  [EventType.USER_CREATED]: Permission.USERS_MANAGE,
  [EventType.USER_DEACTIVATED]: Permission.USERS_MANAGE,
  [EventType.USAGE_THRESHOLD_CROSSED]: Permission.OFFERS_READ,
  [EventType.WEBHOOK_TEST]: Permission.WEBHOOKS_MANAGE,
};

/** The event types among `types` the caller may not subscribe to, given the permissions they hold on the endpoint's company. */
export function forbiddenEventTypes(types: readonly string[], held: ReadonlySet<Permission>): string[] {
  return types.filter((t) => {
    const needed = EVENT_TYPE_PERMISSION[t as EventType];
    return !needed || !held.has(needed);
  });
}
