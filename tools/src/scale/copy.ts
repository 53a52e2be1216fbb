/**
 * Streams rows into PostgreSQL with COPY … FROM STDIN in text format. Rows are encoded one by
 * one and sent in chunks of about 256 KiB, with back-pressure: memory stays flat whatever the
 * number of rows.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';

/** A column value: null is SQL NULL; numbers must be finite; booleans become t/f. */
export type CopyValue = string | number | boolean | null;

export interface TableLoad {
  table: string;
  columns: readonly string[];
  /** The number of rows rows() yields (for progress and the summary). */
  total: number;
  rows(): Iterable<readonly CopyValue[]>;
}

const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in COPY text format: backslash, tab, newline and carriage return escaped. */
export function encodeValue(value: CopyValue): string {
  if (value === null) return '\\N';
  switch (typeof value) {
    case 'string':
      return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c]!) : value;
    case 'number':
      if (!Number.isFinite(value)) throw new RangeError(`cannot COPY the number ${value}`);
      return String(value);
    default:
      return value ? 't' : 'f';
  }
}

/** One row in COPY text format, newline included. */
export function encodeRow(values: readonly CopyValue[]): string {
  let line = encodeValue(values[0] ?? null);
  for (let i = 1; i < values.length; i++) line += '\t' + encodeValue(values[i]!);
  return line + '\n';
}

const CHUNK_CHARS = 256 * 1024;

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected identifier: ${name}`);
  return `"${name}"`;
}

/**
 * COPYs the load's rows into its table on the client (inside the caller's transaction); reports
 * the rows sent so far after each chunk. Returns the row count the server acknowledged.
 */
export async function copyTable(client: pg.ClientBase, load: TableLoad, onProgress?: (rows: number) => void): Promise<number> {
  const width = load.columns.length;
  function* chunks(): Generator<Buffer> {
    let buffer = '';
    let rows = 0;
    for (const row of load.rows()) {
      if (row.length !== width) throw new Error(`${load.table}: a row has ${row.length} values for ${width} columns`);
      buffer += encodeRow(row);
      rows++;
      if (buffer.length >= CHUNK_CHARS) {
        yield Buffer.from(buffer, 'utf8');
        buffer = '';
        onProgress?.(rows);
      }
    }
    if (buffer.length > 0) yield Buffer.from(buffer, 'utf8');
    onProgress?.(rows);
  }
  const sql = `copy ${quoteIdent(load.table)} (${load.columns.map(quoteIdent).join(', ')}) from stdin`;
  const stream = client.query(copyStreams.from(sql));
  await pipeline(Readable.from(chunks(), { objectMode: false }), stream);
  return stream.rowCount;
}
