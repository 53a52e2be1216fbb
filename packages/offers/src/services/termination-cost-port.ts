import { type EntityManager } from '@mikro-orm/core';
import { type ContractedOffer } from '../entities/ContractedOffer.js';
import { type Termination } from '../entities/Termination.js';
import { type TerminationMailCost } from '../mail/termination-mail.js';

/**
 * The port through which the termination mails get their cost: billing owns every amount, and
 * offers cannot depend on billing, so the composition (the gateway) provides the function.
 */
export type TerminationCostQuoter = (em: EntityManager, oc: ContractedOffer, termination: Termination, today: string) => Promise<TerminationMailCost>;

let quoter: TerminationCostQuoter | null = null;

/** Called once at start-up by the composition. */
export function provideTerminationCost(fn: TerminationCostQuoter): void {
  quoter = fn;
}

/** The cost of a recorded termination, or null when no quoter is provided. */
export async function terminationCost(em: EntityManager, oc: ContractedOffer, termination: Termination, today: string): Promise<TerminationMailCost | null> {
  return quoter ? quoter(em, oc, termination, today) : null;
}
