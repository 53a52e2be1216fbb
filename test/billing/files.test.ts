import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { intraCommunityVatNumber, loadPrintable, renderDocumentPdf } from '@portal/billing';
import { toGlobalId } from '@portal/kernel';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';
import { addOtherResellersDocuments, decimal, issueInvoice } from './fixtures.js';

let portal: TestPortal;
let customer: Client;
let reseller: Client;
let otherInvoiceId: string;
let otherCreditNoteId: string;

beforeAll(async () => {
  portal = await startTestPortal();
  const other = await addOtherResellersDocuments(portal.db.orm.em.fork());
  otherInvoiceId = toGlobalId('Invoice', other.invoice.id);
  otherCreditNoteId = toGlobalId('CreditNote', other.creditNote.id);
  customer = await portal.signedIn('E-0000000024');
  reseller = await portal.signedIn('E-0000000010');
});
afterAll(() => portal?.close());

const invoiceId = (n: number) => toGlobalId('Invoice', n);
const creditNoteId = (n: number) => toGlobalId('CreditNote', n);

async function download(client: Client | null, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${portal.url}${path}`, { headers: { ...(client?.cookie ? { cookie: client.cookie } : {}), ...headers } });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

/** The text of every page, spaces (non-breaking ones included) collapsed. */
async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const task = getDocument({ data: bytes.slice(), verbosity: 0 });
  const doc = await task.promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const pages = doc.numPages;
  await task.destroy();
  return { text: parts.join(' ').replace(/\s+/g, ' '), pages };
}

/** The embedded files of a PDF, read back with pdf.js. */
async function attachments(bytes: Uint8Array): Promise<Map<string, string>> {
  const task = getDocument({ data: bytes.slice(), verbosity: 0 });
  const doc = await task.promise;
  const found = new Map<string, string>();
  for (const name of (await doc.getAttachments())?.keys() ?? []) {
    found.set(name, new TextDecoder().decode((await doc.getAttachmentContent(name)) ?? new Uint8Array()));
  }
  await task.destroy();
  return found;
}

/** The text of the first element of that name (namespace prefix included) and its attributes. */
function element(xml: string, name: string): { text: string; attributes: string } {
  const match = new RegExp(`<${name}((?:\\s[^>]*)?)>([^<]*)</${name}>`).exec(xml);
  if (!match) throw new Error(`no <${name}> in the XML`);
  return { attributes: match[1]!.trim(), text: match[2]! };
}

const INVOICE = `query($id: ID!) { invoice(id: $id) { number issuedOn dueOn periodStart periodEnd totalExclVatCents totalVatCents totalInclVatCents pdfPath } }`;

describe('invoice PDF', () => {
  it('carries the French mandatory mentions and the totals', async () => {
    const { data } = await customer.gql(INVOICE, { id: invoiceId(2) });
    const { res, bytes } = await download(customer, data.invoice.pdfPath);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('inline; filename="F-2026-000002.pdf"');
    expect(new TextDecoder().decode(bytes.slice(0, 8))).toBe('%PDF-1.7');
    const { text, pages } = await pdfText(bytes);
    expect(pages).toBe(1);
    for (const mention of [
      // Seller: name, legal form, address, SIREN and intra-community VAT number.
      'Opérateur Démo Télécom', 'SAS - Société par actions simplifiée', '37-39 rue de Neuilly', '92110 Clichy', 'SIREN : 552100554',
      `N° TVA intracommunautaire : ${intraCommunityVatNumber('552100554')}`, 'FR96552100554',
      // Buyer: the billed company with its head office.
      'Client 1 du revendeur présentation', 'Réf. client : OIP-00000024', '8 rue Victor Hugo', '69002 Lyon', 'SIREN : 895556553',
      `N° TVA intracommunautaire : ${intraCommunityVatNumber('895556553')}`,
      // Number, date, period.
      'FACTURE', 'N° F-2026-000002', 'Date de facture : 01/09/2026', 'Période de service : du 01/08/2026 au 31/08/2026',
      // Lines: designation, period, quantity, unit price HT, VAT rate, amount HT.
      'Désignation', 'Qté', 'PU HT', 'TVA', 'Montant HT', 'OC160001 — Fibre Pro 1 Gb/s', 'du 01/08/2026 au 31/08/2026', '89,00 €', '20 %', '3,00 €',
      // Totals HT / TVA / TTC.
      'Total HT 92,00 €', 'TVA 20 % sur 92,00 € 18,40 €', 'Total TVA 18,40 €', 'Total TTC 110,40 €', 'Net à payer 110,40 €',
      // Due date, payment terms, penalties, indemnity.
      "Date d'échéance : 01/10/2026", 'Conditions de paiement : Paiement à 30 jours date de facture, au plus tard le 01/10/2026, par prélèvement SEPA',
      'Mandat de prélèvement SEPA (RUM) : RUM-C24-0001.', 'Escompte pour paiement anticipé : néant.', "trois fois le taux d'intérêt légal",
      'Indemnité forfaitaire pour frais de recouvrement', '40 €', 'Page 1/1',
      // The seller's share capital and RCS (Code de commerce R123-237), the nature of the operations.
      'au capital de 1 500 000,00 €', 'RCS Nanterre 552 100 554', 'Nature des opérations : Prestations de services',
    ]) {
      expect(text, mention).toContain(mention);
    }
  });

  it('gives the same bytes every time, whatever the time of the request', async () => {
    const path = `/documents/invoices/${invoiceId(6)}.pdf`;
    const first = await download(customer, path);
    const second = await download(reseller, path);
    expect(second.res.status).toBe(200);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    // Rendered again in the process, from the database: the same bytes.
    const printable = await loadPrintable(portal.db.orm.em.fork(), 'INVOICE', 6);
    const rendered = await renderDocumentPdf(printable!);
    expect(rendered.equals(Buffer.from(first.bytes))).toBe(true);
    const raw = Buffer.from(first.bytes).toString('latin1');
    // Fixed dates (the issue date) and a file id derived from the document.
    expect(raw).toContain('/CreationDate (D:20261101000000Z)');
    expect(raw).toContain('/ModDate (D:20261101000000Z)');
    expect(raw).toMatch(/\/ID \[<([0-9a-f]{32})> <\1>\]/);
  });

  it('is a Factur-X EN 16931 PDF/A-3 whose embedded XML has the number and totals of the invoice', async () => {
    const { data } = await customer.gql(INVOICE, { id: invoiceId(2) });
    const invoice = data.invoice;
    const { bytes } = await download(customer, invoice.pdfPath);
    const files = await attachments(bytes);
    expect([...files.keys()]).toEqual(['factur-x.xml']);
    const xml = files.get('factur-x.xml')!;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rsm:CrossIndustryInvoice')).toBe(true);
    expect(element(xml.slice(xml.indexOf('<ram:GuidelineSpecifiedDocumentContextParameter>')), 'ram:ID').text).toBe('urn:cen.eu:en16931:2017');
    expect(xml).toMatch(/<rsm:ExchangedDocument>\s*<ram:ID>F-2026-000002<\/ram:ID>\s*<ram:TypeCode>380<\/ram:TypeCode>/);
    expect(element(xml, 'udt:DateTimeString')).toEqual({ attributes: 'format="102"', text: invoice.issuedOn.replaceAll('-', '') });
    expect(element(xml, 'ram:LineTotalAmount').text).toBe('89.00'); // first line
    expect(xml.match(/<ram:IncludedSupplyChainTradeLineItem>/g)).toHaveLength(2);
    const summation = xml.slice(xml.indexOf('<ram:SpecifiedTradeSettlementHeaderMonetarySummation>'));
    expect(element(summation, 'ram:LineTotalAmount').text).toBe(decimal(invoice.totalExclVatCents));
    expect(element(summation, 'ram:TaxBasisTotalAmount').text).toBe(decimal(invoice.totalExclVatCents));
    expect(element(summation, 'ram:TaxTotalAmount')).toEqual({ attributes: 'currencyID="EUR"', text: decimal(invoice.totalVatCents) });
    expect(element(summation, 'ram:GrandTotalAmount').text).toBe(decimal(invoice.totalInclVatCents));
    expect(element(summation, 'ram:DuePayableAmount').text).toBe(decimal(invoice.totalInclVatCents));
    expect(decimal(invoice.totalInclVatCents)).toBe('110.40');
    const terms = xml.slice(xml.indexOf('<ram:SpecifiedTradePaymentTerms>'));
    expect(element(terms, 'udt:DateTimeString').text).toBe('20261001');
    expect(element(terms, 'ram:DirectDebitMandateID').text).toBe('RUM-C24-0001');
    const tax = xml.slice(xml.indexOf('<ram:ApplicableHeaderTradeSettlement>'));
    expect(element(tax, 'ram:CalculatedAmount').text).toBe('18.40');
    expect(element(tax, 'ram:BasisAmount').text).toBe('92.00');
    expect(element(tax, 'ram:RateApplicablePercent').text).toBe('20.00');
    const period = xml.slice(xml.indexOf('<ram:BillingSpecifiedPeriod>', xml.indexOf('<ram:ApplicableHeaderTradeSettlement>')));
    expect(element(period, 'udt:DateTimeString').text).toBe('20260801');
    const seller = xml.slice(xml.indexOf('<ram:SellerTradeParty>'), xml.indexOf('</ram:SellerTradeParty>'));
    expect(element(seller, 'ram:Name').text).toBe('Opérateur Démo Télécom');
    expect(element(seller, 'ram:ID')).toEqual({ attributes: 'schemeID="0002"', text: '552100554' });
    expect(seller).toContain('<ram:ID schemeID="VA">FR96552100554</ram:ID>');
    expect(element(seller, 'ram:CityName').text).toBe('Clichy');
    const buyer = xml.slice(xml.indexOf('<ram:BuyerTradeParty>'), xml.indexOf('</ram:BuyerTradeParty>'));
    expect(element(buyer, 'ram:ID')).toEqual({ attributes: 'schemeID="0002"', text: '895556553' });
    expect(buyer).toContain(`<ram:ID schemeID="VA">${intraCommunityVatNumber('895556553')}</ram:ID>`);
    expect(element(buyer, 'ram:PostcodeCode').text).toBe('69002');

    // The PDF/A-3 and Factur-X structure: the XML listed in the catalog's AF array as the
    // Alternative of the invoice, XMP with the Factur-X extension schema, the sRGB output intent.
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toContain('/AFRelationship /Alternative');
    expect(raw).toMatch(/\/AF \[\d+ 0 R\]/);
    expect(raw).toContain('/Subtype /text#2Fxml');
    expect(raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(raw).toContain('/S /GTS_PDFA1');
    expect(raw).toContain('/OutputConditionIdentifier (sRGB IEC61966-2.1)');
    expect(raw).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(raw).toContain('<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>');
    expect(raw).toContain('<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>');
    expect(raw).toContain('<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>');
    expect(raw).toContain('/FontFile2'); // fonts embedded
  });

  it('runs over several pages when the lines do not fit on one', async () => {
    // For the other reseller's customer, so that the lists of the other tests stay as they are.
    const long = await issueInvoice(portal.db.orm.em.fork(), {
      companyId: 31, issuedOn: '2026-11-20', dueOn: '2026-12-20', periodStart: '2026-11-01', periodEnd: '2026-11-30',
      lines: Array.from({ length: 60 }, (_, i) => ({ label: `Numéro 04 72 00 ${String(i + 1).padStart(2, '0')} — ligne ${i + 1}`, unitPriceExclVatCents: 300 + i })),
    });
    const { bytes } = await download(await portal.signedIn('E-0000000030'), `/documents/invoices/${invoiceId(long.id)}.pdf`);
    const { text, pages } = await pdfText(bytes);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain(`Page ${pages}/${pages}`);
    for (let i = 1; i <= 60; i++) expect(text).toContain(`ligne ${i}`);
    expect(text).toContain(`Total TTC`);
    const xml = (await attachments(bytes)).get('factur-x.xml')!;
    expect(xml.match(/<ram:IncludedSupplyChainTradeLineItem>/g)).toHaveLength(60);
    expect(element(xml.slice(xml.indexOf('<ram:SpecifiedTradeSettlementHeaderMonetarySummation>')), 'ram:GrandTotalAmount').text).toBe(decimal(long.totalInclVatCents));
  });
});

describe('credit note PDF', () => {
  it('names the invoice it corrects and the refund due date, in the text and in the XML', async () => {
    const { res, bytes } = await download(customer, `/documents/credit-notes/${creditNoteId(1)}.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('inline; filename="A-2026-000001.pdf"');
    const { text } = await pdfText(bytes);
    for (const mention of [
      'AVOIR', 'N° A-2026-000001', "Date de l'avoir : 05/11/2026", 'Remboursement au plus tard le : 15/11/2026',
      'Avoir sur la facture n° F-2026-000006 du 01/11/2026', 'Motif : Remboursement prorata temporis',
      'Période de service : du 10/10/2026 au 14/10/2026', 'Opérateur Démo Télécom', 'SIREN : 552100554', 'FR96552100554',
      'Client 1 du revendeur présentation', '8 rue Victor Hugo', 'SIREN : 895556553',
      '14,35 €', '20 %', 'Total HT 14,35 €', 'Total TVA 2,87 €', 'Total TTC 17,22 €', 'Montant à rembourser 17,22 €',
      'au capital de 1 500 000,00 €', 'RCS Nanterre 552 100 554', 'Pénalités de retard : sans objet (avoir).',
    ]) {
      expect(text, mention).toContain(mention);
    }
    // A credit note is no payment due: no late-payment penalty, no recovery indemnity.
    expect(text).not.toContain("trois fois le taux d'intérêt légal");
    expect(text).not.toContain('40 €');
    const xml = (await attachments(bytes)).get('factur-x.xml')!;
    expect(xml).toMatch(/<ram:ID>A-2026-000001<\/ram:ID>\s*<ram:TypeCode>381<\/ram:TypeCode>/);
    const summation = xml.slice(xml.indexOf('<ram:SpecifiedTradeSettlementHeaderMonetarySummation>'));
    expect(element(summation, 'ram:GrandTotalAmount').text).toBe('17.22');
    expect(element(summation, 'ram:TaxTotalAmount').text).toBe('2.87');
    const referenced = xml.slice(xml.indexOf('<ram:InvoiceReferencedDocument>'));
    expect(element(referenced, 'ram:IssuerAssignedID').text).toBe('F-2026-000006');
    expect(element(referenced, 'qdt:DateTimeString').text).toBe('20261101');
    expect(element(xml.slice(xml.indexOf('<ram:SpecifiedTradePaymentTerms>')), 'udt:DateTimeString').text).toBe('20261115');
  });
});

