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

describe('the gateway refuses a costly operation before running it', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(() => portal?.close());

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
