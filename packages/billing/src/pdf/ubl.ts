import { ELECTRONIC_ADDRESS_SCHEME, FACTUR_X_GUIDELINE, SIREN_SCHEME, documentTypeCode, escapeXml as escape, lineTotal, paymentTermsText, percent } from './factur-x.js';
import { BILLING_FRAMEWORK, VAT_EXEMPTION, VAT_ON_DEBITS_DUE_DATE_CODE, documentNotes } from './mentions.js';
import { type Party, type PostalAddress, type PrintableDocument, decimalAmount, severalSites, singleDeliverySite, siteText } from './printable.js';

const money = (cents: number) => `currencyID="EUR">${decimalAmount(cents)}`;

function address(tag: string, a: PostalAddress | null, country: string | null, indent: string): string[] {
  if (!a && !country) return [];
  return [
    `${indent}<cac:${tag}>`,
    ...(a ? [
      `${indent}  <cbc:StreetName>${escape(a.line1)}</cbc:StreetName>`,
      ...(a.line2 ? [`${indent}  <cbc:AdditionalStreetName>${escape(a.line2)}</cbc:AdditionalStreetName>`] : []),
      `${indent}  <cbc:CityName>${escape(a.city)}</cbc:CityName>`,
      `${indent}  <cbc:PostalZone>${escape(a.postalCode)}</cbc:PostalZone>`,
    ] : []),
    `${indent}  <cac:Country><cbc:IdentificationCode>${escape(a?.country ?? country!)}</cbc:IdentificationCode></cac:Country>`,
    `${indent}</cac:${tag}>`,
  ];
}

function party(tag: 'AccountingSupplierParty' | 'AccountingCustomerParty', p: Party): string[] {
  return [
    `  <cac:${tag}>`,
    '    <cac:Party>',
    ...(p.electronicAddress ? [`      <cbc:EndpointID schemeID="${ELECTRONIC_ADDRESS_SCHEME}">${escape(p.electronicAddress)}</cbc:EndpointID>`] : []),
    ...address('PostalAddress', p.address, p.country, '      '),
    ...(p.vatNumber ? ['      <cac:PartyTaxScheme>', `        <cbc:CompanyID>${p.vatNumber}</cbc:CompanyID>`, '        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>', '      </cac:PartyTaxScheme>'] : []),
    '      <cac:PartyLegalEntity>',
    `        <cbc:RegistrationName>${escape(p.name)}</cbc:RegistrationName>`,
    ...(p.siren ? [`        <cbc:CompanyID schemeID="${SIREN_SCHEME}">${p.siren}</cbc:CompanyID>`] : []),
    ...(p.legalInfo ? [`        <cbc:CompanyLegalForm>${escape(p.legalInfo)}</cbc:CompanyLegalForm>`] : []),
    '      </cac:PartyLegalEntity>',
    '    </cac:Party>',
    `  </cac:${tag}>`,
  ];
}

/**
 * The document as UBL 2.1 (OASIS Invoice or CreditNote), bound to EN 16931 with the French rules,
 * written from the same model as the Factur-X CII: billing framework S1 as ProfileID (BT-23),
 * electronic addresses as EndpointID scheme 0225, SIREN as legal identifier scheme 0002, one
 * note per mention with its subject code ("#PMD#…", the French convention for BT-21 in UBL).
 */
