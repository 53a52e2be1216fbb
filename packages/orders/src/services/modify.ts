import { type EntityManager } from '@mikro-orm/core';
import { User } from '@portal/identity';
import { DomainError, Permission, fromGlobalId, type Access } from '@portal/kernel';
import { ContractedOffer, ContractedOfferState, OrderType, recordOrder } from '@portal/offers';
import { CatalogueOption } from '../entities/CatalogueOption.js';
import { OrderDetail } from '../entities/OrderDetail.js';
import { OrderLine } from '../entities/OrderLine.js';
import { OrderMilestone } from '../entities/OrderMilestone.js';
import { modificationMilestones } from '../rules/milestones.js';
import { ocName, orderableEntries, providerOf } from './order-plan.js';
import { IDEMPOTENCY_KEY_MAX } from './submit.js';

export interface OrderModifyInput {
  contractedOfferId: string;
  offerCode: string;
  optionCodes?: string[] | null;
  idempotencyKey?: string | null;
}

/**
 * A Modification order (Commande COM…, type Modification): a delivered OC moves to another offer
 * or other options of the catalogue once its milestone is done; billing then applies the new
 * price (see billing's recordPriceChange: a dearer offer from that day, with the difference on the
 * next invoice; a cheaper one from the first day not yet invoiced).
 */
export async function submitModification(em: EntityManager, access: Access, input: OrderModifyInput, today: string): Promise<OrderDetail> {
  const field = ['input', 'contractedOfferId'];
  const key = input.idempotencyKey?.trim() || null;
  if (key && key.length > IDEMPOTENCY_KEY_MAX) throw new DomainError('TOO_LONG', `Au plus ${IDEMPOTENCY_KEY_MAX} caractères.`, ['input', 'idempotencyKey']);
  if (key) {
    const existing = await em.findOne(OrderDetail, { placedBy: access.viewer.userId, idempotencyKey: key });
    if (existing) return existing;
  }
  const ocId = fromGlobalId(input.contractedOfferId, 'ContractedOffer');
  const oc = ocId === null ? null : await em.findOne(ContractedOffer, { id: ocId }, { populate: ['offer', 'site'] });
  if (!oc || !(await access.can(oc.endCustomer.id, Permission.OFFERS_READ))) throw new DomainError('NOT_FOUND', 'Offre contractée introuvable.', field);
  await access.require(oc.endCustomer.id, Permission.OFFERS_ORDER, 'Offre contractée', field);
  if (oc.state !== ContractedOfferState.DELIVERED) throw new DomainError('OC_NOT_MODIFIABLE', "Seule une offre livrée, sans résiliation en cours, se modifie.", field);
  const entry = (await orderableEntries(em, oc.endCustomer.id)).find((e) => e.offer.code === input.offerCode);
  if (!entry) throw new DomainError('UNKNOWN_OFFER', "Cette offre n'est pas au catalogue de la société.", ['input', 'offerCode']);
  if (entry.carriesNumbers) throw new DomainError('NUMBERS_NOT_ALLOWED', 'Les numéros se commandent par une commande de création.', ['input', 'offerCode']);
  const allowed = await em.find(CatalogueOption, { offer: entry.offer.id });
  const options: CatalogueOption[] = [];
  for (const [j, code] of (input.optionCodes ?? []).entries()) {
    const option = allowed.find((o) => o.code === code);
    if (!option || options.includes(option)) throw new DomainError('OPTION_NOT_ALLOWED', "Cette option n'est pas proposée avec l'offre.", ['input', 'optionCodes', String(j)]);
    options.push(option);
  }
  const monthly = entry.offer.monthlyPriceCents + options.reduce((sum, o) => sum + o.monthlyPriceCents, 0);
  const name = ocName({ offer: entry.offer, options });
  if (entry.offer.id === oc.offer.id && name === oc.name && monthly === oc.monthlyPriceCents) throw new DomainError('NOTHING_TO_CHANGE', "L'offre contractée a déjà cette offre et ces options.", ['input', 'offerCode']);
  const provider = await providerOf(em, oc.endCustomer.id);
  const milestones = modificationMilestones(today);
  const id = await em.fork().transactional(async (tx) => {
    const user = await tx.findOneOrFail(User, { id: access.viewer.userId });
    const order = await recordOrder(tx, { type: OrderType.MODIFICATION, companyId: oc.endCustomer.id, orderedOn: today });
    const detail = tx.create(OrderDetail, {
      order, reference: order.reference, type: order.type, endCustomer: oc.endCustomer.id, billingAccount: oc.billingAccount.id, provider: provider.id,
      placedBy: user, contactEmail: user.email, idempotencyKey: key, orderedOn: today, expectedDeliveryOn: milestones.at(-1)!.plannedOn,
    });
    const line = tx.create(OrderLine, {
      orderDetail: detail, position: 1, offer: entry.offer.id, family: entry.family, optionCodes: options.map((o) => o.code), site: oc.site.id, quantity: 1,
      monthlyPriceCents: monthly, setupFeeCents: 0, contractedOffer: oc.id, previousOffer: oc.offer.id, expectedActivationOn: milestones.at(-1)!.plannedOn,
    });
    milestones.forEach((m, i) => tx.create(OrderMilestone, { orderLine: line, kind: m.kind, position: i + 1, plannedOn: m.plannedOn }));
    await tx.flush();
    return detail.id;
  });
  return em.findOneOrFail(OrderDetail, { id });
}
