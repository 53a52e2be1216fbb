import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';

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

/** Keyset cursors: the sort key values of an item, opaque to clients. */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, length: number): (string | number | null)[] | null {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(values) || values.length !== length) return null;
    return values.every((v) => v === null || typeof v === 'string' || typeof v === 'number') ? (values as (string | number | null)[]) : null;
  } catch {
    return null;
  }
}

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
