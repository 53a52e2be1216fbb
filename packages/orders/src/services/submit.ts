import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { addSite } from '@portal/company';
import { User } from '@portal/identity';
import { DomainError, type Access, type UserError } from '@portal/kernel';
import { createOrderedOc, recordOrder } from '@portal/offers';
import { OrderDetail } from '../entities/OrderDetail.js';
import { OrderLine } from '../entities/OrderLine.js';
import { OrderMilestone } from '../entities/OrderMilestone.js';
import { OrderNumber } from '../entities/OrderNumber.js';
import { OrderNumberKind } from '../enums.js';
import { ocName, planOrder, type OrderInput, type PlannedNumber } from './order-plan.js';
import { quotePlan } from './quote.js';
import { cartOrderType } from '../rules/order-type.js';

export const IDEMPOTENCY_KEY_MAX = 100;

/** The order a user already submitted with this idempotency key, if any. */
async function alreadySubmitted(em: EntityManager, userId: number, key: string | null): Promise<OrderDetail | null> {
  return key ? em.findOne(OrderDetail, { placedBy: userId, idempotencyKey: key }) : null;
}

/** The outcome of the first submission made with `key`, when there is one by now (committed meanwhile by a twin request). */
async function firstOfKey(em: EntityManager, userId: number, key: string | null): Promise<SubmitOutcome | null> {
  const first = key ? await alreadySubmitted(em.fork(), userId, key) : null;
  return first ? { order: first, errors: [] } : null;
}

/**
 * Takes a number for a line inside the submission's transaction: a given pool number only while
 * FREE, or the next free one of its zone (skipping those other carts hold). Two carts asking for
 * the same free number: one gets it, the other a typed error naming it, and its whole order is
 * rolled back.
 */
async function reserveNumber(tx: EntityManager, lineId: number, n: PlannedNumber): Promise<string> {
  const conn = tx.getConnection();
  const ctx = tx.getTransactionContext();
  const rows = (n.number
    ? await conn.execute(`update pool_number set state = 'RESERVED', order_line_id = ? where number = ? and zone = ? and state = 'FREE' returning number`, [lineId, n.number, n.zone], 'all', ctx)
    : await conn.execute(
      `update pool_number set state = 'RESERVED', order_line_id = ? where id = (select id from pool_number where zone = ? and state = 'FREE' order by number limit 1 for update skip locked) returning number`,
      [lineId, n.zone], 'all', ctx,
    )) as { number: string }[];
  if (!rows[0]) {
    throw n.number
      ? new DomainError('NUMBER_UNAVAILABLE', `Le ${n.number} n'est pas disponible.`, n.field)
      : new DomainError('ZONE_EXHAUSTED', `Plus de numéro libre dans la zone ${n.zone}.`, n.field);
  }
  return rows[0].number;
}

export type SubmitOutcome = { order: OrderDetail; errors: [] } | { order: null; errors: UserError[] };

/**
 * Submits a cart as one order (Commande COMnnnnn, Reçue): its OCs ORDERED, its milestones planned,
 * its numbers reserved, all in one transaction; any refusal writes nothing. The same idempotency
 * key from the same user returns the order it first made, even when both arrive at once.
 */
export async function submitOrder(em: EntityManager, access: Access, input: OrderInput, idempotencyKey: string | null, today: string): Promise<SubmitOutcome> {
  const userId = access.viewer.userId;
  const key = idempotencyKey?.trim() || null;
  if (key && key.length > IDEMPOTENCY_KEY_MAX) return { order: null, errors: [{ code: 'TOO_LONG', message: `Au plus ${IDEMPOTENCY_KEY_MAX} caractères.`, field: ['input', 'idempotencyKey'] }] };
  const existing = await alreadySubmitted(em, userId, key);
  if (existing) return { order: existing, errors: [] };
  const { plan, errors } = await planOrder(em, access, input, today, ['input', 'order']);
  // Refused meanwhile because the same key's first submission has just taken its numbers: that order is the answer.
  if (!plan) return (await firstOfKey(em, userId, key)) ?? { order: null, errors };
  const quote = quotePlan(plan);
  try {
    const id = await em.fork().transactional(async (tx) => {
      const user = await tx.findOneOrFail(User, { id: userId });
      const order = await recordOrder(tx, { type: cartOrderType(plan.lines), companyId: plan.endCustomer.id, orderedOn: today });
      const detail = tx.create(OrderDetail, {
        order, reference: order.reference, type: order.type, endCustomer: plan.endCustomer.id, billingAccount: plan.billingAccount.id, provider: plan.provider.id,
        placedBy: user, contactEmail: plan.contactEmail ?? user.email, idempotencyKey: key, orderedOn: today, expectedDeliveryOn: quote.expectedDeliveryOn,
      });
      await tx.flush();
      for (const [position, line] of plan.lines.entries()) {
        // A new site is created here, in the order's transaction: a refusal further on writes neither.
        const site = line.site ?? (await addSite(tx, plan.endCustomer.id, line.newSite!));
        const oc = await createOrderedOc(tx, {
          order, offerId: line.offer.id, name: ocName(line), endCustomerId: plan.endCustomer.id, billingAccountId: plan.billingAccount.id, siteId: site.id, monthlyPriceCents: line.monthlyPriceCents,
        });
        const row = tx.create(OrderLine, {
          orderDetail: detail, position: position + 1, offer: line.offer, family: line.family, optionCodes: line.options.map((o) => o.code), site,
          quantity: line.quantity, monthlyPriceCents: line.monthlyPriceCents, setupFeeCents: line.setupFeeCents, contractedOffer: oc, expectedActivationOn: line.expectedActivationOn,
        });
        line.milestones.forEach((m, i) => tx.create(OrderMilestone, { orderLine: row, kind: m.kind, position: i + 1, plannedOn: m.plannedOn }));
        await tx.flush();
        for (const n of line.numbers) {
          const number = n.kind === OrderNumberKind.NEW ? await reserveNumber(tx, row.id, n) : n.number!;
          tx.create(OrderNumber, { orderLine: row, kind: n.kind, number, portingCode: n.portingCode, holderName: n.holderName, portingOn: n.portingOn });
          try {
            await tx.flush();
          } catch (error) {
            if (error instanceof UniqueConstraintViolationException) throw new DomainError('NUMBER_UNAVAILABLE', `Le ${number} n'est pas disponible.`, n.field);
            throw error;
          }
        }
      }
      return detail.id;
    });
    return { order: await em.findOneOrFail(OrderDetail, { id }), errors: [] };
  } catch (error) {
    if (error instanceof DomainError) return (await firstOfKey(em, userId, key)) ?? { order: null, errors: [error.toUserError()] };
    // The same key submitted twice at once: the second insert meets the first's unique key.
    if (error instanceof UniqueConstraintViolationException && key) {
      const first = await alreadySubmitted(em.fork(), userId, key);
      if (first) return { order: first, errors: [] };
    }
    throw error;
  }
}
