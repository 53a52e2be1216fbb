import { describe, expect, it } from 'vitest';
import { schemaGateFindings } from './schema-gate.js';

const base = `
type Query {
  customer(id: ID!): Customer
  customers(first: Int): [Customer!]!
}
type Customer {
  id: ID!
  name: String!
  label: String @deprecated(reason: "Use \`name\`.")
  status: Status!
}
enum Status { ACTIVE OLD @deprecated(reason: "Use \`ACTIVE\`.") }
`;

/** The types of the findings that fail the gate. */
const failures = (next: string, old = base) => schemaGateFindings(old, next).breaking.map((f) => f.type);

describe('schema gate', () => {
  it('passes the same schema', () => {
    expect(schemaGateFindings(base, base)).toEqual({ breaking: [], allowed: [] });
  });

  it('fails a removed field', () => {
    expect(failures(base.replace('  name: String!\n', '').replace('Use `name`', 'Use `id`'))).toEqual(['FIELD_REMOVED']);
  });

  it('passes a removed field that was deprecated in the base', () => {
    const result = schemaGateFindings(base, base.replace(/ {2}label: .*\n/, ''));
    expect(result.breaking).toEqual([]);
    expect(result.allowed).toEqual([{ type: 'FIELD_REMOVED', description: 'Customer.label was removed.' }]);
  });

  it('passes a removed enum value that was deprecated in the base, fails one that was not', () => {
    expect(failures(base.replace(/ OLD @deprecated\(.*\)/, ''))).toEqual([]);
    expect(failures(base.replace('ACTIVE OLD', 'OLD').replace('Use `ACTIVE`', 'Use `Customer`'))).toEqual(['VALUE_REMOVED_FROM_ENUM']);
  });

  it('passes a removed argument that was deprecated in the base', () => {
    const old = base.replace('customers(first: Int)', 'customers(first: Int, top: Int @deprecated(reason: "Use `first`."))');
    expect(failures(base, old)).toEqual([]);
    expect(failures(base, old.replace(' @deprecated(reason: "Use `first`.")', ''))).toEqual(['ARG_REMOVED']);
  });

  it('fails a changed argument type', () => {
    expect(failures(base.replace('customer(id: ID!)', 'customer(id: Int!)'))).toEqual(['ARG_CHANGED_KIND']);
  });

  it('passes an added optional field and an added optional argument', () => {
    expect(failures(base.replace('  id: ID!\n', '  id: ID!\n  email: String\n').replace('(first: Int)', '(first: Int, after: String)'))).toEqual([]);
  });

  it('fails a new required argument', () => {
    expect(failures(base.replace('(first: Int)', '(first: Int, country: String!)'))).toEqual(['REQUIRED_ARG_ADDED']);
  });

  it('fails a deprecation without a replacement', () => {
    expect(failures(base.replace('  status: Status!', '  status: Status! @deprecated'))).toEqual(['DEPRECATION_WITHOUT_REPLACEMENT']);
    expect(failures(base.replace('  status: Status!', '  status: Status! @deprecated(reason: "No longer used.")'))).toEqual(['DEPRECATION_WITHOUT_REPLACEMENT']);
  });

  it('fails a deprecation naming nothing that exists, or the deprecated member itself', () => {
    expect(failures(base.replace('Use `name`', 'Use `fullName`'))).toEqual(['DEPRECATION_WITHOUT_REPLACEMENT']);
    expect(failures(base.replace('Use `name`', 'Use `label`'))).toEqual(['DEPRECATION_WITHOUT_REPLACEMENT']);
  });

  it('passes a deprecation naming the replacement: a sibling, Type.member or a type', () => {
    for (const reason of ['Use `status`.', 'Use `Query.customers` instead.', 'Use `Status`.']) {
      expect(failures(base.replace('  id: ID!\n', `  id: ID!\n  state: String @deprecated(reason: "${reason}")\n`)), reason).toEqual([]);
    }
  });

  it('reports one finding per breaking change', () => {
    const next = base.replace('  name: String!\n', '').replace('Use `name`', 'Use `id`').replace('customer(id: ID!)', 'customer(id: Int!)');
    expect(schemaGateFindings(base, next).breaking).toEqual([
      { type: 'ARG_CHANGED_KIND', description: 'Query.customer arg id has changed type from ID! to Int!.' },
      { type: 'FIELD_REMOVED', description: 'Customer.name was removed.' },
    ]);
  });
});
