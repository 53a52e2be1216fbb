import { describe, expect, it } from 'vitest';
import { VatCategory, documentTotals, lineAmounts } from '@portal/kernel';
import { facturXml } from '../pdf/factur-x.js';
import { type PrintableDocument, type PrintableLine, vatBreakdown } from '../pdf/printable.js';
import { checkDocument } from './en16931.js';

const address = { line1: '1 rue de la Paix', line2: null, postalCode: '75002', city: 'Paris', country: 'FR' };

function line(position: number, unit: number, rate = 2000, category = rate > 0 ? VatCategory.STANDARD : VatCategory.ZERO_RATED): PrintableLine {
  return {
    position, label: `Ligne ${position}`, periodStart: '2026-11-01', periodEnd: '2026-11-30', quantity: 1, unitPriceExclVatCents: unit,
    vatRateBasisPoints: rate, vatCategory: category, ...lineAmounts(1, unit, rate), deliverySite: null,
  };
}

/** A valid invoice of the given lines, totals and breakdown computed as the portal computes them. */
function invoice(lines: PrintableLine[], change: Partial<PrintableDocument> = {}): PrintableDocument {
  return {
    kind: 'INVOICE', number: 'F-2026-000001', issuedOn: '2026-12-01', dueOn: '2026-12-31', periodStart: '2026-11-01', periodEnd: '2026-11-30',
    seller: {
      name: 'Opérateur', legalForm: 'SAS', reference: 'OIP-00000001', siren: '552100554', vatNumber: 'FR13552100554', address, country: 'FR',
      legalInfo: 'SAS au capital de 1 000 000,00 € — RCS Paris 552 100 554', electronicAddress: '552100554',
    },
    buyer: {
      name: 'Client', legalForm: 'SARL', reference: 'OIP-00000024', siren: '443061841', vatNumber: 'FR30443061841', address, country: 'FR',
      legalInfo: null, electronicAddress: '443061841',
    },
    lines, totals: documentTotals(lines), vatBreakdown: vatBreakdown(lines),
    payment: { method: null, mandateReference: null, debtorIban: null, creditorIban: null, creditorBic: null },
    correctedInvoice: null, reason: null, ...change,
  };
}

const rules = (doc: PrintableDocument) => checkDocument(doc).map((v) => v.rule);

