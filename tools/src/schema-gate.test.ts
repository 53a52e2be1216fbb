import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSchemaGate, schemaGateFindings } from './schema-gate.js';

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

describe('schema gate, the base it compares with', () => {
  /** A scratch repository; `commit` writes the schema and commits it on the current branch. */
  function repo() {
    const dir = mkdtempSync(join(tmpdir(), 'schema-gate-'));
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    git('init', '--quiet', '--initial-branch=main');
    mkdirSync(join(dir, 'schema'));
    const write = (sdl: string) => writeFileSync(join(dir, 'schema', 'schema.graphql'), sdl);
    const commit = (sdl: string) => {
      write(sdl);
      git('add', '.');
      git('commit', '--quiet', '-m', 'schema');
    };
    return { dir, git, write, commit, done: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const removedName = base.replace('  name: String!\n', '').replace('Use `name`', 'Use `id`');
  const noEnv = {};

  it('says it compared nothing, never "passed", when there is no earlier commit to compare with', () => {
    const r = repo();
    try {
      r.commit(base);
      const run = runSchemaGate(r.dir, noEnv);
      expect(run.code).toBe(0);
      expect(run.out.join('\n')).toMatch(/compared NOTHING/);
      expect(run.out.join('\n')).not.toMatch(/passed|no breaking change/);
    } finally {
      r.done();
    }
  });

  it('on main itself compares with the previous commit of main, so a merged breaking change fails', () => {
    const r = repo();
    try {
      r.commit(base);
      r.commit(removedName); // the schema as merged into main, compared with main before the merge
      const run = runSchemaGate(r.dir, noEnv);
      expect(run.code).toBe(1);
      expect(run.err.join('\n')).toMatch(/FIELD_REMOVED: Customer.name was removed.*\n.*previous commit of main/s);
    } finally {
      r.done();
    }
  });

  it('on a branch compares with main where the branch left it, not with commits main got since', () => {
    const r = repo();
    try {
      r.commit(base);
      r.git('checkout', '--quiet', '-b', 'feature');
      r.commit(removedName);
      r.git('checkout', '--quiet', 'main');
      r.commit(base.replace('  id: ID!\n', '  id: ID!\n  email: String\n')); // main moves on, adding a field
      r.git('checkout', '--quiet', 'feature');
      const run = runSchemaGate(r.dir, noEnv);
      expect(run.err).toContain('FIELD_REMOVED: Customer.name was removed.');
      expect(run.err.join('\n')).not.toMatch(/email/);
      expect(run.err.at(-1)).toMatch(/against main where this branch left it/);
    } finally {
      r.done();
    }
  });

  it('without any main branch compares with the previous commit', () => {
    const r = repo();
    try {
      r.git('checkout', '--quiet', '-b', 'topic'); // main never gets a commit: no main branch
      r.commit(base);
      r.write(removedName);
      expect(runSchemaGate(r.dir, noEnv)).toMatchObject({ code: 0, out: [expect.stringMatching(/compared NOTHING/)] });
      r.commit(removedName);
      expect(runSchemaGate(r.dir, noEnv).code).toBe(1);
    } finally {
      r.done();
    }
  });
});
