import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { OrderNumberKind } from '../enums.js';
import { OrderLine } from './OrderLine.js';

/**
 * A phone number of a number line: new (reserved from the pool) or ported in with its RIO, holder
 * and porting date. A number is in at most one live order (unique while `live`).
 */
@Entity({ tableName: 'order_number' })
@Check({ name: 'order_number_ported_has_rio', expression: "kind = 'NEW' or (porting_code is not null and holder_name is not null and porting_on is not null)" })
@Index({ name: 'order_number_live_unique', expression: 'create unique index "order_number_live_unique" on "order_number" ("number") where live' })
export class OrderNumber {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => OrderLine, { deleteRule: 'cascade', index: 'order_number_order_line_id' })
  orderLine!: OrderLine;

  @Enum({ items: () => OrderNumberKind })
  kind!: OrderNumberKind;

  /** +33442990101. */
  @Property({ length: 16 })
  number!: string;

  @Property({ length: 12, nullable: true })
  portingCode?: string | null;

  /** Titulaire de la ligne chez l'opérateur donneur. */
  @Property({ length: 200, nullable: true })
  holderName?: string | null;

  /** Date de portabilité souhaitée. */
  @Property({ type: 'date', nullable: true })
  portingOn?: string | null;

  /** False once the order is cancelled: the number may be ordered again. */
  @Property({ default: true })
  live: boolean & Opt = true;
}
