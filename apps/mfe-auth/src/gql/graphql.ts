/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether a company requires a second factor of every user. */
export type CompanySecondFactorRequireInput = {
  /** The company, in reach, on which the caller manages users. */
  companyId: string | number;
  /** True: every user of the company must set up a second factor before anything else is served. */
  required: boolean;
};

/** Identifiant and password. */
export type LogInInput = {
  /** Identifiant, E- followed by 10 digits. */
  login: string;
  /** Password. */
  password: string;
};

/** The second step of a login: its token and exactly one proof. */
export type LogInSecondFactorInput = {
  /** The 6-digit code of the authenticator app. */
  code?: string | null | undefined;
  /** The WebAuthn assertion of navigator.credentials.get, as JSON. */
  passkeyResponse?: string | null | undefined;
  /** One of the recovery codes ("code de secours"); each works once. */
  recoveryCode?: string | null | undefined;
  /** SecondFactorStep.token from logIn. */
  token: string;
};

/** The browser's answer to passkeyRegisterStart, and a name for the key. */
export type PasskeyRegisterFinishInput = {
  /** A name to recognise the key by ("Ordinateur du bureau"), 1 to 100 characters. */
  name: string;
  /** The WebAuthn attestation of navigator.credentials.create, as JSON. */
  response: string;
};

/** The passkey to remove, confirmed by a code. */
export type PasskeyRemoveInput = {
  /** A code of the authenticator app or a recovery code (spent), so that a stolen session cannot weaken the account. */
  code: string;
  /** Global id of one of the caller's passkeys. */
  passkeyId: string | number;
};

/** The login of the account whose password was forgotten. */
export type PasswordResetRequestInput = {
  /** Identifiant, E- followed by 10 digits. */
  login: string;
};

/** The token of the e-mailed link and the new password, typed twice. */
export type PasswordSetInput = {
  /** At least 8 characters, one upper-case letter, one digit, one special character; not the login, not a common password. */
  password: string;
  /** The same password again. */
  passwordConfirmation: string;
  /** The token from the link (its `token` parameter). */
  token: string;
};

/** What a caller may do on a company (and every company below it). */
export type Permission =
  /** Read the audit log. */
  | 'AUDIT_READ'
  /** Read invoices and credit notes. */
  | 'BILLING_READ'
  /** Change payment details. */
  | 'BILLING_WRITE'
  /** Read company data, sites, universes and customers. */
  | 'COMPANY_READ'
  /** Change company data, contacts and sites. */
  | 'COMPANY_WRITE'
  /** Order for the company. */
  | 'OFFERS_ORDER'
  /** Read contracted offers and services. */
  | 'OFFERS_READ'
  /** Terminate contracted offers. */
  | 'OFFERS_TERMINATE'
  /** Drive the delivery of orders placed with the company as provider (the operator's delivery desk). */
  | 'ORDERS_DELIVER'
  /** Create and revoke API tokens. */
  | 'TOKENS_MANAGE'
  /** List, create, edit and deactivate users; set their roles. */
  | 'USERS_MANAGE'
  /** Manage webhook endpoints, read their delivery log, replay deliveries. */
  | 'WEBHOOKS_MANAGE';

/** A code that confirms a change to the caller's second factors. */
export type SecondFactorConfirmInput = {
  /** A code of the authenticator app or a recovery code (spent), so that a stolen session cannot weaken the account. */
  code: string;
};

/** A second factor of the login ("double authentification"). */
export type SecondFactorMethod =
  /** A passkey or security key (WebAuthn). */
  | 'PASSKEY'
  /** One of the single-use recovery codes given at enrolment. */
  | 'RECOVERY_CODE'
  /** A 6-digit code of an authenticator app (RFC 6238). */
  | 'TOTP';

/** The version of the terms the user read and accepts (box ticked, "Valider"). */
export type TermsAcceptInput = {
  /** Version from termsOfUse.version. */
  version: string;
};

/** The first code of the authenticator app, to confirm its set-up. */
export type TotpEnrolConfirmInput = {
  /** The 6-digit code the app shows. */
  code: string;
};

