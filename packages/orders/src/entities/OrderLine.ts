import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { Site } from '@portal/company';
import { ContractedOffer, Offer } from '@portal/offers';
import { OfferFamily } from '../enums.js';
import { OrderDetail } from './OrderDetail.js';

/**
 * A line of an order: an offer with its options, at a site, in a quantity. It creates (or, for a
 * modification, changes) one OC, whose monthly price is the line's; the setup fee is billed once.
 */
@Entity({ tableName: 'order_line' })
@Check({ name: 'order_line_quantity_range', expression: 'quantity >= 1 and quantity <= 50' })
@Check({ name: 'order_line_amounts_nonnegative', expression: 'monthly_price_cents >= 0 and setup_fee_cents >= 0' })
export class OrderLine {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => OrderDetail, { deleteRule: 'cascade', index: 'order_line_order_detail_id' })
  orderDetail!: OrderDetail;

  @Property({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => Offer, { deleteRule: 'restrict' })
  offer!: Offer;

  @Enum({ items: () => OfferFamily })
  family!: OfferFamily;

  /** Codes of the options taken (catalogue options of the offer). */
  @Property({ type: 'text[]', defaultRaw: "'{}'" })
  optionCodes: string[] & Opt = [];

  @ManyToOne(() => Site, { deleteRule: 'restrict' })
  site!: Site;

  @Property({ type: 'smallint', default: 1 })
  quantity: number & Opt = 1;

  /** Monthly price excluding VAT of the line (offer and options, times the quantity), in cents. */
  @Property({ type: 'integer' })
  monthlyPriceCents!: number;

  /** Setup fee excluding VAT, billed once on the first invoice. */
  @Property({ type: 'integer' })
  setupFeeCents!: number;

  /** The OC the line creates (ORDERED from submission) or, for a modification, changes. */
  @ManyToOne(() => ContractedOffer, { deleteRule: 'restrict', index: 'order_line_contracted_offer_id' })
  contractedOffer!: ContractedOffer;

  /** For a modification: the offer the OC had before, to put back if the order is cancelled. */
  @ManyToOne(() => Offer, { deleteRule: 'restrict', nullable: true })
  previousOffer?: Offer | null;

  @Property({ type: 'date' })
  expectedActivationOn!: string;
}
