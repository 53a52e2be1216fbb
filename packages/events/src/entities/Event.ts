import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { Company } from '@portal/company';

/**
 * Something that happened to a company's data, for third parties: its type, its time and the
 * global ids of what changed (enough to fetch the rest through GraphQL, no more). Written in the
 * transaction that makes the change (an outbox), then fanned out to the endpoints whose company's
 * reach covers `company` (see services/dispatch.ts). The id's order is the order of delivery of
 * the events of one object.
 */
@Entity({ tableName: 'event' })
@Index({ name: 'event_dispatched_at', properties: ['dispatchedAt', 'id'] })
export class Event {
  @PrimaryKey({ type: 'bigint' })
  id!: string;

  /** The stable id third parties see (`evt_…`), also the `webhook-id` of its messages. */
  @Property({ length: 40, unique: 'event_public_id_unique' })
  publicId!: string;

  @Property({ length: 60 })
  type!: string;

  /** The company the event is about. */
  @ManyToOne(() => Company, { deleteRule: 'cascade', index: 'event_company_id' })
  company!: Company;

  /** The payload's `data`: global ids only, by name (`invoiceId`, `contractedOfferId`…). */
  @Property({ type: 'jsonb' })
  data!: Record<string, string>;

  /** The object whose events are delivered in order (its global id). */
  @Property({ length: 120 })
  objectId!: string;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  /** Set once the deliveries are created. */
  @Property({ type: 'timestamptz', nullable: true })
  dispatchedAt?: Date | null;

  /** A test event goes to this endpoint only. */
  @Property({ type: 'integer', nullable: true })
  onlyEndpointId?: number | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
