/**
 * SQL statements per list operation for `pnpm bench`: one page of every Query field that returns a
 * Connection (and the sites of a company, a plain list), requested through a gateway whose ORM
 * logs its statements (GatewayOptions.logQuery), one request at a time, counted from that log.
 *
 * It runs on a throwaway copy of the scale data, where rows are added first so that every list has
 * more than a page for the bench operator (the scale data has no credit notes, no audit log and one
 * user per company): a page that shows no rows would hide statements run per row.
 */
import { getNamedType, type GraphQLSchema } from 'graphql';
import pg from 'pg';
import { OC_LIST_QUERY } from './baseline-server.js';

export interface StatementCount {
  /** Rows of the page (first: 50). */
  rows: number;
  /** Statements of the whole request, page of 50, authentication included. */
  statements: number;
  /** The same with a page of 10: a difference means statements run per row. */
  statementsFirst10: number;
  /** Statements that ran more than once in the page of 50 (start of the SQL, times). */
  repeated: { sql: string; times: number }[];
  /** What the request asked for, when it is not the list itself. */
  note?: string;
  error?: string;
}

/** What every signed-in request costs before its resolvers: the session, the caller's roles, the terms. */
export const AUTH_ONLY = 'request overhead ({ apiVersion })';
/** The OC list page that the bench times against the baseline. */
export const OC_LIST_PAGE = 'contractedOffers (one customer)';

export interface Targets {
  operatorId: number;
  /** A customer in reach with many OCs, as end customer (its services) and in all (its OC list). */
  busyCompanyId: number;
  /** A company in reach with the most sites. */
  sitesCompanyId: number;
}

export interface ListOperation {
  /** The Query field, or a label for what is not one. */
  name: string;
  field: string;
  query: string;
  variables(t: Targets): Record<string, unknown>;
  note?: string;
}

const companyGid = (id: number) => Buffer.from(`Company:${id}`, 'utf8').toString('base64url');
const PAGE = 'pageInfo { hasNextPage endCursor }';
const TOTALS = 'totals { totalExclVatCents totalVatCents totalInclVatCents }';

/** The page each list of the portal asks for, with the columns it shows. */
export const LIST_OPERATIONS: ListOperation[] = [
  { name: AUTH_ONLY, field: 'apiVersion', query: '{ apiVersion }', variables: () => ({}), note: 'no list: the statements of authentication alone' },
  {
    name: 'customers', field: 'customers', variables: () => ({}), note: 'operator, no filter',
    query: `query($first: Int!) { customers(first: $first) { totalCount ${PAGE} edges { node { id number legalName legalForm state createdAt } path { number legalName } } } }`,
  },
  { name: 'contractedOffers', field: 'contractedOffers', query: OC_LIST_QUERY, variables: () => ({}), note: 'the OC list page without a customer: every OC in reach of the operator' },
  { name: OC_LIST_PAGE, field: 'contractedOffers', query: OC_LIST_QUERY, variables: (t) => ({ filter: { companyId: companyGid(t.busyCompanyId) }, clientId: companyGid(t.busyCompanyId), withClient: true }), note: 'the OC list page of the bench (OffersList for a customer with many OCs)' },
  {
    name: 'invoices', field: 'invoices', variables: () => ({}), note: 'scope ALL_IN_REACH',
    query: `query($first: Int!) { invoices(scope: ALL_IN_REACH, first: $first) { totalCount ${TOTALS} ${PAGE} edges { node { id number purpose issuedOn dueOn periodStart periodEnd state paidOn lifecycleStatus totalExclVatCents totalVatCents totalInclVatCents pdfPath company { id number legalName } } } } }`,
  },
  {
    name: 'heldDocuments', field: 'heldDocuments', variables: () => ({}), note: 'documents held before numbering, in reach (as many as the data holds)',
    query: `query($first: Int!) { heldDocuments(first: $first) { totalCount ${PAGE} edges { node { id kind purpose periodStart periodEnd totalInclVatCents heldAt reasons { rule message } company { id number legalName } } } } }`,
  },
  {
    name: 'creditNotes', field: 'creditNotes', variables: () => ({}), note: 'scope ALL_IN_REACH',
    query: `query($first: Int!) { creditNotes(scope: ALL_IN_REACH, first: $first) { totalCount ${TOTALS} ${PAGE} edges { node { id number issuedOn refundDueOn reason state totalExclVatCents totalVatCents totalInclVatCents pdfPath company { id number legalName } invoice { id number } } } } }`,
  },
  {
    name: 'orders', field: 'orders', variables: () => ({}), note: '"Mes commandes" of the operator: every order in reach',
    query: `query($first: Int!) { orders(first: $first) { totalCount ${PAGE} edges { node { id reference endCustomerName type orderedOn state expectedDeliveryOn } } } }`,
  },
  {
    name: 'users', field: 'users', variables: () => ({}), note: "the operator's users",
    query: `query($first: Int!) { users(first: $first) { totalCount ${PAGE} edges { node { id login firstName lastName email state roles lastLoginAt createdAt } } } }`,
  },
  {
    name: 'customerServices', field: 'customerServices', variables: (t) => ({ companyId: companyGid(t.busyCompanyId) }), note: 'a customer with many OCs',
    query: `query($companyId: ID!, $first: Int!) { customerServices(companyId: $companyId, first: $first) { totalCount ${PAGE} edges { node { id kind identifier portingCode state endedOn site { id name } contractedOffer { id reference name } } } } }`,
  },
  {
    name: 'auditEvents', field: 'auditEvents', variables: () => ({}), note: "the operator's audit log",
    query: `query($first: Int!) { auditEvents(first: $first) { totalCount ${PAGE} edges { node { id occurredAt action actorLogin targetType targetId ipAddress } } } }`,
  },
  {
    name: 'company.sites', field: 'company', variables: (t) => ({ companyId: companyGid(t.sitesCompanyId) }), note: 'a plain list (no Connection, no page size): the company with the most sites',
    query: 'query($companyId: ID!) { company(id: $companyId) { sites { id name isHeadOffice addressLine1 postalCode city state paymentMethod ibanMasked } } }',
  },
];

