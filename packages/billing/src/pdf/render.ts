import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { FACTUR_X_CONFORMANCE_LEVEL, FACTUR_X_FILE_NAME, facturXml, paymentTermsText } from './factur-x.js';
import { BILLING_FRAMEWORK, NATURE_OF_OPERATIONS, VAT_EXEMPTION, documentNotes } from './mentions.js';
import { type Party, type PrintableDocument, euros, frenchDate, severalSites, singleDeliverySite, siteText, vatRateLabel } from './printable.js';

/*
 * Why pdfkit (rather than pdf-lib, whose last release is from 2021): it is maintained, lays text
 * out (wrapping, alignment, page breaks), has a PDF/A-3 mode, attaches files with their
 * AFRelationship, and ships the sRGB ICC profile the output intent needs.
 *
 * PDF/A-3b with pdfkit: fonts embedded (DejaVu Sans from the dejavu-fonts-ttf package, subset by
 * fontkit), the sRGB output intent with the ICC profile pdfkit ships, XMP metadata with the
 * Factur-X extension schema, and the CII XML attached as factur-x.xml (AFRelationship
 * Alternative, listed in the catalog's AF array).
 *
 * Deterministic: the dates are the document's issue date, the file id is a hash of the document
 * information, font subset tags come from the font's order in the document and compression is
 * deterministic, so the same document gives the same bytes every time.
 */
const require = createRequire(import.meta.url);

/**
 * The fonts, parsed once per process: parsing DejaVu's tables costs tens of milliseconds, more
 * than the rest of a document. pdfkit takes the parsed font and makes a new subset for every
 * document, so sharing it changes nothing in the bytes.
 */
