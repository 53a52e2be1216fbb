import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { LifecycleStatus } from '../enums.js';
import { PlatformDeposit } from './PlatformDeposit.js';

/** One lifecycle status of a document, with its date and reason, as the platform sent it. */
@Entity({ tableName: 'lifecycle_event' })
@Index({ name: 'lifecycle_event_deposit_at', properties: ['deposit', 'occurredAt', 'id'] })
export class LifecycleEvent {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => PlatformDeposit, { deleteRule: 'cascade', index: false })
  deposit!: PlatformDeposit;

  @Enum({ items: () => LifecycleStatus })
  status!: LifecycleStatus;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  /** Why (a rejection's or refusal's reasons, a dispute's subject); null when the status says it all. */
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  /** The platform's id of the status message: a status sent twice is stored once. */
  @Property({ length: 100, nullable: true, unique: 'lifecycle_event_platform_unique' })
  platformEventId?: string | null;
}
