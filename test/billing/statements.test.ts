import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, type GraphQLSchema } from 'graphql';
import { type EntityManager } from '@mikro-orm/core';
import { seedDemoData } from '@portal/db';
import { buildPortalSchema } from '@portal/gateway';
import { AccessControl, User, loadViewer } from '@portal/identity';
import { defaultPortalSettings, toGlobalId, type PortalContext } from '@portal/kernel';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { TEST_NOW } from '../support/env.js';

/**
 * Counts the SQL statements a GraphQL operation sends, through the ORM's query log: the list
 * queries must send the same number of statements whatever the page size (no statement per row).
 */
let db: TestDatabase;
let schema: GraphQLSchema;
let counting = false;
const statements: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ logQuery: (message) => { if (counting && /\[query\]/.test(message)) statements.push(message); } });
  await seedDemoData(db.orm.em.fork(), TEST_NOW);
  // 120 more invoices for OIP-00000024 (2 lines each) and a credit note on every third one.
  await db.orm.em.getConnection().execute(`
    insert into invoice (number, year, sequence_number, purpose, billed_company_id, period_start, period_end, issued_on, due_on, state,
                         total_excl_vat_cents, total_vat_cents, total_incl_vat_cents)
    select 'F-2027-' || lpad(g::text, 6, '0'), 2027, g, 'CLOSING', 24, date '2027-01-01', date '2027-01-31',
           date '2027-02-01' + (g % 28), date '2027-03-01' + (g % 28), 'ISSUED', 1000 * g, 200 * g, 1200 * g
    from generate_series(1, 120) g;
    insert into invoice_line (invoice_id, position, kind, label, quantity, unit_price_excl_vat_cents, vat_rate_basis_points, total_excl_vat_cents, vat_cents)
    select i.id, p, 'USAGE', 'Consommations ' || p, 1, 500 * i.sequence_number, 2000, 500 * i.sequence_number, 100 * i.sequence_number
    from invoice i cross join generate_series(1, 2) p where i.year = 2027;
    insert into credit_note (number, year, sequence_number, billed_company_id, invoice_id, reason, issued_on, refund_due_on,
                             total_excl_vat_cents, total_vat_cents, total_incl_vat_cents)
    select 'A-2027-' || lpad((i.sequence_number / 3)::text, 6, '0'), 2027, i.sequence_number / 3, 24, i.id, 'Geste', date '2027-04-01', date '2027-04-11', 100, 20, 120
    from invoice i where i.year = 2027 and i.sequence_number % 3 = 0;
  `);
  schema = await buildPortalSchema();
});
afterAll(() => db?.close());

async function contextFor(login: string): Promise<PortalContext> {
  const em = db.orm.em.fork() as unknown as EntityManager;
  const user = await em.findOneOrFail(User, { login });
  const viewer = { ...(await loadViewer(em, user, '2026-11-23', {})), termsAccepted: true };
  return {
    em, requestId: 'statements', now: new Date('2026-11-23T09:00:00Z'), viewer, access: new AccessControl(em, viewer),
    log: { info() {}, warn() {}, error() {} }, client: { ipAddress: null, userAgent: null },
    sessionCookie: { set() {}, clear() {} }, deviceCookie: { value: null, set() {} }, mailer: { async send() {} } as never, settings: defaultPortalSettings, background() {},
  };
}

/** Runs an operation as a user and returns its data and the statements it sent. */
async function run(login: string, source: string, variableValues: Record<string, unknown>) {
  const contextValue = await contextFor(login);
  statements.length = 0;
  counting = true;
  const result = await graphql({ schema, source, contextValue, variableValues });
  counting = false;
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { data: result.data as Record<string, any>, count: statements.length, sql: [...statements] };
}

const LIST = `query($companyId: ID, $scope: DocumentScope, $first: Int) {
  invoices(companyId: $companyId, scope: $scope, first: $first) {
    totalCount totals { totalInclVatCents } pageInfo { hasNextPage endCursor }
    edges { cursor node { id number state issuedOn dueOn periodStart periodEnd totalExclVatCents totalVatCents totalInclVatCents pdfPath company { id number legalName siren } } }
  }
}`;
const LIST_WITH_LINES = `query($scope: DocumentScope, $first: Int) {
  invoices(scope: $scope, first: $first) {
    totalCount
    edges { node { number company { legalName } lines { label totalExclVatCents } vatBreakdown { vatCents } creditNotes { number invoice { number } company { number } } } }
  }
}`;
const CREDIT_NOTE_LIST = `query($scope: DocumentScope, $first: Int) {
  creditNotes(scope: $scope, first: $first) {
    totalCount totals { totalInclVatCents }
    edges { node { number company { legalName } invoice { number state company { number } } } }
  }
}`;

describe('statements per page', () => {
  it('a page of 50 invoices of one company, lines not loaded: 3 statements (reach check, rows with their company, count and sums)', async () => {
    const { data, count, sql } = await run('E-0000000010', LIST, { companyId: toGlobalId('Company', 24), first: 50 });
    expect(data.invoices.edges).toHaveLength(50);
    expect(data.invoices.totalCount).toBe(123);
    expect(data.invoices.edges[0].node.company.legalName).toBe('Client 1 du revendeur présentation');
    expect(count, sql.join('\n')).toBeLessThanOrEqual(3);
    expect(count).toBe(3);
  });

  it('the same page across every company in reach: 3 statements (reach is in the SQL; the billed companies\' SIREN asks their reach once for the page)', async () => {
    for (const first of [5, 50, 100]) {
      const { data, count, sql } = await run('E-0000000010', LIST, { scope: 'ALL_IN_REACH', first });
      expect(data.invoices.edges).toHaveLength(first);
      expect(data.invoices.totalCount).toBe(126);
      // rows, count and sums, and the company-data rule (SIREN needs COMPANY_READ on the billed
      // company): the ancestors of every company of the page in one statement.
      expect(count, sql.join('\n')).toBe(3);
    }
  });

  it('lines, VAT breakdown and credit notes of a whole page: one more statement each, whatever the page size', async () => {
    const counts: number[] = [];
    for (const first of [5, 50, 100]) {
      const { data, count, sql } = await run('E-0000000024', LIST_WITH_LINES, { first });
      expect(data.invoices.edges).toHaveLength(first);
      expect(data.invoices.edges.every((e: { node: { lines: unknown[] } }) => e.node.lines.length >= 2)).toBe(true);
      expect(data.invoices.edges.some((e: { node: { creditNotes: unknown[] } }) => e.node.creditNotes.length === 1)).toBe(true);
      counts.push(count);
      expect(count, sql.join('\n')).toBe(5); // reach, rows, totals, lines, credit notes
    }
    expect(new Set(counts).size).toBe(1);
  });

  it('a page of credit notes with their corrected invoices: the invoices come with the rows', async () => {
    const { data, count, sql } = await run('E-0000000010', CREDIT_NOTE_LIST, { scope: 'ALL_IN_REACH', first: 40 });
    expect(data.creditNotes.edges).toHaveLength(40);
    expect(data.creditNotes.totalCount).toBe(41);
    expect(data.creditNotes.edges[0].node.invoice.company.number).toBe(24);
    expect(count, sql.join('\n')).toBe(2);
  });
});
