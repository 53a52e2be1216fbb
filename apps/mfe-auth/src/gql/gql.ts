/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AuthLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer { termsAccepted secondFactorSetupRequired user { login firstName } }\n      secondFactor { token methods passkeyOptions }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AuthLogInDocument,
    "\n  mutation AuthLogInSecondFactor($input: LogInSecondFactorInput!) {\n    logInSecondFactor(input: $input) {\n      viewer { termsAccepted secondFactorSetupRequired user { login firstName } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AuthLogInSecondFactorDocument,
    "\n  query AuthSecondFactor {\n    viewer {\n      termsAccepted\n      secondFactorSetupRequired\n      permissions\n      user { company { id } }\n      secondFactor { totpEnrolled recoveryCodesLeft requiredByCompany passkeys { id name createdAt } }\n    }\n  }\n": typeof types.AuthSecondFactorDocument,
    "\n  mutation AuthTotpEnrolStart {\n    totpEnrolStart { secret otpauthUri qrCode userErrors { code message field } }\n  }\n": typeof types.AuthTotpEnrolStartDocument,
    "\n  mutation AuthTotpEnrolConfirm($input: TotpEnrolConfirmInput!) {\n    totpEnrolConfirm(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n": typeof types.AuthTotpEnrolConfirmDocument,
    "\n  mutation AuthTotpRemove($input: SecondFactorConfirmInput!) {\n    totpRemove(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n": typeof types.AuthTotpRemoveDocument,
    "\n  mutation AuthRecoveryCodesRegenerate($input: SecondFactorConfirmInput!) {\n    recoveryCodesRegenerate(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n": typeof types.AuthRecoveryCodesRegenerateDocument,
    "\n  mutation AuthPasskeyRegisterStart {\n    passkeyRegisterStart { options userErrors { code message field } }\n  }\n": typeof types.AuthPasskeyRegisterStartDocument,
    "\n  mutation AuthPasskeyRegisterFinish($input: PasskeyRegisterFinishInput!) {\n    passkeyRegisterFinish(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n": typeof types.AuthPasskeyRegisterFinishDocument,
    "\n  mutation AuthPasskeyRemove($input: PasskeyRemoveInput!) {\n    passkeyRemove(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n": typeof types.AuthPasskeyRemoveDocument,
    "\n  mutation AuthCompanySecondFactorRequire($input: CompanySecondFactorRequireInput!) {\n    companySecondFactorRequire(input: $input) { required userErrors { code message field } }\n  }\n": typeof types.AuthCompanySecondFactorRequireDocument,
    "\n  mutation AuthPasswordResetRequest($input: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $input) { accepted userErrors { code message field } }\n  }\n": typeof types.AuthPasswordResetRequestDocument,
    "\n  mutation AuthPasswordSet($input: PasswordSetInput!) {\n    passwordSet(input: $input) { login userErrors { code message field } }\n  }\n": typeof types.AuthPasswordSetDocument,
    "\n  query AuthTerms {\n    viewer { termsAccepted user { login } }\n    termsOfUse { version effectiveOn text accepted }\n  }\n": typeof types.AuthTermsDocument,
    "\n  mutation AuthTermsAccept($input: TermsAcceptInput!) {\n    termsAccept(input: $input) { viewer { termsAccepted } userErrors { code message field } }\n  }\n": typeof types.AuthTermsAcceptDocument,
    "\n  mutation AuthLogOut {\n    logOut { loggedOut }\n  }\n": typeof types.AuthLogOutDocument,
};
const documents: Documents = {
    "\n  mutation AuthLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer { termsAccepted secondFactorSetupRequired user { login firstName } }\n      secondFactor { token methods passkeyOptions }\n      userErrors { code message field }\n    }\n  }\n": types.AuthLogInDocument,
    "\n  mutation AuthLogInSecondFactor($input: LogInSecondFactorInput!) {\n    logInSecondFactor(input: $input) {\n      viewer { termsAccepted secondFactorSetupRequired user { login firstName } }\n      userErrors { code message field }\n    }\n  }\n": types.AuthLogInSecondFactorDocument,
    "\n  query AuthSecondFactor {\n    viewer {\n      termsAccepted\n      secondFactorSetupRequired\n      permissions\n      user { company { id } }\n      secondFactor { totpEnrolled recoveryCodesLeft requiredByCompany passkeys { id name createdAt } }\n    }\n  }\n": types.AuthSecondFactorDocument,
    "\n  mutation AuthTotpEnrolStart {\n    totpEnrolStart { secret otpauthUri qrCode userErrors { code message field } }\n  }\n": types.AuthTotpEnrolStartDocument,
    "\n  mutation AuthTotpEnrolConfirm($input: TotpEnrolConfirmInput!) {\n    totpEnrolConfirm(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n": types.AuthTotpEnrolConfirmDocument,
    "\n  mutation AuthTotpRemove($input: SecondFactorConfirmInput!) {\n    totpRemove(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n": types.AuthTotpRemoveDocument,
    "\n  mutation AuthRecoveryCodesRegenerate($input: SecondFactorConfirmInput!) {\n    recoveryCodesRegenerate(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n": types.AuthRecoveryCodesRegenerateDocument,
    "\n  mutation AuthPasskeyRegisterStart {\n    passkeyRegisterStart { options userErrors { code message field } }\n  }\n": types.AuthPasskeyRegisterStartDocument,
    "\n  mutation AuthPasskeyRegisterFinish($input: PasskeyRegisterFinishInput!) {\n    passkeyRegisterFinish(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n": types.AuthPasskeyRegisterFinishDocument,
    "\n  mutation AuthPasskeyRemove($input: PasskeyRemoveInput!) {\n    passkeyRemove(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n": types.AuthPasskeyRemoveDocument,
    "\n  mutation AuthCompanySecondFactorRequire($input: CompanySecondFactorRequireInput!) {\n    companySecondFactorRequire(input: $input) { required userErrors { code message field } }\n  }\n": types.AuthCompanySecondFactorRequireDocument,
    "\n  mutation AuthPasswordResetRequest($input: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $input) { accepted userErrors { code message field } }\n  }\n": types.AuthPasswordResetRequestDocument,
    "\n  mutation AuthPasswordSet($input: PasswordSetInput!) {\n    passwordSet(input: $input) { login userErrors { code message field } }\n  }\n": types.AuthPasswordSetDocument,
    "\n  query AuthTerms {\n    viewer { termsAccepted user { login } }\n    termsOfUse { version effectiveOn text accepted }\n  }\n": types.AuthTermsDocument,
    "\n  mutation AuthTermsAccept($input: TermsAcceptInput!) {\n    termsAccept(input: $input) { viewer { termsAccepted } userErrors { code message field } }\n  }\n": types.AuthTermsAcceptDocument,
    "\n  mutation AuthLogOut {\n    logOut { loggedOut }\n  }\n": types.AuthLogOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer { termsAccepted secondFactorSetupRequired user { login firstName } }\n      secondFactor { token methods passkeyOptions }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer { termsAccepted secondFactorSetupRequired user { login firstName } }\n      secondFactor { token methods passkeyOptions }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogInSecondFactor($input: LogInSecondFactorInput!) {\n    logInSecondFactor(input: $input) {\n      viewer { termsAccepted secondFactorSetupRequired user { login firstName } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLogInSecondFactor($input: LogInSecondFactorInput!) {\n    logInSecondFactor(input: $input) {\n      viewer { termsAccepted secondFactorSetupRequired user { login firstName } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthSecondFactor {\n    viewer {\n      termsAccepted\n      secondFactorSetupRequired\n      permissions\n      user { company { id } }\n      secondFactor { totpEnrolled recoveryCodesLeft requiredByCompany passkeys { id name createdAt } }\n    }\n  }\n"): (typeof documents)["\n  query AuthSecondFactor {\n    viewer {\n      termsAccepted\n      secondFactorSetupRequired\n      permissions\n      user { company { id } }\n      secondFactor { totpEnrolled recoveryCodesLeft requiredByCompany passkeys { id name createdAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthTotpEnrolStart {\n    totpEnrolStart { secret otpauthUri qrCode userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AuthTotpEnrolStart {\n    totpEnrolStart { secret otpauthUri qrCode userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthTotpEnrolConfirm($input: TotpEnrolConfirmInput!) {\n    totpEnrolConfirm(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AuthTotpEnrolConfirm($input: TotpEnrolConfirmInput!) {\n    totpEnrolConfirm(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthTotpRemove($input: SecondFactorConfirmInput!) {\n    totpRemove(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AuthTotpRemove($input: SecondFactorConfirmInput!) {\n    totpRemove(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRecoveryCodesRegenerate($input: SecondFactorConfirmInput!) {\n    recoveryCodesRegenerate(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AuthRecoveryCodesRegenerate($input: SecondFactorConfirmInput!) {\n    recoveryCodesRegenerate(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthPasskeyRegisterStart {\n    passkeyRegisterStart { options userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AuthPasskeyRegisterStart {\n    passkeyRegisterStart { options userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthPasskeyRegisterFinish($input: PasskeyRegisterFinishInput!) {\n    passkeyRegisterFinish(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AuthPasskeyRegisterFinish($input: PasskeyRegisterFinishInput!) {\n    passkeyRegisterFinish(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthPasskeyRemove($input: PasskeyRemoveInput!) {\n    passkeyRemove(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AuthPasskeyRemove($input: PasskeyRemoveInput!) {\n    passkeyRemove(input: $input) { recoveryCodes userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCompanySecondFactorRequire($input: CompanySecondFactorRequireInput!) {\n    companySecondFactorRequire(input: $input) { required userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AuthCompanySecondFactorRequire($input: CompanySecondFactorRequireInput!) {\n    companySecondFactorRequire(input: $input) { required userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthPasswordResetRequest($input: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $input) { accepted userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AuthPasswordResetRequest($input: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $input) { accepted userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthPasswordSet($input: PasswordSetInput!) {\n    passwordSet(input: $input) { login userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AuthPasswordSet($input: PasswordSetInput!) {\n    passwordSet(input: $input) { login userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthTerms {\n    viewer { termsAccepted user { login } }\n    termsOfUse { version effectiveOn text accepted }\n  }\n"): (typeof documents)["\n  query AuthTerms {\n    viewer { termsAccepted user { login } }\n    termsOfUse { version effectiveOn text accepted }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthTermsAccept($input: TermsAcceptInput!) {\n    termsAccept(input: $input) { viewer { termsAccepted } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AuthTermsAccept($input: TermsAcceptInput!) {\n    termsAccept(input: $input) { viewer { termsAccepted } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogOut {\n    logOut { loggedOut }\n  }\n"): (typeof documents)["\n  mutation AuthLogOut {\n    logOut { loggedOut }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;