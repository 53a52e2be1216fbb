import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getNamedType, type GraphQLEnumType, type GraphQLField, type GraphQLInputObjectType, type GraphQLSchema } from 'graphql';
import { normalizeLogin, totpCode } from '@portal/identity';
import { DESIRED_DATE_MAX_YEARS_AHEAD } from '@portal/offers';
import { toGlobalId, todayInParis } from '@portal/kernel';
import { fanOutEvents } from '@portal/events';
import { OPEN_BEFORE_TERMS } from '@portal/gateway';
import { DRIVER_TEXT } from '../support/answer-guard.js';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';
import {
  HOSTILE_SNIPPETS, OMIT, acceptableText, applyPatches, blankText, datesBeyond, datesFrom, inputArgument, invalidBics, invalidCountries, invalidDates, invalidEmails,
  invalidFrenchPostalCodes, invalidIbans, invalidIds, invalidPhones, invalidSirens, invalidWebsites, loadPublishedSchema, mutationDocument, mutationFields, orUnstorable,
  patch, refusalProblems, tooLong, typeBreaks, unstorableText, validBics, validEmails, validIbans, validPhones, validSirens, validWebsites,
  type DocumentVariant, type HttpAnswer, type Patch,
} from '../support/fuzz-inputs.js';

/**
 * Reliability under hostile input: every mutation of the published schema receives generated
 * inputs that are invalid by construction (a valid base with at least one change the portal must
 * refuse), from callers of every kind. Each answer must be a typed refusal (no 5xx, no internal
 * error; a GraphQL error with a known code, or userErrors with a code and the path of the field at
 * fault), and a refused input must leave every table as it was.
 *
 * The fast-check seed is fixed: a failure names it with the path of the counterexample; run again
 * with FUZZ_SEED=<seed> to try another sequence.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);
/** Requests sent at once: one property run is a batch of this many cases of one mutation. */
const BATCH = 4;

/**
 * Tables a request writes whatever it asks, kept out of the "unchanged" comparison: the rate
 * limit counters (every request to /graphql). The sessions (written on log-in, or when the clock
 * moves, which it does not here), the login throttle and the audit log are compared: a refused
 * input must write neither. logIn alone may write some of them (see its spec).
 */
// An API token's usage counts its every answer, refusals included (they are its errors of the day).
const WRITTEN_BY_EVERY_REQUEST = new Set(['portal_rate_limit', 'api_token_usage']);

let portal: TestPortal;
let schema: GraphQLSchema;
let today: string;

// ---------------------------------------------------------------------------------------------
// Callers and what each of them reaches
// ---------------------------------------------------------------------------------------------

type CallerName = 'reseller' | 'customer' | 'operator' | 'token' | 'anonymous' | 'forged' | 'pending';

interface Caller {
  name: CallerName;
  headers: Record<string, string>;
}

interface Ids {
  /** Objects the caller may change. */
  mine: string[];
  /** Real objects of companies the caller does not reach (found as a user of those companies). */
  foreign: string[];
}

/** What one caller reaches in the demo data, as global ids. */
interface World {
  ownCompany: string;
  universes: string[];
  provider: boolean;
  companies: { writable: string[]; manageable: string[]; reachable: string[]; foreign: string[] };
  sites: Ids & { headOffices: string[] };
  contacts: Ids;
  users: Ids & { lastAdministrators: string[] };
  tokens: Ids;
  webhooks: Ids;
  deliveries: Ids;
  contractedOffers: Ids;
  numbers: { mine: { identifier: string; portingCode: string }[]; foreign: string[] };
  /** Ordering: the caller's own company and its head office (a cart "Ma e-boutique" would pass). */
  ownHeadOffice: string;
  orders: Ids;
  milestones: Ids;
}

interface Demo {
  worlds: Record<'reseller' | 'customer' | 'operator', World>;
  callers: Record<'reseller' | 'customer' | 'operator' | 'token' | 'pending', Caller>;
  logins: Set<string>;
  termsVersion: string;
  /** A user waiting for their first password, and the token of their setup link. */
  pending: { login: string; token: string };
  /** Every RIO of the demo data. */
  portingCodes: Set<string>;
  /** A login waiting for its second factor: the step's token and the right TOTP code now. */
  secondFactorStep: { token: string; code: string };
}
let demo: Demo;