let fonts: { regular: fontkit.Font; bold: fontkit.Font } | undefined;
function parsedFonts() {
  const load = (file: string) => fontkit.create(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`))) as fontkit.Font;
  fonts ??= { regular: load('DejaVuSans.ttf'), bold: load('DejaVuSans-Bold.ttf') };
  return fonts;
}
/** pdfkit's types know file names and buffers only; at run time it takes a parsed fontkit font too. */
const asFontSource = (font: fontkit.Font) => font as unknown as string;

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 40;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const FOOTER_TOP = PAGE_HEIGHT - 55;
const GREY = '#555555';
const RULE = '#999999';
const HEADER_FILL = '#e8e8e8';

const COLUMNS = [
  { title: 'Désignation', width: 190, align: 'left' as const },
  { title: 'Période', width: 92, align: 'left' as const },
  { title: 'Qté', width: 33, align: 'right' as const },
  { title: 'PU HT', width: 65, align: 'right' as const },
  { title: 'TVA', width: 40, align: 'right' as const },
  { title: 'Montant HT', width: CONTENT_WIDTH - 190 - 92 - 33 - 65 - 40, align: 'right' as const },
];
const CELL_PADDING = 3;

/** Text that XMP (and the Info dictionary pdfkit mirrors into it) can carry without escaping. */
const xmpSafe = (text: string) => text.replace(/[&<>"]/g, ' ');

function facturXmp(modifiedAt: Date): string {
  const fx = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';
  const property = (name: string, description: string) => `
                  <rdf:li rdf:parseType="Resource">
                    <pdfaProperty:name>${name}</pdfaProperty:name>
                    <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                    <pdfaProperty:category>external</pdfaProperty:category>
                    <pdfaProperty:description>${description}</pdfaProperty:description>
                  </rdf:li>`;
  return `
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:ModifyDate>${modifiedAt.toISOString().split('.')[0]}Z</xmp:ModifyDate>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:fx="${fx}">
            <fx:DocumentType>INVOICE</fx:DocumentType>
            <fx:DocumentFileName>${FACTUR_X_FILE_NAME}</fx:DocumentFileName>
            <fx:Version>1.0</fx:Version>
            <fx:ConformanceLevel>${FACTUR_X_CONFORMANCE_LEVEL}</fx:ConformanceLevel>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas>
              <rdf:Bag>
                <rdf:li rdf:parseType="Resource">
                  <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
                  <pdfaSchema:namespaceURI>${fx}</pdfaSchema:namespaceURI>
                  <pdfaSchema:prefix>fx</pdfaSchema:prefix>
                  <pdfaSchema:property>
                    <rdf:Seq>${property('DocumentFileName', 'The name of the embedded XML document')}${property('DocumentType', 'The type of the hybrid document in capital letters, e.g. INVOICE or ORDER')}${property('Version', 'The actual version of the standard applying to the embedded XML document')}${property('ConformanceLevel', 'The conformance level of the embedded XML document')}
                    </rdf:Seq>
                  </pdfaSchema:property>
                </rdf:li>
              </rdf:Bag>
            </pdfaExtension:schemas>
        </rdf:Description>
        `;
}

function partyLines(p: Party): string[] {
  const lines: string[] = [];
  if (p.address) {
    lines.push(p.address.line1);
    if (p.address.line2) lines.push(p.address.line2);
    lines.push(`${p.address.postalCode} ${p.address.city}${p.address.country !== 'FR' ? ` (${p.address.country})` : ''}`);
  }
  if (p.siren) lines.push(`SIREN : ${p.siren}`);
  if (p.vatNumber) lines.push(`N° TVA intracommunautaire : ${p.vatNumber}`);
  if (p.electronicAddress) lines.push(`Adresse de facturation électronique : ${p.electronicAddress}`);
  return lines;
}

/** Renders an invoice or a credit note as a Factur-X (EN 16931) PDF/A-3 document. */
export function renderDocumentPdf(document: PrintableDocument): Promise<Buffer> {
  const isCreditNote = document.kind === 'CREDIT_NOTE';
  const title = `${isCreditNote ? 'Avoir' : 'Facture'} ${document.number}`;
  const issuedAt = new Date(`${document.issuedOn}T00:00:00Z`);
  const files = parsedFonts();
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    lang: 'fr-FR',
    font: asFontSource(files.regular),
    bufferPages: true,
    displayTitle: true,
    info: {
      Title: title,
      Author: xmpSafe(document.seller.name),
      Subject: xmpSafe(`${title} — ${document.buyer.name}`),
      Creator: 'Portail opérateur',
      Producer: 'Portail opérateur (pdfkit)',
      CreationDate: issuedAt,
      ModDate: issuedAt,
    },
  });
  pdf.registerFont('regular', asFontSource(files.regular));
  pdf.registerFont('bold', asFontSource(files.bold));

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  // Header: the seller on the left, the document on the right.
  const sellerWidth = 270;
  pdf.font('bold').fontSize(14).fillColor('black').text(document.seller.name, MARGIN, MARGIN, { width: sellerWidth });
  pdf.font('regular').fontSize(8.5).fillColor(GREY);
  const sellerLegal = document.seller.legalInfo ?? document.seller.legalForm;
  if (sellerLegal) pdf.text(sellerLegal, { width: sellerWidth });
  for (const line of partyLines(document.seller)) pdf.text(line, { width: sellerWidth });
  const leftBottom = pdf.y;

  const rightX = 330;
  const rightWidth = PAGE_WIDTH - MARGIN - rightX;
  pdf.font('bold').fontSize(20).fillColor('black').text(isCreditNote ? 'AVOIR' : 'FACTURE', rightX, MARGIN, { width: rightWidth, align: 'right' });
  pdf.font('bold').fontSize(11).text(`N° ${document.number}`, { width: rightWidth, align: 'right' });
  pdf.font('regular').fontSize(9);
  pdf.text(`Date ${isCreditNote ? "de l'avoir" : 'de facture'} : ${frenchDate(document.issuedOn)}`, { width: rightWidth, align: 'right' });
  pdf.text(isCreditNote ? `Remboursement au plus tard le : ${frenchDate(document.dueOn)}` : `Date d'échéance : ${frenchDate(document.dueOn)}`, { width: rightWidth, align: 'right' });

  // The buyer, boxed, and the period (and corrected invoice) beside it.
  const blockTop = Math.max(leftBottom, pdf.y) + 18;
  const buyerX = 310;
  const buyerWidth = PAGE_WIDTH - MARGIN - buyerX;
  pdf.font('regular').fontSize(8).fillColor(GREY).text(isCreditNote ? 'Client remboursé' : 'Client facturé', buyerX + 8, blockTop + 6, { width: buyerWidth - 16 });
  pdf.font('bold').fontSize(10.5).fillColor('black').text(document.buyer.name, { width: buyerWidth - 16 });
  pdf.font('regular').fontSize(8.5);
  pdf.text(`Réf. client : ${document.buyer.reference}`, { width: buyerWidth - 16 });
  for (const line of partyLines(document.buyer)) pdf.text(line, { width: buyerWidth - 16 });
  const buyerBottom = pdf.y + 6;
  pdf.lineWidth(0.7).strokeColor(RULE).rect(buyerX, blockTop, buyerWidth, buyerBottom - blockTop).stroke();

  const infoWidth = buyerX - MARGIN - 15;
  pdf.font('regular').fontSize(9).fillColor('black');
  pdf.text(`Période de service : du ${frenchDate(document.periodStart)} au ${frenchDate(document.periodEnd)}`, MARGIN, blockTop + 6, { width: infoWidth });
  if (document.correctedInvoice) {
    pdf.moveDown(0.4).text(`Avoir sur la facture n° ${document.correctedInvoice.number} du ${frenchDate(document.correctedInvoice.issuedOn)}`, { width: infoWidth });
  }
  if (document.reason) pdf.moveDown(0.4).text(`Motif : ${document.reason}`, { width: infoWidth });
  pdf.moveDown(0.4).text(`Nature des opérations : ${NATURE_OF_OPERATIONS} (cadre de facturation ${BILLING_FRAMEWORK}).`, { width: infoWidth });
  const shipTo = singleDeliverySite(document);
  if (shipTo) pdf.moveDown(0.4).text(`Adresse de livraison : ${siteText(shipTo)}`, { width: infoWidth });
  pdf.moveDown(0.4).text('Montants en euros.', { width: infoWidth });

  // Lines.
  let y = Math.max(buyerBottom, pdf.y) + 20;
  const drawHeader = () => {
    pdf.rect(MARGIN, y, CONTENT_WIDTH, 18).fill(HEADER_FILL);
    pdf.font('bold').fontSize(8).fillColor('black');
    let x = MARGIN;
    for (const column of COLUMNS) {
      pdf.text(column.title, x + CELL_PADDING, y + 5, { width: column.width - 2 * CELL_PADDING, align: column.align, lineBreak: false });
      x += column.width;
    }
    y += 22;
  };
  drawHeader();
  pdf.font('regular').fontSize(8.5);
  const siteNotes = severalSites(document);
  for (const line of document.lines) {
    const cells = [
      siteNotes && line.deliverySite ? `${line.label}\nSite : ${siteText(line.deliverySite)}` : line.label,
      line.periodStart && line.periodEnd ? `du ${frenchDate(line.periodStart)}\nau ${frenchDate(line.periodEnd)}` : '',
      String(line.quantity),
      euros(line.unitPriceExclVatCents),
      vatRateLabel(line.vatRateBasisPoints),
      euros(line.totalExclVatCents),
    ];
    const height = Math.max(...cells.map((text, i) => pdf.heightOfString(text || ' ', { width: COLUMNS[i]!.width - 2 * CELL_PADDING }))) + 6;
    if (y + height > FOOTER_TOP - 10) {
      pdf.addPage();
      y = MARGIN;
      drawHeader();
      pdf.font('regular').fontSize(8.5);
    }
    let x = MARGIN;
    cells.forEach((text, i) => {
      pdf.fillColor('black').text(text, x + CELL_PADDING, y, { width: COLUMNS[i]!.width - 2 * CELL_PADDING, align: COLUMNS[i]!.align });
      x += COLUMNS[i]!.width;
    });
    y += height;
    pdf.moveTo(MARGIN, y - 3).lineTo(MARGIN + CONTENT_WIDTH, y - 3).lineWidth(0.3).strokeColor(RULE).stroke();
  }

  // Totals, right-aligned.
  const totalsRows: [string, string, boolean][] = [
    ['Total HT', euros(document.totals.totalExclVatCents), false],
    ...document.vatBreakdown.map((v): [string, string, boolean] => [`TVA ${vatRateLabel(v.vatRateBasisPoints)} sur ${euros(v.baseExclVatCents)}`, euros(v.vatCents), false]),
    ['Total TVA', euros(document.totals.totalVatCents), false],
    ['Total TTC', euros(document.totals.totalInclVatCents), true],
    [isCreditNote ? 'Montant à rembourser' : 'Net à payer', euros(document.totals.totalInclVatCents), true],
  ];
  const totalsHeight = totalsRows.length * 15 + 10;
  if (y + 10 + totalsHeight > FOOTER_TOP - 10) {
    pdf.addPage();
    y = MARGIN;
  }
  y += 10;
  const labelX = 300;
  for (const [label, value, strong] of totalsRows) {
    pdf.font(strong ? 'bold' : 'regular').fontSize(strong ? 10 : 9).fillColor('black');
    pdf.text(label, labelX, y, { width: 160, align: 'left', lineBreak: false });
    pdf.text(value, labelX + 160, y, { width: PAGE_WIDTH - MARGIN - labelX - 160, align: 'right', lineBreak: false });
    y += 15;
  }

  // Payment terms and the mentions required between businesses.
  const mentions = [
    `${isCreditNote ? 'Remboursement' : "Date d'échéance"} : ${frenchDate(document.dueOn)}.`,
    `Conditions de paiement : ${paymentTermsText(document)}`,
    ...(!isCreditNote && document.payment.method === 'SEPA_DIRECT_DEBIT' && document.payment.mandateReference
      ? [`Mandat de prélèvement SEPA (RUM) : ${document.payment.mandateReference}.`]
      : []),
    ...document.vatBreakdown.flatMap((v) => (VAT_EXEMPTION[v.vatCategory] ? [`TVA à 0 % sur ${euros(v.baseExclVatCents)} : ${VAT_EXEMPTION[v.vatCategory]!.text}.`] : [])),
    // The penalty, indemnity and discount mentions and the VAT-on-debits option, exactly the XML's
    // notes (a credit note's reason is printed with its heading).
    ...documentNotes(document).filter((n) => n.text !== document.reason).map((n) => n.text),
  ];
  pdf.font('regular').fontSize(8);
  const mentionsHeight = mentions.reduce((h, m) => h + pdf.heightOfString(m, { width: CONTENT_WIDTH }) + 3, 0) + 20;
  if (y + 15 + mentionsHeight > FOOTER_TOP - 10) {
    pdf.addPage();
    y = MARGIN;
  }
  y += 15;
  pdf.font('bold').fontSize(9).fillColor('black').text('Conditions de règlement', MARGIN, y, { width: CONTENT_WIDTH });
  pdf.font('regular').fontSize(8);
  for (const mention of mentions) pdf.text(mention, { width: CONTENT_WIDTH, paragraphGap: 3 });

  // Footer on every page: the seller's legal identity and the page number.
  const seller = document.seller;
  const footer = [
    seller.name,
    seller.legalInfo ?? seller.legalForm,
    seller.address ? `${seller.address.line1}, ${seller.address.postalCode} ${seller.address.city}` : null,
    seller.siren ? `SIREN ${seller.siren}` : null,
    seller.vatNumber ? `TVA ${seller.vatNumber}` : null,
  ].filter(Boolean).join(' — ');
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.moveTo(MARGIN, FOOTER_TOP).lineTo(MARGIN + CONTENT_WIDTH, FOOTER_TOP).lineWidth(0.5).strokeColor(RULE).stroke();
    pdf.font('regular').fontSize(7).fillColor(GREY);
    pdf.text(footer, MARGIN, FOOTER_TOP + 5, { width: CONTENT_WIDTH - 60 });
    pdf.text(`Page ${i - range.start + 1}/${range.count}`, MARGIN + CONTENT_WIDTH - 60, FOOTER_TOP + 5, { width: 60, align: 'right', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }

  // The machine-readable invoice, for the buyer's software.
  pdf.file(Buffer.from(facturXml(document), 'utf8'), {
    name: FACTUR_X_FILE_NAME,
    type: 'text/xml',
    relationship: 'Alternative',
    description: `Factur-X ${FACTUR_X_CONFORMANCE_LEVEL} : ${title}`,
    creationDate: issuedAt,
    modifiedDate: issuedAt,
  } as PDFKit.Mixins.PDFAttachmentOptions & { relationship: string });
  pdf.appendXML(facturXmp(issuedAt));
  pdf.end();
  return done;
}