export type AuthLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type AuthLogInMutation = { logIn: { viewer: { termsAccepted: boolean, secondFactorSetupRequired: boolean, user: { login: string, firstName: string } } | null, secondFactor: { token: string, methods: Array<SecondFactorMethod>, passkeyOptions: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuthLogInSecondFactorMutationVariables = Exact<{
  input: LogInSecondFactorInput;
}>;


export type AuthLogInSecondFactorMutation = { logInSecondFactor: { viewer: { termsAccepted: boolean, secondFactorSetupRequired: boolean, user: { login: string, firstName: string } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuthSecondFactorQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthSecondFactorQuery = { viewer: { termsAccepted: boolean, secondFactorSetupRequired: boolean, permissions: Array<Permission>, user: { company: { id: string } }, secondFactor: { totpEnrolled: boolean, recoveryCodesLeft: number, requiredByCompany: boolean, passkeys: Array<{ id: string, name: string, createdAt: string }> } | null } | null };

export type AuthTotpEnrolStartMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthTotpEnrolStartMutation = { totpEnrolStart: { secret: string | null, otpauthUri: string | null, qrCode: string | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuthTotpEnrolConfirmMutationVariables = Exact<{
  input: TotpEnrolConfirmInput;
}>;


export type AuthTotpEnrolConfirmMutation = { totpEnrolConfirm: { recoveryCodes: Array<string> | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuthTotpRemoveMutationVariables = Exact<{
  input: SecondFactorConfirmInput;
}>;


export type AuthTotpRemoveMutation = { totpRemove: { recoveryCodes: Array<string> | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuthRecoveryCodesRegenerateMutationVariables = Exact<{
  input: SecondFactorConfirmInput;
}>;


export type AuthRecoveryCodesRegenerateMutation = { recoveryCodesRegenerate: { recoveryCodes: Array<string> | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuthPasskeyRegisterStartMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthPasskeyRegisterStartMutation = { passkeyRegisterStart: { options: string | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuthPasskeyRegisterFinishMutationVariables = Exact<{
  input: PasskeyRegisterFinishInput;
}>;


export type AuthPasskeyRegisterFinishMutation = { passkeyRegisterFinish: { recoveryCodes: Array<string> | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuthPasskeyRemoveMutationVariables = Exact<{
  input: PasskeyRemoveInput;
}>;


export type AuthPasskeyRemoveMutation = { passkeyRemove: { recoveryCodes: Array<string> | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuthCompanySecondFactorRequireMutationVariables = Exact<{
  input: CompanySecondFactorRequireInput;
}>;


export type AuthCompanySecondFactorRequireMutation = { companySecondFactorRequire: { required: boolean | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuthPasswordResetRequestMutationVariables = Exact<{
  input: PasswordResetRequestInput;
}>;


export type AuthPasswordResetRequestMutation = { passwordResetRequest: { accepted: boolean, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuthPasswordSetMutationVariables = Exact<{
  input: PasswordSetInput;
}>;


export type AuthPasswordSetMutation = { passwordSet: { login: string | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuthTermsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthTermsQuery = { viewer: { termsAccepted: boolean, user: { login: string } } | null, termsOfUse: { version: string, effectiveOn: string, text: string, accepted: boolean } | null };

export type AuthTermsAcceptMutationVariables = Exact<{
  input: TermsAcceptInput;
}>;


export type AuthTermsAcceptMutation = { termsAccept: { viewer: { termsAccepted: boolean } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuthLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthLogOutMutation = { logOut: { loggedOut: boolean } };


export const AuthLogInDocument = {"__meta__":{"hash":"sha256:59d8c21fa6511b6ffec324fe350fffaadbce4b4061dbba4af55e27b9d6d0b03c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthLogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactorSetupRequired"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"passkeyOptions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthLogInMutation, AuthLogInMutationVariables>;
export const AuthLogInSecondFactorDocument = {"__meta__":{"hash":"sha256:ab84bb581e1fae9c24af2285b44556258c52f67381391c07337081fa73036192"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthLogInSecondFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInSecondFactorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logInSecondFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactorSetupRequired"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthLogInSecondFactorMutation, AuthLogInSecondFactorMutationVariables>;
export const AuthSecondFactorDocument = {"__meta__":{"hash":"sha256:f1076be64170bb06fb04f9fdd42517d3b320e8699ee8f5d313a32ac0f2afc66f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthSecondFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactorSetupRequired"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totpEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"requiredByCompany"}},{"kind":"Field","name":{"kind":"Name","value":"passkeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthSecondFactorQuery, AuthSecondFactorQueryVariables>;
export const AuthTotpEnrolStartDocument = {"__meta__":{"hash":"sha256:1f73b28db1dfc0e94db81d9f625682d4be6de97e754cf23c89fce167cfbaa7af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthTotpEnrolStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totpEnrolStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthTotpEnrolStartMutation, AuthTotpEnrolStartMutationVariables>;
export const AuthTotpEnrolConfirmDocument = {"__meta__":{"hash":"sha256:6a9298d2d447801b928a9f66fe36b4b5e7664c8291a981c2d2a08e2ce85b58cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthTotpEnrolConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TotpEnrolConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totpEnrolConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthTotpEnrolConfirmMutation, AuthTotpEnrolConfirmMutationVariables>;
export const AuthTotpRemoveDocument = {"__meta__":{"hash":"sha256:2bb11b0044d580b209879639a8fa114f4f146144f735de96d7cd03f863e51ba0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthTotpRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SecondFactorConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totpRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthTotpRemoveMutation, AuthTotpRemoveMutationVariables>;
export const AuthRecoveryCodesRegenerateDocument = {"__meta__":{"hash":"sha256:ff49a8462ec928dd491ce46d1b48d93cd83a426d319783181df914e5ed21d311"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthRecoveryCodesRegenerate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SecondFactorConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesRegenerate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthRecoveryCodesRegenerateMutation, AuthRecoveryCodesRegenerateMutationVariables>;
export const AuthPasskeyRegisterStartDocument = {"__meta__":{"hash":"sha256:c07ef0936366b0a4f54036b396f77e2462890fc980412684e2143d8e5c84dc5b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthPasskeyRegisterStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passkeyRegisterStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthPasskeyRegisterStartMutation, AuthPasskeyRegisterStartMutationVariables>;
export const AuthPasskeyRegisterFinishDocument = {"__meta__":{"hash":"sha256:9daec7b7fb7944d00a73c02e8db40d579d2ebfa65786ed8257da1980cc065e53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthPasskeyRegisterFinish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasskeyRegisterFinishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passkeyRegisterFinish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthPasskeyRegisterFinishMutation, AuthPasskeyRegisterFinishMutationVariables>;
export const AuthPasskeyRemoveDocument = {"__meta__":{"hash":"sha256:38b967d0473edd5a69333344b63b254e575f978ac2fcd1dce0ba28e2c4c91108"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthPasskeyRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasskeyRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passkeyRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthPasskeyRemoveMutation, AuthPasskeyRemoveMutationVariables>;
export const AuthCompanySecondFactorRequireDocument = {"__meta__":{"hash":"sha256:2b8c4024658baa969a4cf9b780020e24fd4cac7cac856081eec94008cc9e4a3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthCompanySecondFactorRequire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanySecondFactorRequireInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companySecondFactorRequire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthCompanySecondFactorRequireMutation, AuthCompanySecondFactorRequireMutationVariables>;
export const AuthPasswordResetRequestDocument = {"__meta__":{"hash":"sha256:154b247e79db04987ade9fc9487060796c8013d89f0a78c8242031edeaf3a419"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthPasswordResetRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordResetRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthPasswordResetRequestMutation, AuthPasswordResetRequestMutationVariables>;
export const AuthPasswordSetDocument = {"__meta__":{"hash":"sha256:9b300b0c7cc69bd019f7b2f5f74e39a3211d31c0ec56144b74457f1c5444675c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthPasswordSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthPasswordSetMutation, AuthPasswordSetMutationVariables>;
export const AuthTermsDocument = {"__meta__":{"hash":"sha256:3526db60f6de7a8470a56d5923215c66b7eb59402c95f95e0da02d595a279061"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termsOfUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<AuthTermsQuery, AuthTermsQueryVariables>;
export const AuthTermsAcceptDocument = {"__meta__":{"hash":"sha256:e0aeb68c97316498551e96f40e09021a4129b1c9931c1be6d30220f8d43ca1d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthTermsAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TermsAcceptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termsAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termsAccepted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthTermsAcceptMutation, AuthTermsAcceptMutationVariables>;
export const AuthLogOutDocument = {"__meta__":{"hash":"sha256:82c49acbf087a5d9e36c77d9e5a8ffff0686ba55dfa3723dbb931377fd3c0ff4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthLogOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loggedOut"}}]}}]}}]} as unknown as DocumentNode<AuthLogOutMutation, AuthLogOutMutationVariables>;