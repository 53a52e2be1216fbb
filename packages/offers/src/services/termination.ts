import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { DomainError, Permission, toGlobalId, userError, type Access, type UserError } from '@portal/kernel';
import { EventType, publishEvent } from '@portal/events';
import { User, audit } from '@portal/identity';
import { ContractedOffer } from '../entities/ContractedOffer.js';
import { Order } from '../entities/Order.js';
import { Termination } from '../entities/Termination.js';
import { ContractedOfferState, OrderType, TerminationState } from '../enums.js';
import { recordOrder } from './ordering-port.js';
import { terminationSettlement } from './settlement-port.js';
import { terminationOrderStep } from './termination-order-port.js';
import {
  DESIRED_DATE_MAX_YEARS_AHEAD, desiredDateProblem, effectiveDate, equipmentReturn, type EquipmentReturn, type TerminationTerms,
} from '../rules/termination.js';

export const COMMENTS_MAX = 1000;

/** The termination terms of an OC: its offer's policies, its own price and dates. */
export function termsOf(oc: ContractedOffer): TerminationTerms {
  const offer = oc.offer;
  return {
    monthlyPriceCents: oc.monthlyPriceCents,
    noticePeriodMonths: offer.noticePeriodMonths,
    activatedOn: oc.activatedOn ?? null,
    commitmentEndsOn: oc.commitmentEndsOn ?? null,
    earlyTerminationPolicy: offer.earlyTerminationPolicy,
    earlyTerminationSharePercent: offer.earlyTerminationSharePercent,
    lastPeriodPolicy: offer.lastPeriodPolicy,
    hasEquipment: offer.hasEquipment,
    equipmentReturnDays: offer.equipmentReturnDays,
  };
}

/** A termination as it will be recorded, or as it was when one is already pending (`existing`). */
export interface TerminationPlan {
  oc: ContractedOffer;
  desiredOn: string;
  effectiveOn: string;
  noticePeriodMonths: number;
  earlyTerminationFeeCents: number;
  equipment: EquipmentReturn | null;
  /** A termination already pending for the OC, if any. */
  existing: Termination | null;
}

/**
 * Loads an OC the caller may terminate: "not found" when out of reach, "forbidden" when the caller
 * sees it but may not act for its billing account.
 */
export async function terminableOc(em: EntityManager, access: Access, ocId: number, field: string[], lock = false): Promise<ContractedOffer> {
  const oc = Number.isSafeInteger(ocId) && ocId > 0
    ? await em.findOne(ContractedOffer, { id: ocId }, { populate: ['offer'], ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) })
    : null;
  if (!oc) throw new DomainError('NOT_FOUND', 'Offre contractée introuvable.', field);
  const sees = (await access.can(oc.endCustomer.id, Permission.OFFERS_READ)) || (await access.can(oc.billingAccount.id, Permission.OFFERS_READ));
  if (!sees) throw new DomainError('NOT_FOUND', 'Offre contractée introuvable.', field);
  if (!(await access.can(oc.billingAccount.id, Permission.OFFERS_TERMINATE))) {
    throw new DomainError('FORBIDDEN', 'Seul un utilisateur habilité pour le compte client de cette offre peut la résilier.', field);
  }
  return oc;
}

