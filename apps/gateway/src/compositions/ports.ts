import { billingSettlement, recordedTerminationCost } from '@portal/billing';
import { provideTerminationCost, provideTerminationOrders, provideTerminationSettlement } from '@portal/offers';
import { recordTerminationOrder } from '@portal/orders';

/**
 * Plugs the domains' ports into one another (offers cannot depend on billing): billing's settlement
 * prices a termination's fee, billing's quote gives the termination mails their cost, ordering
 * follows every termination's Résiliation order. Called by
 * the schema build and by every tool that runs a domain service without the gateway.
 */
export function connectDomains(): void {
  provideTerminationSettlement(billingSettlement);
  provideTerminationCost(recordedTerminationCost);
  provideTerminationOrders(recordTerminationOrder);
}
