import { type EntityManager } from '@mikro-orm/core';
import { Company } from '@portal/company';
import {
  CreditNote, CreditNoteLine, DocumentKind, Invoice, InvoiceLine, InvoicePurpose, InvoiceState, LineKind,
  documentTotals, lineAmounts, takeDocumentNumber,
} from '@portal/billing';

export interface LineSpec {
  label: string;
  quantity?: number;
  unitPriceExclVatCents: number;
  vatRateBasisPoints?: number;
  periodStart?: string;
  periodEnd?: string;
}

/** Issues an invoice the way the billing run does: next number of the year, totals from the lines. */
export async function issueInvoice(
  em: EntityManager,
  spec: { companyId: number; issuedOn: string; dueOn: string; periodStart: string; periodEnd: string; lines: LineSpec[]; paidOn?: string },
): Promise<Invoice> {
  return em.transactional(async (tx) => {
    const lines = spec.lines.map((l, i) => ({
      position: i + 1,
      kind: LineKind.RECURRING,
      label: l.label,
      quantity: l.quantity ?? 1,
      unitPriceExclVatCents: l.unitPriceExclVatCents,
      vatRateBasisPoints: l.vatRateBasisPoints ?? 2000,
      ...lineAmounts(l.quantity ?? 1, l.unitPriceExclVatCents, l.vatRateBasisPoints ?? 2000),
      periodStart: l.periodStart ?? spec.periodStart,
      periodEnd: l.periodEnd ?? spec.periodEnd,
    }));
    const numbering = await takeDocumentNumber(tx, DocumentKind.INVOICE, Number(spec.issuedOn.slice(0, 4)));
    const invoice = tx.create(Invoice, {
      ...numbering,
      purpose: InvoicePurpose.CLOSING,
      billedCompany: tx.getReference(Company, spec.companyId),
      periodStart: spec.periodStart,
      periodEnd: spec.periodEnd,
      issuedOn: spec.issuedOn,
      dueOn: spec.dueOn,
      state: spec.paidOn ? InvoiceState.PAID : InvoiceState.ISSUED,
      paidOn: spec.paidOn ?? null,
      ...documentTotals(lines),
    });
    for (const line of lines) tx.create(InvoiceLine, { invoice, ...line });
    await tx.flush();
    return invoice;
  });
}

/** Issues a credit note on an invoice, refunding the given lines. */
export async function issueCreditNote(
  em: EntityManager,
  spec: { invoiceId: number; issuedOn: string; refundDueOn: string; reason: string; lines: LineSpec[] },
): Promise<CreditNote> {
  return em.transactional(async (tx) => {
    const invoice = await tx.findOneOrFail(Invoice, { id: spec.invoiceId });
    const lines = spec.lines.map((l, i) => ({
      position: i + 1,
      kind: LineKind.PRORATA_REFUND,
      label: l.label,
      quantity: l.quantity ?? 1,
      unitPriceExclVatCents: l.unitPriceExclVatCents,
      vatRateBasisPoints: l.vatRateBasisPoints ?? 2000,
      ...lineAmounts(l.quantity ?? 1, l.unitPriceExclVatCents, l.vatRateBasisPoints ?? 2000),
      periodStart: l.periodStart ?? null,
      periodEnd: l.periodEnd ?? null,
    }));
    const numbering = await takeDocumentNumber(tx, DocumentKind.CREDIT_NOTE, Number(spec.issuedOn.slice(0, 4)));
    const creditNote = tx.create(CreditNote, {
      ...numbering,
      billedCompany: invoice.billedCompany,
      invoice,
      reason: spec.reason,
      issuedOn: spec.issuedOn,
      refundDueOn: spec.refundDueOn,
      ...documentTotals(lines),
    });
    for (const line of lines) tx.create(CreditNoteLine, { creditNote, ...line });
    await tx.flush();
    return creditNote;
  });
}

/**
 * The other reseller's customer (31), out of the reach of reseller 10 and its customers: one
 * invoice of 500,00 € TTC and one credit note on it.
 */
export async function addOtherResellersDocuments(em: EntityManager): Promise<{ invoice: Invoice; creditNote: CreditNote }> {
  const invoice = await issueInvoice(em, {
    companyId: 31, issuedOn: '2026-11-10', dueOn: '2026-12-10', periodStart: '2026-10-01', periodEnd: '2026-10-31',
    lines: [{ label: 'Trunk SIP 30 canaux — octobre 2026', unitPriceExclVatCents: 41667 }],
  });
  const creditNote = await issueCreditNote(em, {
    invoiceId: invoice.id, issuedOn: '2026-11-12', refundDueOn: '2026-11-22', reason: 'Geste commercial',
    lines: [{ label: 'Geste commercial', unitPriceExclVatCents: 5000 }],
  });
  return { invoice, creditNote };
}

/** Cents as the decimal euros of Factur-X. */
export const decimal = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/**
 * OIP-00003001 "Client sans adresse", a customer of the reseller with its head office but no
 * e-invoicing address, and an OC from 1 December 2026: the December run holds its invoice (BR-FR-12).
 */
export async function addCustomerWithoutElectronicAddress(em: EntityManager): Promise<void> {
  const sql = (text: string) => em.getConnection().execute(text);
  await sql(`insert into company (id, reference, legal_name, legal_form, parent_id) values (3001, 'OIP-00003001', 'Client sans adresse', 'SAS', 10)`);
  await sql(`insert into site (company_id, name, is_head_office, address_line1, postal_code, city) values (3001, 'Siège Social', true, '1 rue', '75001', 'Paris')`);
  await sql(`insert into contracted_offer (reference, name, offer_id, end_customer_id, billing_account_id, site_id, state, delivered_on, activated_on, monthly_price_cents)
    select 'OC930001', 'Numéro - Géographique', o.id, 3001, 3001, s.id, 'DELIVERED', date '2026-12-01', date '2026-12-01', 300 from site s, offer o where s.company_id = 3001 and o.code = 'NUM-GEO'`);
}