async function data<T = any>(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await client.gql(query, variables);
  if (res.errors?.length) throw new Error(`${query}: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

const CREATE_CONTACT = 'mutation($input: ContactCreateInput!) { contactCreate(input: $input) { contact { id } userErrors { code } } }';
const CREATE_TOKEN = 'mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { secret apiToken { id } userErrors { code } } }';
const CREATE_WEBHOOK = 'mutation($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { endpoint { id } userErrors { code } } }';
const CREATE_USER = 'mutation($input: UserCreateInput!) { userCreate(input: $input) { user { login } userErrors { code } } }';

/**
 * Adds what the demo data lacks (contacts, API tokens, a user waiting for their password), then
 * reads, as the operator, every company with its sites, contacts and users, every OC and its
 * numbers; and, as each caller, the permissions they hold on each company.
 */
async function discoverDemo(): Promise<Demo> {
  const operator = await portal.signedIn('E-0000000001');
  const reseller = await portal.signedIn('E-0000000010');
  const customer = await portal.signedIn('E-0000000024');
  const otherReseller = await portal.signedIn('E-0000000030');
  // Signed in, the terms not accepted yet: the terms gate refuses every mutation but its list.
  const pendingTerms = portal.client();
  await pendingTerms.logIn('E-0000000026', 'Portail-Demo-2026!');

  const companyIds: string[] = [];
  const top = await data(operator, '{ myCompany { id } customers(first: 100) { edges { node { id number } } } termsOfUse { version } }');
  companyIds.push(top.myCompany.id, ...top.customers.edges.map((e: any) => e.node.id));
  const byNumber = new Map<number, string>(top.customers.edges.map((e: any) => [e.node.number, e.node.id]));

  const setup = async (client: Client, query: string, input: Record<string, unknown>) => {
    const res = await data(client, query, { input });
    const payload = Object.values(res)[0] as { userErrors: unknown[] };
    if (payload.userErrors.length) throw new Error(`setup refused: ${JSON.stringify(payload.userErrors)}`);
    return payload as any;
  };
  await setup(otherReseller, CREATE_CONTACT, { companyId: byNumber.get(31), firstName: 'Contact', lastName: 'Étranger', email: 'contact@autre.example' });
  await setup(reseller, CREATE_CONTACT, { companyId: byNumber.get(24), firstName: 'Contact', lastName: 'Client', phone: '+33 4 72 00 00 00' });
  await setup(reseller, CREATE_CONTACT, { companyId: byNumber.get(44284), firstName: 'Contact', lastName: 'Méditerranée' });
  // One order of the reseller for 44284 (Reçue), for the order mutations to aim at.
  const aix = (await data(operator, `query($id: ID!) { company(id: $id) { sites { id name } } }`, { id: byNumber.get(44284) })).company.sites.find((x: any) => x.name === 'AIX-EN-PROVENCE').id;
  const placed = await setup(reseller, `mutation($input: OrderSubmitInput!) { orderSubmit(input: $input) { order { id lines { milestones { id } } } userErrors { code field } } }`, {
    order: { companyId: byNumber.get(44284), lines: [{ offerCode: 'FIBRE-PRO', siteId: aix }] },
  });
  const order = { id: placed.order.id as string, milestones: placed.order.lines.flatMap((l: any) => l.milestones.map((m: any) => m.id as string)) as string[] };
  const foreignToken = await setup(otherReseller, CREATE_TOKEN, { name: 'ERP autre revendeur', scopes: ['COMPANY_READ'] });
  const readToken = await setup(reseller, CREATE_TOKEN, { name: 'Lecture seule', scopes: ['COMPANY_READ', 'IDENTITY_READ'] });
  const pendingEmail = 'fuzz.attente@autre.example';
  const pendingUser = await setup(otherReseller, CREATE_USER, { companyId: byNumber.get(31), firstName: 'En', lastName: 'Attente', email: pendingEmail, roles: ['READ_ONLY'] });
  const mail = await portal.smtp.waitFor(pendingEmail);
  const setupToken = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (!setupToken) throw new Error('no setup link in the e-mail');
  // A user with an authenticator app, whose login waits for its second factor.
  const withTotp = await portal.signedIn('E-0000000011');
  const secret = (await data(withTotp, 'mutation { totpEnrolStart { secret } }')).totpEnrolStart.secret as string;
  await data(withTotp, 'mutation($code: String!) { totpEnrolConfirm(input: { code: $code }) { userErrors { code } } }', { code: totpCode(secret, portal.clock.now) });
  portal.clock.advance(30_000); // the confirming code's step is spent
  const step = (await data(portal.client(), 'mutation { logIn(input: { login: "E-0000000011", password: "Portail-Demo-2026!" }) { secondFactor { token } } }')).logIn.secondFactor.token as string;
  // A webhook endpoint per reseller and the customer, each with a delivery (its test event, fanned out).
  const hooks: { id: string; company: string; delivery: string }[] = [];
  for (const [client, number] of [[reseller, 10], [otherReseller, 30], [customer, 24]] as const) {
    const created = await setup(client, CREATE_WEBHOOK, { companyId: byNumber.get(number) ?? top.myCompany.id, url: `https://erp${number}.example.com/hooks`, eventTypes: ['INVOICE_ISSUED'] });
    await setup(client, 'mutation($input: WebhookEndpointRefInput!) { webhookEndpointSendTest(input: $input) { userErrors { code } } }', { endpointId: created.endpoint.id });
    await fanOutEvents(portal.gateway.orm.em.fork(), portal.clock.now);
    const log = await data(client, 'query($id: ID!) { webhookDeliveries(endpointId: $id) { id } }', { id: created.endpoint.id });
    hooks.push({ id: created.endpoint.id, company: byNumber.get(number) ?? top.myCompany.id, delivery: log.webhookDeliveries[0].id });
  }
  // The read-only token's first use records lastUsedAt now, before any snapshot (the clock stays).
  expect((await portal.client(readToken.secret).gql('{ viewer { user { login } } }')).data.viewer.user.login).toBe('E-0000000010');

  const companies = new Map<string, { sites: { id: string; isHeadOffice: boolean; state: string }[]; contacts: { id: string }[]; users: { id: string; login: string; roles: string[]; state: string }[] }>();
  for (const id of companyIds) {
    const found = await data(operator, `query($id: ID!) { company(id: $id) { sites(includeClosed: true) { id isHeadOffice state } contacts { id } } users(companyId: $id, first: 100) { edges { node { id login roles state } } } }`, { id });
    companies.set(id, { sites: found.company.sites, contacts: found.company.contacts, users: found.users.edges.map((e: any) => e.node) });
  }
  const tokens = [{ id: foreignToken.apiToken.id as string, company: byNumber.get(30)! }, { id: readToken.apiToken.id as string, company: byNumber.get(10)! }];
  const ocs = (await data(operator, '{ contractedOffers(first: 50) { edges { node { id state billingAccount { id } endCustomer { id } services { identifier portingCode kind state } } } } }'))
    .contractedOffers.edges.map((e: any) => e.node) as { id: string; state: string; billingAccount: { id: string }; endCustomer: { id: string }; services: { identifier: string; portingCode: string | null; kind: string; state: string }[] }[];

  async function worldOf(client: Client): Promise<World> {
    const viewer = (await data(client, '{ viewer { universes user { company { id } } } }')).viewer;
    const perms = new Map<string, Set<string>>();
    for (const id of companyIds) {
      const res = await client.gql('query($id: ID!) { company(id: $id) { viewerPermissions } }', { id });
      if (res.data?.company) perms.set(id, new Set(res.data.company.viewerPermissions));
    }
    const has = (company: string, permission: string) => perms.get(company)?.has(permission) ?? false;
    const foreign = (company: string) => !perms.has(company);
    const all = [...companies.entries()];
    const writable = companyIds.filter((c) => has(c, 'COMPANY_WRITE'));
    const manageable = companyIds.filter((c) => has(c, 'USERS_MANAGE'));
    const lastAdministrators = all.flatMap(([c, { users }]) => {
      const admins = users.filter((u) => u.roles.includes('ADMINISTRATOR') && u.state !== 'DISABLED');
      return manageable.includes(c) && admins.length === 1 ? [admins[0]!.id] : [];
    });
    const terminable = ocs.filter((oc) => oc.state === 'DELIVERED' && has(oc.billingAccount.id, 'OFFERS_TERMINATE'));
    const unseen = ocs.filter((oc) => !has(oc.billingAccount.id, 'OFFERS_READ') && !has(oc.endCustomer.id, 'OFFERS_READ'));
    const phoneNumbers = (list: typeof ocs) => list.flatMap((oc) => oc.services.filter((s) => s.kind === 'PHONE_NUMBER' && s.state === 'ACTIVE'));
    return {
      ownCompany: viewer.user.company.id,
      universes: viewer.universes,
      provider: viewer.universes.includes('OPERATOR'),
      companies: { writable, manageable, reachable: [...perms.keys()], foreign: companyIds.filter(foreign) },
      sites: {
        mine: all.flatMap(([c, { sites }]) => (writable.includes(c) ? sites.filter((s) => s.state === 'ACTIVE').map((s) => s.id) : [])),
        headOffices: all.flatMap(([c, { sites }]) => (writable.includes(c) ? sites.filter((s) => s.isHeadOffice && s.state === 'ACTIVE').map((s) => s.id) : [])),
        foreign: all.flatMap(([c, { sites }]) => (foreign(c) ? sites.map((s) => s.id) : [])),
      },
      contacts: {
        mine: all.flatMap(([c, { contacts }]) => (writable.includes(c) ? contacts.map((x) => x.id) : [])),
        foreign: all.flatMap(([c, { contacts }]) => (foreign(c) ? contacts.map((x) => x.id) : [])),
      },
      users: {
        mine: all.flatMap(([c, { users }]) => (manageable.includes(c) ? users.map((u) => u.id) : [])),
        lastAdministrators,
        foreign: all.flatMap(([c, { users }]) => (foreign(c) ? users.map((u) => u.id) : [])),
      },
      tokens: { mine: tokens.filter((t) => has(t.company, 'TOKENS_MANAGE')).map((t) => t.id), foreign: tokens.filter((t) => foreign(t.company)).map((t) => t.id) },
      webhooks: { mine: hooks.filter((h) => has(h.company, 'WEBHOOKS_MANAGE')).map((h) => h.id), foreign: hooks.filter((h) => foreign(h.company)).map((h) => h.id) },
      deliveries: { mine: hooks.filter((h) => has(h.company, 'WEBHOOKS_MANAGE')).map((h) => h.delivery), foreign: hooks.filter((h) => foreign(h.company)).map((h) => h.delivery) },
      contractedOffers: { mine: terminable.map((oc) => oc.id), foreign: unseen.map((oc) => oc.id) },
      numbers: {
        mine: phoneNumbers(terminable).map((s) => ({ identifier: s.identifier, portingCode: s.portingCode! })),
        foreign: phoneNumbers(unseen).map((s) => s.identifier),
      },
      ownHeadOffice: companies.get(viewer.user.company.id)!.sites.find((x) => x.isHeadOffice && x.state === 'ACTIVE')!.id,
      orders: has(byNumber.get(44284)!, 'OFFERS_READ') ? { mine: [order.id], foreign: [] } : { mine: [], foreign: [order.id] },
      milestones: has(byNumber.get(44284)!, 'OFFERS_READ') ? { mine: order.milestones, foreign: [] } : { mine: [], foreign: order.milestones },
    };
  }

  const cookie = (client: Client) => ({ cookie: client.cookie! });
  const allUsers = [...companies.values()].flatMap((c) => c.users);
  const allServices = ocs.flatMap((oc) => oc.services);
  await portal.gateway.idle();
  return {
    worlds: { reseller: await worldOf(reseller), customer: await worldOf(customer), operator: await worldOf(operator) },
    callers: {
      reseller: { name: 'reseller', headers: cookie(reseller) },
      customer: { name: 'customer', headers: cookie(customer) },
      operator: { name: 'operator', headers: cookie(operator) },
      token: { name: 'token', headers: { authorization: `Bearer ${readToken.secret}` } },
      pending: { name: 'pending', headers: cookie(pendingTerms) },
    },
    logins: new Set(allUsers.map((u) => u.login)),
    termsVersion: top.termsOfUse.version,
    pending: { login: pendingUser.user.login, token: setupToken },
    portingCodes: new Set(allServices.flatMap((s) => (s.portingCode ? [s.portingCode] : []))),
    secondFactorStep: { token: step, code: totpCode(secret, portal.clock.now) },
  };
}

// ---------------------------------------------------------------------------------------------
// What each mutation accepts, and what makes it refuse
// ---------------------------------------------------------------------------------------------

interface Spec {
  /** Property runs, each a batch of BATCH cases. */
  runs: number;
  /** Who calls, with weights (default: mostly signed-in administrators). */
  callers?: [CallerName, number][];
  /** An input this caller's request would pass (never sent without a break). */
  valid: (w: World) => fc.Arbitrary<Record<string, unknown>>;
  /** Changes the portal must refuse whatever the rest of the input holds (on top of the GraphQL type's own). */
  breaks: (w: World) => fc.Arbitrary<Patch>[];
  /** Tables the mutation may write even when it refuses (the login throttle…). */
  mayWrite?: string[];
  /** The same answer whatever the input (passwordResetRequest tells nothing about the login). */
  uniformAnswer?: Record<string, unknown>;
}

