/**
 * The hand-written baseline of the OC list page for `pnpm bench`: the same SQL statements the
 * gateway runs for one request of OC_LIST_QUERY (as its query log shows them: the session and the
 * caller's roles and terms; the reach check of the customer and the customer shown above the list;
 * the page's ids and count, the OCs with their relations in one joined query, then the reach check
 * of each company the page shows; the caller's company, roles, reach and universes), sent with the
 * `pg` driver, and the same JSON answer as the
 * gateway's, over `node:http`. No framework, no ORM, no GraphQL: what is left of a request once
 * those are taken away.
 *
 * Before that, like the gateway, it counts the request in the rate limiter's table (the upsert
 * the gateway's limiter sends on its own pool of two connections, under another key): one more
 * statement per request, outside the ORM and its log.
 *
 * It answers POST /oc-list with the body sent to the gateway ({ query, variables }; the query is
 * not read: the selection is fixed to OC_LIST_QUERY's). It knows the filter the bench uses
 * (companyId), every sort column, `first`, `after` and the customer header; anything else is
 * refused. The bench checks that both answer the same before timing them.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import pg from 'pg';
import { naturalKeySql } from '@portal/offers';

/**
 * The OC list page of the portal ("Liste des offres contractées", OffersList of mfe-offers), as the
 * front end registers it (its persisted document): the page of OCs with the columns the list
 * shows, the customer above it when the list is opened for one customer, and what the caller may
 * do (on that customer, and on its own company).
 */
export const OC_LIST_QUERY = `query OffersList($after: String, $clientId: ID! = "", $filter: ContractedOfferFilterInput, $first: Int!, $orderBy: ContractedOfferOrderInput, $withClient: Boolean! = false) { company(id: $clientId) @include(if: $withClient) { id legalName number reference viewerPermissions } contractedOffers( first: $first after: $after filter: $filter orderBy: $orderBy ) { edges { node { billingAccount { id legalName } deliveredOn endCustomer { id legalName } id name orderReference orderType reference salesAdminName site { id name } state } } pageInfo { endCursor hasNextPage hasPreviousPage } totalCount } viewer { permissions } }`;

export interface OcListVariables {
  first: number;
  after?: string | null;
  filter?: { companyId?: string } | null;
  orderBy?: { field: SortField; descending: boolean } | null;
  /** The customer shown above the list (with withClient). */
  clientId?: string;
  withClient?: boolean;
}

type SortField = 'SALES_ADMIN' | 'REFERENCE' | 'NAME' | 'ORDER_REFERENCE' | 'END_CUSTOMER' | 'BILLING_ACCOUNT' | 'SITE' | 'DELIVERED_ON' | 'STATE' | 'ORDER_TYPE';

export interface BaselineOptions {
  databaseUrl: string;
  poolSize: number;
  /** Name of the gateway's session cookie. */
  sessionCookie: string;
  /** The gateway's idle timeout of sessions. */
  sessionIdleMs: number;
  /** Receives the text of every statement sent but the rate limiter's (the bench compares them with the gateway's ORM log). */
  onStatement?: (sql: string) => void;
}

export interface BaselineServer {
  url: string;
  close(): Promise<void>;
}

// ---- SQL, as the gateway's query log shows it (placeholders numbered for pg) ----

const cols = (alias: string, names: string[]) => names.map((n) => `"${alias}"."${n}" as "${alias}__${n}"`).join(', ');
const COMPANY = ['id', 'reference', 'legal_name', 'legal_name_folded', 'siren', 'legal_form', 'state', 'financial_status', 'guarantee_type', 'comment', 'website', 'created_at', 'parent_id'];
const USER = ['id', 'login', 'email', 'first_name', 'last_name', 'company_id', 'state', 'password_hash', 'password_changed_at', 'failed_login_count', 'last_failed_login_at', 'locked_until', 'last_login_at', 'locale', 'created_at'];