/** Checks a termination request and computes its dates and fee, without writing anything. */
export async function planTermination(
  em: EntityManager,
  access: Access,
  input: { ocId: number; desiredOn: string; comments?: string | null },
  today: string,
  field: string[] = ['input', 'contractedOfferId'],
  lock = false,
): Promise<TerminationPlan> {
  const oc = await terminableOc(em, access, input.ocId, field, lock);
  const existing = await em.findOne(Termination, { contractedOffer: oc.id, state: { $in: [TerminationState.REQUESTED, TerminationState.EFFECTIVE] } });
  if (!existing) {
    if (oc.state === ContractedOfferState.TERMINATED) throw new DomainError('OC_ALREADY_TERMINATED', 'Cette offre contractée est déjà résiliée.', field);
    if (oc.state !== ContractedOfferState.DELIVERED) throw new DomainError('OC_NOT_DELIVERED', "Une offre contractée se résilie une fois livrée.", field);
  }
  const problem = desiredDateProblem(input.desiredOn, today);
  if (problem === 'DATE_INVALID') throw new DomainError('DATE_INVALID', 'Date attendue : AAAA-MM-JJ.', ['input', 'desiredOn']);
  if (problem === 'DESIRED_DATE_IN_PAST') throw new DomainError('DESIRED_DATE_IN_PAST', "La date souhaitée est passée : la résiliation se demande pour aujourd'hui ou une date à venir.", ['input', 'desiredOn']);
  if (problem === 'DESIRED_DATE_TOO_FAR') throw new DomainError('DESIRED_DATE_TOO_FAR', `La date souhaitée est dans les ${DESIRED_DATE_MAX_YEARS_AHEAD} ans.`, ['input', 'desiredOn']);
  if (input.comments && input.comments.length > COMMENTS_MAX) {
    throw new DomainError('COMMENTS_TOO_LONG', `Les commentaires font au plus ${COMMENTS_MAX} caractères.`, ['input', 'comments']);
  }
  const terms = termsOf(oc);
  if (existing) {
    // One source: a pending termination's own dates, fee and return coupon, not the date typed now.
    const equipment = existing.equipmentReturnReference && existing.equipmentReturnDeadline
      ? { reference: existing.equipmentReturnReference, deadline: existing.equipmentReturnDeadline }
      : null;
    return {
      oc, desiredOn: existing.desiredOn, effectiveOn: existing.effectiveOn, noticePeriodMonths: terms.noticePeriodMonths,
      earlyTerminationFeeCents: existing.earlyTerminationFeeCents, equipment, existing,
    };
  }
  const effectiveOn = effectiveDate(input.desiredOn, terms.noticePeriodMonths);
  return {
    oc, desiredOn: input.desiredOn, effectiveOn, noticePeriodMonths: terms.noticePeriodMonths,
    earlyTerminationFeeCents: terminationSettlement().earlyTerminationFee(terms, effectiveOn), equipment: equipmentReturn(terms, effectiveOn, oc.reference), existing,
  };
}

async function record(em: EntityManager, plan: TerminationPlan, userId: number, comments: string | null, idempotencyKey: string | null, today: string, now: Date): Promise<Termination> {
  const termination = em.create(Termination, {
    contractedOffer: plan.oc,
    desiredOn: plan.desiredOn,
    effectiveOn: plan.effectiveOn,
    earlyTerminationFeeCents: plan.earlyTerminationFeeCents,
    comments: comments?.trim() || null,
    requestedBy: em.getReference(User, userId),
    requestedAt: now,
    idempotencyKey,
    equipmentReturnReference: plan.equipment?.reference ?? null,
    equipmentReturnDeadline: plan.equipment?.deadline ?? null,
  });
  plan.oc.state = ContractedOfferState.TERMINATION_REQUESTED;
  await recordTerminationOrder(em, plan.oc, termination, userId, today);
  audit(em, {
    action: 'TERMINATION_REQUESTED', actorId: userId, companyId: plan.oc.billingAccount.id, targetType: 'ContractedOffer', targetId: plan.oc.reference,
    details: { desiredOn: plan.desiredOn, effectiveOn: plan.effectiveOn, earlyTerminationFeeCents: plan.earlyTerminationFeeCents }, at: now,
  });
  return termination;
}

/**
 * Every termination is a Résiliation order (COM…), which the OC then shows as its order; ordering
 * is told through the port. The order it showed before is kept, for a withdrawal.
 */
