import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserErrorType, WithinParent, toGlobalId } from '@portal/kernel';
import { type Passkey } from '../entities/SecondFactor.js';

/** The second factors of a login step. */
export enum SecondFactorMethod {
  TOTP = 'TOTP',
  PASSKEY = 'PASSKEY',
  RECOVERY_CODE = 'RECOVERY_CODE',
}

registerEnumType(SecondFactorMethod, {
  name: 'SecondFactorMethod',
  description: 'A second factor of the login ("double authentification").',
  valuesConfig: {
    TOTP: { description: 'A 6-digit code of an authenticator app (RFC 6238).' },
    PASSKEY: { description: 'A passkey or security key (WebAuthn).' },
    RECOVERY_CODE: { description: 'One of the single-use recovery codes given at enrolment.' },
  },
});

@ObjectType('Passkey', { description: '"Clé d\'accès": a WebAuthn credential of the caller.' })
export class PasskeyType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field({ description: 'The name the user gave it.' })
  name!: string;

  @Field(() => Date, { description: 'When it was registered.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it last signed the user in.' })
  lastUsedAt!: Date | null;

  static from(p: Passkey): PasskeyType {
    return Object.assign(new PasskeyType(), { id: toGlobalId('Passkey', p.id), name: p.name, createdAt: p.createdAt, lastUsedAt: p.lastUsedAt ?? null });
  }
}

@ObjectType('SecondFactorStatus', { description: 'The caller\'s second factors ("Double authentification").' })
export class SecondFactorStatusType {
  @Field({ description: 'Whether an authenticator app is set up.' })
  totpEnrolled!: boolean;

  @Field(() => [PasskeyType], { description: 'The registered passkeys.' })
  @WithinParent('the caller themself')
  passkeys!: PasskeyType[];

  @Field(() => Int, { description: 'Unused recovery codes left.' })
  recoveryCodesLeft!: number;

  @Field({ description: 'Whether the caller\'s company requires a second factor of every user.' })
  requiredByCompany!: boolean;
}

@ObjectType({ description: 'Result of totpEnrolStart: scan the QR code, then confirm with a code.' })
export class TotpEnrolStartPayload {
  @Field(() => String, { nullable: true, description: 'The secret in base32, for apps that cannot scan.' })
  secret!: string | null;

  @Field(() => String, { nullable: true, description: 'The otpauth:// URI the QR code carries.' })
  otpauthUri!: string | null;

  @Field(() => String, { nullable: true, description: 'The QR code, as an SVG data URL (data:image/svg+xml;base64,…).' })
  qrCode!: string | null;

  @Field(() => [UserErrorType], { description: 'TOTP_ALREADY_ENROLLED.' })
  userErrors!: UserErrorType[];
}

@ObjectType({ description: 'Result of a change to the caller\'s second factors.' })
export class SecondFactorPayload {
  @Field(() => [String], { nullable: true, description: 'New recovery codes, in clear: shown this once, never again. Null when none were issued.' })
  recoveryCodes!: string[] | null;

  @Field(() => SecondFactorStatusType, { nullable: true, description: 'The caller\'s second factors after the change.' })
  @WithinParent('the caller themself')
  secondFactor!: SecondFactorStatusType | null;

  @Field(() => [UserErrorType], { description: 'SECOND_FACTOR_INVALID (the confirming code), LOGIN_THROTTLED, TOTP_CODE_INVALID, TOTP_ENROLMENT_NOT_STARTED, TOTP_NOT_ENROLLED, PASSKEY_INVALID, PASSKEY_NAME_INVALID, PASSKEY_ALREADY_REGISTERED, SECOND_FACTOR_NOT_ENROLLED, SECOND_FACTOR_REQUIRED_BY_COMPANY (the last factor of a user whose company requires one), NOT_FOUND.' })
  userErrors!: UserErrorType[];
}

@ObjectType({ description: 'Result of passkeyRegisterStart.' })
export class PasskeyRegisterStartPayload {
  @Field(() => String, { nullable: true, description: 'WebAuthn creation options (JSON) for navigator.credentials.create; valid 5 minutes.' })
  options!: string | null;

  @Field(() => [UserErrorType], { description: 'Always empty.' })
  userErrors!: UserErrorType[];
}

@ObjectType({ description: 'Result of companySecondFactorRequire.' })
export class CompanySecondFactorRequirePayload {
  @Field(() => Boolean, { nullable: true, description: 'Whether the company now requires a second factor.' })
  required!: boolean | null;

  @Field(() => [UserErrorType], { description: 'NOT_FOUND when the company is out of reach; FORBIDDEN without the right to manage its users.' })
  userErrors!: UserErrorType[];
}
