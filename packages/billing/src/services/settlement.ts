import { type EntityManager } from '@mikro-orm/core';
import { addDays } from '@portal/kernel';
import { EventType, publishEvent } from '@portal/events';
import { termsOf, type ContractedOffer, type Termination, type TerminationSettlement } from '@portal/offers';
import { closingSettlement, earlyTerminationFee } from '../rules/settlement.js';
import { CreditNote } from '../entities/CreditNote.js';
import { CreditNoteLine } from '../entities/CreditNoteLine.js';
import { Invoice } from '../entities/Invoice.js';
import { InvoiceLine } from '../entities/InvoiceLine.js';
import { DocumentKind, InvoicePurpose, LineKind } from '../enums.js';
import { frenchDate } from '../pdf/printable.js';
import { closingDocuments, type LineDraft, type OcLabel } from '../rules/closing.js';
import { type RuleViolation } from '../rules/en16931.js';
import { checkBeforeNumbering, holdDocuments, type DraftFacts, type HoldRequest } from './held-documents.js';
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
export const labelOf = (oc: ContractedOffer): OcLabel => ({ reference: oc.reference, name: oc.name, vatRateBasisPoints: oc.offer.vatRateBasisPoints, vatCategory: oc.offer.vatCategory });

/**
 * Issues the closing invoice and the credit note of a termination taking effect, from what was
 * really invoiced; numbered in the caller's transaction. Each is checked against the EN 16931
 * and French rules before it takes a number: one that fails is held with its reasons instead
 * (no number taken), for the operator to release once the data is fixed.
 */
export async function issueSettlement(
  em: EntityManager,
  oc: ContractedOffer,
  termination: Termination,
  issuedOn: string,
  now: Date = new Date(),
): Promise<{ invoice: Invoice | null; creditNote: CreditNote | null; held: HoldRequest[] }> {
  const through = (await billedThrough(em, [oc.id])).get(oc.id) ?? null;
  const settlement = closingSettlement(termsOf(oc), termination.effectiveOn, through);
  settlement.earlyTerminationFeeCents = termination.earlyTerminationFeeCents; // as quoted and recorded
  const docs = closingDocuments(labelOf(oc), settlement, termination.effectiveOn);
  const year = Number(issuedOn.slice(0, 4));
  const held: HoldRequest[] = [];
  const hold = (kind: DocumentKind, lines: LineDraft[], facts: DraftFacts, reasons: RuleViolation[], correctedInvoiceId: number | null) => held.push({
    kind, purpose: kind === DocumentKind.INVOICE ? InvoicePurpose.CLOSING : null, billedCompanyId: oc.billingAccount.id, contractedOfferId: oc.id,
    periodStart: facts.periodStart, periodEnd: facts.periodEnd, reasons,
    draft: { lines: lines.map((l) => ({ ...l, contractedOfferId: oc.id })), dueOn: facts.dueOn, reason: facts.reason, correctedInvoiceId },
  });
  let invoice: Invoice | null = null;
  const periods = docs.invoice?.lines.flatMap((l) => [l.periodStart, l.periodEnd]).filter((d): d is string => !!d).sort() ?? [];
  const invoiceFacts: DraftFacts = {
    kind: 'INVOICE', issuedOn, dueOn: addDays(issuedOn, PAYMENT_TERM_DAYS), periodStart: periods[0] ?? termination.effectiveOn,
    periodEnd: periods.at(-1) ?? termination.effectiveOn, reason: null, correctedInvoice: null,
  };
  const invoiceReasons = docs.invoice ? await checkBeforeNumbering(em, oc.billingAccount.id, docs.invoice.lines, invoiceFacts) : [];
  if (docs.invoice && invoiceReasons.length > 0) hold(DocumentKind.INVOICE, docs.invoice.lines, invoiceFacts, invoiceReasons, null);
  else if (docs.invoice) {
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
    const refundDueOn = docs.creditNote.refundDueOn < issuedOn ? issuedOn : docs.creditNote.refundDueOn;
    const reason = `Résiliation de ${oc.reference} au ${frenchDate(termination.effectiveOn)} : remboursement prorata temporis`;
    const refunded = docs.creditNote.lines.flatMap((l) => [l.periodStart, l.periodEnd]).filter((d): d is string => !!d).sort();
    const facts: DraftFacts = {
      kind: 'CREDIT_NOTE', issuedOn, dueOn: refundDueOn, periodStart: refunded[0] ?? corrected.invoice.periodStart, periodEnd: refunded.at(-1) ?? corrected.invoice.periodEnd,
      reason, correctedInvoice: { number: corrected.invoice.number, issuedOn: corrected.invoice.issuedOn },
    };
    const reasons = await checkBeforeNumbering(em, oc.billingAccount.id, docs.creditNote.lines, facts);
    if (reasons.length > 0) {
      hold(DocumentKind.CREDIT_NOTE, docs.creditNote.lines, facts, reasons, corrected.invoice.id);
      await holdDocuments(em, held, now);
      return { invoice, creditNote: null, held };
    }
    creditNote = em.create(CreditNote, {
      ...(await takeDocumentNumber(em, DocumentKind.CREDIT_NOTE, year)),
      billedCompany: oc.billingAccount,
      invoice: corrected.invoice,
      contractedOffer: oc,
      reason,
      issuedOn,
      refundDueOn,
      ...docs.creditNote.totals,
    });
    docs.creditNote.lines.forEach((line, i) => em.create(CreditNoteLine, { creditNote: creditNote!, position: i + 1, contractedOffer: oc, ...line }));
  }
  await holdDocuments(em, held, now);
  return { invoice, creditNote, held };
}

/** Billing's settlement as offers' termination port takes it (the gateway plugs it in). */
export const billingSettlement: TerminationSettlement = {
  earlyTerminationFee,
  async settle(em, oc, termination, issuedOn, now) {
    const { invoice, creditNote, held } = await issueSettlement(em, oc, termination, issuedOn, now);
    await em.flush(); // the documents' ids, for their events
    const companyId = oc.billingAccount.id;
    if (invoice) publishEvent(em, { type: EventType.INVOICE_ISSUED, companyId, object: { type: 'Invoice', id: invoice.id }, at: now });
    if (creditNote) publishEvent(em, { type: EventType.CREDIT_NOTE_ISSUED, companyId, object: { type: 'CreditNote', id: creditNote.id }, at: now });
    return { closingInvoice: invoice?.number ?? null, creditNote: creditNote?.number ?? null, held: held.map((h) => ({ kind: h.kind, rules: h.reasons.map((r) => r.rule) })) };
  },
};