export function ublXml(doc: PrintableDocument): string {
  const credit = doc.kind === 'CREDIT_NOTE';
  const root = credit ? 'CreditNote' : 'Invoice';
  const lineTag = credit ? 'CreditNoteLine' : 'InvoiceLine';
  const quantityTag = credit ? 'CreditedQuantity' : 'InvoicedQuantity';
  const pay = doc.payment;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2"`
      + ' xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"'
      + ' xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">',
    `  <cbc:CustomizationID>${FACTUR_X_GUIDELINE}</cbc:CustomizationID>`,
    `  <cbc:ProfileID>${BILLING_FRAMEWORK}</cbc:ProfileID>`,
    `  <cbc:ID>${escape(doc.number)}</cbc:ID>`,
    `  <cbc:IssueDate>${doc.issuedOn}</cbc:IssueDate>`,
    ...(credit ? [] : [`  <cbc:DueDate>${doc.dueOn}</cbc:DueDate>`]),
    `  <cbc:${root}TypeCode>${documentTypeCode(doc)}</cbc:${root}TypeCode>`,
    ...documentNotes(doc).map((n) => `  <cbc:Note>#${n.subjectCode}#${escape(n.text)}</cbc:Note>`),
    '  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>',
    `  <cbc:BuyerReference>${escape(doc.buyer.reference)}</cbc:BuyerReference>`,
    '  <cac:InvoicePeriod>',
    `    <cbc:StartDate>${doc.periodStart}</cbc:StartDate>`,
    `    <cbc:EndDate>${doc.periodEnd}</cbc:EndDate>`,
    ...(doc.seller.vatOnDebits ? [`    <cbc:DescriptionCode>${VAT_ON_DEBITS_DUE_DATE_CODE.ubl}</cbc:DescriptionCode>`] : []),
    '  </cac:InvoicePeriod>',
    ...(doc.correctedInvoice ? [
      '  <cac:BillingReference>',
      '    <cac:InvoiceDocumentReference>',
      `      <cbc:ID>${escape(doc.correctedInvoice.number)}</cbc:ID>`,
      `      <cbc:IssueDate>${doc.correctedInvoice.issuedOn}</cbc:IssueDate>`,
      '    </cac:InvoiceDocumentReference>',
      '  </cac:BillingReference>',
    ] : []),
    ...party('AccountingSupplierParty', doc.seller),
    ...party('AccountingCustomerParty', doc.buyer),
  ];
  const shipTo = singleDeliverySite(doc);
  out.push(
    '  <cac:Delivery>',
    `    <cbc:ActualDeliveryDate>${doc.periodEnd}</cbc:ActualDeliveryDate>`,
    ...(shipTo ? ['    <cac:DeliveryLocation>', ...address('Address', shipTo.address, null, '      '), '    </cac:DeliveryLocation>',
      `    <cac:DeliveryParty><cac:PartyName><cbc:Name>${escape(shipTo.name)}</cbc:Name></cac:PartyName></cac:DeliveryParty>`] : []),
    '  </cac:Delivery>',
  );
  if (credit) {
    out.push('  <cac:PaymentMeans>', '    <cbc:PaymentMeansCode>1</cbc:PaymentMeansCode>', `    <cbc:PaymentDueDate>${doc.dueOn}</cbc:PaymentDueDate>`, `    <cbc:PaymentID>${escape(doc.number)}</cbc:PaymentID>`, '  </cac:PaymentMeans>');
  } else if (pay.method === 'SEPA_DIRECT_DEBIT' && pay.debtorIban) {
    out.push(
      '  <cac:PaymentMeans>', '    <cbc:PaymentMeansCode>59</cbc:PaymentMeansCode>', `    <cbc:PaymentID>${escape(doc.number)}</cbc:PaymentID>`,
      '    <cac:PaymentMandate>', ...(pay.mandateReference ? [`      <cbc:ID>${escape(pay.mandateReference)}</cbc:ID>`] : []),
      `      <cac:PayerFinancialAccount><cbc:ID>${escape(pay.debtorIban)}</cbc:ID></cac:PayerFinancialAccount>`, '    </cac:PaymentMandate>', '  </cac:PaymentMeans>',
    );
  } else if (pay.method === 'TRANSFER' && pay.creditorIban) {
    out.push(
      '  <cac:PaymentMeans>', '    <cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>', `    <cbc:PaymentID>${escape(doc.number)}</cbc:PaymentID>`,
      '    <cac:PayeeFinancialAccount>', `      <cbc:ID>${escape(pay.creditorIban)}</cbc:ID>`,
      ...(pay.creditorBic ? [`      <cac:FinancialInstitutionBranch><cbc:ID>${escape(pay.creditorBic)}</cbc:ID></cac:FinancialInstitutionBranch>`] : []),
      '    </cac:PayeeFinancialAccount>', '  </cac:PaymentMeans>',
    );
  }
  out.push(`  <cac:PaymentTerms><cbc:Note>${escape(paymentTermsText(doc))}</cbc:Note></cac:PaymentTerms>`);
  out.push('  <cac:TaxTotal>', `    <cbc:TaxAmount ${money(doc.totals.totalVatCents)}</cbc:TaxAmount>`);
  for (const vat of doc.vatBreakdown) {
    const exemption = VAT_EXEMPTION[vat.vatCategory];
    out.push(
      '    <cac:TaxSubtotal>',
      `      <cbc:TaxableAmount ${money(vat.baseExclVatCents)}</cbc:TaxableAmount>`,
      `      <cbc:TaxAmount ${money(vat.vatCents)}</cbc:TaxAmount>`,
      '      <cac:TaxCategory>',
      `        <cbc:ID>${vat.vatCategory}</cbc:ID>`,
      `        <cbc:Percent>${percent(vat.vatRateBasisPoints)}</cbc:Percent>`,
      ...(exemption?.code ? [`        <cbc:TaxExemptionReasonCode>${exemption.code}</cbc:TaxExemptionReasonCode>`] : []),
      ...(exemption ? [`        <cbc:TaxExemptionReason>${escape(exemption.text)}</cbc:TaxExemptionReason>`] : []),
      '        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>',
      '      </cac:TaxCategory>',
      '    </cac:TaxSubtotal>',
    );
  }
  out.push(
    '  </cac:TaxTotal>',
    '  <cac:LegalMonetaryTotal>',
    `    <cbc:LineExtensionAmount ${money(lineTotal(doc))}</cbc:LineExtensionAmount>`,
    `    <cbc:TaxExclusiveAmount ${money(doc.totals.totalExclVatCents)}</cbc:TaxExclusiveAmount>`,
    `    <cbc:TaxInclusiveAmount ${money(doc.totals.totalInclVatCents)}</cbc:TaxInclusiveAmount>`,
    `    <cbc:PayableAmount ${money(doc.totals.totalInclVatCents)}</cbc:PayableAmount>`,
    '  </cac:LegalMonetaryTotal>',
  );
  const siteNotes = severalSites(doc);
  for (const line of doc.lines) {
    out.push(
      `  <cac:${lineTag}>`,
      `    <cbc:ID>${line.position}</cbc:ID>`,
      ...(siteNotes && line.deliverySite ? [`    <cbc:Note>Site de livraison : ${escape(siteText(line.deliverySite))}</cbc:Note>`] : []),
      `    <cbc:${quantityTag} unitCode="C62">${line.quantity}</cbc:${quantityTag}>`,
      `    <cbc:LineExtensionAmount ${money(line.totalExclVatCents)}</cbc:LineExtensionAmount>`,
      ...(line.periodStart && line.periodEnd ? ['    <cac:InvoicePeriod>', `      <cbc:StartDate>${line.periodStart}</cbc:StartDate>`, `      <cbc:EndDate>${line.periodEnd}</cbc:EndDate>`, '    </cac:InvoicePeriod>'] : []),
      '    <cac:Item>',
      `      <cbc:Name>${escape(line.label)}</cbc:Name>`,
      '      <cac:ClassifiedTaxCategory>',
      `        <cbc:ID>${line.vatCategory}</cbc:ID>`,
      `        <cbc:Percent>${percent(line.vatRateBasisPoints)}</cbc:Percent>`,
      '        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>',
      '      </cac:ClassifiedTaxCategory>',
      '    </cac:Item>',
      `    <cac:Price><cbc:PriceAmount ${money(line.unitPriceExclVatCents)}</cbc:PriceAmount></cac:Price>`,
      `  </cac:${lineTag}>`,
    );
  }
  out.push(`</${root}>`, '');
  return out.join('\n');
}
