import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt, type Rel } from '@mikro-orm/core';
import { Company } from '@portal/company';
import { OrderType } from '../enums.js';
import { ContractedOffer } from './ContractedOffer.js';

/** Commande (COM32623): an order that created or changed an OC. */
@Entity({ tableName: 'customer_order' })
@Check({ name: 'customer_order_reference_format', expression: "reference ~ '^COM[0-9]+$'" })
export class Order {
  @PrimaryKey()
  id!: number;

  @Property({ length: 20, unique: 'customer_order_reference_unique' })
  reference!: string;

  @Enum({ items: () => OrderType })
  type!: OrderType;

  /** The company that placed the order. */
  @ManyToOne(() => Company, { deleteRule: 'restrict', index: 'customer_order_company_id' })
  company!: Company;

  /** The OC this order created or changed (order history of the OC). */
  @ManyToOne(() => ContractedOffer, { nullable: true, deleteRule: 'set null', index: 'customer_order_contracted_offer_id' })
  contractedOffer?: Rel<ContractedOffer> | null;

  @Property({ type: 'date' })
  orderedOn!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
