import { type EntityManager } from '@mikro-orm/core';
import { Company } from '@portal/company';
import { DomainError, Permission, addDays, documentTotals, type Access } from '@portal/kernel';
import { ContractedOffer } from '@portal/offers';
import { CreditNote } from '../entities/CreditNote.js';
import { CreditNoteLine } from '../entities/CreditNoteLine.js';
import { HeldDocument, type HeldDraft } from '../entities/HeldDocument.js';
import { Invoice } from '../entities/Invoice.js';
import { InvoiceLine } from '../entities/InvoiceLine.js';
import { DocumentKind, InvoicePurpose } from '../enums.js';
import { type Party, type PrintableLine, vatBreakdown } from '../pdf/printable.js';
import { type LineDraft } from '../rules/closing.js';
import { checkDocument, type DocumentDraft, type RuleViolation } from '../rules/en16931.js';
import { takeDocumentNumber } from './numbering.js';
import { partiesOfAccounts } from './parties.js';

/** What a document about to be issued says, before it has a number. */
export interface DraftFacts {
  kind: 'INVOICE' | 'CREDIT_NOTE';
  issuedOn: string;
  dueOn: string;
  periodStart: string;
  periodEnd: string;
  reason: string | null;
  correctedInvoice: { number: string; issuedOn: string } | null;
}

/** The document model of lines not yet written (delivery sites are not checked by any rule). */
export function draftDocument(parties: { seller: Party; buyer: Party }, lines: readonly LineDraft[], facts: DraftFacts): DocumentDraft {
  const printable: PrintableLine[] = lines.map((l, i) => ({
    position: i + 1, label: l.label, periodStart: l.periodStart, periodEnd: l.periodEnd, quantity: l.quantity,
    unitPriceExclVatCents: l.unitPriceExclVatCents, vatRateBasisPoints: l.vatRateBasisPoints, vatCategory: l.vatCategory,
    totalExclVatCents: l.totalExclVatCents, vatCents: l.vatCents, deliverySite: null,
  }));
  return {
    ...facts, number: null, seller: parties.seller, buyer: parties.buyer, lines: printable,
    totals: documentTotals(lines), vatBreakdown: vatBreakdown(printable),
    payment: { method: null, mandateReference: null, debtorIban: null, creditorIban: null, creditorBic: null },
  };
}

/** The rules a document of this account would break, checked before it takes a number. */
export async function checkBeforeNumbering(em: EntityManager, billedCompanyId: number, lines: readonly LineDraft[], facts: DraftFacts): Promise<RuleViolation[]> {
  const parties = (await partiesOfAccounts(em, [billedCompanyId])).get(billedCompanyId);
  if (!parties) throw new Error(`company ${billedCompanyId} has no management tree rows`);
  return checkDocument(draftDocument(parties, lines, facts));
}

/** The issuer of a company's documents: the top of its management tree. */
export async function sellerOf(em: EntityManager, companyId: number): Promise<number> {
  const [row] = (await em.getConnection().execute(
    'select c.id from company_tree t join company c on c.id = t.ancestor_id where t.descendant_id = ? and c.parent_id is null',
    [companyId], 'all', em.getTransactionContext(),
  )) as { id: number }[];
  return Number(row!.id);
}

/** A document held before numbering, as it is recorded. */
export interface HoldRequest {
  kind: DocumentKind;
  purpose: InvoicePurpose | null;
  billedCompanyId: number;
  contractedOfferId: number | null;
  periodStart: string;
  periodEnd: string;
  draft: HeldDraft;
  reasons: RuleViolation[];
}

/**
 * Records held documents in the caller's transaction. A monthly invoice already held for the
 * same account and month gets its reasons and draft refreshed (a billing run run again); the
 * others are new rows. One statement.
 */
export async function holdDocuments(em: EntityManager, held: readonly HoldRequest[], now: Date): Promise<void> {
  if (held.length === 0) return;
  const values = held.map(() => '(?, ?, ?, ?, cast(? as date), cast(? as date), ?, cast(? as jsonb), cast(? as jsonb), ?, ?)').join(', ');
  const params = held.flatMap((h) => [
    h.kind, h.purpose, h.billedCompanyId, h.contractedOfferId, h.periodStart, h.periodEnd,
    documentTotals(h.draft.lines).totalInclVatCents, JSON.stringify(h.draft), JSON.stringify(h.reasons), now, now,
  ]);
  await em.getConnection().execute(
    `insert into held_document (kind, purpose, billed_company_id, contracted_offer_id, period_start, period_end, total_incl_vat_cents, draft, reasons, held_at, checked_at)
     values ${values}
     on conflict (billed_company_id, period_start) where purpose = 'MONTHLY' and released_at is null
     do update set draft = excluded.draft, reasons = excluded.reasons, checked_at = excluded.checked_at, total_incl_vat_cents = excluded.total_incl_vat_cents`,
    params, 'run', em.getTransactionContext(),
  );
}

