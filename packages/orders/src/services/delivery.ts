import { LockMode, type EntityManager } from '@mikro-orm/core';
import { DomainError, Permission, fromGlobalId, isCalendarDate, type Access } from '@portal/kernel';
import { recordPriceChange } from '@portal/billing';
import { Offer, OrderType, ServiceKind, cancelOrderedOc, deliverOc, markOcInDelivery, modifyOc, type DeliveredService } from '@portal/offers';
import { CatalogueOption } from '../entities/CatalogueOption.js';
import { ocName } from './order-plan.js';
import { OrderDetail } from '../entities/OrderDetail.js';
import { OrderLine } from '../entities/OrderLine.js';
import { OrderMilestone } from '../entities/OrderMilestone.js';
import { OrderNumber } from '../entities/OrderNumber.js';
import { CancelledBy, OfferFamily, OrderState } from '../enums.js';
import { cancelProblem, milestoneProblem, validateProblem } from '../rules/lifecycle.js';
import { stateAfterMilestone } from '../rules/milestones.js';

const notFound = (field: string[]) => new DomainError('NOT_FOUND', 'Commande introuvable.', field);

/** Whether the caller may read the order: the one reach rule on its end customer, or the provider's delivery right. */
export async function canReadOrder(access: Access, order: OrderDetail): Promise<boolean> {
  return (await access.can(order.endCustomer.id, Permission.OFFERS_READ)) || access.can(order.provider.id, Permission.ORDERS_DELIVER);
}

/** An order the caller may read; out of reach is NOT_FOUND, exactly like an order that does not exist. */
export async function orderInReach(em: EntityManager, access: Access, globalId: string, field: string[]): Promise<OrderDetail> {
  const id = fromGlobalId(globalId, 'CustomerOrder');
  if (id === null) throw notFound(field);
  const order = await em.findOne(OrderDetail, { id });
  if (!order || !(await canReadOrder(access, order))) throw notFound(field);
  return order;
}

