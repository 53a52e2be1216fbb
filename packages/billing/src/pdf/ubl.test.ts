import { describe, expect, it } from 'vitest';
import { VatCategory, documentTotals, lineAmounts } from '@portal/kernel';
import { facturXml } from './factur-x.js';
import { type PrintableDocument, type PrintableLine, vatBreakdown } from './printable.js';
import { ublXml } from './ubl.js';

const address = { line1: '1 rue de la Paix', line2: null, postalCode: '75002', city: 'Paris', country: 'FR' };
const line = (position: number, unit: number, rate = 2000, category = rate > 0 ? VatCategory.STANDARD : VatCategory.ZERO_RATED): PrintableLine => ({
  position, label: `Ligne ${position} & co`, periodStart: '2026-11-01', periodEnd: '2026-11-30', quantity: 1, unitPriceExclVatCents: unit,
  vatRateBasisPoints: rate, vatCategory: category, ...lineAmounts(1, unit, rate), deliverySite: null,
});
function doc(lines: PrintableLine[], change: Partial<PrintableDocument> = {}): PrintableDocument {
  return {
    kind: 'INVOICE', number: 'F-2026-000001', issuedOn: '2026-12-01', dueOn: '2026-12-31', periodStart: '2026-11-01', periodEnd: '2026-11-30',
    seller: { name: 'Opérateur', legalForm: 'SAS', reference: 'OIP-00000001', siren: '552100554', vatNumber: 'FR13552100554', address, country: 'FR', legalInfo: 'SAS au capital de 1 000,00 € — RCS Paris 552 100 554', electronicAddress: '552100554' },
    buyer: { name: 'Client', legalForm: 'SARL', reference: 'OIP-00000024', siren: '443061841', vatNumber: 'FR30443061841', address, country: 'FR', legalInfo: null, electronicAddress: '443061841' },
    lines, totals: documentTotals(lines), vatBreakdown: vatBreakdown(lines),
    payment: { method: 'TRANSFER', mandateReference: null, debtorIban: null, creditorIban: 'FR7630006000011234567890189', creditorBic: 'BNPAFRPPXXX' },
    correctedInvoice: null, reason: null, ...change,
  };
}

const all = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]);
const one = (xml: string, tag: string) => all(xml, tag)[0];

describe('UBL 2.1 from the same model as the CII', () => {
  const invoice = doc([line(1, 8900), line(2, 1000, 0), line(3, 2, 2000)]);
  const ubl = ublXml(invoice);
  const cii = facturXml(invoice);

  it('says what the CII says: number, type, dates, billing framework, parties, identifiers and addresses', () => {
    expect(ubl).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/);
    expect(one(ubl, 'cbc:CustomizationID')).toBe('urn:cen.eu:en16931:2017');
    expect(one(ubl, 'cbc:ProfileID')).toBe('S1');
    expect(one(ubl, 'cbc:ID')).toBe(one(cii.slice(cii.indexOf('<rsm:ExchangedDocument>')), 'ram:ID'));
    expect(one(ubl, 'cbc:InvoiceTypeCode')).toBe(one(cii, 'ram:TypeCode'));
    expect(one(ubl, 'cbc:IssueDate')!.replaceAll('-', '')).toBe(one(cii, 'udt:DateTimeString'));
    expect(one(ubl, 'cbc:DueDate')).toBe('2026-12-31');
    expect(all(ubl, 'cbc:EndpointID')).toEqual(all(cii, 'ram:URIID'));
    expect(ubl).toContain('<cbc:EndpointID schemeID="0225">552100554</cbc:EndpointID>');
    expect(ubl).toContain('<cbc:CompanyID schemeID="0002">443061841</cbc:CompanyID>');
    expect(one(ubl, 'cbc:CompanyLegalForm')).toBe(one(cii, 'ram:Description'));
    expect(all(ubl, 'cbc:RegistrationName')).toEqual(['Opérateur', 'Client']);
    expect(all(ubl, 'cbc:IdentificationCode')).toEqual(['FR', 'FR']);
  });

  it('says the same amounts: the VAT per category and rate, the totals, each line', () => {
    expect(all(ubl, 'cbc:TaxableAmount')).toEqual(all(cii, 'ram:BasisAmount'));
    expect(all(ubl.slice(ubl.indexOf('<cac:TaxSubtotal>')), 'cbc:TaxAmount').slice(0, 2)).toEqual(all(cii, 'ram:CalculatedAmount'));
    expect(one(ubl, 'cbc:TaxAmount')).toBe(one(cii, 'ram:TaxTotalAmount'));
    expect(one(ubl, 'cbc:TaxInclusiveAmount')).toBe(one(cii, 'ram:GrandTotalAmount'));
    expect(one(ubl, 'cbc:PayableAmount')).toBe(one(cii, 'ram:DuePayableAmount'));
    expect(all(ubl, 'cbc:PriceAmount')).toEqual(all(cii, 'ram:ChargeAmount'));
    expect(all(ubl, 'cbc:Name')).toEqual(['Ligne 1 &amp; co', 'Ligne 2 &amp; co', 'Ligne 3 &amp; co']);
    // BR-Z-10 in UBL too: the zero-rated subtotal has no exemption reason.
    expect(ubl).not.toContain('TaxExemptionReason');
  });

  it('carries the same notes, each with its subject code, and the transfer account', () => {
    expect(all(ubl, 'cbc:Note').filter((n) => n!.startsWith('#')).map((n) => n!.slice(1, 4))).toEqual(['PMD', 'PMT', 'AAB']);
    expect(ubl).toContain('<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>');
    expect(ubl).toContain('<cbc:ID>FR7630006000011234567890189</cbc:ID>');
  });

  it('writes a credit note as a UBL CreditNote naming the invoice it corrects, without penalties', () => {
    const credit = ublXml(doc([line(1, 1435, 0, VatCategory.REVERSE_CHARGE)], { kind: 'CREDIT_NOTE', reason: 'Geste', correctedInvoice: { number: 'F-2026-000001', issuedOn: '2026-11-01' } }));
    expect(credit).toContain('<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"');
    expect(one(credit, 'cbc:CreditNoteTypeCode')).toBe('381');
    expect(credit).toMatch(/<cac:InvoiceDocumentReference>\s*<cbc:ID>F-2026-000001<\/cbc:ID>\s*<cbc:IssueDate>2026-11-01<\/cbc:IssueDate>/);
    expect(credit).toContain('<cbc:CreditedQuantity unitCode="C62">1</cbc:CreditedQuantity>');
    expect(credit).toContain('<cbc:TaxExemptionReasonCode>VATEX-EU-AE</cbc:TaxExemptionReasonCode>');
    expect(credit).not.toContain('trois fois');
  });
});
