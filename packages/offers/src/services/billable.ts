import { type EntityManager } from '@mikro-orm/core';
import { type VatCategory } from '@portal/kernel';
import { ContractedOfferState } from '../enums.js';

/**
 * The states in which an OC is billed each month: delivered, and still in service while its
 * termination is pending (the closing settlement bills the rest).
 */
export const BILLED_STATES: readonly ContractedOfferState[] = [ContractedOfferState.DELIVERED, ContractedOfferState.TERMINATION_REQUESTED];

/** What the monthly run needs of an OC billed for a month (its offer's VAT and setup fee with it). */
export interface BillableOc {
  id: number;
  reference: string;
  name: string;
  billingAccountId: number;
  monthlyPriceCents: number;
  activatedOn: string;
  vatRateBasisPoints: number;
  vatCategory: VatCategory;
  setupFeeCents: number;
}

const BILLABLE = `oc.state in (${BILLED_STATES.map(() => '?').join(', ')}) and oc.activated_on is not null and oc.activated_on <= cast(? as date)`;

/** The billing accounts with an OC billed for a month ending `through` (activated by then), ascending. */
export async function billedAccountIds(em: EntityManager, through: string): Promise<number[]> {
  const rows = (await em.getConnection().execute(
    `select distinct oc.billing_account_id as id from contracted_offer oc where ${BILLABLE} order by 1`,
    [...BILLED_STATES, through], 'all', em.getTransactionContext(),
  )) as { id: number }[];
  return rows.map((r) => Number(r.id));
}

/**
 * The OCs of these billing accounts billed for a month ending `through`, by account then OC, read
 * in `em`'s transaction (the run's batch): one query, no entity loaded.
 */
export async function billableContractedOffers(em: EntityManager, accountIds: readonly number[], through: string): Promise<BillableOc[]> {
  if (accountIds.length === 0) return [];
  const rows = (await em.getConnection().execute(
    `select oc.id, oc.reference, oc.name, oc.billing_account_id as account, oc.monthly_price_cents as monthly, oc.activated_on::text as activated_on,
            o.vat_rate_basis_points as vat, o.vat_category as category, o.setup_fee_cents as setup_fee
     from contracted_offer oc join offer o on o.id = oc.offer_id
     where oc.billing_account_id in (${accountIds.map(() => '?').join(', ')}) and ${BILLABLE}
     order by oc.billing_account_id, oc.id`,
    [...accountIds, ...BILLED_STATES, through], 'all', em.getTransactionContext(),
  )) as { id: number; reference: string; name: string; account: number; monthly: number; activated_on: string; vat: number; category: VatCategory; setup_fee: number }[];
  return rows.map((r) => ({
    id: Number(r.id), reference: r.reference, name: r.name, billingAccountId: Number(r.account), monthlyPriceCents: Number(r.monthly),
    activatedOn: r.activated_on, vatRateBasisPoints: Number(r.vat), vatCategory: r.category, setupFeeCents: Number(r.setup_fee),
  }));
}