/** Locks the order's row for a change of state: cancelling and delivering queue on it, the second sees the first's outcome. */
async function lockedOrder(tx: EntityManager, id: number): Promise<OrderDetail> {
  return tx.findOneOrFail(OrderDetail, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

async function requireProvider(access: Access, order: OrderDetail, field: string[]): Promise<void> {
  if (await access.can(order.provider.id, Permission.ORDERS_DELIVER)) return;
  throw new DomainError('FORBIDDEN', "Seul l'opérateur qui livre la commande peut la faire avancer.", field);
}

/** "Valider": the provider accepts a received order; the customer can no longer cancel it. */
export async function validateOrder(em: EntityManager, access: Access, globalId: string): Promise<OrderDetail> {
  const field = ['input', 'orderId'];
  const seen = await orderInReach(em, access, globalId, field);
  await requireProvider(access, seen, field);
  return em.fork().transactional(async (tx) => {
    const order = await lockedOrder(tx, seen.id);
    const problem = validateProblem(order.state);
    if (problem) throw new DomainError(problem, "La commande n'est plus à valider.", field);
    order.state = OrderState.VALIDATED;
    return order;
  });
}

function servicesOf(line: OrderLine, numbers: OrderNumber[]): DeliveredService[] {
  if (line.family === OfferFamily.NUMBERS) return numbers.map((n) => ({ kind: ServiceKind.PHONE_NUMBER, identifier: n.number, portingCode: n.portingCode ?? null }));
  if (line.family === OfferFamily.SIP_TRUNK) return [{ kind: ServiceKind.TRUNK, identifier: `TRUNK-${line.contractedOffer.reference}` }];
  if (line.family === OfferFamily.INTERNET_ACCESS || line.family === OfferFamily.MOBILE) return [{ kind: ServiceKind.ACCESS_LINE, identifier: `LIGNE-${line.contractedOffer.reference}` }];
  return [];
}

export interface MilestoneOutcome {
  order: OrderDetail;
  milestone: OrderMilestone;
  /** Whether this milestone delivered the line's OC. */
  deliveredOc: boolean;
}

/**
 * Marks a milestone done on `doneOn` (the provider's desk or its systems). Milestones go in order;
 * the first moves the order and its OCs to delivery, a line's last delivers its OC for real
 * (services, activation, commitment), the order's last makes it Livrée.
 */
export async function completeMilestone(em: EntityManager, access: Access, milestoneGlobalId: string, doneOn: string, today: string): Promise<MilestoneOutcome> {
  const field = ['input', 'milestoneId'];
  const id = fromGlobalId(milestoneGlobalId, 'OrderMilestone');
  if (id === null) throw new DomainError('NOT_FOUND', 'Jalon introuvable.', field);
  const found = await em.findOne(OrderMilestone, { id }, { populate: ['orderLine.orderDetail'] });
  if (!found || !(await canReadOrder(access, found.orderLine.orderDetail))) throw new DomainError('NOT_FOUND', 'Jalon introuvable.', field);
  await requireProvider(access, found.orderLine.orderDetail, field);
  if (!isCalendarDate(doneOn)) throw new DomainError('DATE_INVALID', 'Date attendue : AAAA-MM-JJ.', ['input', 'doneOn']);
  if (doneOn > today) throw new DomainError('DATE_IN_FUTURE', "Un jalon se marque fait le jour même ou après.", ['input', 'doneOn']);
  return em.fork().transactional(async (tx) => {
    const order = await lockedOrder(tx, found.orderLine.orderDetail.id);
    const problem = milestoneProblem(order.state);
    if (problem) throw new DomainError(problem, problem === 'ORDER_NOT_VALIDATED' ? "La commande n'est pas encore validée." : 'La commande est close.', field);
    if (doneOn < order.orderedOn) throw new DomainError('DATE_BEFORE_ORDER', 'Un jalon ne précède pas la commande.', ['input', 'doneOn']);
    const milestones = await tx.find(OrderMilestone, { orderLine: { orderDetail: order.id } }, { populate: ['orderLine.contractedOffer'], orderBy: { orderLine: { position: 'asc' }, position: 'asc' } });
    const milestone = milestones.find((m) => m.id === id)!;
    if (milestone.doneOn) throw new DomainError('MILESTONE_ALREADY_DONE', 'Ce jalon est déjà fait.', field);
    const ofLine = milestones.filter((m) => m.orderLine.id === milestone.orderLine.id);
    const previous = ofLine.filter((m) => m.position < milestone.position);
    if (previous.some((m) => !m.doneOn)) throw new DomainError('MILESTONE_OUT_OF_ORDER', "Le jalon précédent n'est pas fait.", field);
    if (previous.some((m) => m.doneOn! > doneOn)) throw new DomainError('DATE_BEFORE_PREVIOUS', 'Un jalon ne précède pas le précédent.', ['input', 'doneOn']);
    milestone.doneOn = doneOn;
    const line = milestone.orderLine;
    await markOcInDelivery(tx, line.contractedOffer.id);
    const lineDone = ofLine.every((m) => m.doneOn);
    if (lineDone && order.type === OrderType.MODIFICATION) {
      await tx.flush();
      const oc = line.contractedOffer;
      const options = await tx.find(CatalogueOption, { offer: line.offer.id, code: { $in: line.optionCodes } });
      await recordPriceChange(tx, { ocId: oc.id, changedOn: doneOn, previousMonthlyCents: oc.monthlyPriceCents, newMonthlyCents: line.monthlyPriceCents });
      await modifyOc(tx, oc.id, { order: order.order, offerId: line.offer.id, name: ocName({ offer: await tx.findOneOrFail(Offer, { id: line.offer.id }), options }), monthlyPriceCents: line.monthlyPriceCents });
    } else if (lineDone) {
      const numbers = await tx.find(OrderNumber, { orderLine: line.id, live: true }, { orderBy: { id: 'asc' } });
      await tx.flush();
      await deliverOc(tx, line.contractedOffer.id, { deliveredOn: doneOn, activatedOn: doneOn, services: servicesOf(line, numbers) });
      await tx.getConnection().execute(`update pool_number set state = 'ASSIGNED' where order_line_id = ? and state = 'RESERVED'`, [line.id], 'run', tx.getTransactionContext());
    }
    const allDone = milestones.every((m) => m.doneOn);
    order.state = stateAfterMilestone(allDone);
    if (allDone) order.deliveredOn = doneOn;
    await tx.flush();
    return { order, milestone, deliveredOc: lineDone };
  });
}

/**
 * "Annuler la commande": by the customer while Reçue, by the provider until delivery with a
 * reason. Its OCs end unbilled, its numbers go back to the pool. Against a delivery at the same
 * moment, the row lock decides: one of the two happens, the other is refused.
 */
export async function cancelOrder(em: EntityManager, access: Access, globalId: string, reason: string | null, today: string): Promise<OrderDetail> {
  const field = ['input', 'orderId'];
  const seen = await orderInReach(em, access, globalId, field);
  const byProvider = await access.can(seen.provider.id, Permission.ORDERS_DELIVER);
  if (!byProvider && !(await access.can(seen.endCustomer.id, Permission.OFFERS_ORDER))) {
    throw new DomainError('FORBIDDEN', "Vos droits ne permettent pas d'annuler cette commande.", field);
  }
  if (seen.type === OrderType.TERMINATION) {
    throw new DomainError('TERMINATION_ORDER', "Une résiliation se retire depuis son offre contractée, avant sa date d'effet.", field);
  }
  const by = byProvider ? CancelledBy.PROVIDER : CancelledBy.CUSTOMER;
  if (reason && reason.length > 500) throw new DomainError('TOO_LONG', 'Au plus 500 caractères.', ['input', 'reason']);
  return em.fork().transactional(async (tx) => {
    const order = await lockedOrder(tx, seen.id);
    const problem = cancelProblem(order.state, by, reason);
    if (problem === 'CANCEL_REASON_REQUIRED') throw new DomainError(problem, "Indiquez le motif de l'annulation.", ['input', 'reason']);
    if (problem) throw new DomainError(problem, "La commande ne peut plus être annulée.", field);
    order.state = OrderState.CANCELLED;
    order.cancelledBy = by;
    order.cancelReason = reason?.trim() || null;
    const lines = await tx.find(OrderLine, { orderDetail: order.id });
    const conn = tx.getConnection();
    const ctx = tx.getTransactionContext();
    for (const line of lines) await cancelOrderedOc(tx, line.contractedOffer.id, today);
    const ids = `{${lines.map((l) => l.id).join(',')}}`;
    await conn.execute(`update order_number set live = false where order_line_id = any(cast(? as int[]))`, [ids], 'run', ctx);
    await conn.execute(`update pool_number set state = 'FREE', order_line_id = null where order_line_id = any(cast(? as int[])) and state = 'RESERVED'`, [ids], 'run', ctx);
    await tx.flush();
    return order;
  });
}