describe('reach over HTTP', () => {
  it('answers 404 for a document out of reach, exactly as for one that does not exist, and 401 without a caller', async () => {
    const outOfReach = await download(reseller, `/documents/invoices/${otherInvoiceId}.pdf`);
    expect(outOfReach.res.status).toBe(404);
    expect(outOfReach.res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(JSON.parse(outOfReach.text)).toEqual({ code: 'NOT_FOUND', message: 'Facture introuvable.', field: null });
    for (const path of [`/documents/invoices/${invoiceId(999999)}.pdf`, '/documents/invoices/nimporte-quoi.pdf', `/documents/invoices/${creditNoteId(1)}.pdf`, `/documents/invoices/${invoiceId(1)}`]) {
      const missing = await download(reseller, path);
      expect(missing.res.status, path).toBe(404);
      expect(missing.text, path).toBe(outOfReach.text);
    }
    expect((await download(customer, `/documents/invoices/${invoiceId(1)}.pdf`)).res.status).toBe(404); // 44284's invoice
    const otherNote = await download(reseller, `/documents/credit-notes/${otherCreditNoteId}.pdf`);
    expect(otherNote.res.status).toBe(404);
    expect(JSON.parse(otherNote.text)).toEqual({ code: 'NOT_FOUND', message: 'Avoir introuvable.', field: null });

    const anonymous = await download(null, `/documents/invoices/${invoiceId(2)}.pdf`);
    expect(anonymous.res.status).toBe(401);
    expect(JSON.parse(anonymous.text)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await download(null, `/documents/invoices/${invoiceId(2)}.pdf`, { authorization: 'Bearer oppt_faux' })).res.status).toBe(401);
  });

  it('serves API tokens with the billing:read scope, and no others', async () => {
    const CREATE = `mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { secret userErrors { code } } }`;
    const billing = await reseller.gql(CREATE, { input: { name: 'Comptabilité', scopes: ['BILLING_READ'], expiresInDays: 30 } });
    const company = await reseller.gql(CREATE, { input: { name: 'Annuaire', scopes: ['COMPANY_READ'], expiresInDays: 30 } });
    const path = `/documents/invoices/${invoiceId(2)}.pdf`;
    const withBilling = await download(null, path, { authorization: `Bearer ${billing.data.apiTokenCreate.secret}` });
    expect(withBilling.res.status).toBe(200);
    expect(Buffer.from(withBilling.bytes).equals(Buffer.from((await download(customer, path)).bytes))).toBe(true);
    expect((await download(null, path, { authorization: `Bearer ${company.data.apiTokenCreate.secret}` })).res.status).toBe(404);
    expect((await download(null, `/documents/invoices/${otherInvoiceId}.pdf`, { authorization: `Bearer ${billing.data.apiTokenCreate.secret}` })).res.status).toBe(404);
  });
});

