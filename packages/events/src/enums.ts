/**
 * What an event says happened. The value is the `type` field of the payload (Standard Webhooks
 * style, `noun.verb`). Types marked "with the … domain" are declared so that third parties can
 * subscribe in advance; they are published once that domain exists in the portal (orders,
 * porting, usage, e-invoicing platform), never before.
 */
export enum EventType {
  INVOICE_ISSUED = 'invoice.issued',
  CREDIT_NOTE_ISSUED = 'credit_note.issued',
  /** With the e-invoicing platform (issue 16). */
  DOCUMENT_STATUS_CHANGED = 'document.status_changed',
  TERMINATION_REQUESTED = 'termination.requested',
  TERMINATION_WITHDRAWN = 'termination.withdrawn',
  TERMINATION_EFFECTIVE = 'termination.effective',
  /** With the orders domain. */
  CONTRACTED_OFFER_DELIVERED = 'contracted_offer.delivered',
  /** With the orders domain. */
  ORDER_STATUS_CHANGED = 'order.status_changed',
  /** With the porting domain. */
  NUMBER_PORTED_OUT = 'number.ported_out',
  USER_CREATED = 'user.created',
  USER_DEACTIVATED = 'user.deactivated',
  /** With the usage domain. */
  USAGE_THRESHOLD_CROSSED = 'usage.threshold_crossed',
  /** The "send test event" button: sent to one endpoint only, whatever it subscribes to. */
  WEBHOOK_TEST = 'webhook.test',
}

/** Where one delivery of an event to one endpoint stands. */
export enum DeliveryState {
  /** Waiting for its first attempt or its next retry. */
  PENDING = 'PENDING',
  /** The endpoint answered 2xx. */
  DELIVERED = 'DELIVERED',
  /** Given up after the retry window (three days); can be replayed. */
  FAILED = 'FAILED',
}
