import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Rel } from '@mikro-orm/core';
import { ContractedOffer } from '@portal/offers';
import { Invoice } from './Invoice.js';

/**
 * A change of an OC to a dearer offer (a Modification delivered) on days already invoiced at the
 * old price: the next monthly run bills the difference from `effectiveOn` to `billedThrough`,
 * prorated, once (then `invoice` is set).
 */
@Entity({ tableName: 'price_change' })
@Check({ name: 'price_change_dearer', expression: 'new_monthly_cents > previous_monthly_cents' })
@Check({ name: 'price_change_period_ordered', expression: 'billed_through >= effective_on' })
export class PriceChange {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => ContractedOffer, { deleteRule: 'cascade', index: 'price_change_contracted_offer_id' })
  contractedOffer!: Rel<ContractedOffer>;

  @Property({ type: 'date' })
  effectiveOn!: string;

  /** The last day invoiced at the old price when the change was delivered. */
  @Property({ type: 'date' })
  billedThrough!: string;

  @Property({ type: 'integer' })
  previousMonthlyCents!: number;

  @Property({ type: 'integer' })
  newMonthlyCents!: number;

  /** The invoice that billed the adjustment; null until the next run. */
  @ManyToOne(() => Invoice, { deleteRule: 'set null', nullable: true })
  invoice?: Rel<Invoice> | null;
}