export async function recordTerminationOrder(em: EntityManager, oc: ContractedOffer, termination: Termination, userId: number, today: string): Promise<void> {
  const order = await recordOrder(em, { type: OrderType.TERMINATION, companyId: oc.endCustomer.id, orderedOn: today });
  order.contractedOffer = oc;
  termination.order = order;
  termination.previousOrder = oc.order ?? null;
  oc.order = order;
  oc.orderType = OrderType.TERMINATION;
  await terminationOrderStep(em, { kind: 'REQUESTED', order, oc, termination, userId, on: today });
}

/** The event of a termination (once it has its id), about the OC's billing account, in order per OC. */
function terminationEvent(em: EntityManager, type: EventType, termination: Termination, oc: ContractedOffer, now: Date): void {
  publishEvent(em, { type, companyId: oc.billingAccount.id, object: { type: 'ContractedOffer', id: oc.id }, related: { terminationId: toGlobalId('Termination', termination.id) }, at: now });
}

/**
 * Requests the termination of one OC. The OC row is locked for the transaction, so concurrent
 * requests queue and all but the first find the termination already there and return it; the
 * partial unique index is the last guard. The same idempotency key from the same user returns the
 * same termination.
 */
export async function requestTermination(
  em: EntityManager,
  access: Access,
  input: { ocId: number; desiredOn: string; comments: string | null; idempotencyKey: string | null },
  today: string,
  now: Date,
): Promise<{ termination: Termination; created: boolean }> {
  if (input.idempotencyKey && input.idempotencyKey.length > 100) throw new DomainError('IDEMPOTENCY_KEY_TOO_LONG', 'Clé d’idempotence : 100 caractères au plus.', ['input', 'idempotencyKey']);
  const userId = access.viewer.userId;
  // Reach first, outside the transaction: the checks then come from the request's cache, and no
  // transaction waits on the OC's lock while holding a connection the checks would need.
  await terminableOc(em, access, input.ocId, ['input', 'contractedOfferId']);
  try {
    return await em.transactional(async (tx) => {
      if (input.idempotencyKey) {
        const same = await tx.findOne(Termination, { requestedBy: userId, idempotencyKey: input.idempotencyKey }, { populate: ['contractedOffer'] });
        if (same) return { termination: same, created: false };
      }
      const plan = await planTermination(tx, access, input, today, ['input', 'contractedOfferId'], true);
      if (plan.existing) return { termination: plan.existing, created: false };
      const termination = await record(tx, plan, userId, input.comments, input.idempotencyKey, today, now);
      await tx.flush();
      terminationEvent(tx, EventType.TERMINATION_REQUESTED, termination, plan.oc, now);
      return { termination, created: true };
    });
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const existing = await em.fork().findOne(Termination, { contractedOffer: input.ocId, state: { $in: [TerminationState.REQUESTED, TerminationState.EFFECTIVE] } }, { populate: ['contractedOffer'] });
    if (!existing) throw error;
    return { termination: existing, created: false };
  }
}

export interface BulkRefusal {
  ocId: number;
  error: UserError;
}

/**
 * Terminates many OCs with one desired date: each is checked; either all are requested in one
 * transaction, or nothing is written and the answer says, per OC, why one was refused.
 */
