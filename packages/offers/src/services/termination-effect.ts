import { LockMode, type EntityManager } from '@mikro-orm/core';
import { toGlobalId } from '@portal/kernel';
import { EventType, publishEvent } from '@portal/events';
import { audit } from '@portal/identity';
import { ContractedOffer } from '../entities/ContractedOffer.js';
import { OcService } from '../entities/OcService.js';
import { Termination } from '../entities/Termination.js';
import { ContractedOfferState, ServiceState, TerminationState } from '../enums.js';
import { terminationSettlement } from './settlement-port.js';
import { terminationOrderStep } from './termination-order-port.js';

/**
 * Applies the terminations whose effective date has come (Paris date `today`): each in its own
 * transaction, the termination row locked and skipped when another worker holds it: the OC is
 * terminated, its services end on the effective date, and the settlement plugged into offers'
 * port (billing's) issues its closing invoice and credit note in the same transaction. Running it
 * twice, or on two workers, applies each termination once.
 */
export async function applyDueTerminations(em: EntityManager, today: string, now: Date, limit = 1000): Promise<{ applied: string[] }> {
  const settlement = terminationSettlement();
  const due = await em.find(
    Termination,
    { state: TerminationState.REQUESTED, effectiveOn: { $lte: today } },
    { fields: ['id'], orderBy: { effectiveOn: 'asc', id: 'asc' }, limit },
  );
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
      // The termination's event first, then those of the documents the settlement issues.
      const related = { terminationId: toGlobalId('Termination', termination.id) };
      publishEvent(tx, { type: EventType.TERMINATION_EFFECTIVE, companyId: oc.billingAccount.id, object: { type: 'ContractedOffer', id: oc.id }, related, at: now });
      const documents = await settlement.settle(tx, oc, termination, today, now);
      audit(tx, {
        action: 'TERMINATION_EFFECTIVE', companyId: oc.billingAccount.id, targetType: 'ContractedOffer', targetId: oc.reference,
        details: { effectiveOn: termination.effectiveOn, closingInvoice: documents.closingInvoice, creditNote: documents.creditNote, held: documents.held }, at: now,
      });
      applied.push(oc.reference);
    });
  }
  return { applied };
}
