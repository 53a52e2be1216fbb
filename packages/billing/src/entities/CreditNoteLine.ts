import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { type Opt, type Rel } from '@mikro-orm/core';
import { VatCategory } from '@portal/kernel';
import { ContractedOffer } from '@portal/offers';
import { LineKind } from '../enums.js';
import { CreditNote } from './CreditNote.js';

/** One line of a credit note: unit price HT × quantity, its VAT rate and amounts in cents. */
@Entity({ tableName: 'credit_note_line' })
@Unique({ name: 'credit_note_line_position_unique', properties: ['creditNote', 'position'] })
@Check({ name: 'credit_note_line_quantity_positive', expression: 'quantity > 0' })
@Check({ name: 'credit_note_line_unit_price_nonnegative', expression: 'unit_price_excl_vat_cents >= 0' })
@Check({ name: 'credit_note_line_amounts_nonnegative', expression: 'total_excl_vat_cents >= 0 and vat_cents >= 0' })
@Check({ name: 'credit_note_line_vat_rate_range', expression: 'vat_rate_basis_points >= 0 and vat_rate_basis_points <= 10000' })
@Check({ name: 'credit_note_line_vat_category_rate', expression: "(vat_category = 'S') = (vat_rate_basis_points > 0)" })
@Check({ name: 'credit_note_line_period_ordered', expression: 'period_start is null or period_end >= period_start' })
export class CreditNoteLine {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => CreditNote, { deleteRule: 'cascade' })
  creditNote!: Rel<CreditNote>;

  @Property({ type: 'smallint' })
  position!: number;

  @Enum({ items: () => LineKind })
  kind!: LineKind;

  @Property({ length: 300 })
  label!: string;

  @ManyToOne(() => ContractedOffer, { nullable: true, deleteRule: 'restrict', index: 'credit_note_line_contracted_offer_id' })
  contractedOffer?: ContractedOffer | null;

  @Property({ type: 'integer', default: 1 })
  quantity!: number;

  @Property({ type: 'integer' })
  unitPriceExclVatCents!: number;

  @Property({ type: 'integer' })
  vatRateBasisPoints!: number;

  /** VAT category (UNCL5305), as the offer said when the line was written. */
  @Enum({ items: () => VatCategory, default: VatCategory.STANDARD })
  vatCategory: VatCategory & Opt = VatCategory.STANDARD;

  @Property({ type: 'integer' })
  totalExclVatCents!: number;

  @Property({ type: 'integer' })
  vatCents!: number;

  @Property({ type: 'date', nullable: true })
  periodStart?: string | null;

  @Property({ type: 'date', nullable: true })
  periodEnd?: string | null;
}
