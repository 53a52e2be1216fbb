import { Check, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { VatCategory } from '@portal/kernel';
import { EarlyTerminationPolicy, LastPeriodPolicy } from '../enums.js';

/** A catalogue offer: what an OC subscribes to, with its prices and termination terms. */
@Entity({ tableName: 'offer' })
@Check({ name: 'offer_monthly_price_nonnegative', expression: 'monthly_price_cents >= 0' })
@Check({ name: 'offer_setup_fee_nonnegative', expression: 'setup_fee_cents >= 0' })
@Check({ name: 'offer_vat_rate_range', expression: 'vat_rate_basis_points >= 0 and vat_rate_basis_points <= 10000' })
@Check({ name: 'offer_vat_category_rate', expression: "(vat_category = 'S') = (vat_rate_basis_points > 0)" })
@Check({ name: 'offer_notice_range', expression: 'notice_period_months >= 0 and notice_period_months <= 24' })
@Check({ name: 'offer_commitment_range', expression: 'commitment_months >= 0 and commitment_months <= 120' })
@Check({ name: 'offer_early_share_range', expression: 'early_termination_share_percent >= 0 and early_termination_share_percent <= 100' })
@Check({ name: 'offer_equipment_return_days', expression: 'equipment_return_days >= 0 and equipment_return_days <= 90' })
export class Offer {
  @PrimaryKey()
  id!: number;

  @Property({ length: 40, unique: 'offer_code_unique' })
  code!: string;

  @Property({ length: 200 })
  name!: string;

  /** Monthly price excluding VAT, in euro cents. */
  @Property({ type: 'integer' })
  monthlyPriceCents!: number;

  /** One-off setup fee excluding VAT, in euro cents. */
  @Property({ type: 'integer', default: 0 })
  setupFeeCents: number & Opt = 0;

  /** VAT rate in basis points: 2000 = 20 %. */
  @Property({ type: 'integer', default: 2000 })
  vatRateBasisPoints: number & Opt = 2000;

  /** VAT category (S standard, Z zero rated, E exempt, AE reverse charge); S exactly when the rate is above 0 %. */
  @Enum({ items: () => VatCategory, default: VatCategory.STANDARD })
  vatCategory: VatCategory & Opt = VatCategory.STANDARD;

  /** Préavis de résiliation, in months. */
  @Property({ type: 'smallint', default: 1 })
  noticePeriodMonths: number & Opt = 1;

  /** Length of the commitment from activation, in months (0: none). */
  @Property({ type: 'smallint', default: 0 })
  commitmentMonths: number & Opt = 0;

  @Enum({ items: () => EarlyTerminationPolicy, default: EarlyTerminationPolicy.NONE })
  earlyTerminationPolicy: EarlyTerminationPolicy & Opt = EarlyTerminationPolicy.NONE;

  /** For REMAINING_FEES_SHARE: the share of the remaining monthly fees that is due. */
  @Property({ type: 'smallint', default: 0 })
  earlyTerminationSharePercent: number & Opt = 0;

  @Enum({ items: () => LastPeriodPolicy, default: LastPeriodPolicy.FULL_PERIOD_DUE })
  lastPeriodPolicy: LastPeriodPolicy & Opt = LastPeriodPolicy.FULL_PERIOD_DUE;

  /** Whether equipment (box, phones) must be returned on termination. */
  @Property({ default: false })
  hasEquipment: boolean & Opt = false;

  /** Days after the effective date to return the equipment. */
  @Property({ type: 'smallint', default: 0 })
  equipmentReturnDays: number & Opt = 0;
}
