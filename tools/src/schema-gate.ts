/**
 * The schema gate: no breaking change to the GraphQL contract without a deprecation first.
 *
 *   schema-gate    compare schema/schema.graphql with the base branch's     (pnpm schema:gate)
 *
 * The base is $SCHEMA_BASE_REF if set, else origin/main if that ref exists, else main. Without
 * git, or when the base has no schema yet, the gate says so and passes; a SCHEMA_BASE_REF that is
 * not a commit here (not fetched) is an error, exit 2.
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

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const relativePath = 'schema/schema.graphql';

function git(args: string[]): string {
  return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

function refExists(ref: string): boolean {
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

function main(): number {
  const schemaPath = join(root, relativePath);
  if (!existsSync(schemaPath)) {
    console.error(`schema gate: ${relativePath} is missing: run pnpm schema:write`);
    return 1;
  }
  const newSdl = readFileSync(schemaPath, 'utf8');
  try {
    git(['rev-parse', '--git-dir']);
  } catch {
    console.log('schema gate: no git repository here, nothing to compare against: passed');
    return 0;
  }
  const explicit = process.env.SCHEMA_BASE_REF?.trim();
  const ref = explicit || (refExists('origin/main') ? 'origin/main' : 'main');
  if (!refExists(ref)) {
    if (explicit) {
      console.error(`schema gate: SCHEMA_BASE_REF=${explicit} is not a commit here (fetch it first)`);
      return 2;
    }
    console.log(`schema gate: no ${ref} branch to compare against: passed`);
    return 0;
  }
  let oldSdl: string;
  try {
    oldSdl = git(['show', `${ref}:./${relativePath}`]);
  } catch {
    console.log(`schema gate: ${ref} has no ${relativePath} yet, nothing to compare against: passed`);
    return 0;
  }
  const { breaking, allowed } = schemaGateFindings(oldSdl, newSdl);
  for (const f of allowed) console.log(`allowed (deprecated in ${ref}) ${f.type}: ${f.description}`);
  for (const f of breaking) console.error(`${f.type}: ${f.description}`);
  if (breaking.length) {
    console.error(`schema gate: ${breaking.length} breaking change(s) against ${ref}; deprecate first ("Use \`Replacement\`."), remove in a later release`);
    return 1;
  }
  console.log(`schema gate: no breaking change against ${ref}`);
  return 0;
}

// Run as a command, not when a test imports schemaGateFindings.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) process.exitCode = main();
