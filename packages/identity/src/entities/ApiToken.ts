import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { Company } from '@portal/company';
import { User } from './User.js';

/**
 * A token a third party sends as `Authorization: Bearer`. Shown once at creation; stored as its
 * SHA-256. It acts as its creator on the creator's company, never beyond the creator's rights, and
 * only within its scopes (`company:read`, `billing:write`…).
 */
@Entity({ tableName: 'api_token' })
@Check({ name: 'api_token_expires_after_creation', expression: 'expires_at > created_at' })
@Check({ name: 'api_token_has_scopes', expression: 'cardinality(scopes) > 0' })
export class ApiToken {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Company, { deleteRule: 'cascade', index: 'api_token_company_id' })
  company!: Company;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  createdBy!: User;

  @Property({ length: 100 })
  name!: string;

  /** The first characters of the token, shown in lists so a token can be recognised. */
  @Property({ length: 16 })
  prefix!: string;

  @Property({ length: 64, unique: 'api_token_hash_unique' })
  tokenHash!: string;

  @Property({ type: 'text[]' })
  scopes!: string[];

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;
}
