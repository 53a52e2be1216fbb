import { ApiTokensResolver } from './api-tokens.resolver.js';
import { ApiTokenUsageResolver } from './api-usage.resolver.js';
import { AuditResolver } from './audit.resolver.js';
import { CustomerCreateResolver } from './customer-create.resolver.js';
import { PasswordResolver } from './password.resolver.js';
import { SecondFactorResolver } from './second-factor.resolver.js';
import { SessionResolver } from './session.resolver.js';
import { TermsResolver } from './terms.resolver.js';
import { UsersResolver } from './users.resolver.js';

/** The identity domain's GraphQL resolvers, for the gateway's schema. */
export const identityResolvers = [SessionResolver, PasswordResolver, TermsResolver, UsersResolver, ApiTokensResolver, ApiTokenUsageResolver, AuditResolver, SecondFactorResolver, CustomerCreateResolver] as const;
