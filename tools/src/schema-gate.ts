/**
 * The schema gate: no breaking change to the GraphQL contract without a deprecation first.
 *
 *   schema-gate    compare schema/schema.graphql with the base's                (pnpm schema:gate)
 *
 * The base is $SCHEMA_BASE_REF if set; else where this branch left main (merge base of HEAD and
 * origin/main, or main); on main itself, or with no main branch, the previous commit (HEAD~1).
 * With no base at all (no git, a first commit, a base without a schema) the gate prints that it
 * compared NOTHING, never "passed"; a SCHEMA_BASE_REF that is not a commit here is an error, exit 2.
 *
 * Rules (graphql-js findBreakingChanges between the base schema and the working tree's):
 *  - every breaking change fails the gate, except the removal of a field, input field, argument
 *    or enum value that was already @deprecated in the base schema (deprecate first, remove in a
 *    later release);
 *  - every @deprecated reason names its replacement in backquotes after "Use":
 *      @deprecated(reason: "Use `customers`.")                a sibling field, argument or enum value
 *      @deprecated(reason: "Use `Query.customers` instead.")  Type.member
 *      @deprecated(reason: "Use `CustomerConnection`.")       a type
 *    and that name exists in the new schema.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  findBreakingChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLSchema,
} from 'graphql';

export interface SchemaGateFinding {
  /** findBreakingChanges' type (FIELD_REMOVED…) or DEPRECATION_WITHOUT_REPLACEMENT. */
  type: string;
  description: string;
}

export interface SchemaGateResult {
  /** Changes that fail the gate. */
  breaking: SchemaGateFinding[];
  /** Removals of members deprecated in the base schema: allowed. */
  allowed: SchemaGateFinding[];
}

/** `X` after "Use": the replacement's name, `Type`, `member` or `Type.member`. */
const REPLACEMENT = /\bUse `([_A-Za-z]\w*(?:\.[_A-Za-z]\w*)?)`/;

/** The member names (fields, input fields, enum values) of a type, if it has any. */
function membersOf(schema: GraphQLSchema, typeName: string): Map<string, { deprecationReason?: string | null | undefined }> | undefined {
  const type = schema.getType(typeName);
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) return new Map(Object.entries(type.getFields()));
  if (isEnumType(type)) return new Map(type.getValues().map((v) => [v.name, v]));
  return undefined;
}

/** Was the member removed by this breaking change deprecated in the base schema? */
function removedWhileDeprecated(old: GraphQLSchema, type: string, description: string): boolean {
  let m: RegExpExecArray | null;
  if (type === 'FIELD_REMOVED' && (m = /^(\w+)\.(\w+) was removed\.$/.exec(description))) {
    return Boolean(membersOf(old, m[1]!)?.get(m[2]!)?.deprecationReason);
  }
  if (type === 'VALUE_REMOVED_FROM_ENUM' && (m = /^(\w+) was removed from enum type (\w+)\.$/.exec(description))) {
    return Boolean(membersOf(old, m[2]!)?.get(m[1]!)?.deprecationReason);
  }
  if (type === 'ARG_REMOVED' && (m = /^(\w+)\.(\w+) arg (\w+) was removed\.$/.exec(description))) {
    const owner = old.getType(m[1]!);
    if (!isObjectType(owner) && !isInterfaceType(owner)) return false;
    return Boolean(owner.getFields()[m[2]!]?.args.find((a) => a.name === m![3])?.deprecationReason);
  }
  return false;
}

/** Every deprecated member of a schema, with the names a reason may point to. */
function deprecations(schema: GraphQLSchema): { where: string; reason: string; self: string; siblings: string[] }[] {
  const found: { where: string; reason: string; self: string; siblings: string[] }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      for (const field of fields) {
        const where = `${type.name}.${field.name}`;
        if (field.deprecationReason != null) found.push({ where, reason: field.deprecationReason, self: field.name, siblings: fields.map((f) => f.name) });
        const args: readonly GraphQLArgument[] = 'args' in field ? field.args : [];
        for (const arg of args) {
          if (arg.deprecationReason == null) continue;
          found.push({ where: `${where}(${arg.name}:)`, reason: arg.deprecationReason, self: arg.name, siblings: args.map((a) => a.name) });
        }
      }
    } else if (isEnumType(type)) {
      const values = type.getValues();
      for (const value of values) {
        if (value.deprecationReason == null) continue;
        found.push({ where: `${type.name}.${value.name}`, reason: value.deprecationReason, self: value.name, siblings: values.map((v) => v.name) });
      }
    }
  }
  return found;
}

/** Does `name` (from a deprecation reason) name something of the schema other than the deprecated member? */
function namesReplacement(schema: GraphQLSchema, name: string, self: string, where: string, siblings: string[]): boolean {
  const [typeName, member] = name.split('.');
  if (member !== undefined) return name !== where && Boolean(membersOf(schema, typeName!)?.has(member));
  return name !== self && (siblings.includes(name) || schema.getType(name) !== undefined);
}

