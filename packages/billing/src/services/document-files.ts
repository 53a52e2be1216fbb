import { type EntityManager } from '@mikro-orm/core';
import { Company, PaymentMethod, Site, SiteState } from '@portal/company';
import { DomainError, MAX_PAGE_SIZE, Permission, fromGlobalId, type Access } from '@portal/kernel';
import { CreditNote } from '../entities/CreditNote.js';
import { CreditNoteLine } from '../entities/CreditNoteLine.js';
import { Invoice } from '../entities/Invoice.js';
import { InvoiceLine } from '../entities/InvoiceLine.js';
import { facturXml } from '../pdf/factur-x.js';
import { type DeliverySite, type PrintableDocument, type PrintableLine, vatBreakdown } from '../pdf/printable.js';
import { addressOf, partyOf } from './parties.js';
import { renderDocumentPdf } from '../pdf/render.js';
import { ublXml } from '../pdf/ubl.js';

export type PrintableKind = 'INVOICE' | 'CREDIT_NOTE';

/** The GraphQL type name of each kind, for global ids. */
export const GLOBAL_ID_TYPE: Record<PrintableKind, string> = { INVOICE: 'Invoice', CREDIT_NOTE: 'CreditNote' };

const notFound = (kind: PrintableKind, field: string[] | null = null) =>
  new DomainError('NOT_FOUND', `${kind === 'INVOICE' ? 'Facture' : 'Avoir'} introuvable.`, field);

/**
 * The seller and the buyer of a document: the buyer is the billed company, the seller the
 * operator at the top of its management tree (the provider that issues the documents), each with
 * its active head office. Two statements.
 */
async function partiesOf(em: EntityManager, billedCompanyId: number) {
  const companies = (await em.getConnection().execute(
    `select c.*, t.depth from company_tree t join company c on c.id = t.ancestor_id
     where t.descendant_id = ? and (t.depth = 0 or c.parent_id is null) order by t.depth`,
    [billedCompanyId], 'all', em.getTransactionContext(),
  )) as (Record<string, unknown> & { depth: number })[];
  const [buyerRow] = companies;
  const sellerRow = companies.at(-1);
  if (!buyerRow || !sellerRow) throw new Error(`company ${billedCompanyId} has no management tree rows`);
  const strip = ({ depth: _depth, ...row }: Record<string, unknown>) => row;
  const buyer = em.map(Company, strip(buyerRow) as never);
  const seller = em.map(Company, strip(sellerRow) as never);
  // The head office, else the first other active site (a postal address is mandatory: BR-8, BR-10).
  const sites = await em.find(Site, { company: { $in: [...new Set([buyer.id, seller.id])] }, state: SiteState.ACTIVE }, { orderBy: { isHeadOffice: 'desc', id: 'asc' } });
  const siteOf = (c: Company) => sites.find((s) => s.company.id === c.id);
  return { buyer, seller, buyerSite: siteOf(buyer), sellerSite: siteOf(seller) };
}

function deliverySiteOf(line: InvoiceLine | CreditNoteLine): DeliverySite | null {
  const site = line.contractedOffer?.site;
  return site && site.addressLine1 ? { name: site.name, address: addressOf(site) } : null;
}

function printableLines(lines: readonly (InvoiceLine | CreditNoteLine)[]): PrintableLine[] {
  return lines.map((l) => ({
    position: l.position,
    label: l.label,
    periodStart: l.periodStart ?? null,
    periodEnd: l.periodEnd ?? null,
    quantity: l.quantity,
    unitPriceExclVatCents: l.unitPriceExclVatCents,
    vatRateBasisPoints: l.vatRateBasisPoints,
    vatCategory: l.vatCategory,
    totalExclVatCents: l.totalExclVatCents,
    vatCents: l.vatCents,
    deliverySite: deliverySiteOf(l),
  }));
}