const SESSION_SQL = `select "s0".*, ${cols('u1', USER)} from "user_session" as "s0" inner join "app_user" as "u1" on "s0"."user_id" = "u1"."id" where "s0"."token_hash" = $1 limit $2`;
const TOUCH_SQL = 'update "user_session" set "last_seen_at" = $1 where "id" = $2';
const ROLES_SQL = 'select "r0"."id", "r0"."company_id", "r0"."role" from "role_assignment" as "r0" where "r0"."user_id" = $1';
const TERMS_SQL = 'select "t0".* from "terms_of_use" as "t0" where "t0"."effective_on" <= $1 order by "t0"."effective_on" desc, "t0"."id" desc limit $2';
const ACCEPTED_SQL = 'select count(*) as "count" from "terms_acceptance" as "t0" where "t0"."user_id" = $1 and "t0"."terms_id" = $2';
const RATE_LIMIT_SQL = `
            INSERT INTO "portal_rate_limit" VALUES ($1, $2, $3)
              ON CONFLICT(key) DO UPDATE SET
                points = CASE
                          WHEN ("portal_rate_limit".expire <= $4 OR 1=0) THEN $2
                          ELSE "portal_rate_limit".points + ($2)
                         END,
                expire =  CASE
             WHEN "portal_rate_limit".expire <= $4 THEN $3
             ELSE "portal_rate_limit".expire
            END 
            RETURNING points, expire;`;
const ANCESTORS_SQL = 'select descendant_id, ancestor_id from company_tree where descendant_id = any($1::bigint[])';
const COMPANY_SQL = 'select "c0".* from "company" as "c0" where "c0"."id" = $1 limit $2';
const VIEWER_COMPANY_SQL = 'select "c0".* from "company" as "c0" where "c0"."id" in ($1)';
const VIEWER_ROLES_SQL = 'select "r0"."id", "r0"."user_id", "r0"."company_id", "r0"."role" from "role_assignment" as "r0" where "r0"."user_id" in ($1)';
const UNIVERSES_SQL = 'select "c0".* from "company_universe" as "c0" where "c0"."company_id" in ($1) order by "c0"."universe" asc';

/** What each role gives on a company and below (as the identity package's rules). */
const READ = ['COMPANY_READ', 'BILLING_READ', 'OFFERS_READ'];
const ROLE_PERMISSIONS: Record<string, string[]> = {
  ADMINISTRATOR: ['COMPANY_READ', 'COMPANY_WRITE', 'USERS_MANAGE', 'BILLING_READ', 'BILLING_WRITE', 'OFFERS_READ', 'OFFERS_ORDER', 'OFFERS_TERMINATE', 'ORDERS_DELIVER', 'TOKENS_MANAGE', 'AUDIT_READ'],
  BILLING: [...READ, 'BILLING_WRITE'],
  ORDERS: [...READ, 'OFFERS_ORDER', 'OFFERS_TERMINATE', 'ORDERS_DELIVER'],
  READ_ONLY: READ,
};

const FROM = `contracted_offer oc
  join company ec on ec.id = oc.end_customer_id
  join company ba on ba.id = oc.billing_account_id
  join site s on s.id = oc.site_id
  left join sales_admin sa on sa.id = oc.sales_admin_id
  left join customer_order o on o.id = oc.order_id`;

/** As the gateway sorts (oc-relations): a related company the caller may not read sorts as an empty name. */
function sortOf(field: SortField, readable: string): { sql: string; date?: true } | undefined {
  const shown = (column: string, value: string) => `case when ${column} in (${readable}) then ${value} else '' end`;
  const sorts: Record<SortField, { sql: string; date?: true }> = {
    SALES_ADMIN: { sql: "coalesce(sa.display_name, '')" },
    REFERENCE: { sql: naturalKeySql('oc.reference') },
    NAME: { sql: 'oc.name' },
    ORDER_REFERENCE: { sql: "coalesce(o.reference, '')" },
    END_CUSTOMER: { sql: shown('oc.end_customer_id', 'ec.legal_name') },
    BILLING_ACCOUNT: { sql: shown('oc.billing_account_id', 'ba.legal_name') },
    SITE: { sql: shown('s.company_id', 's.name') },
    DELIVERED_ON: { sql: "coalesce(oc.delivered_on, date '0001-01-01')", date: true },
    STATE: { sql: 'oc.state' },
    ORDER_TYPE: { sql: 'oc.order_type' },
  };
  return sorts[field];
}

