import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { destinationAllowed, refusedRange, type PrivateAllowance } from '../rules/destination.js';

/** How deliveries leave the portal. */
export interface DeliveryTransport {
  /** The whole attempt, connection to last byte (10 s in production). */
  timeoutMs: number;
  /** Development only: which private addresses may be reached (see rules/destination.ts). */
  privateAllowance: PrivateAllowance;
  /** Name resolution (default: the system's); tests give a resolver of their own. */
  lookup?: typeof dnsLookup;
}

export const DEFAULT_TRANSPORT: DeliveryTransport = { timeoutMs: 10_000, privateAllowance: 'none' };

export interface AttemptOutcome {
  ok: boolean;
  status: number | null;
  latencyMs: number;
  error: 'TIMEOUT' | 'DESTINATION_REFUSED' | 'CONNECTION_FAILED' | 'REDIRECT_NOT_FOLLOWED' | 'HTTP_ERROR' | null;
  excerpt: string;
}

const EXCERPT_CHARS = 500;
const REFUSED = 'EWEBHOOKDESTINATION';

class DestinationRefused extends Error {
  readonly code = REFUSED;
}

/**
 * A `lookup` for the HTTP agent that resolves the name and keeps only the addresses a delivery may
 * reach: the check runs on the resolved address, at connection time, so DNS cannot be made to
 * point an accepted name at a private address between a check and the connection.
 */
function guardedLookup(port: number, transport: DeliveryTransport) {
  const resolve = transport.lookup ?? dnsLookup;
  return (hostname: string, options: LookupOptions, callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const allowed = (addresses as LookupAddress[]).filter((a) => destinationAllowed(a.address, port, transport.privateAllowance));
      if (allowed.length === 0) return callback(new DestinationRefused(`${hostname} resolves to a refused address`) as NodeJS.ErrnoException, '');
      if (options.all) return callback(null, allowed);
      return callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
}

/**
 * POSTs one signed message: no redirect followed (a 3xx is a failure), the whole exchange within
 * the timeout, the answer's first 500 characters kept for the delivery log.
 */
export function postWebhook(url: string, headers: Record<string, string>, body: string, transport: DeliveryTransport, clock: () => number = Date.now): Promise<AttemptOutcome> {
  const started = clock();
  const done = (outcome: Omit<AttemptOutcome, 'latencyMs'>): AttemptOutcome => ({ ...outcome, latencyMs: Math.max(0, clock() - started) });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve(done({ ok: false, status: null, error: 'CONNECTION_FAILED', excerpt: 'adresse invalide' }));
  }
  const port = Number(target.port) || (target.protocol === 'https:' ? 443 : 80);
  const host = target.hostname.replace(/^\[(.*)\]$/, '$1');
  // A literal address is connected to without a lookup: check it here.
  if (isIP(host) && !destinationAllowed(host, port, transport.privateAllowance)) {
    return Promise.resolve(done({ ok: false, status: null, error: 'DESTINATION_REFUSED', excerpt: `adresse refusée (${refusedRange(host)})` }));
  }
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Omit<AttemptOutcome, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(done(outcome));
    };
    const request = client.request(target, {
      method: 'POST',
      agent: false,
      lookup: guardedLookup(port, transport) as never,
      headers: { 'content-type': 'application/json', 'user-agent': 'operator-portal-webhooks/1', 'content-length': Buffer.byteLength(body), ...headers },
    }, (response) => {
      const status = response.statusCode ?? 0;
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (text.length < EXCERPT_CHARS) text += chunk;
        else response.destroy();
      });
      const end = () => {
        const excerpt = text.slice(0, EXCERPT_CHARS);
        if (status >= 200 && status < 300) finish({ ok: true, status, error: null, excerpt });
        else finish({ ok: false, status, error: status >= 300 && status < 400 ? 'REDIRECT_NOT_FOLLOWED' : 'HTTP_ERROR', excerpt });
      };
      response.on('end', end);
      response.on('close', end);
      response.on('error', end);
    });
    const timer = setTimeout(() => {
      finish({ ok: false, status: null, error: 'TIMEOUT', excerpt: `pas de réponse en ${transport.timeoutMs / 1000} s` });
      request.destroy();
    }, transport.timeoutMs);
    request.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === REFUSED) finish({ ok: false, status: null, error: 'DESTINATION_REFUSED', excerpt: 'adresse refusée (réseau privé ou local)' });
      else finish({ ok: false, status: null, error: 'CONNECTION_FAILED', excerpt: String(err.code ?? err.message).slice(0, EXCERPT_CHARS) });
    });
    request.end(body);
  });
}
