import { type TerminationOrderRecorder } from '@portal/offers';
import { User } from '@portal/identity';
import { OrderDetail } from '../entities/OrderDetail.js';
import { CancelledBy, OrderState } from '../enums.js';
import { providerOf } from './order-plan.js';

/**
 * A termination's Résiliation order in "Mes commandes": Validée when requested (the customer
 * withdraws the termination, not the order), expected on the termination's effective date,
 * Annulée when withdrawn, Livrée when effective.
 */
export const recordTerminationOrder: TerminationOrderRecorder = async (em, step) => {
  if (step.kind === 'REQUESTED') {
    const user = await em.findOneOrFail(User, { id: step.userId! });
    const provider = await providerOf(em, step.oc.endCustomer.id);
    em.create(OrderDetail, {
      order: step.order, reference: step.order.reference, type: step.order.type, state: OrderState.VALIDATED,
      endCustomer: step.oc.endCustomer.id, billingAccount: step.oc.billingAccount.id, provider: provider.id,
      placedBy: user, contactEmail: user.email, orderedOn: step.on, expectedDeliveryOn: step.termination.effectiveOn,
    });
    return;
  }
  const detail = await em.findOne(OrderDetail, { order: step.order.id });
  if (!detail) return;
  if (step.kind === 'WITHDRAWN') {
    detail.state = OrderState.CANCELLED;
    detail.cancelledBy = CancelledBy.CUSTOMER;
  } else {
    detail.state = OrderState.DELIVERED;
    detail.deliveredOn = step.on;
  }
};
