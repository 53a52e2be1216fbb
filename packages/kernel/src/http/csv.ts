import { Readable, pipeline } from 'node:stream';
import { stringify } from 'csv-stringify';
import { type FastifyReply, type FastifyRequest } from 'fastify';

export type CsvCell = string | number | null;

/**
 * CSV injection (OWASP): a spreadsheet reads a cell that starts with `=`, `+`, `-`, `@`, a tab or
 * a carriage return as a formula, so a customer named `=HYPERLINK(…)` would run in the export of
 * another company. Such a cell is written with a leading apostrophe (read as text), as OWASP
 * recommends (cells with `;`, quotes or line breaks are quoted as CSV requires). A phone number `+33…` comes out as `'+33…`: text, its `+` kept, never a number
 * turned into 3,3E+10.
 */
export function neutralisedCell(value: CsvCell): CsvCell {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Sends rows as a CSV that French spreadsheet software opens right (UTF-8 with BOM, `;`), every
 * cell neutralised. The rows stream page after page; when reading them fails midway (the database
 * went away), the download ends as failed — the connection is cut without the terminating chunk,
 * so browsers and clients report an interrupted download — never as a shorter file that would
 * look complete.
 */
export function sendCsv(request: FastifyRequest, reply: FastifyReply, filename: string, header: string[], rows: AsyncIterable<CsvCell[]>) {
  const csv = stringify({ delimiter: ';', bom: true, header: true, columns: header, record_delimiter: '\r\n' });
  async function* neutralised() {
    for await (const row of rows) yield row.map(neutralisedCell);
  }
  pipeline(Readable.from(neutralised()), csv, (err) => {
    if (!err) return;
    request.log.error({ err }, `the export ${filename} failed midway: download cut`);
    // The CSV stream is destroyed with the error; Fastify then destroys the response's socket.
    reply.raw.destroy(err);
  });
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(csv);
}