/** Query fields that return a Connection and that LIST_OPERATIONS does not measure. */
export function unmeasuredConnections(schema: GraphQLSchema): string[] {
  const measured = new Set(LIST_OPERATIONS.map((o) => o.field));
  return Object.values(schema.getQueryType()?.getFields() ?? {})
    .filter((f) => getNamedType(f.type).name.endsWith('Connection') && !measured.has(f.name))
    .map((f) => f.name);
}

/** Rows and fixtures on the copy: more than a page of every list for the operator. */
export async function prepareListData(databaseUrl: string, benchLogin: string): Promise<Targets> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [bench] = (await client.query<{ user_id: number; company_id: number }>('select id as user_id, company_id from app_user where login = $1', [benchLogin])).rows;
    const operatorId = bench!.company_id;
    const reach = 'select descendant_id from company_tree where ancestor_id = $1';
    await client.query('begin');
    await client.query(
      `insert into app_user (login, email, first_name, last_name, company_id, state)
       select 'E-99999981' || lpad(g::text, 2, '0'), 'banc.liste' || g || '@operateur.example', 'Banc', 'Liste ' || g, $1, 'PENDING_SETUP'
       from generate_series(0, 59) g on conflict (login) do nothing`,
      [operatorId],
    );
    await client.query(`insert into role_assignment (user_id, company_id, role) select id, $1, 'READ_ONLY' from app_user where login like 'E-99999981%' on conflict do nothing`, [operatorId]);
    await client.query(
      `insert into audit_event (occurred_at, action, actor_id, company_id, target_type, target_id, ip_address)
       select now() - g * interval '1 minute', 'USER_CREATED', $2, $1, 'User', g::text, '127.0.0.1' from generate_series(1, 60) g`,
      [operatorId, bench!.user_id],
    );
    await client.query(
      `with inv as (
         select i.id, i.billed_company_id, i.issued_on, row_number() over (order by i.id) as n
         from invoice i where i.billed_company_id in (${reach}) order by i.id limit 60),
       base as (select coalesce(max(sequence_number), 0) as s from credit_note where year = 2026)
       insert into credit_note (number, year, sequence_number, billed_company_id, invoice_id, reason, issued_on, refund_due_on, state, total_excl_vat_cents, total_vat_cents, total_incl_vat_cents)
       select 'A-2026-' || lpad((base.s + inv.n)::text, 6, '0'), 2026, base.s + inv.n, inv.billed_company_id, inv.id, 'Banc : geste commercial', inv.issued_on, inv.issued_on + 30, 'ISSUED', 1000, 200, 1200
       from inv, base`,
      [operatorId],
    );
    await client.query(
      `insert into credit_note_line (credit_note_id, position, kind, label, quantity, unit_price_excl_vat_cents, vat_rate_basis_points, total_excl_vat_cents, vat_cents)
       select id, 1, 'PRORATA_REFUND', 'Remboursement au prorata', 1, 1000, 2000, 1000, 200 from credit_note where reason = 'Banc : geste commercial'`,
    );
    await client.query('commit');
    const [busy] = (await client.query<{ id: number }>(
      `select end_customer_id as id from contracted_offer where end_customer_id in (${reach}) group by end_customer_id order by count(*) desc, end_customer_id limit 1`,
      [operatorId],
    )).rows;
    const [sites] = (await client.query<{ id: number }>(
      `select company_id as id from site where company_id in (${reach}) group by company_id order by count(*) desc, company_id limit 1`,
      [operatorId],
    )).rows;
    // More than a page of orders for the busiest customer, delivered by the operator.
    await client.query(
      `with o as (
         insert into customer_order (reference, type, company_id, ordered_on)
         select 'COM' || (80000000 + g), 'CREATION', $1, current_date - g from generate_series(1, 120) g returning id, reference, company_id, ordered_on)
       insert into order_detail (order_id, reference, type, state, end_customer_id, billing_account_id, provider_id, placed_by_id, contact_email, ordered_on, expected_delivery_on)
       select o.id, o.reference, 'CREATION', 'RECEIVED', o.company_id, o.company_id, $2, $3, 'banc@operateur.example', o.ordered_on, o.ordered_on + 20 from o`,
      [busy!.id, operatorId, bench!.user_id],
    );
    return { operatorId, busyCompanyId: busy!.id, sitesCompanyId: sites!.id };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Collects the statements of the ORM's query log while `recording` is on. */
