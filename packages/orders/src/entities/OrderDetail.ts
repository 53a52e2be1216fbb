import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { Company } from '@portal/company';
import { User } from '@portal/identity';
import { Order, OrderType } from '@portal/offers';
import { CancelledBy, OrderState } from '../enums.js';

/**
 * What ordering records of a Commande (COM32623) beyond its reference and type, which the OC list
 * reads from offers' `Order`: who ordered for whom, its lifecycle state, its delivery dates and the
 * idempotency key of its submission. Every sortable column of "Mes commandes" has an index ending
 * with the primary key, so the list's keyset pages are index scans.
 */
@Entity({ tableName: 'order_detail' })
@Unique({ name: 'order_detail_idempotency_unique', properties: ['placedBy', 'idempotencyKey'] })
@Check({ name: 'order_detail_reference_format', expression: "reference ~ '^COM[0-9]+$'" })
@Check({ name: 'order_detail_cancelled_has_party', expression: "state <> 'CANCELLED' or cancelled_by is not null" })
@Index({ name: 'order_detail_reference_sort', properties: ['reference', 'id'] })
@Index({ name: 'order_detail_end_customer_sort', properties: ['endCustomer', 'id'] })
@Index({ name: 'order_detail_type_sort', properties: ['type', 'id'] })
@Index({ name: 'order_detail_ordered_on_sort', properties: ['orderedOn', 'id'] })
@Index({ name: 'order_detail_state_sort', properties: ['state', 'id'] })
@Index({ name: 'order_detail_expected_sort', properties: ['expectedDeliveryOn', 'id'] })
@Index({ name: 'order_detail_provider_state', properties: ['provider', 'state', 'id'] })
export class OrderDetail {
  @PrimaryKey()
  id!: number;

  /** The Commande of offers (reference and type, shown on its OCs). */
  @ManyToOne(() => Order, { deleteRule: 'cascade', unique: 'order_detail_order_unique' })
  order!: Order;

  /** Réf. commande, as on the Commande (kept here for the list's sort). */
  @Property({ length: 20 })
  reference!: string;

  @Enum({ items: () => OrderType })
  type!: OrderType;

  @Enum({ items: () => OrderState, default: OrderState.RECEIVED })
  state: OrderState & Opt = OrderState.RECEIVED;

  /** Client final: the company ordered for. */
  @ManyToOne(() => Company, { deleteRule: 'restrict' })
  endCustomer!: Company;

  /** Compte client: who pays (the customer or its reseller, as their contract says). */
  @ManyToOne(() => Company, { deleteRule: 'restrict', index: 'order_detail_billing_account_id' })
  billingAccount!: Company;

  /** The operator that delivers it (publisher of the catalogue, the delivery desk's company). */
  @ManyToOne(() => Company, { deleteRule: 'restrict' })
  provider!: Company;

  /** Who submitted it; the order's contact gets the milestone e-mails. */
  @ManyToOne(() => User, { deleteRule: 'restrict', index: 'order_detail_placed_by_id' })
  placedBy!: User;

  @Property({ length: 254 })
  contactEmail!: string;

  /** The submitter's idempotency key: the same key from the same user is the same order. */
  @Property({ length: 100, nullable: true })
  idempotencyKey?: string | null;

  @Property({ type: 'date' })
  orderedOn!: string;

  /** Date de livraison prévue: the latest planned activation of its lines. */
  @Property({ type: 'date' })
  expectedDeliveryOn!: string;

  @Property({ type: 'date', nullable: true })
  deliveredOn?: string | null;

  @Enum({ items: () => CancelledBy, nullable: true })
  cancelledBy?: CancelledBy | null;

  @Property({ length: 500, nullable: true })
  cancelReason?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
