import { BILLING_FRAMEWORK, VAT_EXEMPTION, documentNotes } from './mentions.js';
import { type Party, type PostalAddress, type PrintableDocument, decimalAmount, frenchDate, severalSites, singleDeliverySite, siteText } from './printable.js';

/** The file name Factur-X requires for the embedded XML. */
export const FACTUR_X_FILE_NAME = 'factur-x.xml';
/** The Factur-X profile written: EN 16931 ("COMFORT"). */
export const FACTUR_X_CONFORMANCE_LEVEL = 'EN 16931';
export const FACTUR_X_GUIDELINE = 'urn:cen.eu:en16931:2017';
/** ICD scheme of a SIREN as a legal identifier (BT-30, BT-47): 0002, SIRENE. */
export const SIREN_SCHEME = '0002';
/** Scheme of a French electronic invoicing address (BT-34, BT-49): 0225, the e-invoicing directory. */
export const ELECTRONIC_ADDRESS_SCHEME = '0225';

export const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const escape = escapeXml;

/** YYYY-MM-DD → 20260901, the CII "102" date format. */
const date102 = (iso: string) => iso.replaceAll('-', '');
const udtDate = (iso: string) => `<udt:DateTimeString format="102">${date102(iso)}</udt:DateTimeString>`;
/** 2000 → "20.00": a VAT rate as a decimal percentage. */
export const percent = (basisPoints: number) => `${Math.floor(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, '0')}`;

function postalAddress(address: PostalAddress | null, country: string | null, indent: string): string[] {
  if (!address) return country ? [`${indent}<ram:PostalTradeAddress>`, `${indent}  <ram:CountryID>${escape(country)}</ram:CountryID>`, `${indent}</ram:PostalTradeAddress>`] : [];
  return [
    `${indent}<ram:PostalTradeAddress>`,
    `${indent}  <ram:PostcodeCode>${escape(address.postalCode)}</ram:PostcodeCode>`,
    `${indent}  <ram:LineOne>${escape(address.line1)}</ram:LineOne>`,
    ...(address.line2 ? [`${indent}  <ram:LineTwo>${escape(address.line2)}</ram:LineTwo>`] : []),
    `${indent}  <ram:CityName>${escape(address.city)}</ram:CityName>`,
    `${indent}  <ram:CountryID>${escape(address.country)}</ram:CountryID>`,
    `${indent}</ram:PostalTradeAddress>`,
  ];
}