export class StatementLog {
  private lines: string[] = [];
  recording = false;

  /** For GatewayOptions.logQuery. */
  readonly logQuery = (message: string): void => {
    if (!this.recording) return;
    const plain = message.replace(/\x1b\[[0-9;]*m/g, '');
    if (plain.startsWith('[query] ')) this.lines.push(plain.slice('[query] '.length).replace(/ \[took [^\]]*\]$/, ''));
  };

  async during(work: () => Promise<void>): Promise<string[]> {
    this.lines = [];
    this.recording = true;
    try {
      await work();
    } finally {
      this.recording = false;
    }
    // The session's last-seen time is written once a minute whatever the request: left out.
    return this.lines.filter((sql) => !sql.startsWith('update "user_session" set "last_seen_at"'));
  }
}

type Post = (body: object) => Promise<{ data?: Record<string, unknown> | null; errors?: { message: string }[] }>;

function rowsOf(value: unknown): number {
  if (value && typeof value === 'object') {
    if ('edges' in value && Array.isArray(value.edges)) return value.edges.length;
    if ('sites' in value && Array.isArray(value.sites)) return value.sites.length;
  }
  return 0;
}

/** One request per page size and operation, one at a time, with the statements it ran. */
export async function countStatements(post: Post, log: StatementLog, targets: Targets, idle: () => Promise<void>): Promise<Record<string, StatementCount>> {
  const counts: Record<string, StatementCount> = {};
  for (const op of LIST_OPERATIONS) {
    const run = async (first: number) => {
      let answer: Awaited<ReturnType<Post>> = {};
      const statements = await log.during(async () => {
        answer = await post({ query: op.query, variables: { ...op.variables(targets), ...(op.query.includes('$first') ? { first } : {}) } });
        await idle();
      });
      return { answer, statements };
    };
    const ten = await run(10);
    const fifty = await run(50);
    if (fifty.answer.errors?.length || ten.answer.errors?.length) {
      counts[op.name] = { rows: 0, statements: 0, statementsFirst10: 0, repeated: [], error: (fifty.answer.errors ?? ten.answer.errors)![0]!.message };
      continue;
    }
    const times = new Map<string, number>();
    for (const sql of fifty.statements) times.set(sql, (times.get(sql) ?? 0) + 1);
    counts[op.name] = {
      rows: rowsOf(fifty.answer.data?.[op.field]),
      statements: fifty.statements.length,
      statementsFirst10: ten.statements.length,
      repeated: [...times].filter(([, n]) => n > 1).map(([sql, n]) => ({ sql: sql.length > 100 ? `${sql.slice(0, 100)}…` : sql, times: n })),
      ...(op.note ? { note: op.note } : {}),
    };
  }
  return counts;
}

/** The statements as the ORM's logger prints them: on one line, placeholders as `?`. */
const normalized = (sql: string) => sql.replace(/\n/g, '').replace(/ +/g, ' ').trim().replace(/\$\d+/g, '?');

export interface StatementMatch {
  gateway: number;
  baseline: number;
  /** Same statements, as many times each (the order of concurrent ones may differ). */
  same: boolean;
  onlyGateway: string[];
  onlyBaseline: string[];
}

/** Compares the statements of one gateway request with those the baseline sent for the same page. */
export function matchStatements(gateway: readonly string[], baseline: readonly string[]): StatementMatch {
  const left = gateway.map(normalized);
  const right = baseline.map(normalized);
  const minus = (a: string[], b: string[]) => {
    const rest = [...b];
    return a.filter((x) => {
      const i = rest.indexOf(x);
      if (i < 0) return true;
      rest.splice(i, 1);
      return false;
    });
  };
  const onlyGateway = minus(left, right);
  const onlyBaseline = minus(right, left);
  const short = (x: string) => (x.length > 100 ? `${x.slice(0, 100)}…` : x);
  return { gateway: left.length, baseline: right.length, same: onlyGateway.length === 0 && onlyBaseline.length === 0, onlyGateway: onlyGateway.map(short), onlyBaseline: onlyBaseline.map(short) };
}
