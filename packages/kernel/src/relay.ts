import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { isCalendarDate } from './calendar.js';
import { DomainError } from './errors.js';

/** Global ids: the type and the database id, base64url-encoded ("User:12" → "VXNlcjoxMg"). */
export function toGlobalId(type: string, id: number | string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** The database id of a global id of the expected type; null for anything else. */
export function fromGlobalId(globalId: string, expectedType: string): number | null {
  if (typeof globalId !== 'string' || globalId.length > 100) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const [type, raw] = decoded.split(':');
  if (type !== expectedType || raw === undefined || !/^[1-9][0-9]{0,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

@InterfaceType({ description: 'An object with a global id, that `node(id:)` can fetch again.' })
export abstract class Node {
  @Field(() => ID, { description: 'Global, opaque id of the object.' })
  id!: string;
}

@ObjectType({ description: 'Where a page of a connection stands in the whole list.' })
export class PageInfo {
  @Field({ description: 'Whether there are items after this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether there are items before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

/**
 * What each value of a keyset cursor must be, checked before it reaches SQL: a client may edit a
 * cursor, and a value of the wrong type would otherwise come back as the database's error text.
 *
 * - id: a row id (serial): an integer from 1 to 2^31 - 1;
 * - int: an integer column (amounts in cents): -2^31 to 2^31 - 1;
 * - text: a string of at most 400 characters, without NUL or lone surrogates;
 * - date: a calendar date YYYY-MM-DD;
 * - timestamp: an instant as toISOString() writes it (2026-11-23T09:00:00.000Z).
 */
export type CursorKey = 'id' | 'int' | 'text' | 'date' | 'timestamp';

const INT4_MAX = 2_147_483_647;
const MAX_CURSOR_LENGTH = 2_000;

function fits(value: unknown, key: CursorKey): boolean {
  switch (key) {
    case 'id': return Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= INT4_MAX;
    case 'int': return Number.isSafeInteger(value) && (value as number) >= -INT4_MAX - 1 && (value as number) <= INT4_MAX;
    case 'text': return typeof value === 'string' && value.length <= 400 && !value.includes('\u0000') && value.isWellFormed();
    case 'date': return typeof value === 'string' && isCalendarDate(value);
    case 'timestamp': {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) return false;
      const time = Date.parse(value);
      return !Number.isNaN(time) && new Date(time).toISOString() === value;
    }
  }
}

/** Keyset cursors: the sort key values of an item, opaque to clients. */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/**
 * The values of a cursor, each of the kind its key says, or null for anything else (another
 * list's cursor, an edited one, garbage): callers answer CURSOR_INVALID at the argument.
 */
export function decodeCursor(cursor: string, keys: readonly CursorKey[]): (string | number)[] | null {
  if (typeof cursor !== 'string' || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]*$/.test(cursor)) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(values) || values.length !== keys.length) return null;
    return values.every((v, i) => fits(v, keys[i]!)) ? (values as (string | number)[]) : null;
  } catch {
    return null;
  }
}

/** The typed error for a cursor that decodeCursor refused, at the argument (`after` by default). */
export const cursorInvalid = (field: string[] = ['after']) => new DomainError('CURSOR_INVALID', 'Curseur invalide : reprenez la liste depuis sa première page.', field);

export const MAX_PAGE_SIZE = 100;

/**
 * Builds a connection page from rows fetched with `limit first + 1`: the extra row only tells
 * that a next page exists.
 */
export function pageFrom<Row, NodeType>(
  rows: readonly Row[],
  first: number,
  afterGiven: boolean,
  cursorOf: (row: Row) => readonly (string | number | null)[],
  toNode: (row: Row, index: number) => NodeType,
): { edges: { cursor: string; node: NodeType }[]; pageInfo: PageInfo } {
  const edges = rows.slice(0, first).map((row, i) => ({ cursor: encodeCursor(cursorOf(row)), node: toNode(row, i) }));
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: rows.length > first,
    hasPreviousPage: afterGiven,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  });
  return { edges, pageInfo };
}