const ADMINISTRATORS: [CallerName, number][] = [['reseller', 6], ['operator', 3], ['customer', 3], ['token', 1], ['anonymous', 1], ['forged', 1]];
const PUBLIC_CALLERS: [CallerName, number][] = [['anonymous', 4], ['forged', 1], ['reseller', 1], ['customer', 1]];

/** One of the values; an empty list is a gap in the demo data (a break must never be a no-op). */
const pick = <T,>(values: readonly T[]): fc.Arbitrary<T> => {
  if (values.length === 0) throw new Error('nothing to pick from: the demo data lacks what this spec needs');
  return fc.constantFrom(...values);
};
const maybe = (arb: fc.Arbitrary<unknown>) => fc.oneof(fc.constant(OMIT), arb);
const enumValues = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

/**
 * Breaks of a free-text field: longer than its limit, unstorable characters, and, when the portal
 * requires it, blank (with null or absence when they do not mean "leave as is").
 */
function textBreaks(path: string, max: number, required: false | { nullRefused: boolean; absenceRefused: boolean }): fc.Arbitrary<Patch>[] {
  const breaks = [patch(path, orUnstorable(tooLong(max)))];
  if (required) {
    breaks.push(patch(path, blankText));
    if (required.nullRefused) breaks.push(patch(path, fc.constant(null)));
    if (required.absenceRefused) breaks.push(patch(path, fc.constant(OMIT)));
  }
  return breaks;
}

/** A site's address and payment details (the country stays FR, so five digits are the postal code rule). */
function validSiteFields(opts: { partial: boolean; normalized: boolean }): fc.Arbitrary<Record<string, unknown>> {
  const field = (arb: fc.Arbitrary<unknown>) => (opts.partial ? maybe(arb) : arb);
  const payment = fc.oneof(
    fc.constant({}),
    fc.constant({ paymentMethod: 'TRANSFER' }),
    fc.record({
      paymentMethod: fc.constant('SEPA_DIRECT_DEBIT'),
      iban: opts.normalized ? validIbans.map((i) => i.replace(/\s+/g, '').toUpperCase()) : validIbans,
      bic: maybe(opts.normalized ? validBics.filter((b) => /^[A-Z0-9]+$/.test(b)) : validBics),
      sepaMandateReference: acceptableText(35),
    }),
  );
  return fc
    .record({
      name: field(acceptableText(120)),
      addressLine1: field(acceptableText(200)),
      addressLine2: maybe(fc.oneof(fc.constant(null), fc.constant(''), acceptableText(200))),
      postalCode: field(fc.stringMatching(/^[0-9]{5}$/)),
      city: field(acceptableText(120)),
      country: maybe(opts.normalized ? fc.constant('FR') : fc.constantFrom('FR', 'fr')),
      isHeadOffice: opts.partial ? maybe(fc.constant(true)) : maybe(fc.boolean()),
      payment,
    })
    .map(({ payment: p, ...rest }) => ({ ...rest, ...p }));
}

/** Breaks of a site's fields, under `prefix` ("headOffice."): `creating` when an absent field is not "leave as is". */
function siteBreaks(prefix: string, creating: boolean): fc.Arbitrary<Patch>[] {
  const required = { nullRefused: true, absenceRefused: creating };
  const at = (f: string) => `${prefix}${f}`;
  return [
    ...textBreaks(at('name'), 120, required),
    ...textBreaks(at('addressLine1'), 200, required),
    ...textBreaks(at('addressLine2'), 200, false),
    ...textBreaks(at('city'), 120, required),
    patch(at('postalCode'), fc.oneof(invalidFrenchPostalCodes, fc.constant(null), ...(creating ? [fc.constant(OMIT)] : []))),
    patch(at('country'), invalidCountries),
    patch(at('iban'), invalidIbans),
    patch(at('bic'), invalidBics),
    ...textBreaks(at('sepaMandateReference'), 35, false),
    fc.constantFrom(null, '').map((iban) => ({ [at('paymentMethod')]: 'SEPA_DIRECT_DEBIT', [at('iban')]: iban })),
    fc.oneof(fc.constant(null), blankText).map((rum) => ({ [at('paymentMethod')]: 'SEPA_DIRECT_DEBIT', [at('sepaMandateReference')]: rum })),
  ];
}

const personBreaks = (prefix: string, required: { nullRefused: boolean; absenceRefused: boolean }) => [
  ...textBreaks(`${prefix}firstName`, 100, required),
  ...textBreaks(`${prefix}lastName`, 100, required),
];

/** A list of OC ids with at least one that cannot be terminated, anywhere in it. */
const idsWithOneBad = (w: World) =>
  fc
    .tuple(fc.array(pick(w.contractedOffers.mine), { maxLength: 4 }), invalidIds('ContractedOffer', w.contractedOffers.foreign), fc.nat())
    .map(([good, bad, at]) => [...good.slice(0, at % (good.length + 1)), bad, ...good.slice(at % (good.length + 1))]);

/** Invalid passwords, by construction: one rule of the policy broken at least. */
const invalidPasswords = (login: string) =>
  fc.oneof(
    fc.string({ maxLength: 7 }),
    tooLong(128, 2_000).map((s) => `Aa1!${s}`),
    fc.string({ unit: fc.constantFrom(...'abcdefXYZ-!?é '), minLength: 8, maxLength: 30 }),
    fc.string({ unit: fc.constantFrom(...'abcdef0123-!?é '), minLength: 8, maxLength: 30 }),
    fc.string({ unit: fc.constantFrom(...'abcdefXYZ0123éÉ'), minLength: 8, maxLength: 30 }),
    fc.constantFrom(`Mdp-1${login}`, `${login.toLowerCase()}!A`, 'Password1!', 'Azerty123!', 'Motdepasse1!', 'Portail-2026'),
    unstorableText,
  );
const VALID_PASSWORD = 'Fuzz-Valide-2026!';

/** Termination and porting dates are asked at most ten years ahead (see the offers' rules). */
const tooFar = () => datesBeyond(today, DESIRED_DATE_MAX_YEARS_AHEAD);

/** Logins that name nobody, once normalized as the portal does (trimmed, upper case, 40 characters). */
const unknownLogins = () =>
  fc
    .oneof(
      fc.integer({ min: 100_000, max: 9_999_999_999 }).map((n) => `E-${String(n).padStart(10, '0')}`),
      fc.constantFrom(...HOSTILE_SNIPPETS, 'E-', 'E-00000000000', 'admin', 'root', "E-0000000001' --", 'E-0000000001\u200b', 'Ε-0000000001'),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      tooLong(40, 3_000),
      blankText,
      unstorableText,
      fc.tuple(fc.string({ minLength: 39, maxLength: 39 }), fc.constantFrom('👩‍💻', '😀', '𝔸')).map(([a, b]) => a + b),
    )
    .filter((l) => !demo.logins.has(normalizeLogin(l)));

/** Webhook endpoint URLs the portal refuses (http outside development, not absolute, credentials, not http at all). */
const invalidEndpointUrls = () =>
  fc.oneof(
    fc.constantFrom('http://erp.example.com/hooks', 'pas une adresse', '/hooks', 'https://moi:secret@erp.example.com/hooks', 'ftp://erp.example.com/hooks', 'javascript:alert(1)', ''),
    tooLong(2048, 3_000).map((s) => `https://erp.example.com/${encodeURIComponent(s)}`),
    unstorableText,
  );
const webhookEventTypes = () => fc.subarray(['INVOICE_ISSUED', 'CREDIT_NOTE_ISSUED', 'TERMINATION_REQUESTED', 'TERMINATION_EFFECTIVE'], { minLength: 1 });
const endpointBreaks = () => [
  patch('url', invalidEndpointUrls()),
  ...textBreaks('description', 500, false),
  patch('eventTypes', fc.constantFrom([], ['WEBHOOK_TEST'])),
];

