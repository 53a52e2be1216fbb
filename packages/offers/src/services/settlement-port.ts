import { type EntityManager } from '@mikro-orm/core';
import { type ContractedOffer } from '../entities/ContractedOffer.js';
import { type Termination } from '../entities/Termination.js';
import { type TerminationTerms } from '../rules/termination.js';

/**
 * The port through which offers gets what a termination settles: billing owns proration, the
 * early-termination fee and the closing documents, and offers cannot depend on billing, so the
 * composition (the gateway) plugs billing's settlement in at start-up.
 */
export interface TerminationSettlement {
  /** The early-termination fee excluding VAT, in cents, of an OC with these terms ending on `effectiveOn`. */
  earlyTerminationFee(terms: TerminationTerms, effectiveOn: string): number;
  /**
   * Issues what a termination taking effect settles (closing invoice, credit note) and their
   * events (after the termination's, which offers publishes first), in the
   * caller's transaction `em`, dated `issuedOn`; gives back their numbers, null for none, and the
   * documents held instead of numbered (their kind and the rules they fail). Writes no offers
   * entity: offers has already moved the OC, its services and the termination.
   */
  settle(em: EntityManager, oc: ContractedOffer, termination: Termination, issuedOn: string, now: Date): Promise<SettledDocuments>;
}

/** What a termination's settlement issued, for its audit entry. */
export interface SettledDocuments {
  closingInvoice: string | null;
  creditNote: string | null;
  held: { kind: string; rules: string[] }[];
}

let settlement: TerminationSettlement | null = null;

/** Called once at start-up by the composition. */
export function provideTerminationSettlement(port: TerminationSettlement): void {
  settlement = port;
}

/** The settlement plugged in; a composition that forgot it fails loudly rather than charge no fee. */
export function terminationSettlement(): TerminationSettlement {
  if (!settlement) throw new Error('offers: no termination settlement provided (the composition calls provideTerminationSettlement at start-up)');
  return settlement;
}
