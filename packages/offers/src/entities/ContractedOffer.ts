import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt, type Rel } from '@mikro-orm/core';
import { Company, Site } from '@portal/company';
import { ContractedOfferState, OrderType } from '../enums.js';
import { Offer } from './Offer.js';
import { Order } from './Order.js';
import { SalesAdmin } from './SalesAdmin.js';

/**
 * Offre contractée (OC150943): one subscribed offer, delivered to a site of the end customer and
 * billed to a billing account. Every sortable column of the OC list has an index that ends with
 * the primary key, so keyset pagination on (column, id) is an index scan.
 */
@Entity({ tableName: 'contracted_offer' })
@Check({ name: 'contracted_offer_reference_format', expression: "reference ~ '^OC[0-9]+$'" })
@Check({ name: 'contracted_offer_price_nonnegative', expression: 'monthly_price_cents >= 0' })
@Check({ name: 'contracted_offer_commitment_after_activation', expression: 'commitment_ends_on is null or activated_on is null or commitment_ends_on >= activated_on' })
@Check({ name: 'contracted_offer_terminated_has_date', expression: "state <> 'TERMINATED' or terminated_on is not null" })
@Index({ name: 'contracted_offer_sales_admin_sort', properties: ['salesAdmin', 'id'] })
@Index({ name: 'contracted_offer_name_sort', properties: ['name', 'id'] })
@Index({ name: 'contracted_offer_order_sort', properties: ['order', 'id'] })
@Index({ name: 'contracted_offer_end_customer_sort', properties: ['endCustomer', 'id'] })
@Index({ name: 'contracted_offer_billing_account_sort', properties: ['billingAccount', 'id'] })
@Index({ name: 'contracted_offer_site_sort', properties: ['site', 'id'] })
@Index({ name: 'contracted_offer_delivered_on_sort', properties: ['deliveredOn', 'id'] })
@Index({ name: 'contracted_offer_state_sort', properties: ['state', 'id'] })
@Index({ name: 'contracted_offer_order_type_sort', properties: ['orderType', 'id'] })
@Index({ name: 'contracted_offer_billing_account_delivered', properties: ['billingAccount', 'deliveredOn', 'id'] })
@Index({ name: 'contracted_offer_end_customer_delivered', properties: ['endCustomer', 'deliveredOn', 'id'] })
export class ContractedOffer {
  @PrimaryKey()
  id!: number;

  /** Réf., OC150943. */
  @Property({ length: 20, unique: 'contracted_offer_reference_unique' })
  reference!: string;

  /** Nom, e.g. "Création et portabilités de numéros". */
  @Property({ length: 200 })
  name!: string;

  @ManyToOne(() => Offer, { deleteRule: 'restrict', index: 'contracted_offer_offer_id' })
  offer!: Offer;

  /** Client final: who uses the service. */
  @ManyToOne(() => Company, { deleteRule: 'restrict' })
  endCustomer!: Company;

  /** Compte client: who pays for it. */
  @ManyToOne(() => Company, { deleteRule: 'restrict' })
  billingAccount!: Company;

  @ManyToOne(() => Site, { deleteRule: 'restrict' })
  site!: Site;

  /** Pilote ADV; none ("Aucun") for old OCs. */
  @ManyToOne(() => SalesAdmin, { nullable: true, deleteRule: 'set null' })
  salesAdmin?: SalesAdmin | null;

  /** Réf. commande: the order shown in the list; none ("Aucune") for OCs older than ordering. */
  @ManyToOne(() => Order, { nullable: true, deleteRule: 'set null' })
  order?: Rel<Order> | null;

  /** Type commande of the shown order (Création when there is none). */
  @Enum({ items: () => OrderType, default: OrderType.CREATION })
  orderType: OrderType & Opt = OrderType.CREATION;

  @Enum({ items: () => ContractedOfferState, default: ContractedOfferState.ORDERED })
  state: ContractedOfferState & Opt = ContractedOfferState.ORDERED;

  /** Date de livraison. */
  @Property({ type: 'date', nullable: true })
  deliveredOn?: string | null;

  /** Date de mise en service: billing starts here (the first month is prorated). */
  @Property({ type: 'date', nullable: true })
  activatedOn?: string | null;

  /** Date de fin d'engagement. */
  @Property({ type: 'date', nullable: true })
  commitmentEndsOn?: string | null;

  /** Monthly price excluding VAT in cents, as subscribed (the catalogue price may change later). */
  @Property({ type: 'integer' })
  monthlyPriceCents!: number;

  /** Set when the OC is terminated: its last day of service. */
  @Property({ type: 'date', nullable: true })
  terminatedOn?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
