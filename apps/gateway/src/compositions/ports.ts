import { billingSettlement, recordedTerminationCost } from '@portal/billing';
import { provideTerminationCost, provideTerminationSettlement } from '@portal/offers';

/**
 * Plugs the domains' ports into one another (offers cannot depend on billing): billing's settlement
 * prices a termination's fee, billing's quote gives the termination mails their cost. Called by
 * the schema build and by every tool that runs a domain service without the gateway.
 */
export function connectDomains(): void {
  provideTerminationSettlement(billingSettlement);
  provideTerminationCost(recordedTerminationCost);
}