describe('EN 16931 and French rules on the document model', () => {
  it('passes an ordinary invoice with no rule broken', () => {
    expect(checkDocument(invoice([line(1, 8900), line(2, 1500)]))).toEqual([]);
  });

  it('BR-Z-10: a zero-rated breakdown carries no exemption reason, in the XML', () => {
    const doc = invoice([line(1, 8900), line(2, 1000, 0)]);
    expect(rules(doc)).toEqual([]);
    const xml = facturXml(doc);
    const zero = /<ram:ApplicableTradeTax>\s*<ram:CalculatedAmount>0\.00<\/ram:CalculatedAmount>[\s\S]*?<\/ram:ApplicableTradeTax>/.exec(xml)![0];
    expect(zero).toContain('<ram:CategoryCode>Z</ram:CategoryCode>');
    expect(zero).not.toContain('ExemptionReason');
  });

  it('BR-E-10 and BR-AE-10: exempt and reverse-charge breakdowns carry their reason', () => {
    const xml = facturXml(invoice([line(1, 1000, 0, VatCategory.EXEMPT), line(2, 2000, 0, VatCategory.REVERSE_CHARGE)]));
    expect(xml).toContain('<ram:ExemptionReason>Exonération de TVA, article 261 du CGI</ram:ExemptionReason>');
    expect(xml).toContain('<ram:ExemptionReason>Autoliquidation (article 283-2 octies du CGI)</ram:ExemptionReason>');
    expect(xml).toContain('<ram:ExemptionReasonCode>VATEX-EU-AE</ram:ExemptionReasonCode>');
  });

  it('BR-AE-02: reverse charge needs the buyer VAT number', () => {
    const doc = invoice([line(1, 2000, 0, VatCategory.REVERSE_CHARGE)]);
    expect(rules({ ...doc, buyer: { ...doc.buyer, vatNumber: null } })).toContain('BR-AE-02');
  });

  it('BR-S-05, BR-Z-05: a category that contradicts its rate is refused', () => {
    expect(rules(invoice([line(1, 1000, 2000, VatCategory.ZERO_RATED)]))).toContain('BR-Z-05');
    expect(rules(invoice([line(1, 1000, 0, VatCategory.STANDARD)]))).toContain('BR-S-05');
  });

  it('BR-10 and BR-11: a buyer without a postal address is named; the XML still writes its country', () => {
    const doc = invoice([line(1, 8900)]);
    const noAddress = { ...doc, buyer: { ...doc.buyer, address: null } };
    expect(rules(noAddress)).toEqual(['BR-10']);
    expect(rules({ ...doc, buyer: { ...doc.buyer, address: null, country: null } })).toEqual(['BR-10', 'BR-11']);
    const buyer = /<ram:BuyerTradeParty>[\s\S]*<\/ram:BuyerTradeParty>/.exec(facturXml(noAddress))![0];
    expect(buyer).toContain('<ram:CountryID>FR</ram:CountryID>');
  });

  it('BR-CO-17 and BR-CO-14: the VAT is computed per rate on the summed base, and totalled from the breakdown', () => {
    // Three lines of 0,02 € at 20 %: 0,00 € each line alone, 0,01 € on the 0,06 € base.
    const lines = [line(1, 2), line(2, 2), line(3, 2)];
    const doc = invoice(lines);
    expect(doc.vatBreakdown).toEqual([{ vatCategory: 'S', vatRateBasisPoints: 2000, baseExclVatCents: 6, vatCents: 1 }]);
    expect(doc.totals.totalVatCents).toBe(1);
    expect(rules(doc)).toEqual([]);
    const summedLines = { ...doc, totals: { totalExclVatCents: 6, totalVatCents: 0, totalInclVatCents: 6 }, vatBreakdown: [{ ...doc.vatBreakdown[0]!, vatCents: 0 }] };
    expect(rules(summedLines)).toEqual(['BR-CO-17']);
    expect(rules({ ...doc, totals: { ...doc.totals, totalVatCents: 2, totalInclVatCents: 8 } })).toEqual(['BR-CO-14']);
  });

  it('BR-CO-13 and BR-CO-15: totals are the sums', () => {
    const doc = invoice([line(1, 8900)]);
    expect(rules({ ...doc, totals: { ...doc.totals, totalExclVatCents: 1 } })).toEqual(expect.arrayContaining(['BR-CO-13', 'BR-CO-15']));
  });

  it('BR-FR-12 and BR-FR-13: both electronic addresses are required, written with scheme 0225', () => {
    const doc = invoice([line(1, 8900)]);
    expect(rules({ ...doc, buyer: { ...doc.buyer, electronicAddress: null } })).toEqual(['BR-FR-12']);
    expect(rules({ ...doc, seller: { ...doc.seller, electronicAddress: null } })).toEqual(['BR-FR-13']);
    const xml = facturXml(doc);
    expect(xml).toContain('<ram:URIID schemeID="0225">552100554</ram:URIID>');
    expect(xml).toContain('<ram:URIID schemeID="0225">443061841</ram:URIID>');
  });

  it('BR-FR-10: the seller SIREN is its legal identifier, scheme 0002; the buyer SIREN too', () => {
    const doc = invoice([line(1, 8900)]);
    expect(rules({ ...doc, seller: { ...doc.seller, siren: null } })).toContain('BR-FR-10');
    const xml = facturXml(doc);
    expect(xml).toContain('<ram:ID schemeID="0002">552100554</ram:ID>');
    expect(xml).toContain('<ram:ID schemeID="0002">443061841</ram:ID>');
  });

  it('BR-FR-08: the billing framework BT-23 is S1 (services)', () => {
    expect(facturXml(invoice([line(1, 8900)]))).toMatch(/<ram:BusinessProcessSpecifiedDocumentContextParameter>\s*<ram:ID>S1<\/ram:ID>/);
  });

  it('BR-FR-05 and BR-FR-06: one note per mention, each with its subject code, once', () => {
    const xml = facturXml(invoice([line(1, 8900)]));
    for (const code of ['PMD', 'PMT', 'AAB']) expect(xml.match(new RegExp(`<ram:SubjectCode>${code}</ram:SubjectCode>`, 'g'))).toHaveLength(1);
    expect(xml).toMatch(/<ram:Content>Pénalités de retard : trois fois[^<]*<\/ram:Content>\s*<ram:SubjectCode>PMD/);
    expect(xml).toMatch(/<ram:Content>Indemnité forfaitaire[^<]*40 €[^<]*<\/ram:Content>\s*<ram:SubjectCode>PMT/);
  });

  it('a credit note carries no late-payment penalty: its notes say the mentions do not apply', () => {
    const doc = invoice([line(1, 1435)], { kind: 'CREDIT_NOTE', correctedInvoice: { number: 'F-2026-000001', issuedOn: '2026-11-01' }, reason: 'Geste commercial' });
    expect(rules(doc)).toEqual([]);
    const xml = facturXml(doc);
    expect(xml).not.toContain('trois fois le taux');
    expect(xml).not.toContain('40 €');
    expect(xml).toContain('<ram:Content>Pénalités de retard : sans objet (avoir).</ram:Content>');
    expect(rules({ ...doc, correctedInvoice: null })).toEqual(['BR-55']);
  });

  it('FR-R123-237: the seller share capital and RCS are BT-33, in the XML', () => {
    const doc = invoice([line(1, 8900)]);
    expect(rules({ ...doc, seller: { ...doc.seller, legalInfo: 'SAS' } })).toEqual(['FR-R123-237']);
    expect(facturXml(doc)).toContain('<ram:Description>SAS au capital de 1 000 000,00 € — RCS Paris 552 100 554</ram:Description>');
  });

  it('BR-FR-16: a rate that is not French is refused', () => {
    expect(rules(invoice([line(1, 1000, 1900)]))).toContain('BR-FR-16');
  });
});
