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
  'Mutation.passwordSet', 'PasswordSetPayload.login', 'PasswordSetPayload.userErrors',
  'Mutation.passwordResetRequest', 'PasswordResetRequestPayload.accepted', 'PasswordResetRequestPayload.userErrors',
  // The terms pop-up: the terms in force, accepting them.
  'Query.termsOfUse', 'TermsOfUse.version', 'TermsOfUse.effectiveOn', 'TermsOfUse.text', 'TermsOfUse.accepted',
  'Mutation.termsAccept', 'TermsAcceptPayload.viewer', 'TermsAcceptPayload.userErrors',
  // The shell's viewer query (top bar: who, which company, which universe) and logout.
  'Query.viewer', 'Viewer.termsAccepted', 'Viewer.user', 'Viewer.universes', 'Viewer.actingUniverse',
  'User.login', 'User.firstName', 'User.lastName', 'User.company', 'Company.legalName',
  'Mutation.logOut', 'LogOutPayload.loggedOut', 'LogOutPayload.userErrors',
  // A refusal, whatever refused it.
  'UserError.code', 'UserError.message', 'UserError.field',
]);