/** The billed company of a document, or null when it does not exist: what the reach check needs. */
export async function billedCompanyOf(em: EntityManager, kind: PrintableKind, id: number): Promise<number | null> {
  const table = kind === 'INVOICE' ? 'invoice' : 'credit_note';
  const [row] = (await em.getConnection().execute(`select billed_company_id from ${table} where id = ?`, [id], 'all', em.getTransactionContext())) as { billed_company_id: number }[];
  return row ? Number(row.billed_company_id) : null;
}

/** Everything the PDF and the Factur-X XML of a document show, read from the database. */
export async function loadPrintable(em: EntityManager, kind: PrintableKind, id: number): Promise<PrintableDocument | null> {
  if (kind === 'INVOICE') {
    const invoice = await em.findOne(Invoice, { id }, { populate: ['lines', 'lines.contractedOffer.site'] });
    if (!invoice) return null;
    const parties = await partiesOf(em, invoice.billedCompany.id);
    const lines = printableLines(invoice.lines.getItems());
    return {
      kind,
      number: invoice.number,
      issuedOn: invoice.issuedOn,
      dueOn: invoice.dueOn,
      periodStart: invoice.periodStart,
      periodEnd: invoice.periodEnd,
      seller: partyOf(parties.seller, parties.sellerSite, 'SELLER'),
      buyer: partyOf(parties.buyer, parties.buyerSite, 'BUYER'),
      lines,
      totals: { totalExclVatCents: invoice.totalExclVatCents, totalVatCents: invoice.totalVatCents, totalInclVatCents: invoice.totalInclVatCents },
      vatBreakdown: vatBreakdown(lines),
      payment: {
        method: parties.buyerSite?.paymentMethod === PaymentMethod.SEPA_DIRECT_DEBIT ? 'SEPA_DIRECT_DEBIT' : parties.buyerSite?.paymentMethod === PaymentMethod.TRANSFER ? 'TRANSFER' : null,
        mandateReference: parties.buyerSite?.sepaMandateReference ?? null,
        debtorIban: parties.buyerSite?.paymentMethod === PaymentMethod.SEPA_DIRECT_DEBIT ? (parties.buyerSite.iban ?? null) : null,
        creditorIban: parties.sellerSite?.iban ?? null,
        creditorBic: parties.sellerSite?.bic ?? null,
      },
      correctedInvoice: null,
      reason: null,
    };
  }
  const creditNote = await em.findOne(CreditNote, { id }, { populate: ['lines', 'lines.contractedOffer.site', 'invoice'] });
  if (!creditNote) return null;
  const parties = await partiesOf(em, creditNote.billedCompany.id);
  const lines = printableLines(creditNote.lines.getItems());
  const starts = lines.map((l) => l.periodStart).filter((d): d is string => !!d).sort();
  const ends = lines.map((l) => l.periodEnd).filter((d): d is string => !!d).sort();
  return {
    kind,
    number: creditNote.number,
    issuedOn: creditNote.issuedOn,
    dueOn: creditNote.refundDueOn,
    // The period the refunded lines cover; the corrected invoice's when the lines name none.
    periodStart: starts[0] ?? creditNote.invoice.periodStart,
    periodEnd: ends.at(-1) ?? creditNote.invoice.periodEnd,
    seller: partyOf(parties.seller, parties.sellerSite, 'SELLER'),
    buyer: partyOf(parties.buyer, parties.buyerSite, 'BUYER'),
    lines,
    totals: { totalExclVatCents: creditNote.totalExclVatCents, totalVatCents: creditNote.totalVatCents, totalInclVatCents: creditNote.totalInclVatCents },
    vatBreakdown: vatBreakdown(lines),
    payment: { method: null, mandateReference: null, debtorIban: null, creditorIban: null, creditorBic: null },
    correctedInvoice: { number: creditNote.invoice.number, issuedOn: creditNote.invoice.issuedOn },
    reason: creditNote.reason,
  };
}

/** The file name of a document's PDF: F-2026-000001.pdf. */
export const pdfFileName = (document: Pick<PrintableDocument, 'number'>) => `${document.number}.pdf`;

/**
 * Checks that every global id names a document of the kind that the caller may read
 * (BILLING_READ on its billed company) and returns the database ids, in order and without
 * repeats. A document out of reach is NOT_FOUND, exactly like one that does not exist; the field
 * path names the faulty id (["ids", "2"]).
 */
