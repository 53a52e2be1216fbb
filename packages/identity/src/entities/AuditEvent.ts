import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { Company } from '@portal/company';
import { User } from './User.js';

/** Who did what, when and from where: logins, password changes, rights, tokens, terminations. */
@Entity({ tableName: 'audit_event' })
@Index({ name: 'audit_event_company_time', properties: ['company', 'occurredAt'] })
@Index({ name: 'audit_event_actor_time', properties: ['actor', 'occurredAt'] })
export class AuditEvent {
  @PrimaryKey()
  id!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  occurredAt: Date & Opt = new Date();

  /** e.g. LOGIN_SUCCEEDED, LOGIN_FAILED, PASSWORD_SET, TERMS_ACCEPTED, USER_CREATED. */
  @Property({ length: 60 })
  action!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor?: User | null;

  /** The company the event concerns; its administrators read it. */
  @ManyToOne(() => Company, { nullable: true, deleteRule: 'cascade' })
  company?: Company | null;

  @Property({ length: 60, nullable: true })
  targetType?: string | null;

  @Property({ length: 60, nullable: true })
  targetId?: string | null;

  @Property({ length: 45, nullable: true })
  ipAddress?: string | null;

  @Property({ type: 'jsonb', nullable: true })
  details?: Record<string, unknown> | null;
}
