import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { Company } from '@portal/company';
import { User } from './User.js';

/**
 * "Application d'authentification": a TOTP secret (RFC 6238, 6 digits, 30 s). Unconfirmed until
 * the user types a first code; the step of the last accepted code is kept so that a code works
 * once within its window.
 */
@Entity({ tableName: 'totp_credential' })
export class TotpCredential {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade', unique: 'totp_credential_user_unique' })
  user!: User;

  /** Base32 secret; the authenticator app holds the same. */
  @Property({ length: 64, hidden: true })
  secret!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt?: Date | null;

  /** The 30-second step of the last accepted code (Unix time / 30). */
  @Property({ type: 'bigint', nullable: true, runtimeType: 'number' })
  lastUsedStep?: number | null;
}

/** "Codes de secours": single-use codes shown once at enrolment; only their SHA-256 is kept. */
@Entity({ tableName: 'recovery_code' })
export class RecoveryCode {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: 'recovery_code_user_id' })
  user!: User;

  @Property({ length: 64, unique: 'recovery_code_hash_unique' })
  codeHash!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null;
}

/** "Clé d'accès": a WebAuthn credential registered by the user. */
@Entity({ tableName: 'passkey' })
@Check({ name: 'passkey_counter_nonnegative', expression: 'counter >= 0' })
export class Passkey {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: 'passkey_user_id' })
  user!: User;

  /** The credential id, base64url, as the authenticator gives it. */
  @Property({ length: 1400, unique: 'passkey_credential_id_unique' })
  credentialId!: string;

  /** COSE public key, base64url. */
  @Property({ type: 'text' })
  publicKey!: string;

  @Property({ type: 'bigint', runtimeType: 'number', default: 0 })
  counter: number & Opt = 0;

  @Property({ type: 'json', nullable: true })
  transports?: string[] | null;

  @Property({ length: 100 })
  name!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;
}

export enum ChallengePurpose {
  /** The second step of a login: the password was right, the second factor is awaited. */
  LOGIN = 'LOGIN',
  /** A passkey being registered by a signed-in user. */
  PASSKEY_REGISTRATION = 'PASSKEY_REGISTRATION',
}

/**
 * A pending second-factor step: the login's token (only its SHA-256 here) or a passkey
 * registration, with the WebAuthn challenge; a few minutes, a few attempts, used once.
 */
@Entity({ tableName: 'second_factor_challenge' })
@Check({ name: 'second_factor_challenge_expires_after_creation', expression: 'expires_at > created_at' })
@Check({ name: 'second_factor_challenge_attempts_nonnegative', expression: 'attempts >= 0' })
export class SecondFactorChallenge {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: 'second_factor_challenge_user_id' })
  user!: User;

  @Enum({ items: () => ChallengePurpose })
  purpose!: ChallengePurpose;

  @Property({ length: 64, unique: 'second_factor_challenge_token_hash_unique' })
  tokenHash!: string;

  /** The WebAuthn challenge (base64url) sent with the options. */
  @Property({ length: 200, nullable: true })
  webauthnChallenge?: string | null;

  @Property({ type: 'integer', default: 0 })
  attempts: number & Opt = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null;
}

/** "Exiger la double authentification": a company administrator's choice for every user of the company. */
@Entity({ tableName: 'company_security_policy' })
export class CompanySecurityPolicy {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Company, { deleteRule: 'cascade', unique: 'company_security_policy_company_unique' })
  company!: Company;

  @Property({ default: false })
  secondFactorRequired: boolean & Opt = false;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date();

  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true })
  updatedBy?: User | null;
}
