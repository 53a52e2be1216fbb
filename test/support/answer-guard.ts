import { type Gateway } from '@portal/gateway';

/**
 * Texts that only the database, its driver, the ORM or a JavaScript runtime error write: none may
 * ever reach a caller (the gateway answers a generic message with the request id instead).
 * PostgreSQL's messages are English whatever the data; the portal's own are French.
 */
export const DRIVER_TEXT = new RegExp(
  [
    'invalid input syntax for',
    '\\b(?:integer|smallint|bigint|numeric field|date/time field value) out of range',
    'out of range for type',
    'operator does not exist',
    'violates (?:not-null|foreign key|unique|check|exclusion) constraint',
    'duplicate key value',
    '(?:relation|column|function|type) "[^"]+" does not exist',
    'syntax error at or near',
    'current transaction is aborted',
    'could not serialize access',
    'deadlock detected',
    'value too long for type',
    'null value in column',
    'division by zero',
    'canceling statement due to',
    'invalid byte sequence',
    'malformed array literal',
    'there is no parameter \\$',
    'bind message supplies',
    'Connection terminated',
    'Client has encountered a connection error',
    'ECONNREFUSED|ECONNRESET|EPIPE',
    'DriverException|MikroORM|ValidationError:',
    'Context creation failed',
    'Invalid time value',
    'Cannot read properties of',
    'is not a function',
    '\\b(?:select|insert into|update|delete from)\\b[^"]{0,80}\\b(?:from|where|values|set)\\b',
  ].join('|'),
  'i',
);

/** The answers of a gateway that carried such a text: method, URL, status and the text found. */
export interface AnswerGuard {
  violations: string[];
  /** Throws when an answer carried a database or driver text. */
  check(): void;
}

/**
 * Watches every answer of the gateway before it is sent (JSON and text bodies; streamed exports
 * are rows of data): the whole suite's responses are checked this way by startTestPortal, so
 * that "no answer ever carries a database or driver text" holds for every request of every test.
 */
export function guardAnswers(app: Gateway['app']): AnswerGuard {
  const violations: string[] = [];
  app.addHook('onSend', async (request, reply, payload) => {
    const text = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
    const found = text === null ? null : DRIVER_TEXT.exec(text);
    if (found) violations.push(`${request.method} ${request.url.slice(0, 200)} → ${reply.statusCode}: …${text!.slice(Math.max(0, found.index - 80), found.index + 120)}…`);
    return payload;
  });
  return {
    violations,
    check() {
      if (violations.length) throw new Error(`answers carried database or driver text:\n  ${violations.join('\n  ')}`);
    },
  };
}