const SPECS: Record<string, Spec> = {
  webhookEndpointCreate: {
    runs: 20,
    valid: (w) => fc.record({ companyId: maybe(pick(w.companies.manageable)), url: fc.constant('https://erp.example.com/hooks'), description: maybe(acceptableText(500)), eventTypes: webhookEventTypes() }),
    breaks: (w) => [patch('companyId', invalidIds('Company', w.companies.foreign)), ...endpointBreaks()],
  },
  webhookEndpointUpdate: {
    runs: 20,
    valid: (w) => fc.record({ endpointId: pick(w.webhooks.mine), url: maybe(fc.constant('https://erp.example.com/autre')), description: maybe(acceptableText(500)), eventTypes: maybe(webhookEventTypes()), enabled: maybe(fc.boolean()) }),
    breaks: (w) => [patch('endpointId', invalidIds('WebhookEndpoint', w.webhooks.foreign)), ...endpointBreaks()],
  },
  webhookEndpointDelete: {
    runs: 10,
    valid: (w) => fc.record({ endpointId: pick(w.webhooks.mine) }),
    breaks: (w) => [patch('endpointId', invalidIds('WebhookEndpoint', w.webhooks.foreign))],
  },
  webhookEndpointRotateSecret: {
    runs: 10,
    valid: (w) => fc.record({ endpointId: pick(w.webhooks.mine), overlapHours: maybe(fc.integer({ min: 0, max: 168 })) }),
    breaks: (w) => [
      patch('endpointId', invalidIds('WebhookEndpoint', w.webhooks.foreign)),
      patch('overlapHours', fc.oneof(fc.integer({ min: -(2 ** 31), max: -1 }), fc.integer({ min: 169, max: 2 ** 31 - 1 }))),
    ],
  },
  webhookEndpointSendTest: {
    runs: 10,
    valid: (w) => fc.record({ endpointId: pick(w.webhooks.mine) }),
    breaks: (w) => [patch('endpointId', invalidIds('WebhookEndpoint', w.webhooks.foreign))],
  },
  webhookDeliveryReplay: {
    runs: 10,
    valid: (w) => fc.record({ deliveryId: pick(w.deliveries.mine) }),
    breaks: (w) => [patch('deliveryId', invalidIds('WebhookDelivery', w.deliveries.foreign))],
  },
  webhookDeliveriesReplay: {
    runs: 10,
    valid: (w) => fc.record({ endpointId: pick(w.webhooks.mine), since: fc.constant('2026-11-01T00:00:00.000Z') }),
    breaks: (w) => [patch('endpointId', invalidIds('WebhookEndpoint', w.webhooks.foreign))],
  },
  apiTokenCreate: {
    runs: 25,
    valid: () => fc.record({ name: acceptableText(100), scopes: fc.subarray(enumValues('ApiScope'), { minLength: 1 }), expiresInDays: maybe(fc.integer({ min: 1, max: 366 })) }),
    breaks: () => [
      ...textBreaks('name', 100, { nullRefused: true, absenceRefused: true }),
      patch('scopes', fc.constant([])),
      patch('expiresInDays', fc.oneof(fc.integer({ min: -(2 ** 31), max: 0 }), fc.integer({ min: 367, max: 2 ** 31 - 1 }))),
    ],
  },
  apiTokenRevoke: {
    runs: 15,
    valid: (w) => fc.record({ apiTokenId: pick(w.tokens.mine.length ? w.tokens.mine : w.tokens.foreign) }),
    breaks: (w) => [patch('apiTokenId', invalidIds('ApiToken', w.tokens.foreign))],
  },
  companyUpdate: {
    runs: 30,
    valid: (w) =>
      fc.record({
        companyId: pick(w.companies.writable),
        comment: maybe(fc.oneof(fc.constant(null), fc.constant(''), acceptableText(2000))),
        website: maybe(fc.oneof(fc.constant(null), fc.constant(''), validWebsites)),
      }),
    breaks: (w) => [
      patch('companyId', invalidIds('Company', w.companies.foreign)),
      patch('comment', orUnstorable(tooLong(2000))),
      patch('website', invalidWebsites),
      patch('siren', invalidSirens),
      patch('financialStatus', fc.constant(null)),
      patch('guaranteeType', fc.constant(null)),
      patch('electronicAddress', fc.constantFrom('deux mots', 'x'.repeat(126), '<adresse>', 'é')),
      // The SIREN, financial status and guarantee are the provider's (an operator above the company).
      ...(w.provider
        ? [fc.tuple(validSirens, pick(enumValues('FinancialStatus'))).map(([siren, status]) => ({ companyId: w.ownCompany, siren, financialStatus: status }))]
        : [patch('siren', validSirens), patch('financialStatus', pick(enumValues('FinancialStatus'))), patch('guaranteeType', pick(enumValues('GuaranteeType')))]),
    ],
  },
  creditNoteReissue: {
    runs: 10,
    // No credit note of the demo was rejected by a platform: every one is refused (NOT_REJECTED, FORBIDDEN, NOT_FOUND).
    valid: () => fc.record({ id: fc.constant(toGlobalId('CreditNote', 1)) }),
    breaks: () => [patch('id', fc.oneof(invalidIds('CreditNote', []), fc.constantFrom(toGlobalId('CreditNote', 1), toGlobalId('CreditNote', 2))))],
  },
  heldDocumentRelease: {
    runs: 10,
    // No document of the demo is held: every id names nothing in reach.
    valid: () => fc.record({ id: fc.constant(toGlobalId('HeldDocument', 1)) }),
    breaks: () => [patch('id', invalidIds('HeldDocument', []))],
  },
  invoiceReissue: {
    runs: 10,
    // No invoice of the demo was rejected by a platform: every one is refused (NOT_REJECTED, FORBIDDEN, NOT_FOUND).
    valid: () => fc.record({ id: fc.constant(toGlobalId('Invoice', 2)) }),
    breaks: () => [patch('id', fc.oneof(invalidIds('Invoice', []), fc.constantFrom(toGlobalId('Invoice', 2), toGlobalId('Invoice', 6))))],
  },
  contactCreate: {
    runs: 30,
    valid: (w) =>
      fc.record({
        companyId: pick(w.companies.writable),
        firstName: acceptableText(100),
        lastName: acceptableText(100),
        function: maybe(fc.oneof(fc.constant(null), fc.constant(''), acceptableText(60))),
        email: maybe(fc.oneof(fc.constant(null), fc.constant(''), validEmails)),
        phone: maybe(fc.oneof(fc.constant(null), fc.constant(''), validPhones)),
      }),
    breaks: (w) => [
      patch('companyId', invalidIds('Company', w.companies.foreign)),
      ...personBreaks('', { nullRefused: true, absenceRefused: true }),
      ...textBreaks('function', 60, false),
      patch('email', invalidEmails),
      patch('phone', invalidPhones),
    ],
  },
  contactUpdate: {
    runs: 30,
    valid: (w) =>
      fc.record({
        contactId: pick(w.contacts.mine),
        firstName: maybe(acceptableText(100)),
        lastName: maybe(acceptableText(100)),
        function: maybe(fc.oneof(fc.constant(null), acceptableText(60))),
        email: maybe(fc.oneof(fc.constant(null), validEmails)),
        phone: maybe(fc.oneof(fc.constant(null), validPhones)),
      }),
    breaks: (w) => [
      patch('contactId', invalidIds('Contact', w.contacts.foreign)),
      ...personBreaks('', { nullRefused: true, absenceRefused: false }),
      ...textBreaks('function', 60, false),
      patch('email', invalidEmails),
      patch('phone', invalidPhones),
    ],
  },
  contactDelete: {
    runs: 15,
    valid: (w) => fc.record({ contactId: pick(w.contacts.mine) }),
    breaks: (w) => [patch('contactId', invalidIds('Contact', w.contacts.foreign))],
  },
  contractedOfferTerminate: {
    runs: 30,
    valid: (w) =>
      fc.record({
        contractedOfferId: pick(w.contractedOffers.mine),
        desiredOn: datesFrom(today, 3_600),
        comments: maybe(fc.oneof(fc.constant(null), fc.constant(''), acceptableText(1000))),
        idempotencyKey: maybe(fc.oneof(fc.constant(null), acceptableText(100))),
      }),
    breaks: (w) => [
      patch('contractedOfferId', invalidIds('ContractedOffer', w.contractedOffers.foreign)),
      patch('desiredOn', fc.oneof(invalidDates(today), tooFar())),
      ...textBreaks('comments', 1000, false),
      ...textBreaks('idempotencyKey', 100, false),
    ],
  },
  contractedOfferTerminationWithdraw: {
    runs: 15,
    valid: (w) => fc.record({ contractedOfferId: pick(w.contractedOffers.mine) }),
    // No OC of the demo has a pending termination: withdrawing from one in reach is refused too.
    breaks: (w) => [patch('contractedOfferId', fc.oneof(invalidIds('ContractedOffer', w.contractedOffers.foreign), pick(w.contractedOffers.mine)))],
  },
  contractedOffersTerminate: {
    runs: 30,
    valid: (w) =>
      fc.record({
        contractedOfferIds: fc.array(pick(w.contractedOffers.mine), { minLength: 1, maxLength: 6 }),
        desiredOn: datesFrom(today, 3_600),
        comments: maybe(fc.oneof(fc.constant(null), acceptableText(1000))),
      }),
    breaks: (w) => [
      patch('contractedOfferIds', fc.constant([])),
      patch('contractedOfferIds', idsWithOneBad(w)),
      patch('contractedOfferIds', fc.integer({ min: 501, max: 520 }).map((n) => Array.from({ length: n }, (_, i) => w.contractedOffers.mine[i % w.contractedOffers.mine.length]))),
      patch('desiredOn', fc.oneof(invalidDates(today), tooFar())),
      ...textBreaks('comments', 1000, false),
    ],
  },
  customerCreate: {
    runs: 50,
    callers: [['reseller', 4], ['operator', 2], ['customer', 1], ['token', 1], ['anonymous', 1]],
    valid: () =>
      fc.record({
        legalName: acceptableText(200),
        siren: maybe(fc.oneof(fc.constant(null), fc.constant(''), validSirens)),
        legalForm: pick(enumValues('LegalForm')),
        website: maybe(fc.oneof(fc.constant(null), fc.constant(''), validWebsites)),
        headOffice: validSiteFields({ partial: false, normalized: true }),
        administrator: fc.record({ firstName: acceptableText(100), lastName: acceptableText(100), email: validEmails }),
      }),
    breaks: () => [
      ...textBreaks('legalName', 200, { nullRefused: true, absenceRefused: true }),
      patch('siren', invalidSirens),
      patch('website', invalidWebsites),
      ...siteBreaks('headOffice.', true),
      ...personBreaks('administrator.', { nullRefused: true, absenceRefused: true }),
      patch('administrator.email', fc.oneof(invalidEmails, fc.constant(''))),
    ],
  },
  logIn: {
    runs: 25,
    callers: PUBLIC_CALLERS,
    // A failed login legitimately counts: the throttle, the audit log, the user's failure count.
    mayWrite: ['login_throttle', 'audit_event', 'app_user'],
    valid: () => fc.record({ login: fc.constantFrom(demo.pending.login, 'E-0000000026'), password: fc.constant('Portail-Demo-2026!') }),
    breaks: () => [patch('login', unknownLogins()), patch('password', fc.oneof(fc.string(), tooLong(256, 5_000), unstorableText, blankText).filter((p) => p !== 'Portail-Demo-2026!'))],
  },
  logInSecondFactor: {
    runs: 20,
    callers: PUBLIC_CALLERS,
    // A wrong code counts: the step's attempts, the user's throttle, the audit log.
    mayWrite: ['login_throttle', 'audit_event', 'second_factor_challenge'],
    valid: () => fc.constant({ token: demo.secondFactorStep.token, code: demo.secondFactorStep.code }),
    breaks: () => [
      patch('token', fc.oneof(fc.string({ maxLength: 60 }), tooLong(200, 3_000), blankText, unstorableText).filter((t) => t !== demo.secondFactorStep.token)),
      patch('code', fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(/^[0-9]{6}$/), tooLong(20, 3_000), unstorableText).filter((c) => c.replace(/\s/g, '') !== demo.secondFactorStep.code)),
      patch('code', fc.constant(null)),
      patch('recoveryCode', fc.oneof(fc.string({ maxLength: 12 }), tooLong(40, 3_000))),
      patch('passkeyResponse', fc.oneof(fc.string({ maxLength: 40 }), fc.constant('{"id":"x","response":{}}'), tooLong(20_000, 30_000))),
    ],
  },
  logOut: { runs: 10, valid: () => fc.constant({}), breaks: () => [] },
  numberPortOut: {
    runs: 30,
    valid: (w) =>
      fc.record({
        number: pick(w.numbers.mine),
        spaced: fc.boolean(),
        portedOn: datesFrom(today, 3_600),
      }).map(({ number, spaced, portedOn }) => ({
        identifier: spaced ? ` ${number.identifier} ` : number.identifier,
        portingCode: spaced ? ` ${number.portingCode.toLowerCase()} ` : number.portingCode,
        portedOn,
      })),
    breaks: (w) => [
      patch('identifier', fc.oneof(
        fc.constantFrom(...w.numbers.foreign, 'TRUNK-LIL-01', 'FTTH-0472001234', '+33000000000', '0442270001', '+33 4 42 27 00 01', '+33442270001%', "+33442270001' OR '1'='1"),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        tooLong(30, 5_000),
        unstorableText,
      ).filter((s) => !w.numbers.mine.some((n) => n.identifier === s.trim()))),
      patch('portingCode', fc.oneof(fc.string({ maxLength: 20 }), tooLong(12, 5_000), blankText, unstorableText, fc.constantFrom("01A1B2C3D4E5' --", '%', '_')).filter((c) => !demo.portingCodes.has(c.trim().toUpperCase()))),
      patch('portedOn', fc.oneof(invalidDates(today), tooFar())),
    ],
  },
  orderCancel: {
    runs: 15,
    valid: (w) => fc.record({ orderId: pick([...w.orders.mine, ...w.orders.foreign]), reason: maybe(fc.oneof(fc.constant(null), acceptableText(500))) }),
    breaks: (w) => [patch('orderId', invalidIds('CustomerOrder', w.orders.foreign)), patch('reason', orUnstorable(tooLong(500)))],
  },
  orderMilestoneComplete: {
    runs: 15,
    valid: (w) => fc.record({ milestoneId: pick([...w.milestones.mine, ...w.milestones.foreign]), doneOn: maybe(fc.constant(today)) }),
    // The demo's order is Reçue: no milestone of it can be done before the provider validates it.
    breaks: (w) => [
      patch('milestoneId', fc.oneof(invalidIds('OrderMilestone', w.milestones.foreign), pick([...w.milestones.mine, ...w.milestones.foreign]))),
      patch('doneOn', fc.oneof(invalidDates(today), datesBeyond(today, 1))),
    ],
  },
  orderModify: {
    runs: 15,
    valid: (w) => fc.record({
      contractedOfferId: pick(w.contractedOffers.mine), offerCode: fc.constant('COM-UNIF'), optionCodes: fc.constant(['EXTRA-NUMBERS']),
      idempotencyKey: maybe(fc.oneof(fc.constant(null), acceptableText(100))),
    }),
    breaks: (w) => [
      patch('contractedOfferId', invalidIds('ContractedOffer', w.contractedOffers.foreign)),
      patch('offerCode', fc.oneof(fc.string({ maxLength: 40 }), unstorableText, fc.constantFrom(...HOSTILE_SNIPPETS, 'PORTA-NUM', 'NUM-GEO')).filter((c) => !['FIBRE-PRO', 'SDSL-2M', 'TRUNK-SIP', 'COM-UNIF', 'MOBILE-PRO'].includes(c))),
      patch('optionCodes', fc.oneof(fc.constantFrom('BACKUP-4G', 'NOPE', ''), unstorableText).map((o) => [o])),
      ...textBreaks('idempotencyKey', 100, false),
    ],
  },
  orderSubmit: {
    runs: 25,
    valid: (w) => fc.record({
      order: fc.record({ companyId: fc.constant(w.ownCompany), lines: fc.constant([{ offerCode: 'FIBRE-PRO', siteId: w.ownHeadOffice }]), contactEmail: maybe(validEmails) }),
      idempotencyKey: maybe(fc.oneof(fc.constant(null), acceptableText(100))),
    }),
    breaks: (w) => {
      const line = (extra: Record<string, unknown>) => [{ offerCode: 'FIBRE-PRO', siteId: w.ownHeadOffice, ...extra }];
      return [
        patch('order.companyId', invalidIds('Company', w.companies.foreign)),
        patch('order.lines', fc.constant([])),
        patch('order.lines', fc.oneof(fc.string({ maxLength: 40 }), unstorableText, fc.constantFrom(...HOSTILE_SNIPPETS)).filter((c) => !['FIBRE-PRO', 'SDSL-2M', 'PORTA-NUM', 'NUM-GEO', 'TRUNK-SIP', 'COM-UNIF', 'MOBILE-PRO'].includes(c)).map((offerCode) => line({ offerCode }))),
        patch('order.lines', fc.oneof(fc.constantFrom('EXTRA-CHANNELS', 'NOPE', '', 'backup-4g'), unstorableText).map((o) => line({ optionCodes: [o] }))),
        patch('order.lines', fc.oneof(fc.integer({ min: -(2 ** 31), max: 0 }), fc.integer({ min: 51, max: 2 ** 31 - 1 })).map((quantity) => line({ quantity }))),
        patch('order.lines', invalidIds('Site', w.sites.foreign).map((siteId) => line({ siteId }))),
        patch('order.lines', fc.constant(line({ newNumbers: [{ zone: '04' }] }))),
        patch('order.lines', fc.record({ zone: fc.string({ maxLength: 4 }).filter((z) => !['01', '02', '03', '04', '05', '09'].includes(z)) }).map((n) => [{ offerCode: 'PORTA-NUM', siteId: w.ownHeadOffice, newNumbers: [n] }])),
        patch('order.lines', fc.record({
          number: fc.constantFrom('+33442118899', '0442118898'),
          portingCode: fc.oneof(fc.string({ maxLength: 14 }), tooLong(12, 2_000), unstorableText, fc.constantFrom('02FK7Q2ZX000', "01A1B2C3D4E5' --")),
          holderName: acceptableText(200),
          portingOn: fc.oneof(invalidDates(today), fc.constant(today)),
        }).map((p) => [{ offerCode: 'PORTA-NUM', siteId: w.ownHeadOffice, portedNumbers: [p] }])),
        patch('order.lines', fc.integer({ min: 21, max: 40 }).map((n) => Array.from({ length: n }, () => line({})[0]))),
        patch('order.contactEmail', invalidEmails.filter((e) => e.trim() !== '')),
        ...textBreaks('idempotencyKey', 100, false),
      ];
    },
  },
  orderValidate: {
    runs: 10,
    valid: (w) => fc.record({ orderId: pick([...w.orders.mine, ...w.orders.foreign]) }),
    breaks: (w) => [patch('orderId', invalidIds('CustomerOrder', w.orders.foreign))],
  },
  passwordResetRequest: {
    runs: 20,
    callers: PUBLIC_CALLERS,
    // Every request counts against its login's and its address's throttle, known login or not.
    mayWrite: ['login_throttle'],
    uniformAnswer: { accepted: true, userErrors: [] },
    valid: () => fc.constant({ login: 'E-9999999999' }),
    breaks: () => [patch('login', unknownLogins())],
  },
  passwordSet: {
    runs: 25,
    callers: PUBLIC_CALLERS,
    valid: () => fc.constant({ token: demo.pending.token, password: VALID_PASSWORD, passwordConfirmation: VALID_PASSWORD }),
    breaks: () => [
      patch('token', fc.oneof(fc.string({ maxLength: 60 }), tooLong(200, 3_000), blankText, unstorableText, fc.constantFrom(`${demo.pending.token}x`, demo.pending.token.slice(1), demo.pending.token.toUpperCase())).filter((t) => t !== demo.pending.token)),
      patch('password', invalidPasswords(demo.pending.login)),
      patch('passwordConfirmation', fc.oneof(fc.string(), fc.constant(`${VALID_PASSWORD} `), unstorableText).filter((c) => c !== VALID_PASSWORD)),
    ],
  },
  sessionsRevokeOthers: { runs: 10, valid: () => fc.constant({}), breaks: () => [] },
  // Second factors: browser sessions only (a token is refused), and nothing started to confirm.
  totpEnrolStart: { runs: 10, valid: () => fc.constant({}), breaks: () => [] },
  totpEnrolConfirm: {
    runs: 15,
    valid: () => fc.constant({ code: '123456' }),
    breaks: () => [patch('code', fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(/^[0-9]{6}$/), tooLong(20, 3_000), blankText, unstorableText))],
  },
  // The callers have no second factor: nothing to remove or replace, whatever the code.
  totpRemove: {
    runs: 10,
    valid: () => fc.constant({ code: '123456' }),
    breaks: () => [patch('code', fc.oneof(fc.string({ maxLength: 12 }), tooLong(40, 3_000), blankText, unstorableText))],
  },
  recoveryCodesRegenerate: {
    runs: 10,
    valid: () => fc.constant({ code: '123456' }),
    breaks: () => [patch('code', fc.oneof(fc.string({ maxLength: 12 }), tooLong(40, 3_000), blankText, unstorableText))],
  },
  passkeyRegisterStart: { runs: 10, valid: () => fc.constant({}), breaks: () => [] },
  passkeyRegisterFinish: {
    runs: 15,
    valid: () => fc.record({ response: fc.constant('{}'), name: acceptableText(100) }),
    breaks: () => [
      patch('response', fc.oneof(fc.string({ maxLength: 60 }), fc.constant('{"id":"x","response":{"clientDataJSON":"","attestationObject":""},"type":"public-key"}'), tooLong(50_000, 55_000), unstorableText)),
      ...textBreaks('name', 100, { nullRefused: true, absenceRefused: true }),
    ],
  },
  passkeyRemove: {
    runs: 10,
    valid: () => fc.record({ passkeyId: fc.constant(toGlobalId('Passkey', 1)), code: fc.constant('123456') }),
    breaks: () => [patch('passkeyId', fc.oneof(invalidIds('Passkey', []), fc.integer({ min: 1, max: 1_000 }).map((n) => toGlobalId('Passkey', n))))],
  },
  companySecondFactorRequire: {
    runs: 15,
    valid: (w) => fc.record({ companyId: pick(w.companies.manageable), required: fc.boolean() }),
    breaks: (w) => [patch('companyId', invalidIds('Company', w.companies.foreign))],
  },
  siteClose: {
    runs: 15,
    valid: (w) => fc.record({ siteId: pick(w.sites.mine) }),
    // A head office does not close: one in reach is refused as well as sites out of reach.
    breaks: (w) => [patch('siteId', fc.oneof(invalidIds('Site', w.sites.foreign), pick(w.sites.headOffices)))],
  },
  siteCreate: {
    runs: 40,
    valid: (w) => fc.tuple(pick(w.companies.writable), validSiteFields({ partial: false, normalized: false })).map(([companyId, fields]) => ({ companyId, ...fields })),
    breaks: (w) => [patch('companyId', invalidIds('Company', w.companies.foreign)), ...siteBreaks('', true)],
  },
  siteUpdate: {
    runs: 40,
    valid: (w) => fc.tuple(pick(w.sites.mine), validSiteFields({ partial: true, normalized: false })).map(([siteId, fields]) => ({ siteId, ...fields })),
    breaks: (w) => [
      patch('siteId', invalidIds('Site', w.sites.foreign)),
      pick(w.sites.headOffices).map((siteId) => ({ siteId, isHeadOffice: false })),
      ...siteBreaks('', false),
    ],
  },
  termsAccept: {
    runs: 15,
    valid: () => fc.constant({ version: demo.termsVersion }),
    breaks: () => [patch('version', fc.oneof(fc.string(), tooLong(40), blankText, unstorableText, fc.constantFrom('2017-02-16', '2017-02-15 ', '2017-02-15\u0000', '*')).filter((v) => v !== demo.termsVersion))],
  },
  termsPublish: {
    runs: 25,
    callers: [['operator', 5], ['reseller', 1], ['customer', 1], ['token', 1], ['anonymous', 1]],
    valid: () =>
      fc.record({
        version: fc.stringMatching(/^[A-Za-z0-9._-]{1,40}$/).filter((v) => v !== demo.termsVersion),
        effectiveOn: datesFrom(today, 3_000),
        text: fc.tuple(acceptableText(200), fc.constant(" Conditions d'utilisation du portail.")).map(([a, b]) => a + b),
      }),
    breaks: () => [
      patch('version', fc.oneof(fc.constant(demo.termsVersion), blankText, tooLong(40), unstorableText, fc.constantFrom('v 1', 'v/1', "v'1", 'vé', '1;drop', '<b>', '../x'))),
      patch('effectiveOn', invalidDates(today)),
      patch('text', fc.oneof(fc.string({ maxLength: 19 }), fc.string({ maxLength: 19 }).map((s) => `      ${s.trim()}        `), blankText, unstorableText)),
    ],
  },
  universeAddReseller: {
    runs: 15,
    valid: (w) => fc.record({ companyId: pick(w.companies.reachable) }),
    // Only the company's operator, from above, opens the reseller universe.
    breaks: (w) => [patch('companyId', fc.oneof(invalidIds('Company', w.companies.foreign), w.provider ? fc.constant(w.ownCompany) : pick(w.companies.reachable)))],
  },
  universeChoose: {
    runs: 15,
    valid: (w) => fc.record({ universe: pick(w.universes) }),
    breaks: (w) => {
      const notHeld = enumValues('Universe').filter((u) => !w.universes.includes(u));
      return notHeld.length ? [patch('universe', pick(notHeld))] : [];
    },
  },
  userCreate: {
    runs: 30,
    valid: (w) =>
      fc.record({
        companyId: pick(w.companies.manageable),
        firstName: acceptableText(100),
        lastName: acceptableText(100),
        email: validEmails,
        roles: fc.subarray(enumValues('Role'), { minLength: 1 }),
      }),
    breaks: (w) => [
      patch('companyId', invalidIds('Company', w.companies.foreign)),
      ...personBreaks('', { nullRefused: true, absenceRefused: true }),
      patch('email', fc.oneof(invalidEmails, fc.constant(''))),
      patch('roles', fc.constant([])),
    ],
  },
  userDeactivate: {
    runs: 15,
    valid: (w) => fc.record({ userId: pick(w.users.mine) }),
    // The last administrator of a company stays.
    breaks: (w) => [patch('userId', fc.oneof(invalidIds('User', w.users.foreign), pick(w.users.lastAdministrators)))],
  },
  userSetupLinkResend: {
    runs: 15,
    valid: (w) => fc.record({ userId: pick(w.users.mine) }),
    // A user out of reach is not found; one who has chosen a password gets no link (SETUP_DONE).
    breaks: (w) => [patch('userId', invalidIds('User', w.users.foreign))],
  },
  userUpdate: {
    runs: 30,
    valid: (w) =>
      fc.record({
        userId: pick(w.users.mine),
        firstName: maybe(fc.oneof(fc.constant(null), acceptableText(100))),
        lastName: maybe(fc.oneof(fc.constant(null), acceptableText(100))),
        email: maybe(fc.oneof(fc.constant(null), validEmails)),
        roles: maybe(fc.oneof(fc.constant(null), fc.subarray(['BILLING', 'ORDERS', 'READ_ONLY']).map((r) => ['ADMINISTRATOR', ...r]))),
      }),
    breaks: (w) => [
      patch('userId', invalidIds('User', w.users.foreign)),
      ...personBreaks('', { nullRefused: false, absenceRefused: false }),
      patch('email', fc.oneof(invalidEmails, fc.constant(''))),
      patch('roles', fc.constant([])),
      // Taking the role from the last administrator of a company is refused.
      fc.tuple(pick(w.users.lastAdministrators), fc.subarray(['BILLING', 'ORDERS', 'READ_ONLY'], { minLength: 1 })).map(([userId, roles]) => ({ userId, roles })),
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Cases, requests, snapshots
// ---------------------------------------------------------------------------------------------

/** How a case reaches the gateway: POST or GET (with the CSRF preflight header), at a spelling of /graphql. */
interface Transport {
  method: 'POST' | 'GET';
  path: string;
}

const transports: fc.Arbitrary<Transport> = fc.oneof(
  { weight: 8, arbitrary: fc.constant<Transport>({ method: 'POST', path: '/graphql' }) },
  { weight: 1, arbitrary: fc.constantFrom<Transport>({ method: 'POST', path: '/graph%71l' }, { method: 'POST', path: '/%67raphql' }) },
  { weight: 1, arbitrary: fc.constantFrom<Transport>({ method: 'GET', path: '/graphql' }, { method: 'GET', path: '/gr%61phql' }) },
);

interface Case {
  caller: Caller;
  transport: Transport;
  variant: DocumentVariant;
  input: unknown;
  /** The changes that made the input invalid (shown when a case fails). */
  breaks: readonly Patch[];
}

/** Cookies and Authorization headers nobody was given: malformed, unknown or expired-looking. */
const forgedHeaders: fc.Arbitrary<Record<string, string>> = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 300 }).map((s) => ({ cookie: `portal_session=${s}` })),
  fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 300 }).map((s) => ({ authorization: `Bearer ${s}` })),
  fc.constantFrom<Record<string, string>>({ authorization: 'Bearer oppt_0000000000000000000000000000000000000000000' }, { authorization: 'Basic YWRtaW46YWRtaW4=' }, { authorization: 'Bearer' }, { cookie: 'portal_session=' }),
);

