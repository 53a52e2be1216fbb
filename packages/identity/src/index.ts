export * from './enums.js';
export { User } from './entities/User.js';
export { RoleAssignment } from './entities/RoleAssignment.js';
export { PasswordToken } from './entities/PasswordToken.js';
export { Session } from './entities/Session.js';
export { ApiToken } from './entities/ApiToken.js';
export { TermsOfUse, TermsAcceptance } from './entities/TermsOfUse.js';
export { AuditEvent } from './entities/AuditEvent.js';
export { LoginThrottle } from './entities/LoginThrottle.js';
export { loginFromNumber, LOGIN_PATTERN } from './rules/login.js';

import { User } from './entities/User.js';
import { RoleAssignment } from './entities/RoleAssignment.js';
import { PasswordToken } from './entities/PasswordToken.js';
import { Session } from './entities/Session.js';
import { ApiToken } from './entities/ApiToken.js';
import { TermsAcceptance, TermsOfUse } from './entities/TermsOfUse.js';
import { AuditEvent } from './entities/AuditEvent.js';
import { LoginThrottle } from './entities/LoginThrottle.js';

/** The identity domain's entities, for the ORM configuration. */
export const identityEntities = [User, RoleAssignment, PasswordToken, Session, ApiToken, TermsOfUse, TermsAcceptance, AuditEvent, LoginThrottle];
export { hashPassword, verifyPassword } from './rules/password-hash.js';
export { checkPassword, isCommonPassword, PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, type PasswordViolation } from './rules/password-policy.js';
export { newSecretToken, hashSecretToken } from './rules/secret-token.js';
export { ApiScope, ROLE_PERMISSIONS, PERMISSION_SCOPE, permissionsOn, reachRoots, canGrant, type Grant } from './rules/access.js';
export { LOGIN_POLICY, ADDRESS_POLICY, decide as decideThrottle, recordFailure as recordThrottleFailure, delayAfter, type ThrottlePolicy, type ThrottleState, type ThrottleDecision } from './rules/login-throttle.js';
export { type IdentitySettings } from './settings.js';
export { passwordSetupMail, passwordResetMail } from './mail/messages.js';
export { AuditAction, audit, type AuditEntry } from './services/audit.js';
export { openSession, resolveSession, revokeSessions, revokeSession, type ClientInfo } from './services/sessions.js';
export { loadViewer } from './services/viewer.js';
export { latestTerms, hasAcceptedLatestTerms, acceptTerms } from './services/terms.js';
export { logIn, INVALID_CREDENTIALS } from './services/authentication.js';
export { issuePasswordLink, retireUnusedLinks, setPasswordFromLink, sendPasswordReset, passwordLink, PASSWORD_PAGE_PATH, PASSWORD_MESSAGES } from './services/password-links.js';
export { AccessControl, notFound } from './services/access-control.js';
export { createUser, updateUser, deactivateUser, managedUser, validateUserInput, type UserInput } from './services/users.js';
export { createApiToken, revokeApiToken, resolveApiToken, validateApiTokenInput, API_TOKEN_PREFIX, type ApiTokenInput } from './services/api-tokens.js';
export { identityResolvers } from './graphql/index.js';