function joinedSql(count: number): string {
  const ids = Array.from({ length: count }, (_, i) => `$${i + 1}`).join(', ');
  return `select "c0".*, ${cols('e1', COMPANY)}, ${cols('b2', COMPANY)}, `
    + `${cols('s3', ['id', 'company_id', 'name', 'is_head_office', 'address_line1', 'address_line2', 'postal_code', 'city', 'country', 'state', 'payment_method', 'iban', 'bic', 'sepa_mandate_reference', 'created_at'])}, `
    + `${cols('s4', ['id', 'display_name', 'email'])}, `
    + `${cols('o5', ['id', 'reference', 'type', 'company_id', 'contracted_offer_id', 'ordered_on', 'created_at'])}, `
    + `${cols('o6', ['id', 'code', 'name', 'monthly_price_cents', 'setup_fee_cents', 'vat_rate_basis_points', 'notice_period_months', 'commitment_months', 'early_termination_policy', 'early_termination_share_percent', 'last_period_policy', 'has_equipment', 'equipment_return_days'])} `
    + 'from "contracted_offer" as "c0" inner join "company" as "e1" on "c0"."end_customer_id" = "e1"."id" inner join "company" as "b2" on "c0"."billing_account_id" = "b2"."id" '
    + 'inner join "site" as "s3" on "c0"."site_id" = "s3"."id" left join "sales_admin" as "s4" on "c0"."sales_admin_id" = "s4"."id" '
    + 'left join "customer_order" as "o5" on "c0"."order_id" = "o5"."id" inner join "offer" as "o6" on "c0"."offer_id" = "o6"."id" '
    + `where "c0"."id" in (${ids})`;
}

// ---- ids, cursors, dates, as the gateway encodes them ----

const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const encodeCursor = (values: (string | number)[]) => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');

