import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { newSigningSecret, signatureHeaders } from './signature.js';

describe('webhook signature', () => {
  const body = JSON.stringify({ type: 'invoice.issued', data: { invoiceId: 'SW52b2ljZTox' } });

  it('is HMAC-SHA256 over "id.timestamp.body" keyed with the decoded whsec_ secret', () => {
    const secret = newSigningSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const headers = signatureHeaders('msg_1', new Date('2026-12-01T10:00:00.900Z'), body, [secret]);
    expect(headers['webhook-timestamp']).toBe(String(Date.UTC(2026, 11, 1, 10) / 1000));
    const expected = createHmac('sha256', Buffer.from(secret.slice(6), 'base64')).update(`msg_1.${headers['webhook-timestamp']}.${body}`).digest('base64');
    expect(headers['webhook-signature']).toBe(`v1,${expected}`);
  });

  it('verifies with the Standard Webhooks library, and with either secret during a rotation overlap', () => {
    const [older, newer] = [newSigningSecret(), newSigningSecret()];
    const headers = signatureHeaders('msg_2', new Date(), body, [newer, older]);
    expect(headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(new Webhook(newer).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(older).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newSigningSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(newer).verify(body.replace('SW5', 'XX5'), headers)).toThrow();
  });
});
