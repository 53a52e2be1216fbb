import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocument, euros, facturXml, loadPrintable, renderDocumentPdf, ublXml, type PrintableDocument } from '@portal/billing';
import { seedDemoData } from '@portal/db';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { TEST_NOW } from '../support/env.js';
import { readBack } from '../support/pdf.js';

let db: TestDatabase;
const documents: { printable: PrintableDocument; pdf: Buffer }[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  expect(await seedDemoData(db.orm.em.fork(), TEST_NOW, { eInvoicingSamples: true })).toBe(true);
  const rows = (await db.orm.em.getConnection().execute(`select 'INVOICE' as kind, id from invoice union all select 'CREDIT_NOTE', id from credit_note order by 1, 2`)) as { kind: 'INVOICE' | 'CREDIT_NOTE'; id: number }[];
  for (const { kind, id } of rows) {
    const printable = (await loadPrintable(db.orm.em.fork(), kind, Number(id)))!;
    documents.push({ printable, pdf: await renderDocumentPdf(printable) });
  }
  // To run the official EN 16931 validator on every demo document: EN16931_OUT_DIR=<folder>.
  const out = process.env.EN16931_OUT_DIR;
  if (out) {
    mkdirSync(out, { recursive: true });
    for (const { printable, pdf } of documents) {
      writeFileSync(join(out, `${printable.number}.pdf`), pdf);
      writeFileSync(join(out, `${printable.number}.ubl.xml`), ublXml(printable));
    }
  }
}, 120_000);
afterAll(() => db?.close());

describe('the demo documents, one of each kind', () => {
  it('cover every kind: monthly and closing invoices, a credit note, 0 %, exempt and reverse charge, several sites, long labels, many lines', () => {
    const all = documents.map((d) => d.printable);
    const categories = new Set(all.flatMap((d) => d.vatBreakdown.map((v) => v.vatCategory)));
    expect([...categories].sort()).toEqual(['AE', 'E', 'S', 'Z']);
    expect(all.some((d) => d.kind === 'CREDIT_NOTE')).toBe(true);
    expect(all.some((d) => d.lines.some((l) => l.label.includes('frais de résiliation anticipée')))).toBe(true);
    expect(all.some((d) => new Set(d.lines.map((l) => l.deliverySite?.name).filter(Boolean)).size > 1)).toBe(true);
    expect(all.some((d) => d.lines.some((l) => l.label.length > 200))).toBe(true);
    expect(Math.max(...all.map((d) => d.lines.length))).toBeGreaterThanOrEqual(20);
  });

  it('break no rule the portal implements (EN 16931 BR-…, French BR-FR-…)', () => {
    for (const { printable } of documents) expect(checkDocument(printable), printable.number).toEqual([]);
  });

  it('say the same in the PDF and in its XML: number, totals, VAT per rate, every line', async () => {
    for (const { printable, pdf } of documents) {
      const { text, xml } = await readBack(pdf);
      expect(xml, printable.number).toBe(facturXml(printable));
      expect(text).toContain(`N° ${printable.number}`);
      expect(text).toContain(`Total TTC ${euros(printable.totals.totalInclVatCents)}`.replace(/\s+/g, ' '));
      expect(xml).toContain(`<ram:GrandTotalAmount>${(printable.totals.totalInclVatCents / 100).toFixed(2)}</ram:GrandTotalAmount>`);
      for (const v of printable.vatBreakdown) {
        expect(text).toContain(`sur ${euros(v.baseExclVatCents)} ${euros(v.vatCents)}`.replace(/\s+/g, ' '));
        expect(xml).toContain(`<ram:CalculatedAmount>${(v.vatCents / 100).toFixed(2)}</ram:CalculatedAmount>`);
      }
      expect(xml.match(/<ram:IncludedSupplyChainTradeLineItem>/g)).toHaveLength(printable.lines.length);
      for (const l of printable.lines) expect(text.replace(/\s+/g, ''), `${printable.number} ${l.label}`).toContain(l.label.replace(/\s+/g, '').slice(0, 40));
      expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/); // dates read jj/mm/aaaa
    }
  });
});
