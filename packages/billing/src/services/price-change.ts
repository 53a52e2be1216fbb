import { type EntityManager } from '@mikro-orm/core';
import { addDays } from '@portal/kernel';
import { ContractedOffer } from '@portal/offers';
import { PriceChange } from '../entities/PriceChange.js';
import { billedThrough } from './settlement.js';

/**
 * The first day of an OC's new monthly price when its offer changes on `changedOn`, as billing
 * applies it: a dearer offer from that day (the days already invoiced get an adjustment on the
 * next invoice), a cheaper one from the first day not yet invoiced (no refund of a started period).
 * Records the adjustment when one is due. Called inside the caller's transaction.
 */
export async function recordPriceChange(em: EntityManager, input: { ocId: number; changedOn: string; previousMonthlyCents: number; newMonthlyCents: number }): Promise<{ effectiveOn: string; adjustment: PriceChange | null }> {
  const through = (await billedThrough(em, [input.ocId])).get(input.ocId) ?? null;
  if (input.newMonthlyCents < input.previousMonthlyCents) {
    return { effectiveOn: through && through >= input.changedOn ? addDays(through, 1) : input.changedOn, adjustment: null };
  }
  if (!through || through < input.changedOn || input.newMonthlyCents === input.previousMonthlyCents) return { effectiveOn: input.changedOn, adjustment: null };
  const adjustment = em.create(PriceChange, {
    contractedOffer: em.getReference(ContractedOffer, input.ocId), effectiveOn: input.changedOn, billedThrough: through,
    previousMonthlyCents: input.previousMonthlyCents, newMonthlyCents: input.newMonthlyCents,
  });
  await em.flush();
  return { effectiveOn: input.changedOn, adjustment };
}
