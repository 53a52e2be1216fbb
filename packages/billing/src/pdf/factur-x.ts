import { type Party, type PrintableDocument, decimalAmount } from './printable.js';
import { LATE_PAYMENT_TERMS } from './mentions.js';

/** The file name Factur-X requires for the embedded XML. */
export const FACTUR_X_FILE_NAME = 'factur-x.xml';
/** The Factur-X profile written: EN 16931 ("COMFORT"). */
export const FACTUR_X_CONFORMANCE_LEVEL = 'EN 16931';
export const FACTUR_X_GUIDELINE = 'urn:cen.eu:en16931:2017';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** YYYY-MM-DD → 20260901, the CII "102" date format. */
const date102 = (iso: string) => iso.replaceAll('-', '');
const udtDate = (iso: string) => `<udt:DateTimeString format="102">${date102(iso)}</udt:DateTimeString>`;
const percent = (basisPoints: number) => `${Math.floor(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, '0')}`;
/** VAT category (UNCL5305): S standard rate, Z zero rated. */
const category = (basisPoints: number) => (basisPoints > 0 ? 'S' : 'Z');

function party(tag: 'SellerTradeParty' | 'BuyerTradeParty', p: Party, indent: string): string {
  const lines = [`${indent}<ram:${tag}>`, `${indent}  <ram:Name>${escape(p.name)}</ram:Name>`];
  if (p.siren) {
    lines.push(
      `${indent}  <ram:SpecifiedLegalOrganization>`,
      `${indent}    <ram:ID schemeID="0002">${p.siren}</ram:ID>`,
      `${indent}    <ram:TradingBusinessName>${escape(p.name)}</ram:TradingBusinessName>`,
      `${indent}  </ram:SpecifiedLegalOrganization>`,
    );
  }
  if (p.address) {
    lines.push(
      `${indent}  <ram:PostalTradeAddress>`,
      `${indent}    <ram:PostcodeCode>${escape(p.address.postalCode)}</ram:PostcodeCode>`,
      `${indent}    <ram:LineOne>${escape(p.address.line1)}</ram:LineOne>`,
      ...(p.address.line2 ? [`${indent}    <ram:LineTwo>${escape(p.address.line2)}</ram:LineTwo>`] : []),
      `${indent}    <ram:CityName>${escape(p.address.city)}</ram:CityName>`,
      `${indent}    <ram:CountryID>${escape(p.address.country)}</ram:CountryID>`,
      `${indent}  </ram:PostalTradeAddress>`,
    );
  }
  if (p.vatNumber) {
    lines.push(
      `${indent}  <ram:SpecifiedTaxRegistration>`,
      `${indent}    <ram:ID schemeID="VA">${p.vatNumber}</ram:ID>`,
      `${indent}  </ram:SpecifiedTaxRegistration>`,
    );
  }
  lines.push(`${indent}</ram:${tag}>`);
  return lines.join('\n');
}

/**
 * The document as a UN/CEFACT Cross Industry Invoice (D16B), Factur-X profile EN 16931: what a
 * buyer's software reads instead of the PDF. Type 380 for an invoice, 381 for a credit note
 * (amounts positive, with the corrected invoice as the preceding invoice reference). Amounts are
 * decimal euros written from the cents, never through floating point.
 */