function casesOf(field: GraphQLField<unknown, unknown>, spec: Spec): fc.Arbitrary<Case> {
  const arg = inputArgument(field);
  // A caller who has not accepted the terms tries every mutation but those the gate lets through.
  const pending: [CallerName, number][] = OPEN_BEFORE_TERMS.has(`Mutation.${field.name}`) ? [] : [['pending', 1]];
  const callers = [...(spec.callers ?? ADMINISTRATORS), ...pending].map(([name, weight]) => ({ weight, arbitrary: fc.constant(name) }));
  return fc.oneof(...callers).chain((name) => {
    const world = demo.worlds[name === 'customer' || name === 'operator' ? name : 'reseller'];
    const caller: fc.Arbitrary<Caller> =
      name === 'forged' ? forgedHeaders.map((headers) => ({ name, headers })) : fc.constant({ name, headers: name === 'anonymous' ? {} : demo.callers[name as keyof Demo['callers']].headers });
    // A mutation without input can only be broken through its document; signed in, its plain call
    // would work (logOut would log out), so it is sent plain only by callers who are not signed in.
    const signedIn = name !== 'anonymous' && name !== 'forged' && name !== 'pending';
    const variants: { weight: number; arbitrary: fc.Arbitrary<DocumentVariant> }[] = [
      ...(arg || !signedIn ? [{ weight: arg ? 20 : 1, arbitrary: fc.constant<DocumentVariant>('variables') }] : []),
      { weight: 1, arbitrary: fc.constant<DocumentVariant>('argumentMissing') },
      { weight: 1, arbitrary: fc.constant<DocumentVariant>('argumentUnknown') },
      { weight: 1, arbitrary: fc.constant<DocumentVariant>('variableMistyped') },
    ];
    const domainBreaks = spec.breaks(world);
    const allBreaks = arg
      ? [...domainBreaks.map((arbitrary) => ({ weight: 3, arbitrary })), ...typeBreaks(arg.type).map((arbitrary) => ({ weight: 1, arbitrary }))]
      : [{ weight: 1, arbitrary: fc.constant<Patch>({}) }];
    // Mostly one break, so that most refusals come from the rule that break tests; sometimes more.
    const someBreaks = fc.oneof({ weight: 4, arbitrary: fc.array(fc.oneof(...allBreaks), { minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: fc.array(fc.oneof(...allBreaks), { minLength: 2, maxLength: 3 }) });
    const broken = fc
      .tuple(spec.valid(world), someBreaks)
      .map(([base, breaks]) => ({ input: applyPatches(base, breaks), breaks }))
      // Within the body limit (64 KiB), so that the mutation itself answers.
      .filter(({ input }) => Buffer.byteLength(JSON.stringify(input ?? null)) < 56 * 1024);
    return fc.tuple(caller, transports, fc.oneof(...variants), broken).map(([who, transport, variant, { input, breaks }]) => ({ caller: who, transport, variant, input, breaks }));
  });
}

async function send(field: GraphQLField<unknown, unknown>, c: Case): Promise<HttpAnswer> {
  const variables = c.input === undefined ? {} : { input: c.input };
  const query = mutationDocument(field, c.variant);
  // Over GET a mutation never runs (Apollo refuses it before execution): it must be refused, typed.
  const res = c.transport.method === 'GET'
    ? await fetch(`${portal.url}${c.transport.path}?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`, { headers: { 'apollo-require-preflight': 'true', ...c.caller.headers } })
    : await fetch(`${portal.url}${c.transport.path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...c.caller.headers }, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: refusalProblems says so
  }
  return { status: res.status, text, body };
}

/** Row count and digest of each table (but those every request writes), in one round trip. */
async function snapshot(): Promise<Map<string, string>> {
  const conn = portal.db.orm.em.getConnection();
  const tables = ((await conn.execute(`select tablename from pg_tables where schemaname = 'public' order by tablename`)) as { tablename: string }[])
    .map((t) => t.tablename)
    .filter((t) => !WRITTEN_BY_EVERY_REQUEST.has(t));
  const rows = (await conn.execute(
    tables.map((t) => `select '${t}' as name, count(*) || ':' || coalesce(md5(string_agg(x::text, '' order by x::text)), '') as digest from "${t}" x`).join(' union all '),
  )) as { name: string; digest: string }[];
  return new Map(rows.map((r) => [r.name, r.digest]));
}

function changedTables(before: Map<string, string>, after: Map<string, string>, allowed: readonly string[] = []): string[] {
  return [...after.keys()].filter((t) => before.get(t) !== after.get(t) && !allowed.includes(t));
}

/** The codes an answer refused with (GraphQL error codes, or the payload's userErrors codes). */
function refusalCodes(mutation: string, answer: HttpAnswer): string[] {
  const body = answer.body as { errors?: { extensions?: { code?: string } }[]; data?: Record<string, { userErrors?: { code: string }[] } | null>; code?: string } | null;
  if (body?.errors?.length) return body.errors.map((e) => String(e.extensions?.code));
  if (body && !('data' in body) && body.code) return [`HTTP ${answer.status} ${body.code}`];
  return (body?.data?.[mutation]?.userErrors ?? []).map((e) => e.code);
}

const shown = (value: unknown) =>
  JSON.stringify(value, (_k, v: unknown) => (v === OMIT ? '<omitted>' : typeof v === 'string' && v.length > 120 ? `${v.slice(0, 60)}…(${v.length} chars)` : v));

// ---------------------------------------------------------------------------------------------
// The runs
// ---------------------------------------------------------------------------------------------

/** Generated inputs (the planned runs), requests (shrinking included), and the codes they were refused with. */
const stats = { cases: 0, requests: 0, refusalsByCode: new Map<string, number>() };
let started = 0;

beforeAll(async () => {
  started = Date.now();
  schema = loadPublishedSchema();
  portal = await startTestPortal({ env: { RATE_LIMIT_ADDRESS_PER_MINUTE: '1000000', RATE_LIMIT_TOKEN_PER_MINUTE: '1000000' } });
  today = todayInParis(portal.clock.now);
  demo = await discoverDemo();
}, 120_000);

afterAll(async () => {
  await portal?.close();
  const codes = [...stats.refusalsByCode.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
  console.info(`fuzz: ${stats.cases} generated inputs, ${stats.requests} requests (shrinking included), ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${SEED}\nrefusals: ${codes}`);
});

describe('hostile inputs to every mutation', () => {
  it('has a spec for every mutation of the published schema', () => {
    expect(Object.keys(SPECS).sort()).toEqual(mutationFields(loadPublishedSchema()).map((f) => f.name).sort());
  });

  it('discovered the demo data the inputs are built from', () => {
    const { reseller, customer, operator } = demo.worlds;
    expect(reseller.companies.foreign.length).toBeGreaterThan(0);
    expect(customer.contractedOffers.foreign.length).toBeGreaterThan(0);
    expect(customer.numbers.foreign.length).toBeGreaterThan(0);
    expect(reseller.users.lastAdministrators.length).toBeGreaterThan(0);
    expect(reseller.contacts.foreign.length + reseller.tokens.foreign.length + reseller.sites.foreign.length).toBeGreaterThan(3);
    expect(operator.companies.foreign).toEqual([]);
    for (const w of [reseller, customer, operator]) {
      expect(w.contractedOffers.mine.length).toBeGreaterThan(0);
      expect(w.sites.mine.length).toBeGreaterThan(w.sites.headOffices.length);
      expect(w.contacts.mine.length).toBeGreaterThan(0);
    }
  });

  // logIn last: its failures throttle further logins from this address.
  const order = (name: string) => (name === 'logIn' ? 1 : 0);
  for (const field of mutationFields(loadPublishedSchema()).sort((a, b) => order(a.name) - order(b.name))) {
    it(`${field.name}: refuses, typed, and writes nothing`, async () => {
      const spec = SPECS[field.name];
      if (!spec) throw new Error(`no fuzz spec for ${field.name}`);
      const liveField = schema.getMutationType()!.getFields()[field.name]!;
      const property = fc.asyncProperty(fc.array(casesOf(liveField, spec), { minLength: BATCH, maxLength: BATCH }), async (cases) => {
        const before = await snapshot();
        const answers = await Promise.all(cases.map((c) => send(liveField, c)));
        await portal.gateway.idle();
        const after = await snapshot();
        stats.requests += cases.length;
        sent += cases.length;
        for (const answer of answers) for (const code of refusalCodes(field.name, answer)) stats.refusalsByCode.set(code, (stats.refusalsByCode.get(code) ?? 0) + 1);
        const failures: string[] = [];
        answers.forEach((answer, i) => {
          const problems = refusalProblems(liveField, answer, cases[i]!.input, { uniformAnswer: spec.uniformAnswer });
          // Before the terms are accepted, nothing but the gate's list runs: a refusal before execution.
          if (cases[i]!.caller.name === 'pending' && !OPEN_BEFORE_TERMS.has(`Mutation.${field.name}`)) {
            const codes = refusalCodes(field.name, answer);
            if (!codes.length || codes.some((c) => !['TERMS_NOT_ACCEPTED', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST'].includes(c))) problems.push(`not refused by the terms gate: ${codes.join(', ')}`);
          }
          if (problems.length) failures.push(`${cases[i]!.caller.name} ${cases[i]!.transport.method} ${cases[i]!.transport.path} ${cases[i]!.variant} ${shown(cases[i]!.input)}\n    breaks: ${shown(cases[i]!.breaks)}\n    → ${problems.join('; ')}\n    answer: ${answer.text.slice(0, 400)}`);
        });
        const changed = changedTables(before, after, spec.mayWrite);
        // Which case of the batch wrote is not known: each is shown with what it was answered.
        if (changed.length) failures.push(`refused inputs changed ${changed.join(', ')}:\n    ${cases.map((c, i) => `${c.caller.name} ${c.variant} ${shown(c.input)} → ${refusalCodes(field.name, answers[i]!).join(', ')}`).join('\n    ')}`);
        if (failures.length) throw new Error(failures.join('\n  '));
      });
      let sent = 0;
      try {
        // Shrinking re-sends requests: bounded, so that a slow failure (a deadlock…) is still reported.
        await fc.assert(property, { seed: SEED, numRuns: spec.runs, interruptAfterTimeLimit: 90_000, markInterruptAsFailure: true });
      } catch (error) {
        // The shrunk batch's problems (each case with its input and breaks), then fast-check's seed, path and shrink count.
        const report = (error as Error).message.split('\n').filter((line) => !line.startsWith('Counterexample')).join('\n');
        const cause = ((error as Error).cause as Error | undefined)?.message ?? '';
        throw new Error(`${field.name}: fuzz failed, seed ${SEED} (FUZZ_SEED=${SEED} runs it again)\n  ${cause}\n${report}`);
      } finally {
        stats.cases += Math.min(sent, spec.runs * BATCH);
      }
    }, 150_000);
  }

  it('sent at least 2,000 generated inputs', () => {
    const planned = Object.values(SPECS).reduce((n, s) => n + s.runs * BATCH, 0);
    expect(planned).toBeGreaterThanOrEqual(2_000);
    expect(stats.cases).toBeGreaterThanOrEqual(2_000);
  });
});

// ---------------------------------------------------------------------------------------------
// Hostile cursors to every connection: every caller, POST and GET, every spelling of /graphql
// ---------------------------------------------------------------------------------------------

/** Every root connection of the published schema with its sort orders (and a customer for customerServices). */
function connectionCalls(): { name: string; args: string }[] {
  const calls: { name: string; args: string }[] = [];
  for (const f of Object.values(loadPublishedSchema().getQueryType()!.getFields())) {
    if (!f.args.some((a) => a.name === 'after')) continue;
    const required = f.args.some((a) => a.name === 'companyId' && String(a.type).endsWith('!')) ? `companyId: "${toGlobalId('Company', 44284)}"` : '';
    const orderBy = f.args.find((a) => a.name === 'orderBy');
    const input = orderBy ? (getNamedType(orderBy.type) as GraphQLInputObjectType).getFields() : null;
    const orders = input ? (getNamedType(input.field!.type) as GraphQLEnumType).getValues().map((v) => `orderBy: { field: ${v.name}${input.direction ? ', direction: DESC' : ''} }`) : [];
    for (const order of ['', ...orders]) calls.push({ name: f.name, args: [required, order].filter(Boolean).join(', ') });
  }
  return calls;
}

const CURSOR_CODES = new Set(['CURSOR_INVALID', 'UNAUTHENTICATED', 'TERMS_NOT_ACCEPTED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']);

/** Cursors a client could write: any text, base64url of any JSON, edited real-looking cursors. */
const hostileCursor: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v), 'utf8').toString('base64url')),
  fc.tuple(fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constant('2026-02-30')), fc.oneof(fc.integer(), fc.bigInt({ min: 0n, max: 10n ** 20n }).map(Number), fc.string()))
    .map((pair) => Buffer.from(JSON.stringify(pair), 'utf8').toString('base64url')),
);

describe('hostile cursors to every connection', () => {
  it('are refused with CURSOR_INVALID at `after` or served, never an internal error or a database text, for every caller, method and spelling of the path', async () => {
    const calls = connectionCalls();
    const who = fc.constantFrom<keyof Demo['callers'] | 'anonymous'>('operator', 'reseller', 'customer', 'token', 'pending', 'anonymous');
    const property = fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...calls), hostileCursor, who, transports), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
      const failures: string[] = [];
      await Promise.all(batch.map(async ([call, cursor, caller, transport]) => {
        const query = `query($after: String) { r: ${call.name}(${[call.args, 'first: 2', 'after: $after'].filter(Boolean).join(', ')}) { totalCount pageInfo { endCursor } } }`;
        const headers = caller === 'anonymous' ? {} : demo.callers[caller].headers;
        const res = transport.method === 'GET'
          ? await fetch(`${portal.url}${transport.path}?${new URLSearchParams({ query, variables: JSON.stringify({ after: cursor }) })}`, { headers: { 'apollo-require-preflight': 'true', ...headers } })
          : await fetch(`${portal.url}${transport.path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables: { after: cursor } }) });
        const text = await res.text();
        const where = `${caller} ${transport.method} ${transport.path} ${call.name}(${call.args}) after ${JSON.stringify(cursor)}`;
        if (res.status >= 500) failures.push(`${where}: HTTP ${res.status}`);
        if (DRIVER_TEXT.test(text)) failures.push(`${where}: database text: ${text.slice(0, 200)}`);
        const body = JSON.parse(text) as { errors?: { extensions?: { code?: string; field?: unknown } }[] };
        for (const e of body.errors ?? []) {
          if (!CURSOR_CODES.has(String(e.extensions?.code))) failures.push(`${where}: ${String(e.extensions?.code)} ${text.slice(0, 200)}`);
          if (e.extensions?.code === 'CURSOR_INVALID' && JSON.stringify(e.extensions.field) !== '["after"]') failures.push(`${where}: CURSOR_INVALID at ${JSON.stringify(e.extensions.field)}`);
        }
      }));
      if (failures.length) throw new Error(failures.join('\n  '));
    });
    await fc.assert(property, { seed: SEED, numRuns: 60, interruptAfterTimeLimit: 90_000, markInterruptAsFailure: true });
  }, 150_000);
});
