import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { MilestoneKind } from '../enums.js';
import { OrderLine } from './OrderLine.js';

/** Jalon de livraison of an order line: planned and actual dates. */
@Entity({ tableName: 'order_milestone' })
@Unique({ name: 'order_milestone_line_kind_unique', properties: ['orderLine', 'kind'] })
export class OrderMilestone {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => OrderLine, { deleteRule: 'cascade', index: 'order_milestone_order_line_id' })
  orderLine!: OrderLine;

  @Enum({ items: () => MilestoneKind })
  kind!: MilestoneKind;

  @Property({ type: 'smallint' })
  position!: number;

  @Property({ type: 'date' })
  plannedOn!: string;

  /** Date réelle; null while not done. */
  @Property({ type: 'date', nullable: true })
  doneOn?: string | null;
}
