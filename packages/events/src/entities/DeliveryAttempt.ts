import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Rel } from '@mikro-orm/core';
import { Delivery } from './Delivery.js';

/** One try of a delivery, for the delivery log: when, the answer's status, the time it took and its first characters. */
@Entity({ tableName: 'delivery_attempt' })
export class DeliveryAttempt {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Delivery, { deleteRule: 'cascade', index: 'delivery_attempt_delivery_id' })
  delivery!: Rel<Delivery>;

  @Property({ type: 'timestamptz' })
  at!: Date;

  /** The HTTP status of the answer; null when none came (timeout, refused destination, network). */
  @Property({ type: 'smallint', nullable: true })
  status?: number | null;

  @Property({ type: 'integer' })
  latencyMs!: number;

  /** TIMEOUT, DESTINATION_REFUSED, CONNECTION_FAILED, REDIRECT_NOT_FOLLOWED, HTTP_ERROR; null on success. */
  @Property({ length: 40, nullable: true })
  error?: string | null;

  /** The first 500 characters of the answer's body (or of the error). */
  @Property({ length: 500, default: '' })
  responseExcerpt!: string;
}