function idOf(global: string, type: string): number | null {
  const [t, raw] = Buffer.from(global, 'base64url').toString('utf8').split(':');
  return t === type && raw && /^[1-9][0-9]{0,15}$/.test(raw) ? Number(raw) : null;
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
const TOUCH_EVERY_MS = 60_000;

class HttpError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

interface Caller {
  userId: number;
  companyId: number;
  /** Roles held on companies: they give their permissions there and below. */
  grants: { companyId: number; role: string }[];
}

/** The caller's permissions on companies, ancestors read once per company and request, as the gateway does. */
type Reach = (companyId: number) => Promise<Set<string>>;

type Row = Record<string, unknown>;

export async function startBaselineServer(options: BaselineOptions): Promise<BaselineServer> {
  // Dates as the ORM gives them: YYYY-MM-DD text.
  const types = { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === pg.types.builtins.DATE ? (v: string) => v : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser };
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize, types });
  const limiter = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
  const countRequest = (req: IncomingMessage) =>
    limiter.query({ name: 'rlflx-upsert', text: RATE_LIMIT_SQL, values: [`baseline:${req.socket.remoteAddress ?? ''}`, 1, Date.now() + 60_000, Date.now()] });
  const query = async (text: string, values: unknown[]) => {
    options.onStatement?.(text);
    return (await pool.query<Row>(text, values)).rows;
  };

  async function authenticate(req: IncomingMessage): Promise<Caller> {
    const token = (req.headers.cookie ?? '').split(/;\s*/).find((c) => c.startsWith(`${options.sessionCookie}=`))?.slice(options.sessionCookie.length + 1);
    if (!token || token.length > 200) throw new HttpError('UNAUTHENTICATED', 'Connectez-vous pour continuer.');
    const now = new Date();
    const hash = createHash('sha256').update(decodeURIComponent(token), 'utf8').digest('hex');
    const [session] = await query(SESSION_SQL, [hash, 1]);
    const lastSeen = session ? (session.last_seen_at as Date).getTime() : 0;
    if (!session || session.revoked_at || (session.expires_at as Date) <= now || now.getTime() - lastSeen > options.sessionIdleMs || session.u1__state !== 'ACTIVE') {
      throw new HttpError('UNAUTHENTICATED', 'Connectez-vous pour continuer.');
    }
    if (now.getTime() - lastSeen > TOUCH_EVERY_MS) await query(TOUCH_SQL, [now, session.id]);
    const userId = session.user_id as number;
    const roles = await query(ROLES_SQL, [userId]);
    const [terms] = await query(TERMS_SQL, [PARIS_DAY.format(now), 1]);
    if (terms && Number((await query(ACCEPTED_SQL, [userId, terms.id]))[0]!.count) === 0) {
      throw new HttpError('TERMS_NOT_ACCEPTED', "Acceptez les conditions d'utilisation pour continuer.");
    }
    return { userId, companyId: session.u1__company_id as number, grants: roles.map((r) => ({ companyId: r.company_id as number, role: r.role as string })) };
  }

  function reachOf(caller: Caller): Reach {
    // Batched like the gateway's DataLoader: the companies asked in one tick, one statement.
    const ancestors = new Map<number, Promise<number[]>>();
    let pending: { id: number; resolve(path: number[]): void; reject(error: unknown): void }[] = [];
    const flush = () => {
      const batch = pending;
      pending = [];
      query(ANCESTORS_SQL, [`{${batch.map((b) => b.id).join(',')}}`]).then((rows) => {
        const paths = new Map(batch.map((b) => [b.id, [] as number[]]));
        for (const r of rows) paths.get(Number(r.descendant_id))?.push(Number(r.ancestor_id));
        for (const b of batch) b.resolve(paths.get(b.id)!);
      }, (error: unknown) => batch.forEach((b) => b.reject(error)));
    };
    const load = (id: number) =>
      new Promise<number[]>((resolve, reject) => {
        if (pending.length === 0) process.nextTick(flush);
        pending.push({ id, resolve, reject });
      });
    return async (companyId: number) => {
      let found = ancestors.get(companyId);
      if (!found) {
        found = load(companyId);
        ancestors.set(companyId, found);
      }
      const above = new Set(await found);
      return new Set(caller.grants.filter((g) => above.has(g.companyId)).flatMap((g) => ROLE_PERMISSIONS[g.role] ?? []));
    };
  }

  async function client(reach: Reach, clientId: string) {
    const companyId = idOf(clientId, 'Company');
    if (companyId === null || !(await reach(companyId)).has('COMPANY_READ')) return null;
    const [c] = await query(COMPANY_SQL, [companyId, 1]);
    if (!c) return null;
    return { id: globalId('Company', c.id as number), legalName: c.legal_name as string, number: c.id as number, reference: c.reference as string, viewerPermissions: [...(await reach(c.id as number))].sort() };
  }

  /** `viewer { permissions }`: the gateway builds the whole viewer (user and company, roles, universes) first. */
  async function viewer(caller: Caller, reach: Reach) {
    await query(VIEWER_COMPANY_SQL, [caller.companyId]);
    await query(VIEWER_ROLES_SQL, [caller.userId]);
    const permissions = [...(await reach(caller.companyId))].sort();
    await query(UNIVERSES_SQL, [caller.companyId]);
    return { permissions };
  }

  async function ocList(caller: Caller, reach: Reach, variables: OcListVariables) {
    const reaches = async (companyId: number) => (await reach(companyId)).has('OFFERS_READ');
    const sees = async (companyId: number) => (await reach(companyId)).has('COMPANY_READ');
    const { filter, orderBy, first, after } = variables;
    if (!Number.isInteger(first) || first < 1 || first > 100) throw new HttpError('FIRST_OUT_OF_RANGE', 'first va de 1 à 100.');
    const unknown = Object.keys(filter ?? {}).filter((k) => k !== 'companyId');
    if (unknown.length) throw new HttpError('BAD_USER_INPUT', `the baseline does not filter on ${unknown.join(', ')}`);
    const roots = [...new Set(caller.grants.filter((g) => ROLE_PERMISSIONS[g.role]?.includes('OFFERS_READ')).map((g) => g.companyId))].sort((a, b) => a - b);
    const inReach = roots.length ? `select descendant_id from company_tree where ancestor_id in (${roots.join(', ')})` : 'select null::int where false';
    const readableRoots = [...new Set(caller.grants.filter((g) => ROLE_PERMISSIONS[g.role]?.includes('COMPANY_READ')).map((g) => g.companyId))].sort((a, b) => a - b);
    const readable = readableRoots.length ? `select descendant_id from company_tree where ancestor_id in (${readableRoots.join(', ')})` : 'select null::int where false';
    let where = `(oc.end_customer_id in (${inReach}) or oc.billing_account_id in (${inReach}))`;
    const params: unknown[] = [];
    if (filter?.companyId) {
      const companyId = idOf(filter.companyId, 'Company');
      if (companyId === null || !(await reaches(companyId))) throw new HttpError('NOT_FOUND', 'Société introuvable.');
      where += ' and (oc.end_customer_id = $1 or oc.billing_account_id = $2)';
      params.push(companyId, companyId);
    }
    const field: SortField = orderBy?.field ?? 'DELIVERED_ON';
    const descending = orderBy ? orderBy.descending : true;
    const sort = sortOf(field, readable);
    if (!sort) throw new HttpError('BAD_USER_INPUT', `unknown sort ${String(field)}`);
    let keyset = '';
    const keyParams: unknown[] = [];
    if (after) {
      const values = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, number];
      keyset = ` and (${sort.sql}, oc.id) ${descending ? '<' : '>'} (${sort.date ? `cast($${params.length + 1} as date)` : `$${params.length + 1}`}, $${params.length + 2})`;
      keyParams.push(values[0], values[1]);
    }
    const dir = descending ? 'desc' : 'asc';
    const [idRows, countRows] = await Promise.all([
      query(`select oc.id, (${sort.sql})::text as sort_key from ${FROM} where ${where}${keyset} order by ${sort.sql} ${dir}, oc.id ${dir} limit ${first + 1}`, [...params, ...keyParams]),
      query(`select count(*)::int as n from ${FROM} where ${where}`, params),
    ]);
    const ids = idRows.map((r) => r.id as number);
    const loaded = ids.length ? await query(joinedSql(ids.length), ids) : [];
    const byId = new Map(loaded.map((r) => [r.id as number, r]));
    const rows = ids.map((id) => byId.get(id)).filter((r): r is Row => r !== undefined);
    const shown = rows.slice(0, first);
    const company = (r: Row, alias: 'e1' | 'b2') => ({ id: globalId('Company', r[`${alias}__id`] as number), legalName: r[`${alias}__legal_name`] as string });
    const edges = await Promise.all(shown.map(async (r) => {
      const [endCustomer, billingAccount, site] = await Promise.all([sees(r.end_customer_id as number), sees(r.billing_account_id as number), sees(r.s3__company_id as number)]);
      return {
        node: {
          billingAccount: billingAccount ? company(r, 'b2') : null,
          deliveredOn: (r.delivered_on as string | null) ?? null,
          endCustomer: endCustomer ? company(r, 'e1') : null,
          id: globalId('ContractedOffer', r.id as number),
          name: r.name as string,
          orderReference: (r.o5__reference as string | null) ?? null,
          orderType: r.order_type as string,
          reference: r.reference as string,
          salesAdminName: (r.s4__display_name as string | null) ?? null,
          site: { id: globalId('Site', r.s3__id as number), name: site ? (r.s3__name as string) : '' },
          state: r.state as string,
        },
      };
    }));
    const last = shown.at(-1);
    return {
      edges,
      pageInfo: { endCursor: last ? encodeCursor([String(idRows.find((k) => k.id === last.id)!.sort_key), last.id as number]) : null, hasNextPage: rows.length > first, hasPreviousPage: !!after },
      totalCount: Number(countRows[0]!.n),
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let status = 200;
    let body: unknown;
    try {
      await countRequest(req);
      if (req.method !== 'POST' || req.url !== '/oc-list') {
        status = 404;
        body = { errors: [{ message: 'not found' }] };
      } else {
        const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: Partial<OcListVariables> };
        const caller = await authenticate(req);
        const reach = reachOf(caller);
        // The root fields at once, as GraphQL runs them.
        const [company, contractedOffers, me] = await Promise.all([
          variables?.withClient ? client(reach, variables.clientId ?? '') : undefined,
          ocList(caller, reach, { first: 50, ...variables }),
          viewer(caller, reach),
        ]);
        body = { data: { ...(company === undefined ? {} : { company }), contractedOffers, viewer: me } };
      }
    } catch (error) {
      if (!(error instanceof HttpError)) status = 500;
      body = { errors: [{ message: error instanceof Error ? error.message : String(error), extensions: { code: error instanceof HttpError ? error.code : 'INTERNAL_SERVER_ERROR' } }], data: null };
    }
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([pool.end(), limiter.end()]);
    },
  };
}

