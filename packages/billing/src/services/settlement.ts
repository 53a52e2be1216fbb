import { type EntityManager } from '@mikro-orm/core';
import { addDays } from '@portal/kernel';
import { termsOf, type ContractedOffer, type Termination, type TerminationSettlement } from '@portal/offers';
import { closingSettlement, earlyTerminationFee } from '../rules/settlement.js';
import { CreditNote } from '../entities/CreditNote.js';
import { CreditNoteLine } from '../entities/CreditNoteLine.js';
import { Invoice } from '../entities/Invoice.js';
import { InvoiceLine } from '../entities/InvoiceLine.js';
import { DocumentKind, InvoicePurpose, LineKind } from '../enums.js';
import { closingDocuments, type OcLabel } from '../rules/closing.js';
import { pgIntArray } from '../rules/pg-arrays.js';
import { takeDocumentNumber } from './numbering.js';

/** Days after issue an invoice is due. */
export const PAYMENT_TERM_DAYS = 30;

/** The last day covered by each OC's recurring invoice lines (null: never invoiced). */
export async function billedThrough(em: EntityManager, ocIds: readonly number[]): Promise<Map<number, string | null>> {
  const result = new Map<number, string | null>(ocIds.map((id) => [id, null]));
  if (ocIds.length === 0) return result;
  const rows = (await em.getConnection().execute(
    `select contracted_offer_id as id, max(period_end)::text as through from invoice_line
     where kind = 'RECURRING' and contracted_offer_id = any(cast(? as int[])) group by contracted_offer_id`,
    [pgIntArray(ocIds)], 'all', em.getTransactionContext(),
  )) as { id: number; through: string }[];
  for (const row of rows) result.set(Number(row.id), row.through);
  return result;
}

/** How an OC is named on its documents. */
export const labelOf = (oc: ContractedOffer): OcLabel => ({ reference: oc.reference, name: oc.name, vatRateBasisPoints: oc.offer.vatRateBasisPoints });

/**
 * Issues the closing invoice and the credit note of a termination taking effect, from what was
 * really invoiced; numbered in the caller's transaction.
 */
export async function issueSettlement(
  em: EntityManager,
  oc: ContractedOffer,
  termination: Termination,
  issuedOn: string,
): Promise<{ invoice: Invoice | null; creditNote: CreditNote | null }> {
  const through = (await billedThrough(em, [oc.id])).get(oc.id) ?? null;
  const settlement = closingSettlement(termsOf(oc), termination.effectiveOn, through);
  settlement.earlyTerminationFeeCents = termination.earlyTerminationFeeCents; // as quoted and recorded
  const docs = closingDocuments(labelOf(oc), settlement, termination.effectiveOn);
  const year = Number(issuedOn.slice(0, 4));
  let invoice: Invoice | null = null;
  if (docs.invoice) {
    const periods = docs.invoice.lines.flatMap((l) => [l.periodStart, l.periodEnd]).filter((d): d is string => !!d).sort();
    invoice = em.create(Invoice, {
      ...(await takeDocumentNumber(em, DocumentKind.INVOICE, year)),
      purpose: InvoicePurpose.CLOSING,
      billedCompany: oc.billingAccount,
      periodStart: periods[0] ?? termination.effectiveOn,
      periodEnd: periods.at(-1) ?? termination.effectiveOn,
      issuedOn,
      dueOn: addDays(issuedOn, PAYMENT_TERM_DAYS),
      ...docs.invoice.totals,
    });
    docs.invoice.lines.forEach((line, i) => em.create(InvoiceLine, { invoice: invoice!, position: i + 1, contractedOffer: oc, ...line }));
  }
  let creditNote: CreditNote | null = null;
  if (docs.creditNote) {
    const corrected = await em.findOne(
      InvoiceLine,
      { contractedOffer: oc.id, kind: LineKind.RECURRING, periodEnd: { $gte: docs.creditNote.lines[0]!.periodStart! } },
      { orderBy: { periodEnd: 'desc', id: 'desc' }, populate: ['invoice'] },
    );
    if (!corrected) throw new Error(`no invoice to correct for ${oc.reference}`);
    creditNote = em.create(CreditNote, {
      ...(await takeDocumentNumber(em, DocumentKind.CREDIT_NOTE, year)),
      billedCompany: oc.billingAccount,
      invoice: corrected.invoice,
      contractedOffer: oc,
      reason: `Résiliation de ${oc.reference} au ${termination.effectiveOn.split('-').reverse().join('/')} : remboursement prorata temporis`,
      issuedOn,
      refundDueOn: docs.creditNote.refundDueOn < issuedOn ? issuedOn : docs.creditNote.refundDueOn,
      ...docs.creditNote.totals,
    });
    docs.creditNote.lines.forEach((line, i) => em.create(CreditNoteLine, { creditNote: creditNote!, position: i + 1, contractedOffer: oc, ...line }));
  }
  return { invoice, creditNote };
}

/** Billing's settlement as offers' termination port takes it (the gateway plugs it in). */
export const billingSettlement: TerminationSettlement = {
  earlyTerminationFee,
  async settle(em, oc, termination, issuedOn) {
    const { invoice, creditNote } = await issueSettlement(em, oc, termination, issuedOn);
    return { closingInvoice: invoice?.number ?? null, creditNote: creditNote?.number ?? null };
  },
};
