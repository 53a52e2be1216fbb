import { type DocumentTotals } from '@portal/kernel';

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
  /** Head-office address; null when the company has none. */
  address: { line1: string; line2: string | null; postalCode: string; city: string; country: string } | null;
}

export interface PrintableLine {
  position: number;
  label: string;
  periodStart: string | null;
  periodEnd: string | null;
  quantity: number;
  unitPriceExclVatCents: number;
  vatRateBasisPoints: number;
  totalExclVatCents: number;
  vatCents: number;
}

/** VAT of the document for one rate: the base and the VAT, sums of the lines at that rate. */
export interface VatBreakdownRow {
  vatRateBasisPoints: number;
  baseExclVatCents: number;
  vatCents: number;
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

/** The VAT breakdown per rate, in increasing rate order. */
export function vatBreakdown(lines: readonly Pick<PrintableLine, 'vatRateBasisPoints' | 'totalExclVatCents' | 'vatCents'>[]): VatBreakdownRow[] {
  const byRate = new Map<number, VatBreakdownRow>();
  for (const line of lines) {
    const row = byRate.get(line.vatRateBasisPoints) ?? { vatRateBasisPoints: line.vatRateBasisPoints, baseExclVatCents: 0, vatCents: 0 };
    row.baseExclVatCents += line.totalExclVatCents;
    row.vatCents += line.vatCents;
    byRate.set(line.vatRateBasisPoints, row);
  }
  return [...byRate.values()].sort((a, b) => a.vatRateBasisPoints - b.vatRateBasisPoints);
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

/** 2026-09-01 → 01/09/2026. */
export function frenchDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
