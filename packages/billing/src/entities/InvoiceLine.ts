import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { type Opt, type Rel } from '@mikro-orm/core';
import { VatCategory } from '@portal/kernel';
import { ContractedOffer } from '@portal/offers';
import { LineKind } from '../enums.js';
import { Invoice } from './Invoice.js';

/** One line of an invoice: unit price HT × quantity, its VAT rate and amounts in cents. */
@Entity({ tableName: 'invoice_line' })
@Unique({ name: 'invoice_line_position_unique', properties: ['invoice', 'position'] })
// How far an OC has been invoiced (the billing run asks it for every OC) is an index-only lookup.
@Index({ name: 'invoice_line_oc_kind_period', properties: ['contractedOffer', 'kind', 'periodEnd'] })
@Check({ name: 'invoice_line_quantity_positive', expression: 'quantity > 0' })
@Check({ name: 'invoice_line_unit_price_nonnegative', expression: 'unit_price_excl_vat_cents >= 0' })
@Check({ name: 'invoice_line_amounts_nonnegative', expression: 'total_excl_vat_cents >= 0 and vat_cents >= 0' })
@Check({ name: 'invoice_line_vat_rate_range', expression: 'vat_rate_basis_points >= 0 and vat_rate_basis_points <= 10000' })
@Check({ name: 'invoice_line_vat_category_rate', expression: "(vat_category = 'S') = (vat_rate_basis_points > 0)" })
@Check({ name: 'invoice_line_period_ordered', expression: 'period_start is null or period_end >= period_start' })
export class InvoiceLine {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Invoice, { deleteRule: 'cascade' })
  invoice!: Rel<Invoice>;

  @Property({ type: 'smallint' })
  position!: number;

  @Enum({ items: () => LineKind })
  kind!: LineKind;

  @Property({ length: 300 })
  label!: string;

  @ManyToOne(() => ContractedOffer, { nullable: true, deleteRule: 'restrict', index: false })
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