export function facturXml(doc: PrintableDocument): string {
  const isCreditNote = doc.kind === 'CREDIT_NOTE';
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"'
      + ' xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100"'
      + ' xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"'
      + ' xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">',
    '  <rsm:ExchangedDocumentContext>',
    '    <ram:GuidelineSpecifiedDocumentContextParameter>',
    `      <ram:ID>${FACTUR_X_GUIDELINE}</ram:ID>`,
    '    </ram:GuidelineSpecifiedDocumentContextParameter>',
    '  </rsm:ExchangedDocumentContext>',
    '  <rsm:ExchangedDocument>',
    `    <ram:ID>${escape(doc.number)}</ram:ID>`,
    `    <ram:TypeCode>${isCreditNote ? 381 : 380}</ram:TypeCode>`,
    `    <ram:IssueDateTime>${udtDate(doc.issuedOn)}</ram:IssueDateTime>`,
  ];
  if (doc.reason) out.push('    <ram:IncludedNote>', `      <ram:Content>${escape(doc.reason)}</ram:Content>`, '      <ram:SubjectCode>AAI</ram:SubjectCode>', '    </ram:IncludedNote>');
  out.push(
    '    <ram:IncludedNote>',
    `      <ram:Content>${escape(LATE_PAYMENT_TERMS)}</ram:Content>`,
    '      <ram:SubjectCode>PMT</ram:SubjectCode>',
    '    </ram:IncludedNote>',
    '  </rsm:ExchangedDocument>',
    '  <rsm:SupplyChainTradeTransaction>',
  );
  for (const line of doc.lines) {
    out.push(
      '    <ram:IncludedSupplyChainTradeLineItem>',
      '      <ram:AssociatedDocumentLineDocument>',
      `        <ram:LineID>${line.position}</ram:LineID>`,
      '      </ram:AssociatedDocumentLineDocument>',
      '      <ram:SpecifiedTradeProduct>',
      `        <ram:Name>${escape(line.label)}</ram:Name>`,
      '      </ram:SpecifiedTradeProduct>',
      '      <ram:SpecifiedLineTradeAgreement>',
      '        <ram:NetPriceProductTradePrice>',
      `          <ram:ChargeAmount>${decimalAmount(line.unitPriceExclVatCents)}</ram:ChargeAmount>`,
      '        </ram:NetPriceProductTradePrice>',
      '      </ram:SpecifiedLineTradeAgreement>',
      '      <ram:SpecifiedLineTradeDelivery>',
      `        <ram:BilledQuantity unitCode="C62">${line.quantity}</ram:BilledQuantity>`,
      '      </ram:SpecifiedLineTradeDelivery>',
      '      <ram:SpecifiedLineTradeSettlement>',
      '        <ram:ApplicableTradeTax>',
      '          <ram:TypeCode>VAT</ram:TypeCode>',
      `          <ram:CategoryCode>${category(line.vatRateBasisPoints)}</ram:CategoryCode>`,
      `          <ram:RateApplicablePercent>${percent(line.vatRateBasisPoints)}</ram:RateApplicablePercent>`,
      '        </ram:ApplicableTradeTax>',
    );
    if (line.periodStart && line.periodEnd) {
      out.push(
        '        <ram:BillingSpecifiedPeriod>',
        `          <ram:StartDateTime>${udtDate(line.periodStart)}</ram:StartDateTime>`,
        `          <ram:EndDateTime>${udtDate(line.periodEnd)}</ram:EndDateTime>`,
        '        </ram:BillingSpecifiedPeriod>',
      );
    }
    out.push(
      '        <ram:SpecifiedTradeSettlementLineMonetarySummation>',
      `          <ram:LineTotalAmount>${decimalAmount(line.totalExclVatCents)}</ram:LineTotalAmount>`,
      '        </ram:SpecifiedTradeSettlementLineMonetarySummation>',
      '      </ram:SpecifiedLineTradeSettlement>',
      '    </ram:IncludedSupplyChainTradeLineItem>',
    );
  }
  out.push(
    '    <ram:ApplicableHeaderTradeAgreement>',
    `      <ram:BuyerReference>${escape(doc.buyer.reference)}</ram:BuyerReference>`,
    party('SellerTradeParty', doc.seller, '      '),
    party('BuyerTradeParty', doc.buyer, '      '),
    '    </ram:ApplicableHeaderTradeAgreement>',
    '    <ram:ApplicableHeaderTradeDelivery>',
    '      <ram:ActualDeliverySupplyChainEvent>',
    `        <ram:OccurrenceDateTime>${udtDate(doc.periodEnd)}</ram:OccurrenceDateTime>`,
    '      </ram:ActualDeliverySupplyChainEvent>',
    '    </ram:ApplicableHeaderTradeDelivery>',
    '    <ram:ApplicableHeaderTradeSettlement>',
    `      <ram:PaymentReference>${escape(doc.number)}</ram:PaymentReference>`,
    '      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>',
  );
  // Payment instructions only when complete (EN 16931 BR-61: a transfer names the account to pay).
  const pay = doc.payment;
  if (!isCreditNote && pay.method === 'SEPA_DIRECT_DEBIT' && pay.debtorIban) {
    out.push(
      '      <ram:SpecifiedTradeSettlementPaymentMeans>',
      '        <ram:TypeCode>59</ram:TypeCode>',
      '        <ram:PayerPartyDebtorFinancialAccount>',
      `          <ram:IBANID>${escape(pay.debtorIban)}</ram:IBANID>`,
      '        </ram:PayerPartyDebtorFinancialAccount>',
      '      </ram:SpecifiedTradeSettlementPaymentMeans>',
    );
  } else if (!isCreditNote && pay.method === 'TRANSFER' && pay.creditorIban) {
    out.push(
      '      <ram:SpecifiedTradeSettlementPaymentMeans>',
      '        <ram:TypeCode>58</ram:TypeCode>',
      '        <ram:PayeePartyCreditorFinancialAccount>',
      `          <ram:IBANID>${escape(pay.creditorIban)}</ram:IBANID>`,
      '        </ram:PayeePartyCreditorFinancialAccount>',
      ...(pay.creditorBic ? ['        <ram:PayeeSpecifiedCreditorFinancialInstitution>', `          <ram:BICID>${escape(pay.creditorBic)}</ram:BICID>`, '        </ram:PayeeSpecifiedCreditorFinancialInstitution>'] : []),
      '      </ram:SpecifiedTradeSettlementPaymentMeans>',
    );
  }
  for (const vat of doc.vatBreakdown) {
    out.push(
      '      <ram:ApplicableTradeTax>',
      `        <ram:CalculatedAmount>${decimalAmount(vat.vatCents)}</ram:CalculatedAmount>`,
      '        <ram:TypeCode>VAT</ram:TypeCode>',
      ...(vat.vatRateBasisPoints === 0 ? ['        <ram:ExemptionReason>Taux zéro</ram:ExemptionReason>'] : []),
      `        <ram:BasisAmount>${decimalAmount(vat.baseExclVatCents)}</ram:BasisAmount>`,
      `        <ram:CategoryCode>${category(vat.vatRateBasisPoints)}</ram:CategoryCode>`,
      `        <ram:RateApplicablePercent>${percent(vat.vatRateBasisPoints)}</ram:RateApplicablePercent>`,
      '      </ram:ApplicableTradeTax>',
    );
  }
  out.push(
    '      <ram:BillingSpecifiedPeriod>',
    `        <ram:StartDateTime>${udtDate(doc.periodStart)}</ram:StartDateTime>`,
    `        <ram:EndDateTime>${udtDate(doc.periodEnd)}</ram:EndDateTime>`,
    '      </ram:BillingSpecifiedPeriod>',
    '      <ram:SpecifiedTradePaymentTerms>',
    `        <ram:Description>${escape(paymentTermsText(doc))}</ram:Description>`,
    `        <ram:DueDateDateTime>${udtDate(doc.dueOn)}</ram:DueDateDateTime>`,
    ...(!isCreditNote && pay.method === 'SEPA_DIRECT_DEBIT' && pay.mandateReference ? [`        <ram:DirectDebitMandateID>${escape(pay.mandateReference)}</ram:DirectDebitMandateID>`] : []),
    '      </ram:SpecifiedTradePaymentTerms>',
    '      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>',
    `        <ram:LineTotalAmount>${decimalAmount(doc.lines.reduce((sum, l) => sum + l.totalExclVatCents, 0))}</ram:LineTotalAmount>`,
    `        <ram:TaxBasisTotalAmount>${decimalAmount(doc.totals.totalExclVatCents)}</ram:TaxBasisTotalAmount>`,
    `        <ram:TaxTotalAmount currencyID="EUR">${decimalAmount(doc.totals.totalVatCents)}</ram:TaxTotalAmount>`,
    `        <ram:GrandTotalAmount>${decimalAmount(doc.totals.totalInclVatCents)}</ram:GrandTotalAmount>`,
    `        <ram:DuePayableAmount>${decimalAmount(doc.totals.totalInclVatCents)}</ram:DuePayableAmount>`,
    '      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>',
  );
  if (doc.correctedInvoice) {
    out.push(
      '      <ram:InvoiceReferencedDocument>',
      `        <ram:IssuerAssignedID>${escape(doc.correctedInvoice.number)}</ram:IssuerAssignedID>`,
      `        <ram:FormattedIssueDateTime><qdt:DateTimeString format="102">${date102(doc.correctedInvoice.issuedOn)}</qdt:DateTimeString></ram:FormattedIssueDateTime>`,
      '      </ram:InvoiceReferencedDocument>',
    );
  }
  out.push('    </ram:ApplicableHeaderTradeSettlement>', '  </rsm:SupplyChainTradeTransaction>', '</rsm:CrossIndustryInvoice>', '');
  return out.join('\n');
}

/** The payment terms in words (the PDF prints the same sentence). */
export function paymentTermsText(doc: PrintableDocument): string {
  const due = doc.dueOn.split('-').reverse().join('/');
  if (doc.kind === 'CREDIT_NOTE') {
    return `Remboursement au plus tard le ${due}.`;
  }
  const days = Math.round((Date.parse(`${doc.dueOn}T00:00:00Z`) - Date.parse(`${doc.issuedOn}T00:00:00Z`)) / 86_400_000);
  const delay = `Paiement à ${days} jours date de facture, au plus tard le ${due}`;
  switch (doc.payment.method) {
    case 'SEPA_DIRECT_DEBIT':
      return `${delay}, par prélèvement SEPA.`;
    case 'TRANSFER':
      return `${delay}, par virement${doc.payment.creditorIban ? ` sur le compte IBAN ${doc.payment.creditorIban}` : ''}.`;
    default:
      return `${delay}.`;
  }
}