describe('ZIP of several PDFs', () => {
  it('holds the selected PDFs, each the same as its own download', async () => {
    const ids = [invoiceId(2), invoiceId(1), invoiceId(6), invoiceId(2)];
    const { res, bytes } = await download(reseller, `/documents/invoices.zip?ids=${ids.join(',')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="factures.zip"');
    const entries = unzipSync(bytes);
    expect(Object.keys(entries)).toEqual(['F-2026-000002.pdf', 'F-2026-000001.pdf', 'F-2026-000006.pdf']);
    for (const [name, n] of [['F-2026-000002.pdf', 2], ['F-2026-000001.pdf', 1], ['F-2026-000006.pdf', 6]] as const) {
      const single = await download(reseller, `/documents/invoices/${invoiceId(n)}.pdf`);
      expect(Buffer.from(entries[name]!).equals(Buffer.from(single.bytes)), name).toBe(true);
    }
    const notes = await download(customer, `/documents/credit-notes.zip?ids=${creditNoteId(1)}`);
    expect(Object.keys(unzipSync(notes.bytes))).toEqual(['A-2026-000001.pdf']);
  });

  it('refuses the whole request, and sends no archive, when one id is out of reach', async () => {
    const { res, text } = await download(reseller, `/documents/invoices.zip?ids=${invoiceId(2)},${otherInvoiceId},${invoiceId(1)}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(JSON.parse(text)).toEqual({ code: 'NOT_FOUND', message: 'Facture introuvable.', field: ['ids', '1'] });
    const missing = await download(reseller, `/documents/invoices.zip?ids=${invoiceId(2)},${invoiceId(999999)},${invoiceId(1)}`);
    expect(missing.res.status).toBe(404);
    expect(missing.text).toBe(text);
    const none = await download(reseller, '/documents/invoices.zip');
    expect(none.res.status).toBe(400);
    expect(JSON.parse(none.text)).toMatchObject({ code: 'IDS_REQUIRED', field: ['ids'] });
    expect((await download(null, `/documents/invoices.zip?ids=${invoiceId(2)}`)).res.status).toBe(401);
  });
});

describe('CSV exports of invoices and credit notes', () => {
  const lines = (text: string) => text.replace(/^\ufeff/, '').trimEnd().split('\r\n');

  it('give the invoice list as UTF-8 with BOM and ";", with French headers and amounts', async () => {
    const { res, bytes, text } = await download(reseller, '/exports/invoices.csv?scope=ALL_IN_REACH&sort=NUMBER&direction=ASC');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="factures.csv"');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines(text)).toEqual([
      "N° de facture;Client;Référence client;Date d'émission;Date d'échéance;Début de période;Fin de période;Montant HT;TVA;Montant TTC;État",
      'F-2026-000001;Société Méditerranéenne de Téléphonie;OIP-00044284;01/09/2026;01/10/2026;01/08/2026;31/08/2026;77,90;15,58;93,48;Payée',
      'F-2026-000002;Client 1 du revendeur présentation;OIP-00000024;01/09/2026;01/10/2026;01/08/2026;31/08/2026;92,00;18,40;110,40;Payée',
      'F-2026-000003;Société Méditerranéenne de Téléphonie;OIP-00044284;01/10/2026;31/10/2026;01/09/2026;30/09/2026;77,90;15,58;93,48;Payée',
      'F-2026-000004;Client 1 du revendeur présentation;OIP-00000024;01/10/2026;31/10/2026;01/09/2026;30/09/2026;92,00;18,40;110,40;Payée',
      'F-2026-000005;Société Méditerranéenne de Téléphonie;OIP-00044284;01/11/2026;01/12/2026;01/10/2026;31/10/2026;77,90;15,58;93,48;Émise',
      'F-2026-000006;Client 1 du revendeur présentation;OIP-00000024;01/11/2026;01/12/2026;01/10/2026;31/10/2026;92,00;18,40;110,40;Émise',
    ]);
  });

  it('apply the GraphQL filters and reach', async () => {
    const issued = await download(reseller, `/exports/invoices.csv?scope=ALL_IN_REACH&states=ISSUED&amountMin=10000&companyIds=${toGlobalId('Company', 24)},${toGlobalId('Company', 31)}`);
    expect(lines(issued.text).slice(1).map((l) => l.split(';')[0])).toEqual(['F-2026-000006']);
    const mine = await download(customer, '/exports/invoices.csv?issuedFrom=2026-10-01&sort=TOTAL&direction=ASC');
    expect(lines(mine.text).slice(1).map((l) => l.split(';')[0])).toEqual(['F-2026-000004', 'F-2026-000006']);
    const outOfReach = await download(reseller, `/exports/invoices.csv?companyId=${toGlobalId('Company', 31)}`);
    expect(outOfReach.res.status).toBe(404);
    expect(JSON.parse(outOfReach.text)).toEqual({ code: 'NOT_FOUND', message: 'Société introuvable.', field: ['companyId'] });
    const all = await download(reseller, '/exports/invoices.csv?scope=ALL_IN_REACH');
    expect(all.text).not.toContain('F-2026-000007');
  });

  it('refuse bad filters with typed errors before sending anything', async () => {
    const cases: [string, string, string[]][] = [
      ['amountMin=abc', 'AMOUNT_INVALID', ['filter', 'amountMin']],
      ['amountMin=500&amountMax=100', 'AMOUNT_RANGE_INVALID', ['filter', 'amountMin']],
      ['issuedFrom=hier', 'DATE_INVALID', ['filter', 'issuedFrom']],
      ['states=LATE', 'VALUE_INVALID', ['filter', 'states']],
      ['sort=AMOUNT', 'VALUE_INVALID', ['orderBy', 'field']],
      ['scope=ALL_IN_REACH&companyId=' + toGlobalId('Company', 24), 'SCOPE_CONFLICT', ['companyId']],
      ['scope=ALL_IN_REACH&companyIds=xyz', 'ID_INVALID', ['filter', 'companyIds', '0']],
    ];
    for (const [query, code, field] of cases) {
      const { res, text } = await download(reseller, `/exports/invoices.csv?${query}`);
      expect(res.status, query).toBe(400);
      expect(JSON.parse(text), query).toMatchObject({ code, field });
    }
    expect((await download(null, '/exports/invoices.csv')).res.status).toBe(401);
  });

  it('give the credit note list', async () => {
    const { res, text } = await download(customer, '/exports/credit-notes.csv');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="avoirs.csv"');
    expect(lines(text)).toEqual([
      "N° d'avoir;Facture corrigée;Client;Référence client;Date d'émission;Remboursement au plus tard le;Montant HT;TVA;Montant TTC;État;Motif",
      'A-2026-000001;F-2026-000006;Client 1 du revendeur présentation;OIP-00000024;05/11/2026;15/11/2026;14,35;2,87;17,22;Émis;Remboursement prorata temporis : interruption de service du 10/10/2026 au 14/10/2026',
    ]);
    const other = await download(reseller, '/exports/credit-notes.csv?scope=ALL_IN_REACH');
    expect(lines(other.text)).toHaveLength(2);
    expect(other.text).not.toContain('A-2026-000002');
  });

  it('stream long lists in full, batch after batch', async () => {
    await portal.db.orm.em.getConnection().execute(`
      insert into invoice (number, year, sequence_number, purpose, billed_company_id, period_start, period_end, issued_on, due_on, state,
                           total_excl_vat_cents, total_vat_cents, total_incl_vat_cents)
      select 'F-2025-' || lpad(g::text, 6, '0'), 2025, g, 'CLOSING', 44660, date '2025-01-01', date '2025-01-31',
             date '2025-02-01' + (g % 5), date '2025-03-01', 'PAID', 100 * g, 20 * g, 120 * g
      from generate_series(1, 250) g`);
    const { text } = await download(reseller, '/exports/invoices.csv?scope=ALL_IN_REACH&sort=ISSUED_ON&direction=ASC');
    const numbers = lines(text).slice(1).map((l) => l.split(';')[0]!);
    expect(numbers).toHaveLength(256);
    expect(new Set(numbers).size).toBe(256);
    const { data } = await reseller.gql(`{ invoices(scope: ALL_IN_REACH, orderBy: { field: ISSUED_ON, direction: ASC }, first: 100) { totalCount edges { node { number } } } }`);
    expect(data.invoices.totalCount).toBe(256);
    expect(numbers.slice(0, 100)).toEqual(data.invoices.edges.map((e: { node: { number: string } }) => e.node.number));
  });
});