function party(tag: 'SellerTradeParty' | 'BuyerTradeParty', p: Party, indent: string): string {
  const lines = [`${indent}<ram:${tag}>`, `${indent}  <ram:Name>${escape(p.name)}</ram:Name>`];
  if (p.legalInfo) lines.push(`${indent}  <ram:Description>${escape(p.legalInfo)}</ram:Description>`);
  if (p.siren) {
    lines.push(
      `${indent}  <ram:SpecifiedLegalOrganization>`,
      `${indent}    <ram:ID schemeID="${SIREN_SCHEME}">${p.siren}</ram:ID>`,
      `${indent}    <ram:TradingBusinessName>${escape(p.name)}</ram:TradingBusinessName>`,
      `${indent}  </ram:SpecifiedLegalOrganization>`,
    );
  }
  lines.push(...postalAddress(p.address, p.country, `${indent}  `));
  if (p.electronicAddress) {
    lines.push(
      `${indent}  <ram:URIUniversalCommunication>`,
      `${indent}    <ram:URIID schemeID="${ELECTRONIC_ADDRESS_SCHEME}">${escape(p.electronicAddress)}</ram:URIID>`,
      `${indent}  </ram:URIUniversalCommunication>`,
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

/** Invoice 380, credit note 381 (UNTDID 1001). */
export const documentTypeCode = (doc: Pick<PrintableDocument, 'kind'>) => (doc.kind === 'CREDIT_NOTE' ? 381 : 380);

/**
 * The document as a UN/CEFACT Cross Industry Invoice (D16B), Factur-X profile EN 16931 with the
 * French rules: billing framework S1 (BT-23), SIREN as legal identifier (scheme 0002) and the
 * electronic addresses (scheme 0225), one note per mention with its subject code, the seller's
 * legal information (BT-33). Type 380 for an invoice, 381 for a credit note (amounts positive,
 * with the corrected invoice as the preceding invoice reference). Amounts are decimal euros
 * written from the cents, never through floating point; the VAT is the breakdown's, per rate.
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
    '    <ram:BusinessProcessSpecifiedDocumentContextParameter>',
    `      <ram:ID>${BILLING_FRAMEWORK}</ram:ID>`,
    '    </ram:BusinessProcessSpecifiedDocumentContextParameter>',
    '    <ram:GuidelineSpecifiedDocumentContextParameter>',
    `      <ram:ID>${FACTUR_X_GUIDELINE}</ram:ID>`,
    '    </ram:GuidelineSpecifiedDocumentContextParameter>',
    '  </rsm:ExchangedDocumentContext>',
    '  <rsm:ExchangedDocument>',
    `    <ram:ID>${escape(doc.number)}</ram:ID>`,
    `    <ram:TypeCode>${documentTypeCode(doc)}</ram:TypeCode>`,
    `    <ram:IssueDateTime>${udtDate(doc.issuedOn)}</ram:IssueDateTime>`,
  ];
  for (const note of documentNotes(doc)) {
    out.push('    <ram:IncludedNote>', `      <ram:Content>${escape(note.text)}</ram:Content>`, `      <ram:SubjectCode>${note.subjectCode}</ram:SubjectCode>`, '    </ram:IncludedNote>');
  }
  out.push('  </rsm:ExchangedDocument>', '  <rsm:SupplyChainTradeTransaction>');
  const siteNotes = severalSites(doc);
  for (const line of doc.lines) {
    out.push(
      '    <ram:IncludedSupplyChainTradeLineItem>',
      '      <ram:AssociatedDocumentLineDocument>',
      `        <ram:LineID>${line.position}</ram:LineID>`,
      ...(siteNotes && line.deliverySite ? ['        <ram:IncludedNote>', `          <ram:Content>Site de livraison : ${escape(siteText(line.deliverySite))}</ram:Content>`, '        </ram:IncludedNote>'] : []),
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
      `          <ram:CategoryCode>${line.vatCategory}</ram:CategoryCode>`,
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
  const shipTo = singleDeliverySite(doc);
  out.push(
    '    <ram:ApplicableHeaderTradeAgreement>',
    `      <ram:BuyerReference>${escape(doc.buyer.reference)}</ram:BuyerReference>`,
    party('SellerTradeParty', doc.seller, '      '),
    party('BuyerTradeParty', doc.buyer, '      '),
    '    </ram:ApplicableHeaderTradeAgreement>',
    '    <ram:ApplicableHeaderTradeDelivery>',
    ...(shipTo ? ['      <ram:ShipToTradeParty>', `        <ram:Name>${escape(shipTo.name)}</ram:Name>`, ...postalAddress(shipTo.address, null, '        '), '      </ram:ShipToTradeParty>'] : []),
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
    const exemption = VAT_EXEMPTION[vat.vatCategory];
    out.push(
      '      <ram:ApplicableTradeTax>',
      `        <ram:CalculatedAmount>${decimalAmount(vat.vatCents)}</ram:CalculatedAmount>`,
      '        <ram:TypeCode>VAT</ram:TypeCode>',
      ...(exemption ? [`        <ram:ExemptionReason>${escape(exemption.text)}</ram:ExemptionReason>`] : []),
      `        <ram:BasisAmount>${decimalAmount(vat.baseExclVatCents)}</ram:BasisAmount>`,
      `        <ram:CategoryCode>${vat.vatCategory}</ram:CategoryCode>`,
      ...(exemption?.code ? [`        <ram:ExemptionReasonCode>${exemption.code}</ram:ExemptionReasonCode>`] : []),
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
    `        <ram:LineTotalAmount>${decimalAmount(lineTotal(doc))}</ram:LineTotalAmount>`,
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

/** Sum of the line net amounts (BT-106). */
export const lineTotal = (doc: Pick<PrintableDocument, 'lines'>) => doc.lines.reduce((sum, l) => sum + l.totalExclVatCents, 0);

/** The payment terms in words (the PDF prints the same sentence). */
export function paymentTermsText(doc: PrintableDocument): string {
  const due = frenchDate(doc.dueOn);
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
