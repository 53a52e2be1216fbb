import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isEnumType, isInputObjectType, isNonNullType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { encodeCursor, toGlobalId } from '@portal/kernel';
import { DRIVER_TEXT } from '../support/answer-guard.js';
import { loadPublishedSchema } from '../support/fuzz-inputs.js';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';

/**
 * What a failure may tell a caller: the portal's typed refusals, or one generic message with the
 * request id; never the database's or a driver's text, never a suggestion.
 */
let portal: TestPortal;
const logs: { level: number; msg: string; reqId?: string; err?: { message?: string } }[] = [];
let operator: Client;
let schema: GraphQLSchema;

beforeAll(async () => {
  portal = await startTestPortal({ env: { RATE_LIMIT_ADDRESS_PER_MINUTE: '100000' }, logStream: { write: (line) => void logs.push(JSON.parse(line)) } });
  operator = await portal.signedIn('E-0000000001');
  schema = loadPublishedSchema();
});
afterAll(() => portal?.close());

const raw = (json: string) => Buffer.from(json, 'utf8').toString('base64url');

/** Cursors a client could forge: wrong types, ranges, lengths, encodings. */
const HOSTILE_CURSORS = [
  encodeCursor(['xx', 1]),
  encodeCursor([1e12, 1]),
  encodeCursor([1, 1e12]),
  encodeCursor([-5, 1]),
  encodeCursor(['2026-02-30', 1]),
  encodeCursor(['2026-11-23T09:00:00Z', 1]),
  encodeCursor([1, 'x']),
  encodeCursor([1.5, 2]),
  encodeCursor([null, 1]),
  encodeCursor(['x'.repeat(500), 1]),
  encodeCursor([2 ** 31, 2 ** 31]),
  encodeCursor(['a', 1, 2]),
  encodeCursor([]),
  raw('[{"a":1},1]'),
  raw('[true,1]'),
  raw('{"0":1}'),
  raw('[1,'),
  'pas un curseur !',
  'A'.repeat(5_000),
];

/** Every root connection of the schema, with its required arguments and each of its sort orders. */
function connections(): { name: string; args: string; orders: string[] }[] {
  const query = schema.getQueryType()!;
  return Object.values(query.getFields())
    .filter((f) => f.args.some((a) => a.name === 'after'))
    .map((f: GraphQLField<unknown, unknown>) => {
      const args = f.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => `${a.name}: "${toGlobalId('Company', 44284)}"`);
      const orderBy = f.args.find((a) => a.name === 'orderBy');
      const orderType = orderBy ? getNamedType(orderBy.type) : null;
      const orders: string[] = [''];
      if (orderType && isInputObjectType(orderType)) {
        const fields = orderType.getFields();
        const sortEnum = getNamedType(fields.field!.type);
        if (!isEnumType(sortEnum)) throw new Error(`${f.name}: orderBy.field is not an enum`);
        // The direction does not change what the cursor holds: one each way in turn.
        for (const [i, value] of sortEnum.getValues().entries()) {
          const way = fields.direction ? (i % 2 ? 'direction: DESC' : 'direction: ASC') : (i % 2 ? 'descending: true' : 'descending: false');
          orders.push(`orderBy: { field: ${value.name}, ${way} }`);
        }
      }
      return { name: f.name, args: args.join(', '), orders };
    });
}

describe('cursors', () => {
  it('covers every connection of the schema', () => {
    expect(connections().map((c) => c.name).sort()).toEqual(['auditEvents', 'contractedOffers', 'creditNotes', 'customerServices', 'customers', 'heldDocuments', 'invoices', 'orders', 'users']);
  });

  it('of every connection and every sort refuse an edited cursor with CURSOR_INVALID at `after`, and take back their own', async () => {
    let refused = 0;
    for (const { name, args, orders } of connections()) {
      for (const order of orders) {
        const call = (after: string) => operator.gql(`query($after: String) { r: ${name}(${[args, order, 'first: 1', 'after: $after'].filter(Boolean).join(', ')}) { totalCount pageInfo { endCursor } } }`, { after });
        const answers = await Promise.all(HOSTILE_CURSORS.map(call));
        for (const [i, res] of answers.entries()) {
          const cursor = HOSTILE_CURSORS[i]!;
          const where = `${name}(${order}) after ${cursor.slice(0, 40)}`;
          expect(JSON.stringify(res.errors ?? []), where).not.toMatch(DRIVER_TEXT);
          if (res.errors) {
            expect(res.errors.map((e) => [e.extensions?.code, e.extensions?.field]), where).toEqual([['CURSOR_INVALID', ['after']]]);
            refused += 1;
          }
        }
        // A cursor the list gave is taken back.
        const first = await call(null as unknown as string);
        expect(first.errors, `${name}(${order})`).toBeUndefined();
        const end = first.data.r.pageInfo.endCursor as string | null;
        if (end) expect((await call(end)).errors, `${name}(${order}) own cursor`).toBeUndefined();
      }
    }
    expect(refused).toBeGreaterThan(300);
  }, 120_000);

  it('refuse the cursors the attack used: a text for a timestamp or a date, an amount out of range, in the customers, OC, invoice, credit note and audit lists', async () => {
    const cases: [string, string][] = [
      ['customers(orderBy: { field: CREATED_AT, direction: ASC }, after: $a)', encodeCursor(['invalid', 1])],
      ['contractedOffers(orderBy: { field: DELIVERED_ON, descending: true }, after: $a)', encodeCursor(['invalid', 1])],
      ['invoices(orderBy: { field: TOTAL, direction: ASC }, after: $a)', encodeCursor([99_999_999_999, 1])],
      ['creditNotes(orderBy: { field: TOTAL, direction: ASC }, after: $a)', encodeCursor([99_999_999_999, 1])],
      ['auditEvents(after: $a)', encodeCursor(['invalid', 1])],
    ];
    for (const [field, cursor] of cases) {
      const res = await operator.gql(`query($a: String) { ${field} { totalCount } }`, { a: cursor });
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'CURSOR_INVALID', field: ['after'] });
      expect(res.errors?.[0]?.message, field).toBe('Curseur invalide : reprenez la liste depuis sa première page.');
    }
  });
});

