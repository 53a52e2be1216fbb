/**
 * PostgreSQL array literals, to send a whole column of rows as one parameter
 * (`unnest(cast(? as text[]), …)`): bulk inserts of invoices and lines in one statement.
 */
export function pgTextArray(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

export function pgIntArray(values: readonly (number | null)[]): string {
  for (const v of values) if (v !== null && !Number.isSafeInteger(v)) throw new RangeError(`not an integer: ${v}`);
  return `{${values.map((v) => (v === null ? 'NULL' : String(v))).join(',')}}`;
}
