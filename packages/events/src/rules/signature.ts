import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/**
 * Signatures as the Standard Webhooks specification defines them, made with its reference library
 * (`standardwebhooks`): `webhook-signature` is `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`
 * keyed with the base64 secret after `whsec_`. During a rotation's overlap the message carries one
 * signature per live secret, separated by a space, as the specification allows.
 */
export const SECRET_PREFIX = 'whsec_';

/** A new signing secret: 32 random bytes, base64, with the `whsec_` prefix. */
export function newSigningSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/** The three headers of one signed message. */
export function signatureHeaders(messageId: string, timestamp: Date, body: string, secrets: readonly string[]): Record<string, string> {
  const seconds = Math.floor(timestamp.getTime() / 1000);
  const at = new Date(seconds * 1000);
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(seconds),
    'webhook-signature': secrets.map((s) => new Webhook(s).sign(messageId, at, body)).join(' '),
  };
}
