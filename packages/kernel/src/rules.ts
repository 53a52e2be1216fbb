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
 * - MEMBER: a signed-in caller who accepted the terms; the resolver then checks the reach of the
 *   company it touches with `permission`.
 * - WITHIN_PARENT: a field of an object the caller already reached, that stays within the same
 *   company (its resolver must not cross to another company without its own check).
 */
export type AccessRule =
  | { kind: 'PUBLIC' }
  | { kind: 'SIGNED_IN' }
  | { kind: 'MEMBER'; permission: Permission }
  | { kind: 'WITHIN_PARENT'; reason: string };

const rule = (access: AccessRule) => Extensions({ access });
export const Public = () => rule({ kind: 'PUBLIC' });
export const SignedIn = () => rule({ kind: 'SIGNED_IN' });
export const Member = (permission: Permission) => rule({ kind: 'MEMBER', permission });
export const WithinParent = (reason: string) => rule({ kind: 'WITHIN_PARENT', reason });

export const unauthenticated = () =>
  new GraphQLError('Connectez-vous pour continuer.', { extensions: { code: 'UNAUTHENTICATED' } });
export const termsNotAccepted = () =>
  new GraphQLError("Acceptez les conditions d'utilisation pour continuer.", { extensions: { code: 'TERMS_NOT_ACCEPTED' } });

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

/** The global middleware that enforces the rules (deny by default). */
export const accessGuard: MiddlewareFn<PortalContext> = ({ info, context }, next) => {
  const field = info.parentType.getFields()[info.fieldName];
  const access = ruleOf(field);
  if (!access) {
    if (field && needsRule(info.schema, info.parentType.name, field)) {
      throw new GraphQLError(`No access rule on ${info.parentType.name}.${info.fieldName}.`, { extensions: { code: 'FORBIDDEN' } });
    }
    return next();
  }
  switch (access.kind) {
    case 'PUBLIC':
    case 'WITHIN_PARENT':
      return next();
    case 'SIGNED_IN':
      if (!context.viewer) throw unauthenticated();
      return next();
    case 'MEMBER':
      if (!context.viewer) throw unauthenticated();
      if (!context.viewer.termsAccepted) throw termsNotAccepted();
      return next();
  }
};

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
