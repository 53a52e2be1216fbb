import { type DocumentTotals, type VatCategory, type VatRateTotal, vatByRate } from '@portal/kernel';

/** A postal address as printed and as written in the XML. */
export interface PostalAddress {
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/** A party of a document (the seller or the buyer), as printed and as written in Factur-X. */
export interface Party {
  /** Raison sociale. */
  name: string;
  /** Statut juridique, as printed (e.g. "SAS"). */
  legalForm: string | null;
  /** Company reference, OIP-00000024. */
  reference: string;
  siren: string | null;
  /** Intra-community VAT number, derived from the SIREN. */
  vatNumber: string | null;
  /**
   * Postal address (BG-5, BG-8): the head office, else another active site; null when the company
   * has none (a document is then held: BR-8, BR-10).
   */
  address: PostalAddress | null;
  /** Country when the address is unknown (BT-40, BT-55): FR for a company with a SIREN. */
  country: string | null;
  /**
   * Seller's additional legal information (BT-33): legal form, share capital and RCS, e.g.
   * "SAS au capital de 1 000 000,00 € — RCS Paris 552 100 554"; null for the buyer.
   */
  legalInfo: string | null;
  /** Adresse électronique de facturation (BT-34, BT-49), scheme 0225; null when unknown. */
  electronicAddress: string | null;
}

/** A delivery site of a line (the OC's site). */
export interface DeliverySite {
  name: string;
  address: PostalAddress;
}

export interface PrintableLine {
  position: number;
  label: string;
  periodStart: string | null;
  periodEnd: string | null;
  quantity: number;
  unitPriceExclVatCents: number;
  vatRateBasisPoints: number;
  vatCategory: VatCategory;
  totalExclVatCents: number;
  vatCents: number;
  /** Where the line's service is delivered (the OC's site); null when the line names none. */
  deliverySite: DeliverySite | null;
}

/** VAT of the document for one category and rate: the base sums the lines, the VAT is computed on it. */
export interface VatBreakdownRow extends VatRateTotal {
  vatCategory: VatCategory;
}

export interface PaymentDetails {
  /** The buyer's payment method (head office): SEPA direct debit or transfer; null when unknown. */
  method: 'SEPA_DIRECT_DEBIT' | 'TRANSFER' | null;
  /** Référence unique de mandat of the SEPA direct debit. */
  mandateReference: string | null;
  /** The buyer's IBAN debited (SEPA direct debit). */
  debtorIban: string | null;
  /** The seller's IBAN to pay by transfer, when it has one. */
  creditorIban: string | null;
  creditorBic: string | null;
}

/** Everything a PDF and its Factur-X XML show: a snapshot of the document, independent of the ORM. */
export interface PrintableDocument {
  kind: 'INVOICE' | 'CREDIT_NOTE';
  number: string;
  issuedOn: string;
  /** Invoice: payment due date; credit note: refund due date. */
  dueOn: string;
  /** Service period covered. */
  periodStart: string;
  periodEnd: string;
  seller: Party;
  buyer: Party;
  lines: PrintableLine[];
  totals: DocumentTotals;
  vatBreakdown: VatBreakdownRow[];
  payment: PaymentDetails;
  /** Credit note: the invoice it corrects. */
  correctedInvoice: { number: string; issuedOn: string } | null;
  /** Credit note: why it was issued. */
  reason: string | null;
}

/** 123456789 → "123 456 789", as the RCS mention prints a SIREN. */
export const spacedSiren = (siren: string) => siren.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');

/** The seller's legal mention: "SAS au capital de 1 000 000,00 € — RCS Paris 552 100 554" (what is known of it). */
export function sellerLegalInfo(legalForm: string | null, shareCapitalCents: number | null, registryCity: string | null, siren: string | null): string | null {
  const form = legalForm ? `${legalForm}${shareCapitalCents !== null ? ` au capital de ${euros(shareCapitalCents)}` : ''}` : shareCapitalCents !== null ? `Capital social : ${euros(shareCapitalCents)}` : null;
  const rcs = registryCity && siren ? `RCS ${registryCity} ${spacedSiren(siren)}` : null;
  return [form, rcs].filter(Boolean).join(' — ') || null;
}

/** Whether two addresses are the same place. */
export const sameAddress = (a: PostalAddress | null, b: PostalAddress | null) =>
  !!a && !!b && a.line1 === b.line1 && (a.line2 ?? '') === (b.line2 ?? '') && a.postalCode === b.postalCode && a.city === b.city && a.country === b.country;

/** The one delivery site of a document when all its lines name the same site and it is not the buyer's address. */
export function singleDeliverySite(doc: Pick<PrintableDocument, 'lines' | 'buyer'>): DeliverySite | null {
  const sites = doc.lines.map((l) => l.deliverySite);
  const first = sites[0];
  if (!first || sites.some((s) => !s || s.name !== first.name || !sameAddress(s.address, first.address))) return null;
  return sameAddress(first.address, doc.buyer.address) ? null : first;
}

/** Whether the lines are delivered to several sites (each line then names its site). */
export const severalSites = (doc: Pick<PrintableDocument, 'lines'>) =>
  new Set(doc.lines.map((l) => (l.deliverySite ? `${l.deliverySite.name}|${l.deliverySite.address.line1}|${l.deliverySite.address.postalCode}` : ''))).size > 1;

/** "Site de Clichy, 12 rue Martre, 92110 Clichy": a site in one line. */
export const siteText = (site: DeliverySite) =>
  `${site.name}, ${site.address.line1}${site.address.line2 ? `, ${site.address.line2}` : ''}, ${site.address.postalCode} ${site.address.city}`;

/**
 * The VAT breakdown (BG-23): one row per category and rate, in category then rate order, the VAT
 * computed on each row's base (EN 16931 BR-S-09, BR-CO-17), exactly as the totals are.
 */
export function vatBreakdown(lines: readonly Pick<PrintableLine, 'vatCategory' | 'vatRateBasisPoints' | 'totalExclVatCents'>[]): VatBreakdownRow[] {
  const categories = [...new Set(lines.map((l) => l.vatCategory))].sort();
  return categories.flatMap((vatCategory) => vatByRate(lines.filter((l) => l.vatCategory === vatCategory)).map((row) => ({ vatCategory, ...row })));
}

const NBSP = '\u00a0';

/** 123456 → "1 234,56 €" (non-breaking spaces), exact from the cents. */
export function euros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${sign}${units},${String(abs % 100).padStart(2, '0')}${NBSP}€`;
}

/** 123456 → "1234,56": a number French spreadsheets read as such (CSV). */
export function frenchDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** 123456 → "1234.56": the decimal amounts of Factur-X. */
export function decimalAmount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 2000 → "20 %", 550 → "5,5 %". */
export function vatRateLabel(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 100);
  const fraction = String(basisPoints % 100).padStart(2, '0').replace(/0+$/, '');
  return `${whole}${fraction ? `,${fraction}` : ''}${NBSP}%`;
}

/** A date as French documents print it (31/12/2026): the shared calendar's. */
export { frenchDate } from '@portal/kernel';
