import { type EntityManager } from '@mikro-orm/core';
import { DomainError } from './errors.js';
import { MAX_PAGE_SIZE, cursorInvalid, decodeCursor } from './relay.js';

/** One list's page query: its tables, its reach-and-filter conditions, its sort expression. */
export interface KeysetQuery {
  /** `from` clause, e.g. "contracted_offer oc join company ec on …". */
  from: string;
  where: { text: string; params: unknown[] };
  sort: { sql: string; kind: 'text' | 'date' };
  /** The primary key column that breaks ties ("oc.id"). */
  idColumn: string;
  descending: boolean;
  first: number;
  after: string | null;
  withTotal: boolean;
}

export interface KeysetIds {
  /** Up to first + 1 ids, in the list's order. */
  ids: number[];
  totalCount: number | null;
  /** The cursor of a row: the sort key as the database computed it, then the id. */
  cursorOf(id: number): (string | number)[];
}

/**
 * The ids of one page of a keyset-paginated list and, when asked, the list's count: two
 * statements, run at once, whatever the page's size (the caller loads the rows in a third).
 */
export async function keysetIds(em: EntityManager, q: KeysetQuery): Promise<KeysetIds> {
  if (!Number.isInteger(q.first) || q.first < 1 || q.first > MAX_PAGE_SIZE) {
    throw new DomainError('FIRST_OUT_OF_RANGE', `first va de 1 à ${MAX_PAGE_SIZE}.`, ['first']);
  }
  const dir = q.descending ? 'desc' : 'asc';
  let keyset = '';
  const keyParams: unknown[] = [];
  if (q.after) {
    const values = decodeCursor(q.after, [q.sort.kind, 'id']);
    if (!values) throw cursorInvalid();
    keyset = ` and (${q.sort.sql}, ${q.idColumn}) ${q.descending ? '<' : '>'} (${q.sort.kind === 'date' ? 'cast(? as date)' : '?'}, ?)`;
    keyParams.push(values[0], values[1]);
  }
  const conn = em.getConnection();
  const [idRows, total] = await Promise.all([
    conn.execute(
      `select ${q.idColumn}, (${q.sort.sql})::text as sort_key from ${q.from} where ${q.where.text}${keyset} order by ${q.sort.sql} ${dir}, ${q.idColumn} ${dir} limit ${q.first + 1}`,
      [...q.where.params, ...keyParams],
    ) as Promise<{ id: number; sort_key: string }[]>,
    q.withTotal ? (conn.execute(`select count(*)::int as n from ${q.from} where ${q.where.text}`, q.where.params) as Promise<{ n: number }[]>) : Promise.resolve(null),
  ]);
  const keys = new Map(idRows.map((r) => [Number(r.id), r.sort_key]));
  return { ids: idRows.map((r) => Number(r.id)), totalCount: total ? Number(total[0]!.n) : null, cursorOf: (id) => [keys.get(id) ?? '', id] };
}