export async function requestTerminations(
  em: EntityManager,
  access: Access,
  input: { ocIds: number[]; desiredOn: string; comments: string | null },
  today: string,
  now: Date,
): Promise<{ terminations: Termination[]; created: Termination[]; refusals: [] } | { terminations: []; created: []; refusals: BulkRefusal[] }> {
  if (input.ocIds.length === 0 || input.ocIds.length > 500) {
    return { terminations: [], created: [], refusals: [{ ocId: 0, error: userError('SELECTION_INVALID', 'Choisissez de 1 à 500 offres contractées.', ['input', 'contractedOfferIds']) }] };
  }
  for (const ocId of new Set(input.ocIds)) {
    await terminableOc(em, access, ocId, []).catch(() => undefined); // warms the reach cache, see requestTermination
  }
  // Each OC once, named by its first place in the list. The OCs are locked in ascending id order,
  // whatever the order given: two requests over the same OCs then never wait on each other in a
  // cycle (PostgreSQL would break the deadlock by failing one of them). Answers keep the list's order.
  const firstIndex = new Map<number, number>();
  input.ocIds.forEach((ocId, i) => {
    if (!firstIndex.has(ocId)) firstIndex.set(ocId, i);
  });
  const inLockOrder = [...firstIndex].sort(([a], [b]) => a - b);
  return em.transactional(async (tx) => {
    const plans: { index: number; plan: TerminationPlan }[] = [];
    const refusals: { index: number; refusal: BulkRefusal }[] = [];
    for (const [ocId, index] of inLockOrder) {
      try {
        plans.push({ index, plan: await planTermination(tx, access, { ocId, desiredOn: input.desiredOn, comments: input.comments }, today, ['input', 'contractedOfferIds', String(index)], true) });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refusals.push({ index, refusal: { ocId, error: error.toUserError() } });
      }
    }
    const inListOrder = <T extends { index: number }>(items: T[]) => items.sort((a, b) => a.index - b.index);
    if (refusals.length > 0) return { terminations: [], created: [] as [], refusals: inListOrder(refusals).map((r) => r.refusal) };
    const created: Termination[] = [];
    const terminations: Termination[] = [];
    for (const { plan: p } of inListOrder(plans)) {
      if (p.existing) {
        terminations.push(p.existing);
        continue;
      }
      const termination = await record(tx, p, access.viewer.userId, input.comments, null, today, now);
      created.push(termination);
      terminations.push(termination);
    }
    await tx.flush();
    for (const termination of created) terminationEvent(tx, EventType.TERMINATION_REQUESTED, termination, termination.contractedOffer, now);
    return { terminations, created, refusals: [] as [] };
  });
}

/** Withdraws a pending termination before its effective date; the OC is delivered again. */
export async function withdrawTermination(em: EntityManager, access: Access, ocId: number, today: string, now: Date): Promise<Termination> {
  await terminableOc(em, access, ocId, ['input', 'contractedOfferId']);
  return em.transactional(async (tx) => {
    const oc = await terminableOc(tx, access, ocId, ['input', 'contractedOfferId'], true);
    const termination = await tx.findOne(Termination, { contractedOffer: oc.id, state: TerminationState.REQUESTED });
    if (!termination) throw new DomainError('NO_PENDING_TERMINATION', "Aucune résiliation en cours pour cette offre.", ['input', 'contractedOfferId']);
    if (termination.effectiveOn <= today) {
      throw new DomainError('TERMINATION_ALREADY_EFFECTIVE', 'La résiliation prend effet aujourd’hui : elle ne peut plus être retirée.', ['input', 'contractedOfferId']);
    }
    termination.state = TerminationState.WITHDRAWN;
    termination.withdrawnAt = now;
    termination.withdrawnBy = tx.getReference(User, access.viewer.userId);
    oc.state = ContractedOfferState.DELIVERED;
    if (termination.order) {
      // The OC shows again the order it showed before; the Résiliation order is Annulée.
      const previous = termination.previousOrder ? await tx.findOneOrFail(Order, { id: termination.previousOrder.id }) : null;
      oc.order = previous;
      oc.orderType = previous?.type ?? OrderType.CREATION;
      await terminationOrderStep(tx, { kind: 'WITHDRAWN', order: termination.order, oc, termination, userId: access.viewer.userId, on: today });
    }
    terminationEvent(tx, EventType.TERMINATION_WITHDRAWN, termination, oc, now);
    audit(tx, { action: 'TERMINATION_WITHDRAWN', actorId: access.viewer.userId, companyId: oc.billingAccount.id, targetType: 'ContractedOffer', targetId: oc.reference, details: { effectiveOn: termination.effectiveOn }, at: now });
    await tx.flush();
    return termination;
  });
}