export async function documentsInReach(em: EntityManager, access: Access, kind: PrintableKind, globalIds: readonly string[], field = 'ids'): Promise<number[]> {
  if (globalIds.length === 0) throw new DomainError('IDS_REQUIRED', 'Choisissez au moins un document.', [field]);
  if (globalIds.length > MAX_PAGE_SIZE) throw new DomainError('TOO_MANY_VALUES', `Au plus ${MAX_PAGE_SIZE} documents à la fois.`, [field]);
  const ids = globalIds.map((g, i) => {
    const id = fromGlobalId(g, GLOBAL_ID_TYPE[kind]);
    if (id === null) throw notFound(kind, [field, String(i)]);
    return id;
  });
  const table = kind === 'INVOICE' ? 'invoice' : 'credit_note';
  const unique = [...new Set(ids)];
  const found = (await em.getConnection().execute(
    `select id from ${table} where id in (${unique.map(() => '?').join(', ')}) and billed_company_id in (${access.reachSql(Permission.BILLING_READ)})`,
    unique, 'all', em.getTransactionContext(),
  )) as { id: number }[];
  const readable = new Set(found.map((r) => Number(r.id)));
  const missing = ids.findIndex((id) => !readable.has(id));
  if (missing >= 0) throw notFound(kind, [field, String(missing)]);
  return unique;
}

/** The PDF of a document the caller may read; null when it does not exist or is out of reach. */
export async function documentPdf(em: EntityManager, access: Access, kind: PrintableKind, id: number): Promise<{ fileName: string; bytes: Buffer } | null> {
  const companyId = await billedCompanyOf(em, kind, id);
  if (companyId === null || !(await access.can(companyId, Permission.BILLING_READ))) return null;
  const printable = await loadPrintable(em, kind, id);
  if (!printable) return null;
  return { fileName: pdfFileName(printable), bytes: await renderDocumentPdf(printable) };
}

/** The machine-readable syntaxes of EN 16931 a document is served in: UN/CEFACT CII (the one Factur-X embeds) and UBL 2.1. */
export enum XmlSyntax {
  CII = 'CII',
  UBL = 'UBL',
}

/** A document's XML in either syntax, from the same model as its PDF. */
export const documentXmlText = (printable: PrintableDocument, syntax: XmlSyntax) => (syntax === XmlSyntax.UBL ? ublXml(printable) : facturXml(printable));

/**
 * A file of a document the caller may read: its Factur-X PDF, or its XML alone in CII or UBL
 * (what a platform or a third party's software reads). Null when it does not exist or is out of reach.
 */
export async function documentFile(
  em: EntityManager, access: Access, kind: PrintableKind, id: number, format: 'PDF' | XmlSyntax,
): Promise<{ fileName: string; contentType: string; bytes: Buffer } | null> {
  const companyId = await billedCompanyOf(em, kind, id);
  if (companyId === null || !(await access.can(companyId, Permission.BILLING_READ))) return null;
  const printable = await loadPrintable(em, kind, id);
  if (!printable) return null;
  if (format === 'PDF') return { fileName: pdfFileName(printable), contentType: 'application/pdf', bytes: await renderDocumentPdf(printable) };
  return { fileName: `${printable.number}.${format.toLowerCase()}.xml`, contentType: 'application/xml; charset=utf-8', bytes: Buffer.from(documentXmlText(printable, format), 'utf8') };
}

/** The PDF of a document already checked to be in reach (see documentsInReach). */
export async function renderCheckedDocument(em: EntityManager, kind: PrintableKind, id: number): Promise<{ fileName: string; bytes: Buffer; issuedOn: string }> {
  const printable = await loadPrintable(em, kind, id);
  if (!printable) throw notFound(kind);
  return { fileName: pdfFileName(printable), bytes: await renderDocumentPdf(printable), issuedOn: printable.issuedOn };
}

export { facturXml, renderDocumentPdf, ublXml };
