import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Index } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { PoolNumberState } from '../enums.js';
import { OrderLine } from './OrderLine.js';

/** A number of the operator's pool, by zone (01–05 geographic, 08/09 non-geographic). */
@Entity({ tableName: 'pool_number' })
@Check({ name: 'pool_number_zone_format', expression: "zone ~ '^0[1-589]$'" })
@Check({ name: 'pool_number_reserved_has_line', expression: "state = 'FREE' or order_line_id is not null" })
@Index({ name: 'pool_number_zone_free', properties: ['zone', 'state', 'number'] })
export class PoolNumber {
  @PrimaryKey()
  id!: number;

  @Property({ length: 16, unique: 'pool_number_number_unique' })
  number!: string;

  @Property({ length: 2 })
  zone!: string;

  @Enum({ items: () => PoolNumberState, default: PoolNumberState.FREE })
  state: PoolNumberState & Opt = PoolNumberState.FREE;

  @ManyToOne(() => OrderLine, { deleteRule: 'set null', nullable: true })
  orderLine?: OrderLine | null;
}
