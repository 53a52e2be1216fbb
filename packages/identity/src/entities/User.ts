import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { Company, Universe } from '@portal/company';
import { UserState } from '../enums.js';

/** A person who logs in with a login E-000000XXXX assigned by the system. */
@Entity({ tableName: 'app_user' })
@Check({ name: 'app_user_login_format', expression: "login ~ '^E-[0-9]{10}$'" })
@Check({ name: 'app_user_email_format', expression: "email ~ '^[^@\\s]+@[^@\\s]+$'" })
@Check({ name: 'app_user_failed_logins_nonnegative', expression: 'failed_login_count >= 0' })
@Check({ name: 'app_user_active_has_password', expression: "state <> 'ACTIVE' or password_hash is not null" })
export class User {
  @PrimaryKey()
  id!: number;

  /** Identifiant, E- followed by 10 digits. */
  @Property({ length: 12, unique: 'app_user_login_unique' })
  login!: string;

  @Property({ length: 254 })
  @Index({ name: 'app_user_email' })
  email!: string;

  @Property({ length: 100 })
  firstName!: string;

  @Property({ length: 100 })
  lastName!: string;

  /** The user's own company ("Ma société"). */
  @ManyToOne(() => Company, { deleteRule: 'restrict', index: 'app_user_company_id' })
  company!: Company;

  @Enum({ items: () => UserState, default: UserState.PENDING_SETUP })
  state: UserState & Opt = UserState.PENDING_SETUP;

  /** argon2id hash in PHC string format; null until the password is set. */
  @Property({ type: 'text', nullable: true, hidden: true })
  passwordHash?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  passwordChangedAt?: Date | null;

  /** Consecutive failed logins since the last success. */
  @Property({ type: 'integer', default: 0 })
  failedLoginCount: number & Opt = 0;

  @Property({ type: 'timestamptz', nullable: true })
  lastFailedLoginAt?: Date | null;

  /** Logins are refused until then after too many failures. */
  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt?: Date | null;

  /**
   * The universe this user last chose ("Choisissez votre univers"), in force again at their next
   * login (per user, on the server: the same on every browser); null until first chosen.
   */
  @Enum({ items: () => Universe, nullable: true })
  lastUniverse?: Universe | null;

  /** fr or en. */
  @Property({ length: 5, default: 'fr' })
  locale: string & Opt = 'fr';

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
