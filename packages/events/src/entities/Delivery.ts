import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { type Opt, type Rel } from '@mikro-orm/core';
import { DeliveryState } from '../enums.js';
import { Event } from './Event.js';
import { WebhookEndpoint } from './WebhookEndpoint.js';

/**
 * One event to one endpoint: pending until a 2xx answer, retried with backoff for three days.
 * `lane` (endpoint and object) orders the deliveries: within a lane, the oldest pending one goes
 * first and the others wait behind it.
 */
@Entity({ tableName: 'delivery' })
@Unique({ name: 'delivery_endpoint_event_unique', properties: ['endpoint', 'event'] })
@Index({ name: 'delivery_lane_state', properties: ['lane', 'state', 'event'] })
@Index({ name: 'delivery_endpoint_created', properties: ['endpoint', 'createdAt'] })
export class Delivery {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => WebhookEndpoint, { deleteRule: 'cascade' })
  endpoint!: Rel<WebhookEndpoint>;

  @ManyToOne(() => Event, { deleteRule: 'cascade', index: 'delivery_event_id' })
  event!: Rel<Event>;

  @Property({ length: 160 })
  lane!: string;

  @Enum({ items: () => DeliveryState, default: DeliveryState.PENDING })
  state: DeliveryState & Opt = DeliveryState.PENDING;

  @Property({ type: 'integer', default: 0 })
  attempts: number & Opt = 0;

  @Property({ type: 'timestamptz' })
  nextAttemptAt!: Date;

  /** The first attempt of the current try (a replay starts a new one): the retry window runs from it. */
  @Property({ type: 'timestamptz', nullable: true })
  firstAttemptAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
