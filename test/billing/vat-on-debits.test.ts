import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facturXml, loadPrintable, renderDocumentPdf, ublXml, type PrintableDocument } from '@portal/billing';
import { seedDemoData } from '@portal/db';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { TEST_NOW } from '../support/env.js';
import { readBack } from '../support/pdf.js';

/**
 * The issuer's option for VAT on its debits (option pour le paiement de la taxe d'après les
 * débits): printed on the PDF, a note in the XML, and the French rules' code in BT-8 (5 in CII,
 * 3 in UBL). To run the official validator on the sample: EN16931_OUT_DIR=<folder>.
 */
let db: TestDatabase;
const MENTION = "Option pour le paiement de la taxe d'après les débits.";
const sql = (text: string) => db.orm.em.getConnection().execute(text);
let invoiceId: number;
let creditNoteId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm.em.fork(), TEST_NOW);
  invoiceId = Number(((await sql('select id from invoice order by id limit 1')) as { id: number }[])[0]!.id);
  creditNoteId = Number(((await sql('select id from credit_note order by id limit 1')) as { id: number }[])[0]!.id);
}, 120_000);
afterAll(() => db?.close());

const load = async (kind: 'INVOICE' | 'CREDIT_NOTE', id: number): Promise<PrintableDocument> => (await loadPrintable(db.orm.em.fork(), kind, id))!;

describe("the option for VAT on debits", () => {
  it('is not written when the issuer has not chosen it', async () => {
    const doc = await load('INVOICE', invoiceId);
    expect(doc.seller.vatOnDebits).toBe(false);
    expect(facturXml(doc)).not.toContain('DueDateTypeCode');
    expect(facturXml(doc)).not.toContain('débits');
    expect(ublXml(doc)).not.toContain('DescriptionCode');
    expect((await readBack(await renderDocumentPdf(doc))).text).not.toContain('débits');
  });

  it('is written in the PDF, as a note and as BT-8 code 5 in the Factur-X XML, and as BT-8 code 3 in UBL once the issuer has chosen it', async () => {
    await sql('update company set vat_on_debits = true where parent_id is null');
    try {
      // A customer's own option says nothing of the documents it receives.
      await sql('update company set vat_on_debits = true where parent_id is not null');
      for (const [kind, id] of [['INVOICE', invoiceId], ['CREDIT_NOTE', creditNoteId]] as const) {
        const doc = await load(kind, id);
        expect(doc.seller.vatOnDebits).toBe(true);
        expect(doc.buyer.vatOnDebits).toBe(false);
        const pdf = await renderDocumentPdf(doc);
        const { text, xml } = await readBack(pdf);
        expect(text).toContain(MENTION);
        expect(xml).toBe(facturXml(doc));
        expect(xml).toContain(`<ram:IncludedNote>\n      <ram:Content>${MENTION.replace("'", '&apos;')}</ram:Content>\n      <ram:SubjectCode>AAI</ram:SubjectCode>`);
        // One code per VAT breakdown of the header, before the rate (CII's element order).
        const breakdowns = xml.match(/<ram:ApplicableTradeTax>\n {8}<ram:CalculatedAmount>[\s\S]*?<\/ram:ApplicableTradeTax>/g) ?? [];
        expect(breakdowns.length).toBe(doc.vatBreakdown.length);
        for (const b of breakdowns) expect(b).toMatch(/<ram:DueDateTypeCode>5<\/ram:DueDateTypeCode>\n\s*<ram:RateApplicablePercent>/);
        const ubl = ublXml(doc);
        expect(ubl).toMatch(/<cac:InvoicePeriod>\n\s*<cbc:StartDate>[^<]+<\/cbc:StartDate>\n\s*<cbc:EndDate>[^<]+<\/cbc:EndDate>\n\s*<cbc:DescriptionCode>3<\/cbc:DescriptionCode>/);
        expect(ubl).toContain(`<cbc:Note>#AAI#${MENTION.replace("'", '&apos;')}</cbc:Note>`);
        const out = process.env.EN16931_OUT_DIR;
        if (out) {
          mkdirSync(out, { recursive: true });
          writeFileSync(join(out, `debits-${doc.number}.pdf`), pdf);
          writeFileSync(join(out, `debits-${doc.number}.xml`), xml);
          writeFileSync(join(out, `debits-${doc.number}.ubl.xml`), ubl);
        }
      }
    } finally {
      await sql('update company set vat_on_debits = false');
    }
  });
});
