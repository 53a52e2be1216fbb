import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Universe } from '@portal/company';
import { type Opt } from '@mikro-orm/core';
import { User } from './User.js';

/** A browser session: the cookie carries the token, the database only its SHA-256. */
@Entity({ tableName: 'user_session' })
@Check({ name: 'user_session_expires_after_creation', expression: 'expires_at > created_at' })
@Index({ name: 'user_session_user_active', properties: ['user', 'revokedAt'] })
export class Session {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ length: 64, unique: 'user_session_token_hash_unique' })
  tokenHash!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  /** Updated on use; the idle timeout counts from here. */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  lastSeenAt: Date & Opt = new Date();

  /** Absolute end of the session, whatever its use. */
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ length: 45, nullable: true })
  ipAddress?: string | null;

  @Property({ length: 300, nullable: true })
  userAgent?: string | null;

  /** The universe the user chose to act in (client, reseller, operator); CLIENT until chosen. */
  @Enum({ items: () => Universe, nullable: true })
  actingUniverse?: Universe | null;
}
