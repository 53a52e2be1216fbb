import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { PasswordTokenPurpose } from '../enums.js';
import { User } from './User.js';

/**
 * A single-use password setup or reset link. Only the SHA-256 of the token is stored; the token
 * itself exists only in the e-mail.
 */
@Entity({ tableName: 'password_token' })
@Check({ name: 'password_token_expires_after_creation', expression: 'expires_at > created_at' })
export class PasswordToken {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: 'password_token_user_id' })
  user!: User;

  @Enum({ items: () => PasswordTokenPurpose })
  purpose!: PasswordTokenPurpose;

  /** Hex SHA-256 of the token. */
  @Property({ length: 64, unique: 'password_token_hash_unique' })
  tokenHash!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null;
}
