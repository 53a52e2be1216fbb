import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSchema, Kind, parse, typeFromAST, type GraphQLInputType, type NamedTypeNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_LIMITS, operationCost } from '@portal/gateway';
import { startTestPortal, type TestPortal } from '../support/gateway.js';
import { sample } from '../support/schema-walk.js';

const root = resolve(import.meta.dirname, '..', '..');
const schema = buildSchema(readFileSync(join(root, 'schema', 'schema.graphql'), 'utf8'));

/** Every operation the front end registers: each app's src/gql/persisted-documents.json. */
const registered = readdirSync(join(root, 'apps'))
  .map((app) => join(root, 'apps', app, 'src', 'gql', 'persisted-documents.json'))
  .filter(existsSync)
  .flatMap((file) => Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));

describe('the cost limit', () => {
  it('lets every operation of the front end through at 100 rows a page', () => {
    expect(registered.length).toBeGreaterThan(5);
    const costs = registered.map((text) => {
      const document = parse(text);
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, sample(typeFromAST(schema, v.type as NamedTypeNode) as GraphQLInputType, v.variable.name.value)]),
      );
      return { name: operation.name?.value, cost: operationCost(schema, document, variables) };
    });
    const heaviest = costs.sort((a, b) => b.cost - a.cost)[0]!;
    console.log(`heaviest front-end operation: ${heaviest.name}, cost ${heaviest.cost} (limit ${DOCUMENT_LIMITS.maxCost})`);
    expect(costs.filter((c) => c.cost > DOCUMENT_LIMITS.maxCost)).toEqual([]);
  });

  it('counts page sizes given in variables and the default page size', () => {
    const query = parse('query($n: Int!) { customers(first: $n) { edges { node { number legalName } } } }');
    const withVariable = operationCost(schema, query, { n: 100 });
    expect(withVariable).toBe(operationCost(schema, parse('{ customers(first: 100) { edges { node { number legalName } } } }'), {}));
    expect(operationCost(schema, parse('{ customers { edges { node { number legalName } } } }'), {})).toBeLessThan(withVariable);
    expect(operationCost(schema, parse('{ customers { edges { node { number legalName } } } }'), {})).toBeGreaterThan(50);
  });
});

describe('input lists', () => {
  const QUOTE = 'query($ids: [ID!]!) { contractedOfferTerminationQuote(input: { contractedOfferIds: $ids, desiredOn: "2027-01-15" }) { effectiveOn earlyTerminationFeeCents closingInvoice { totalInclVatCents lines { label totalExclVatCents } } creditNote { totalInclVatCents } error { code } } }';

  it('count in the cost: a quote of 500 copies of one OC id costs 500 quotes', () => {
    const one = operationCost(schema, parse(QUOTE), { ids: ['x'] });
    expect(operationCost(schema, parse(QUOTE), { ids: Array(500).fill('x') })).toBeGreaterThanOrEqual(400 * one);
  });

  it("refuse the termination screen's own quote of 500 OC ids, and let it through for a page of them", () => {
    const screen = registered.find((text) => text.includes('query OffersTerminationQuote'))!;
    expect(operationCost(schema, parse(screen), { input: { contractedOfferIds: Array(500).fill('x'), desiredOn: '2027-01-15' } })).toBeGreaterThan(DOCUMENT_LIMITS.maxCost);
    expect(operationCost(schema, parse(screen), { input: { contractedOfferIds: Array(100).fill('x'), desiredOn: '2027-01-15' } })).toBeLessThan(DOCUMENT_LIMITS.maxCost);
  });
});

describe('the gateway refuses a costly operation before running it', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal?.close());

  it('refuses a quote of 500 copies of one OC id as too costly, quotes copies once, and caps every input list', async () => {
    const user = await portal.signedIn('E-0000000010');
    const ocs = (await user.gql('{ contractedOffers(first: 3, orderBy: { field: REFERENCE, descending: false }) { edges { node { id reference } } } }')).data.contractedOffers.edges.map((e: any) => e.node);
    const screen = registered.find((text) => text.includes('query OffersTerminationQuote'))!;
    const copies = await user.gql(screen, { input: { contractedOfferIds: Array(500).fill(ocs[0].id), desiredOn: '2027-01-15' } });
    expect([copies.status, copies.errors?.[0]?.extensions?.code]).toEqual([400, 'QUERY_TOO_COSTLY']);
    const quote = (ids: string[]) => user.gql('query($ids: [ID!]!) { contractedOfferTerminationQuote(input: { contractedOfferIds: $ids, desiredOn: "2027-01-15" }) { contractedOffer { reference } error { code field } } }', { ids });
    // A cheap selection passes the cost limit: copies of an id are then quoted once.
    expect((await quote(Array(300).fill(ocs[0].id))).data.contractedOfferTerminationQuote).toHaveLength(1);
    const few = await quote([ocs[0].id, ocs[1].id, ocs[0].id, ocs[0].id, 'pas-un-id', ocs[1].id]);
    expect(few.data.contractedOfferTerminationQuote.map((q: any) => q.contractedOffer?.reference ?? q.error.field.join('.'))).toEqual([ocs[0].reference, ocs[1].reference, 'input.contractedOfferIds.4']);
    const many = await user.gql('query($ids: [ID!]!) { contractedOfferTerminationQuote(input: { contractedOfferIds: $ids, desiredOn: "2027-01-15" }) { effectiveOn } }', { ids: Array.from({ length: 101 }, (_, i) => `id-${i}`) });
    expect(many.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['SELECTION_INVALID', ['input', 'contractedOfferIds']]]);
    const huge = await user.gql('query($ids: [ID!]!) { contractedOfferTerminationQuote(input: { contractedOfferIds: $ids, desiredOn: "2027-01-15" }) { __typename } }', { ids: Array.from({ length: 501 }, (_, i) => `i${i}`) });
    expect(huge.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['TOO_MANY_VALUES', ['input', 'contractedOfferIds']]]);
  });

  it('answers 400 QUERY_TOO_COSTLY to ten pages of 100 customers with every column', async () => {
    const user = await portal.signedIn('E-0000000010');
    const page = (i: number) => `c${i}: customers(first: $n) { totalCount edges { cursor node { id number legalName legalForm state createdAt siren } path { number legalName } } pageInfo { endCursor hasNextPage } }`;
    const res = await user.gql(`query($n: Int!) { ${Array.from({ length: 10 }, (_, i) => page(i)).join(' ')} }`, { n: 100 });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    const one = await user.gql(`query($n: Int!) { ${page(0)} }`, { n: 100 });
    expect(one.errors).toBeUndefined();
  });
});