describe('an unexpected failure', () => {
  it('answers a generic message with the request id, and only the log has the database error', async () => {
    const conn = portal.db.orm.em.getConnection();
    await conn.execute('alter table contact rename to contact_hidden');
    try {
      const res = await operator.gql('{ myCompany { legalName contacts { lastName } } }');
      const requestId = res.headers.get('x-request-id')!;
      expect(res.errors).toEqual([
        {
          message: `Erreur interne du portail : réessayez ; si elle persiste, donnez au support la référence de la requête : ${requestId}.`,
          locations: [{ line: 1, column: 25 }],
          path: ['myCompany', 'contacts'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        },
      ]);
      const logged = logs.filter((l) => l.reqId === requestId && l.level >= 50);
      expect(logged.map((l) => l.err?.message).join(' ')).toMatch(/relation "contact" does not exist/);
    } finally {
      await conn.execute('alter table contact_hidden rename to contact');
    }
  });

  it('on an export, a document or while identifying the caller answers the same, with status 500', async () => {
    const conn = portal.db.orm.em.getConnection();
    await conn.execute('alter table oc_service rename to oc_service_hidden');
    try {
      const res = await fetch(`${portal.url}/exports/services.csv?companyId=${toGlobalId('Company', 44284)}`, { headers: { cookie: operator.cookie! } });
      const text = await res.text();
      expect(res.status).toBe(500);
      expect(JSON.parse(text)).toEqual({ code: 'INTERNAL_SERVER_ERROR', message: expect.stringMatching(/^Erreur interne du portail.*: [0-9a-f-]{36}\.$/), field: null, requestId: res.headers.get('x-request-id') });
    } finally {
      await conn.execute('alter table oc_service_hidden rename to oc_service');
    }
    await conn.execute('alter table user_session rename to user_session_hidden');
    try {
      const res = await operator.gql('{ viewer { user { login } } }');
      expect(res.status).toBe(500);
      expect(res.errors).toEqual([{ message: expect.stringMatching(/^Erreur interne du portail/), extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: res.headers.get('x-request-id') } }]);
    } finally {
      await conn.execute('alter table user_session_hidden rename to user_session');
    }
  });

  it('never shows as INTERNAL_SERVER_ERROR what is a refusal of the portal: FORBIDDEN on apiTokens, an empty quote list', async () => {
    const readOnly = await portal.signedIn('E-0000000026');
    const tokens = await readOnly.gql('{ apiTokens { id } }');
    expect(tokens.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const reseller = await portal.signedIn('E-0000000010');
    const quote = await reseller.gql('{ contractedOfferTerminationQuote(input: { contractedOfferIds: [], desiredOn: "2027-01-15" }) { effectiveOn } }');
    expect(quote.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['SELECTION_INVALID', ['input', 'contractedOfferIds']]]);
  });
});

describe('suggestions', () => {
  const anonymous = () => portal.client();
  const cases: [string, string, Record<string, unknown>?][] = [
    ['an enum value in a literal', '{ customers(orderBy: { field: LEGAL_NAM, direction: ASC }) { totalCount } }'],
    ['an enum value in a variable', 'query($s: CustomerSortField!) { customers(orderBy: { field: $s, direction: ASC }) { totalCount } }', { s: 'LEGAL_NAM' }],
    ['a role in a nested variable', 'mutation($i: UserCreateInput!) { userCreate(input: $i) { userErrors { code } } }', { i: { companyId: 'x', firstName: 'a', lastName: 'b', email: 'c@d.fr', roles: ['ADMINISTRATO'] } }],
    ['a field', '{ viewr { termsAccepted } }'],
    ['an argument', '{ customers(fist: 3) { totalCount } }'],
    ['a type', 'query($x: Strin) { apiVersion }'],
    ['an input field in a literal', 'mutation { logIn(input: { logn: "x", password: "y" }) { userErrors { code } } }'],
    ['an input field in a variable', 'mutation($i: LogInInput!) { logIn(input: $i) { userErrors { code } } }', { i: { logn: 'x', login: 'E-0000000001', password: 'y' } }],
    ['a fragment type condition', '{ ...F } fragment F on Qury { apiVersion }'],
    ['a directive argument', '{ apiVersion @include(iff: true) }'],
  ];

  it.each(cases)('appear in no error about %s, anonymous or signed in', async (_what, query, variables = {}) => {
    for (const client of [anonymous(), operator]) {
      const res = await client.gql(query, variables);
      expect(res.status).toBe(400);
      const text = JSON.stringify(res.errors);
      expect(text).not.toMatch(/did you mean|suggestion/i);
      for (const word of ['LEGAL_NAME', 'LEGAL_FORM', 'ADMINISTRATOR', 'viewer']) {
        if (!query.includes(word)) expect(text, word).not.toContain(word);
      }
    }
  });
});
