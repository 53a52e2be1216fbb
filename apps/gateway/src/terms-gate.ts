/**
 * The terms gate's allow-list: until the newest terms of use are accepted (and for anonymous
 * callers), these fields are the only ones served; every other field of the schema, at any depth,
 * answers TERMS_NOT_ACCEPTED (UNAUTHENTICATED when not signed in). A field a page needs before
 * acceptance (a new login step…) is added here, and test/identity/access.test.ts pins the list.
 */
export const OPEN_BEFORE_TERMS: ReadonlySet<string> = new Set([
  // Anonymous pages: the API version, log in, set a password from a link, "mot de passe oublié".
  'Query.apiVersion',
  'Mutation.logIn', 'LogInPayload.viewer', 'LogInPayload.userErrors',
  // The second step of a login ("double authentification").
  'LogInPayload.secondFactor', 'SecondFactorStep.token', 'SecondFactorStep.methods', 'SecondFactorStep.passkeyOptions',
  'Mutation.logInSecondFactor', 'LogInSecondFactorPayload.viewer', 'LogInSecondFactorPayload.userErrors',
  'Mutation.passwordSet', 'PasswordSetPayload.login', 'PasswordSetPayload.userErrors',
  'Mutation.passwordResetRequest', 'PasswordResetRequestPayload.accepted', 'PasswordResetRequestPayload.userErrors',
  // The terms pop-up: the terms in force, accepting them.
  'Query.termsOfUse', 'TermsOfUse.version', 'TermsOfUse.effectiveOn', 'TermsOfUse.text', 'TermsOfUse.accepted',
  'Mutation.termsAccept', 'TermsAcceptPayload.viewer', 'TermsAcceptPayload.userErrors',
  // The shell's viewer query (top bar: who, which company, which universe) and logout.
  'Query.viewer', 'Viewer.termsAccepted', 'Viewer.secondFactorSetupRequired', 'Viewer.user', 'Viewer.universes', 'Viewer.actingUniverse',
  'User.login', 'User.firstName', 'User.lastName', 'User.company', 'Company.legalName',
  'Mutation.logOut', 'LogOutPayload.loggedOut', 'LogOutPayload.userErrors',
  // A refusal, whatever refused it.
  'UserError.code', 'UserError.message', 'UserError.field',
]);

/**
 * What a user whose company requires a second factor, and who has none yet, is served besides the
 * list above (SECOND_FACTOR_REQUIRED for everything else): setting up an authenticator app or a
 * passkey, and the recovery codes that come with it.
 */
export const OPEN_BEFORE_SECOND_FACTOR: ReadonlySet<string> = new Set([
  // The set-up page: whether the caller manages the company's users (its requirement), the company's id.
  'Viewer.permissions', 'Company.id',
  'Viewer.secondFactor', 'SecondFactorStatus.totpEnrolled', 'SecondFactorStatus.passkeys', 'SecondFactorStatus.recoveryCodesLeft', 'SecondFactorStatus.requiredByCompany',
  'Passkey.id', 'Passkey.name', 'Passkey.createdAt', 'Passkey.lastUsedAt',
  'Mutation.totpEnrolStart', 'TotpEnrolStartPayload.secret', 'TotpEnrolStartPayload.otpauthUri', 'TotpEnrolStartPayload.qrCode', 'TotpEnrolStartPayload.userErrors',
  'Mutation.totpEnrolConfirm', 'Mutation.passkeyRegisterFinish',
  'SecondFactorPayload.recoveryCodes', 'SecondFactorPayload.secondFactor', 'SecondFactorPayload.userErrors',
  'Mutation.passkeyRegisterStart', 'PasskeyRegisterStartPayload.options', 'PasskeyRegisterStartPayload.userErrors',
]);