/** Marks the held monthly invoices of these accounts and month as issued after all, with their numbers. */
export async function releaseHeldMonthly(em: EntityManager, periodStart: string, issued: ReadonlyMap<number, string>, now: Date): Promise<void> {
  if (issued.size === 0) return;
  const accounts = [...issued.keys()];
  await em.getConnection().execute(
    `update held_document h set released_at = ?, issued_number = t.number
     from unnest(cast(? as int[]), cast(? as text[])) as t(account, number)
     where h.purpose = 'MONTHLY' and h.released_at is null and h.period_start = cast(? as date) and h.billed_company_id = t.account`,
    [now, `{${accounts.join(',')}}`, `{${accounts.map((a) => `"${issued.get(a)}"`).join(',')}}`, periodStart], 'run', em.getTransactionContext(),
  );
}

/**
 * Issues a held document after its data was fixed: checked again against the rules with the
 * companies' current data, then numbered (the next number of its kind and year, today) and
 * written exactly as drafted. Still failing: a typed error listing the rules, nothing written.
 * Only the issuer's staff may release it: BILLING_WRITE on the seller (the top of the billed
 * company's management tree); anyone else in reach reads it but is refused.
 */
export async function releaseHeldDocument(em: EntityManager, access: Access, id: number, today: string, now: Date): Promise<Invoice | CreditNote> {
  return em.transactional(async (tx) => {
    const held = await tx.findOne(HeldDocument, { id, releasedAt: null });
    if (!held || !(await access.can(held.billedCompany.id, Permission.BILLING_READ))) throw new DomainError('NOT_FOUND', 'Document en attente introuvable.', ['id']);
    if (!(await access.can(await sellerOf(tx, held.billedCompany.id), Permission.BILLING_WRITE))) {
      throw new DomainError('FORBIDDEN', "Seul l'émetteur des factures peut émettre un document en attente.", ['id']);
    }
    const corrected = held.draft.correctedInvoiceId ? await tx.findOneOrFail(Invoice, { id: held.draft.correctedInvoiceId }) : null;
    const isInvoice = held.kind === DocumentKind.INVOICE;
    const dueOn = held.draft.dueOn < today ? addDays(today, isInvoice ? 30 : 10) : held.draft.dueOn;
    const facts: DraftFacts = {
      kind: isInvoice ? 'INVOICE' : 'CREDIT_NOTE', issuedOn: today, dueOn, periodStart: held.periodStart, periodEnd: held.periodEnd,
      reason: held.draft.reason, correctedInvoice: corrected ? { number: corrected.number, issuedOn: corrected.issuedOn } : null,
    };
    const reasons = await checkBeforeNumbering(tx, held.billedCompany.id, held.draft.lines, facts);
    if (reasons.length > 0) {
      held.reasons = reasons;
      held.checkedAt = now;
      await tx.flush();
      throw new DomainError('DOCUMENT_INVALID', `Le document enfreint encore ${reasons.map((r) => r.rule).join(', ')}.`, ['id']);
    }
    const year = Number(today.slice(0, 4));
    const totals = documentTotals(held.draft.lines);
    const company = tx.getReference(Company, held.billedCompany.id);
    const oc = held.contractedOffer ? tx.getReference(ContractedOffer, held.contractedOffer.id) : null;
    const lineOf = ({ contractedOfferId, ...line }: HeldDraft['lines'][number], i: number) =>
      ({ position: i + 1, contractedOffer: contractedOfferId ? tx.getReference(ContractedOffer, contractedOfferId) : null, ...line });
    let document: Invoice | CreditNote;
    if (isInvoice) {
      const invoice = tx.create(Invoice, {
        ...(await takeDocumentNumber(tx, DocumentKind.INVOICE, year)), purpose: held.purpose ?? InvoicePurpose.CLOSING, billedCompany: company,
        periodStart: held.periodStart, periodEnd: held.periodEnd, issuedOn: today, dueOn, ...totals,
      });
      held.draft.lines.forEach((l, i) => tx.create(InvoiceLine, { invoice, ...lineOf(l, i) }));
      document = invoice;
    } else {
      const creditNote = tx.create(CreditNote, {
        ...(await takeDocumentNumber(tx, DocumentKind.CREDIT_NOTE, year)), billedCompany: company, invoice: corrected!, contractedOffer: oc,
        reason: held.draft.reason ?? 'Avoir', issuedOn: today, refundDueOn: dueOn, ...totals,
      });
      held.draft.lines.forEach((l, i) => tx.create(CreditNoteLine, { creditNote, ...lineOf(l, i) }));
      document = creditNote;
    }
    held.releasedAt = now;
    held.issuedNumber = document.number;
    await tx.flush();
    return document;
  });
}
