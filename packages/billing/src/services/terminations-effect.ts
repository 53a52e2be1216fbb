import { LockMode, type EntityManager } from '@mikro-orm/core';
import { toGlobalId } from '@portal/kernel';
import { EventType, publishEvent } from '@portal/events';
import { audit } from '@portal/identity';
import { ContractedOffer, ContractedOfferState, OcService, ServiceState, Termination, TerminationState, terminationOrderStep } from '@portal/offers';
import { issueSettlement } from './settlement.js';

/**
 * Applies the terminations whose effective date has come (Paris date `today`): each in its own
 * transaction, the termination row locked and skipped when another worker holds it: the OC is
 * terminated, its services end on the effective date, and its closing invoice and credit note are
 * issued. Running it twice, or on two workers, applies each termination once.
 */
export async function applyDueTerminations(em: EntityManager, today: string, now: Date, limit = 1000): Promise<{ applied: string[] }> {
  const due = (await em.getConnection().execute(
    `select id from termination where state = 'REQUESTED' and effective_on <= cast(? as date) order by effective_on, id limit ${limit}`,
    [today],
  )) as { id: number }[];
  const applied: string[] = [];
  for (const { id } of due) {
    await em.fork().transactional(async (tx) => {
      const termination = await tx.findOne(Termination, { id, state: TerminationState.REQUESTED }, { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
      if (!termination) return;
      const oc = await tx.findOneOrFail(ContractedOffer, { id: termination.contractedOffer.id }, { populate: ['offer', 'billingAccount'], lockMode: LockMode.PESSIMISTIC_WRITE });
      termination.state = TerminationState.EFFECTIVE;
      termination.appliedAt = now;
      oc.state = ContractedOfferState.TERMINATED;
      oc.terminatedOn = termination.effectiveOn;
      if (termination.order) await terminationOrderStep(tx, { kind: 'EFFECTIVE', order: termination.order, oc, termination, userId: null, on: termination.effectiveOn });
      await tx.nativeUpdate(OcService, { contractedOffer: oc.id, state: ServiceState.ACTIVE }, { state: ServiceState.TERMINATED, endedOn: termination.effectiveOn });
      const { invoice, creditNote, held } = await issueSettlement(tx, oc, termination, today, now);
      audit(tx, {
        action: 'TERMINATION_EFFECTIVE', companyId: oc.billingAccount.id, targetType: 'ContractedOffer', targetId: oc.reference,
        details: { effectiveOn: termination.effectiveOn, closingInvoice: invoice?.number ?? null, creditNote: creditNote?.number ?? null, held: held.map((h) => ({ kind: h.kind, rules: h.reasons.map((r) => r.rule) })) }, at: now,
      });
      await tx.flush(); // the documents' ids, for their events
      const companyId = oc.billingAccount.id;
      const related = { terminationId: toGlobalId('Termination', termination.id) };
      publishEvent(tx, { type: EventType.TERMINATION_EFFECTIVE, companyId, object: { type: 'ContractedOffer', id: oc.id }, related, at: now });
      if (invoice) publishEvent(tx, { type: EventType.INVOICE_ISSUED, companyId, object: { type: 'Invoice', id: invoice.id }, at: now });
      if (creditNote) publishEvent(tx, { type: EventType.CREDIT_NOTE_ISSUED, companyId, object: { type: 'CreditNote', id: creditNote.id }, at: now });
      applied.push(oc.reference);
    });
  }
  return { applied };
}