/** The gate's decision between two SDL texts: the base branch's and the working tree's. */
export function schemaGateFindings(oldSdl: string, newSdl: string): SchemaGateResult {
  const oldSchema = buildSchema(oldSdl);
  const newSchema = buildSchema(newSdl);
  const result: SchemaGateResult = { breaking: [], allowed: [] };
  for (const { type, description } of findBreakingChanges(oldSchema, newSchema)) {
    (removedWhileDeprecated(oldSchema, type, description) ? result.allowed : result.breaking).push({ type, description });
  }
  for (const { where, reason, self, siblings } of deprecations(newSchema)) {
    const name = REPLACEMENT.exec(reason)?.[1];
    if (name === undefined || !namesReplacement(newSchema, name, self, where, siblings)) {
      result.breaking.push({
        type: 'DEPRECATION_WITHOUT_REPLACEMENT',
        description: `${where} is deprecated ("${reason}") without naming an existing replacement as "Use \`Name\`".`,
      });
    }
  }
  return result;
}

const relativePath = 'schema/schema.graphql';

export interface SchemaGateRun {
  code: number;
  /** What the gate printed on stdout and stderr, line by line. */
  out: string[];
  err: string[];
}

/**
 * The commit to compare with: $SCHEMA_BASE_REF if set; else where this branch left main (the
 * merge base of HEAD and origin/main, or main); on main itself (the merge base is HEAD), or with
 * no main at all, the previous commit (HEAD~1). Null with the reason when there is none.
 */
export function schemaGateBase(git: (args: string[]) => string, env: NodeJS.ProcessEnv): { ref: string; label: string } | { none: string } | { error: string } {
  const exists = (ref: string) => {
    try {
      git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
      return true;
    } catch {
      return false;
    }
  };
  const explicit = env.SCHEMA_BASE_REF?.trim();
  if (explicit) return exists(explicit) ? { ref: explicit, label: explicit } : { error: `SCHEMA_BASE_REF=${explicit} is not a commit here (fetch it first)` };
  if (!exists('HEAD')) return { none: 'no commit yet' };
  const head = git(['rev-parse', 'HEAD']).trim();
  const previous = exists('HEAD~1') ? { ref: 'HEAD~1', label: 'the previous commit (HEAD~1)' } : null;
  const main = ['origin/main', 'main'].find(exists);
  if (main) {
    let mergeBase: string | null = null;
    try {
      mergeBase = git(['merge-base', 'HEAD', main]).trim();
    } catch {
      mergeBase = null;
    }
    if (mergeBase && mergeBase !== head) return { ref: mergeBase, label: `${main} where this branch left it (${mergeBase.slice(0, 10)})` };
    if (previous) return { ...previous, label: `the previous commit of ${main} (HEAD~1)` };
    return { none: `HEAD is the first commit of ${main}` };
  }
  return previous ?? { none: 'no main branch and no previous commit' };
}

/** The gate over a repository: the working tree's schema against the base's. */
export function runSchemaGate(root: string, env: NodeJS.ProcessEnv = process.env): SchemaGateRun {
  const run: SchemaGateRun = { code: 0, out: [], err: [] };
  const nothing = (why: string) => {
    run.out.push(`schema gate: compared NOTHING (${why}): the schema was not checked against any earlier version`);
    return run;
  };
  const schemaPath = join(root, relativePath);
  if (!existsSync(schemaPath)) {
    run.err.push(`schema gate: ${relativePath} is missing: run pnpm schema:write`);
    return { ...run, code: 1 };
  }
  const newSdl = readFileSync(schemaPath, 'utf8');
  const git = (args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  try {
    git(['rev-parse', '--git-dir']);
  } catch {
    return nothing('no git repository here');
  }
  const base = schemaGateBase(git, env);
  if ('error' in base) {
    run.err.push(`schema gate: ${base.error}`);
    return { ...run, code: 2 };
  }
  if ('none' in base) return nothing(base.none);
  let oldSdl: string;
  try {
    oldSdl = git(['show', `${base.ref}:${relativePath}`]);
  } catch {
    return nothing(`${base.label} has no ${relativePath}`);
  }
  const { breaking, allowed } = schemaGateFindings(oldSdl, newSdl);
  for (const f of allowed) run.out.push(`allowed (deprecated in ${base.label}) ${f.type}: ${f.description}`);
  for (const f of breaking) run.err.push(`${f.type}: ${f.description}`);
  if (breaking.length) {
    run.err.push(`schema gate: ${breaking.length} breaking change(s) against ${base.label}; deprecate first ("Use \`Replacement\`."), remove in a later release`);
    return { ...run, code: 1 };
  }
  run.out.push(`schema gate: no breaking change against ${base.label}`);
  return run;
}

function main(): number {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const { code, out, err } = runSchemaGate(root);
  for (const line of out) console.log(line);
  for (const line of err) console.error(line);
  return code;
}

// Run as a command, not when a test imports schemaGateFindings.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) process.exitCode = main();
