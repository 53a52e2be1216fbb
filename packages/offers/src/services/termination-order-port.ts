import { type EntityManager } from '@mikro-orm/core';
import { type ContractedOffer } from '../entities/ContractedOffer.js';
import { type Order } from '../entities/Order.js';
import { type Termination } from '../entities/Termination.js';

/** What happened to a termination, for its Résiliation order. */
export type TerminationOrderStep = 'REQUESTED' | 'WITHDRAWN' | 'EFFECTIVE';

/**
 * The port through which ordering follows a termination's Résiliation order (its state in "Mes
 * commandes"): offers records the Commande itself, ordering its lifecycle. Ordering depends on
 * offers, so the composition (the gateway) provides the function. `em` is the termination's
 * transaction.
 */
export type TerminationOrderRecorder = (
  em: EntityManager,
  step: { kind: TerminationOrderStep; order: Order; oc: ContractedOffer; termination: Termination; userId: number | null; on: string },
) => Promise<void>;

let recorder: TerminationOrderRecorder | null = null;

/** Called once at start-up by the composition. */
export function provideTerminationOrders(fn: TerminationOrderRecorder): void {
  recorder = fn;
}

/** Tells ordering a termination's step, when a recorder is provided. */
export async function terminationOrderStep(em: EntityManager, step: Parameters<TerminationOrderRecorder>[1]): Promise<void> {
  if (recorder) await recorder(em, step);
}
