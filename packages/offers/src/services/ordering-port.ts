import { type EntityManager } from '@mikro-orm/core';
import { Company, Site } from '@portal/company';
import { ContractedOffer } from '../entities/ContractedOffer.js';
import { OcService } from '../entities/OcService.js';
import { Offer } from '../entities/Offer.js';
import { Order } from '../entities/Order.js';
import { ContractedOfferState, OrderType, ServiceKind, ServiceState } from '../enums.js';
import { commitmentEnd } from '../rules/termination.js';

/**
 * The port through which ordering changes what offers owns: the Commande (reference and type) and
 * its OCs' states, ORDERED → IN_DELIVERY → DELIVERED. Ordering calls these inside its own
 * transaction (`em` is that transaction); offers alone writes its tables.
 */
async function nextNumber(em: EntityManager, sequence: 'customer_order_reference_seq' | 'contracted_offer_reference_seq'): Promise<string> {
  const [row] = await em.getConnection().execute<{ n: string }[]>(`select nextval('${sequence}') as n`, [], 'all', em.getTransactionContext());
  return String(row!.n);
}

/** Records a new Commande (COMnnnnn) placed by `companyId`. */
export async function recordOrder(em: EntityManager, input: { type: OrderType; companyId: number; orderedOn: string }): Promise<Order> {
  const order = em.create(Order, {
    reference: `COM${await nextNumber(em, 'customer_order_reference_seq')}`, type: input.type,
    company: em.getReference(Company, input.companyId), orderedOn: input.orderedOn,
  });
  await em.flush();
  return order;
}

export interface OrderedOcInput {
  order: Order;
  offerId: number;
  name: string;
  endCustomerId: number;
  billingAccountId: number;
  siteId: number;
  monthlyPriceCents: number;
}

/** A new OC in state ORDERED (Commandée) for a Création order: not billed until delivered. */
export async function createOrderedOc(em: EntityManager, input: OrderedOcInput): Promise<ContractedOffer> {
  const oc = em.create(ContractedOffer, {
    reference: `OC${await nextNumber(em, 'contracted_offer_reference_seq')}`, name: input.name,
    offer: em.getReference(Offer, input.offerId), endCustomer: em.getReference(Company, input.endCustomerId),
    billingAccount: em.getReference(Company, input.billingAccountId), site: em.getReference(Site, input.siteId),
    order: input.order, orderType: input.order.type, state: ContractedOfferState.ORDERED, monthlyPriceCents: input.monthlyPriceCents,
  });
  if (!input.order.contractedOffer) input.order.contractedOffer = oc;
  await em.flush();
  return oc;
}

/** The OC's delivery started (first milestone done): ORDERED → IN_DELIVERY. A modified OC stays as it is. */
export async function markOcInDelivery(em: EntityManager, ocId: number): Promise<void> {
  await em.getConnection().execute(
    `update contracted_offer set state = 'IN_DELIVERY' where id = ? and state = 'ORDERED'`, [ocId], 'run', em.getTransactionContext(),
  );
}

export interface DeliveredService {
  kind: ServiceKind;
  identifier: string;
  portingCode?: string | null;
}

/**
 * Delivers an OC: DELIVERED on `deliveredOn`, billed from `activatedOn` (the first month prorated
 * by billing), its commitment's last day from the offer, its services (numbers with their RIO,
 * lines, trunks) active.
 */
export async function deliverOc(em: EntityManager, ocId: number, input: { deliveredOn: string; activatedOn: string; services: DeliveredService[] }): Promise<ContractedOffer> {
  const oc = await em.findOneOrFail(ContractedOffer, { id: ocId }, { populate: ['offer'] });
  oc.state = ContractedOfferState.DELIVERED;
  oc.deliveredOn = input.deliveredOn;
  oc.activatedOn = input.activatedOn;
  oc.commitmentEndsOn = commitmentEnd(input.activatedOn, oc.offer.commitmentMonths);
  for (const service of input.services) {
    em.create(OcService, { contractedOffer: oc, kind: service.kind, identifier: service.identifier, portingCode: service.portingCode ?? null, state: ServiceState.ACTIVE });
  }
  await em.flush();
  return oc;
}

/** An OC whose order was cancelled before delivery: it ends the day it was cancelled, never billed. */
export async function cancelOrderedOc(em: EntityManager, ocId: number, cancelledOn: string): Promise<void> {
  await em.getConnection().execute(
    `update contracted_offer set state = 'TERMINATED', terminated_on = ? where id = ? and state in ('ORDERED', 'IN_DELIVERY')`,
    [cancelledOn, ocId], 'run', em.getTransactionContext(),
  );
}

/**
 * A Modification order delivered: the OC moves to another offer and price from `effectiveOn`, and
 * shows the modification as its order. Billing bills the difference from that day.
 */
export async function modifyOc(em: EntityManager, ocId: number, input: { order: Order; offerId: number; name: string; monthlyPriceCents: number }): Promise<ContractedOffer> {
  const oc = await em.findOneOrFail(ContractedOffer, { id: ocId });
  oc.offer = em.getReference(Offer, input.offerId);
  oc.name = input.name;
  oc.monthlyPriceCents = input.monthlyPriceCents;
  oc.order = input.order;
  oc.orderType = OrderType.MODIFICATION;
  await em.flush();
  return oc;
}
