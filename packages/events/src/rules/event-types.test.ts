import { describe, expect, it } from 'vitest';
import { Permission } from '@portal/kernel';
import { EventType } from '../enums.js';
import { forbiddenEventTypes } from './event-types.js';

describe('event type permissions', () => {
  it('lets a caller subscribe only to the events whose objects they may read', () => {
    const billingOnly = new Set([Permission.BILLING_READ, Permission.WEBHOOKS_MANAGE]);
    expect(forbiddenEventTypes([EventType.INVOICE_ISSUED, EventType.CREDIT_NOTE_ISSUED], billingOnly)).toEqual([]);
    expect(forbiddenEventTypes([EventType.INVOICE_ISSUED, EventType.TERMINATION_EFFECTIVE, EventType.USER_CREATED], billingOnly)).toEqual([EventType.TERMINATION_EFFECTIVE, EventType.USER_CREATED]);
    expect(forbiddenEventTypes(['invoice.paid'], new Set(Object.values(Permission)))).toEqual(['invoice.paid']);
  });
});