describe('EN 16931 XML alone, in CII or UBL', () => {
  it('serves the CII the PDF embeds and the UBL of the same invoice, over HTTP and in the API', async () => {
    const path = `/documents/invoices/${invoiceId(2)}`;
    const pdf = await download(customer, `${path}.pdf`);
    const cii = await download(customer, `${path}.cii.xml`);
    expect(cii.res.status).toBe(200);
    expect(cii.res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(cii.res.headers.get('content-disposition')).toBe('inline; filename="F-2026-000002.cii.xml"');
    expect(cii.text).toBe((await attachments(pdf.bytes)).get('factur-x.xml'));
    const ubl = await download(customer, `${path}.ubl.xml`);
    expect(ubl.res.status).toBe(200);
    expect(ubl.text).toContain('<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"');
    expect(ubl.text).toContain('<cbc:ID>F-2026-000002</cbc:ID>');
    const { data } = await customer.gql(`query($id: ID!) { invoice(id: $id) { totalInclVatCents ubl: xml(syntax: UBL) cii: xml } }`, { id: invoiceId(2) });
    expect(data.invoice.ubl).toBe(ubl.text);
    expect(data.invoice.cii).toBe(cii.text);
    expect(ubl.text).toContain(`<cbc:PayableAmount currencyID="EUR">${decimal(data.invoice.totalInclVatCents)}</cbc:PayableAmount>`);
  });

  it('serves a credit note as a UBL CreditNote', async () => {
    const ubl = await download(customer, `/documents/credit-notes/${creditNoteId(1)}.ubl.xml`);
    expect(ubl.res.status).toBe(200);
    expect(ubl.text).toContain('<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>');
  });

  it('answers 404 for a document out of reach, in either syntax', async () => {
    for (const ext of ['cii.xml', 'ubl.xml']) {
      const { res } = await download(customer, `/documents/invoices/${otherInvoiceId}.${ext}`);
      expect(res.status).toBe(404);
    }
  });
});
