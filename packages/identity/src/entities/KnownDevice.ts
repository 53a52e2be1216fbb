import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { User } from './User.js';

/**
 * "Appareil reconnu": a browser that completed a full sign-in (password, and the second factor
 * when the user has one). Its cookie carries a random token, the database only its SHA-256. A
 * known device skips the second factor and the login-wide throttle; a password reset forgets all
 * of a user's devices.
 */
@Entity({ tableName: 'known_device' })
@Check({ name: 'known_device_expires_after_creation', expression: 'expires_at > created_at' })
export class KnownDevice {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: 'known_device_user_id' })
  user!: User;

  @Property({ length: 64, unique: 'known_device_token_hash_unique' })
  tokenHash!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;
}
