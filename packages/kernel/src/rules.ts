import { GraphQLError, getNamedType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { Extensions, type MiddlewareFn } from 'type-graphql';
import { type PortalContext } from './context.js';
import { type Permission } from './permissions.js';

/**
 * Every root field, and every field that leads to another object, states who may use it. A field
 * without a rule is refused at run time, and a test walks the schema for gaps.
 *
 * - PUBLIC: anyone (log in, set a password from a link).
 * - SIGNED_IN: a signed-in caller, even before accepting the terms (read and accept the terms,
 *   log out, who am I).
 * - SESSION: a caller signed in through a browser session, never an API token: managing one's
 *   sessions and second factors is for the person at the keyboard (a token: FORBIDDEN).
 * - MEMBER: a signed-in caller who accepted the terms; the resolver then checks the reach of the
 *   company it touches with `permission`.
 * - WITHIN_PARENT: a field of an object the caller already reached, that stays within the same
 *   company (its resolver must not cross to another company without its own check).
 * - OF_COMPANY: a field of an object that belongs to a company (the object's `ownerCompanyId`),
 *   served only when the caller holds `permission` on that company, whatever path led to the
 *   object: a company's SIREN or financial status reached as `viewer.user.company`, an invoice's
 *   `company` or a user's `company` needs COMPANY_READ on it, which an API token has only with the
 *   company:read scope. Refused: FORBIDDEN.
 *
 * Besides the rules, the terms gate: until the caller has accepted the newest terms of use
 * (anonymous callers have not), every field of the schema is refused, but those the gate's
 * allow-list names (`accessGuard(openBeforeTerms)`): what the login, the password pages, the
 * terms pop-up, the shell's viewer query and logout need.
 */
export type AccessRule =
  | { kind: 'PUBLIC' }
  | { kind: 'SIGNED_IN' }
  | { kind: 'SESSION' }
  | { kind: 'MEMBER'; permission: Permission }
  | { kind: 'WITHIN_PARENT'; reason: string }
  | { kind: 'OF_COMPANY'; permission: Permission };

/** An object that belongs to one company, for OF_COMPANY fields. */
export interface CompanyOwned {
  readonly ownerCompanyId: number;
}

const rule = (access: AccessRule) => Extensions({ access });
export const Public = () => rule({ kind: 'PUBLIC' });
export const SignedIn = () => rule({ kind: 'SIGNED_IN' });
export const SessionOnly = () => rule({ kind: 'SESSION' });
export const Member = (permission: Permission) => rule({ kind: 'MEMBER', permission });
export const WithinParent = (reason: string) => rule({ kind: 'WITHIN_PARENT', reason });
export const OfCompany = (permission: Permission) => rule({ kind: 'OF_COMPANY', permission });

export const unauthenticated = () =>
  new GraphQLError('Connectez-vous pour continuer.', { extensions: { code: 'UNAUTHENTICATED' } });
export const termsNotAccepted = () =>
  new GraphQLError("Acceptez les conditions d'utilisation pour continuer.", { extensions: { code: 'TERMS_NOT_ACCEPTED' } });
export const secondFactorSetupRequired = () =>
  new GraphQLError('Votre société exige la double authentification : configurez-la pour continuer.', { extensions: { code: 'SECOND_FACTOR_REQUIRED' } });
const sessionRequired = () =>
  new GraphQLError('Cette opération se fait dans une session du portail, pas avec un jeton d’API.', { extensions: { code: 'FORBIDDEN' } });
const companyDataForbidden = () =>
  new GraphQLError('Vos droits ne permettent pas de lire ces informations de la société.', { extensions: { code: 'FORBIDDEN' } });

function ruleOf(field: GraphQLField<unknown, unknown> | undefined): AccessRule | undefined {
  return (field?.extensions as { access?: AccessRule } | undefined)?.access;
}

/**
 * Object types that carry no company data of their own (an error, a page position): a field
 * leading to them needs no rule of its own.
 */
const VALUE_TYPES = new Set(['UserError', 'PageInfo']);

function needsRule(schema: GraphQLSchema, parentTypeName: string, field: GraphQLField<unknown, unknown>): boolean {
  const roots = [schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name];
  if (roots.includes(parentTypeName) || field.args.length > 0) return true;
  const target = getNamedType(field.type);
  return isObjectType(target) && !VALUE_TYPES.has(target.name);
}

/** "Type.field" of a field. */
export const coordinate = (typeName: string, fieldName: string) => `${typeName}.${fieldName}`;

/**
 * The global middleware that enforces the rules and the terms gate, both deny by default: a field
 * that needs a rule and has none is refused; before the newest terms are accepted, every field
 * but those of `openBeforeTerms` ("Type.field") is refused. A caller whose company requires a
 * second factor they have not set up is served only those and `openBeforeSecondFactor`.
 */
export function accessGuard(openBeforeTerms: ReadonlySet<string>, openBeforeSecondFactor: ReadonlySet<string> = new Set()): MiddlewareFn<PortalContext> {
  return ({ info, context, root }, next) => {
    const field = info.parentType.getFields()[info.fieldName];
    const access = ruleOf(field);
    if (!access && field && needsRule(info.schema, info.parentType.name, field)) {
      throw new GraphQLError(`No access rule on ${info.parentType.name}.${info.fieldName}.`, { extensions: { code: 'FORBIDDEN' } });
    }
    if ((access?.kind === 'SIGNED_IN' || access?.kind === 'SESSION' || access?.kind === 'MEMBER' || access?.kind === 'OF_COMPANY') && !context.viewer) throw unauthenticated();
    if (access?.kind === 'SESSION' && !context.viewer?.sessionId) throw sessionRequired();
    const here = coordinate(info.parentType.name, info.fieldName);
    if (!openBeforeTerms.has(here)) {
      if (!context.viewer?.termsAccepted) throw context.viewer ? termsNotAccepted() : unauthenticated();
      if (context.viewer.secondFactorSetupRequired && !openBeforeSecondFactor.has(here)) throw secondFactorSetupRequired();
    }
    if (access?.kind === 'OF_COMPANY') {
      const owner = (root as Partial<CompanyOwned> | null)?.ownerCompanyId;
      if (typeof owner !== 'number' || !context.access) throw companyDataForbidden();
      return context.access.can(owner, access.permission).then((allowed) => {
        if (!allowed) throw companyDataForbidden();
        return next();
      });
    }
    return next();
  };
}

/** The fields of the schema open before the terms are accepted, as "Type.field" (the allow-list that exists). */
export function fieldsOpenBeforeTerms(schema: GraphQLSchema, openBeforeTerms: ReadonlySet<string>): { open: string[]; unknown: string[] } {
  const all = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const name of Object.keys(type.getFields())) all.add(coordinate(type.name, name));
  }
  return { open: [...openBeforeTerms].filter((c) => all.has(c)).sort(), unknown: [...openBeforeTerms].filter((c) => !all.has(c)).sort() };
}

/** Fields that should state a rule and do not: "Type.field" names. */
export function accessRuleGaps(schema: GraphQLSchema): string[] {
  const gaps: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (needsRule(schema, type.name, field) && !ruleOf(field)) gaps.push(`${type.name}.${field.name}`);
    }
  }
  return gaps.sort();
}

/** The rule of every root field, for documentation and tests. */
export function rootRules(schema: GraphQLSchema): Record<string, AccessRule | undefined> {
  const result: Record<string, AccessRule | undefined> = {};
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) result[`${root.name}.${field.name}`] = ruleOf(field);
  }
  return result;
}
