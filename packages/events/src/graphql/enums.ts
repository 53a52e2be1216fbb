import { registerEnumType } from 'type-graphql';
import { DeliveryState, EventType } from '../enums.js';

registerEnumType(EventType, {
  name: 'WebhookEventType',
  description: 'What an event says happened; its value in the payload is `type` (e.g. `invoice.issued`). Types said to come "with" a domain are published once that domain exists in the portal.',
  valuesConfig: {
    INVOICE_ISSUED: { description: 'invoice.issued: an invoice took its number (data: companyId, invoiceId).' },
    CREDIT_NOTE_ISSUED: { description: 'credit_note.issued: a credit note took its number (data: companyId, creditNoteId).' },
    DOCUMENT_STATUS_CHANGED: { description: 'document.status_changed: the e-invoicing platform reported a new status; comes with the e-invoicing platform.' },
    TERMINATION_REQUESTED: { description: 'termination.requested: a termination of a contracted offer was requested (data: companyId, terminationId, contractedOfferId).' },
    TERMINATION_WITHDRAWN: { description: 'termination.withdrawn: a pending termination was withdrawn.' },
    TERMINATION_EFFECTIVE: { description: 'termination.effective: the termination took effect; the contracted offer is terminated.' },
    CONTRACTED_OFFER_DELIVERED: { description: 'contracted_offer.delivered: comes with the orders domain.' },
    ORDER_STATUS_CHANGED: { description: 'order.status_changed: comes with the orders domain.' },
    NUMBER_PORTED_OUT: { description: 'number.ported_out: comes with the porting domain.' },
    USER_CREATED: { description: 'user.created: a user was created (data: companyId, userId).' },
    USER_DEACTIVATED: { description: 'user.deactivated: a user was deactivated (data: companyId, userId).' },
    USAGE_THRESHOLD_CROSSED: { description: 'usage.threshold_crossed: comes with the usage domain.' },
    WEBHOOK_TEST: { description: 'webhook.test: sent by "send test event" to one endpoint; cannot be subscribed to.' },
  },
});

registerEnumType(DeliveryState, {
  name: 'WebhookDeliveryState',
  description: 'Where the delivery of one event to one endpoint stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for its first attempt or its next retry.' },
    DELIVERED: { description: 'The endpoint answered with a 2xx status.' },
    FAILED: { description: 'Given up after three days of retries; can be replayed.' },
  },
});
