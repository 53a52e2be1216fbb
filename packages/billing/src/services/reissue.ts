import { type EntityManager } from '@mikro-orm/core';
import { DomainError, Permission, addDays, type Access } from '@portal/kernel';
import { CreditNote } from '../entities/CreditNote.js';
import { CreditNoteLine } from '../entities/CreditNoteLine.js';
import { Invoice } from '../entities/Invoice.js';
import { InvoiceLine } from '../entities/InvoiceLine.js';
import { PlatformDeposit } from '../entities/PlatformDeposit.js';
import { DocumentKind, LifecycleStatus } from '../enums.js';
import { type LineDraft } from '../rules/closing.js';
import { checkBeforeNumbering, sellerOf } from './held-documents.js';
import { takeDocumentNumber } from './numbering.js';
import { PAYMENT_TERM_DAYS } from './settlement.js';

const lineDraft = (l: InvoiceLine | CreditNoteLine): LineDraft => ({
  kind: l.kind, label: l.label, quantity: l.quantity, unitPriceExclVatCents: l.unitPriceExclVatCents, vatRateBasisPoints: l.vatRateBasisPoints,
  vatCategory: l.vatCategory, totalExclVatCents: l.totalExclVatCents, vatCents: l.vatCents, periodStart: l.periodStart ?? null, periodEnd: l.periodEnd ?? null,
});

/**
 * Issues the corrected document of one the platform rejected (rejetée): a new document with the
 * next number, the same lines and period, issued today, replacing the rejected one, which keeps
 * its number (never edited, never reused). Checked against the rules before it takes its number;
 * only the issuer's staff (BILLING_WRITE on the seller) may, once per rejected document.
 */
export async function reissueRejected(em: EntityManager, access: Access, kind: DocumentKind, id: number, today: string): Promise<Invoice | CreditNote> {
  return em.transactional(async (tx) => {
    const isInvoice = kind === DocumentKind.INVOICE;
    const what = isInvoice ? 'Facture' : 'Avoir';
    const old = isInvoice
      ? await tx.findOne(Invoice, { id }, { populate: ['lines', 'lines.contractedOffer'] })
      : await tx.findOne(CreditNote, { id }, { populate: ['lines', 'lines.contractedOffer', 'invoice'] });
    if (!old || !(await access.can(old.billedCompany.id, Permission.BILLING_READ))) throw new DomainError('NOT_FOUND', `${what} introuvable.`, ['id']);
    if (!(await access.can(await sellerOf(tx, old.billedCompany.id), Permission.BILLING_WRITE))) {
      throw new DomainError('FORBIDDEN', "Seul l'émetteur des factures peut émettre un document rectifié.", ['id']);
    }
    const deposit = await tx.findOne(PlatformDeposit, isInvoice ? { invoice: id } : { creditNote: id });
    if (deposit?.lifecycleStatus !== LifecycleStatus.REJECTED) throw new DomainError('NOT_REJECTED', `${what} n'a pas été rejeté(e) par la plateforme : il n'y a rien à rectifier.`, ['id']);
    const already = isInvoice ? await tx.count(Invoice, { replaces: id }) : await tx.count(CreditNote, { replaces: id });
    if (already > 0) throw new DomainError('ALREADY_REISSUED', `${what} a déjà son document rectifié.`, ['id']);

    const lines = old.lines.getItems().map(lineDraft);
    const dueOn = addDays(today, isInvoice ? PAYMENT_TERM_DAYS : 10);
    const corrected = old instanceof CreditNote ? old.invoice : null;
    const reasons = await checkBeforeNumbering(tx, old.billedCompany.id, lines, {
      kind: isInvoice ? 'INVOICE' : 'CREDIT_NOTE', issuedOn: today, dueOn, reason: old instanceof CreditNote ? old.reason : null,
      periodStart: old instanceof Invoice ? old.periodStart : (lines.find((l) => l.periodStart)?.periodStart ?? corrected!.periodStart),
      periodEnd: old instanceof Invoice ? old.periodEnd : (lines.findLast((l) => l.periodEnd)?.periodEnd ?? corrected!.periodEnd),
      correctedInvoice: corrected ? { number: corrected.number, issuedOn: corrected.issuedOn } : null,
    });
    if (reasons.length > 0) throw new DomainError('DOCUMENT_INVALID', `Le document rectifié enfreindrait encore ${reasons.map((r) => `${r.rule} (${r.message})`).join(', ')}`, ['id']);

    const numbering = await takeDocumentNumber(tx, kind, Number(today.slice(0, 4)));
    const totals = { totalExclVatCents: old.totalExclVatCents, totalVatCents: old.totalVatCents, totalInclVatCents: old.totalInclVatCents };
    const lineOf = (l: InvoiceLine | CreditNoteLine, i: number) => ({ position: i + 1, contractedOffer: l.contractedOffer ?? null, ...lineDraft(l) });
    if (old instanceof Invoice) {
      const invoice = tx.create(Invoice, {
        ...numbering, purpose: old.purpose, billedCompany: old.billedCompany, periodStart: old.periodStart, periodEnd: old.periodEnd,
        issuedOn: today, dueOn, ...totals, replaces: old,
      });
      old.lines.getItems().forEach((l, i) => tx.create(InvoiceLine, { invoice, ...lineOf(l, i) }));
      return invoice;
    }
    const creditNote = tx.create(CreditNote, {
      ...numbering, billedCompany: old.billedCompany, invoice: old.invoice, contractedOffer: old.contractedOffer ?? null, reason: old.reason,
      issuedOn: today, refundDueOn: dueOn, ...totals, replaces: old,
    });
    old.lines.getItems().forEach((l, i) => tx.create(CreditNoteLine, { creditNote, ...lineOf(l, i) }));
    return creditNote;
  });
}
