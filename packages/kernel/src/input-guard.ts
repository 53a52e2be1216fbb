import { GraphQLError } from 'graphql';
import { type MiddlewareFn } from 'type-graphql';
import { type PortalContext } from './context.js';

/**
 * Where in the arguments a string is found that no field may hold: a NUL character (PostgreSQL
 * text refuses it; the query would fail) or a lone UTF-16 surrogate (not Unicode at all: it would
 * be stored altered, as U+FFFD, and compare unequal to itself). The path is the argument's, as in
 * userErrors: ["input", "headOffice", "city"], ["input", "contractedOfferIds", "3"].
 */
export function unstorableTextAt(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') || !value.isWellFormed() ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = unstorableTextAt(item, [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = unstorableTextAt(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** The most items any list argument may hold, at any depth (a selection of OCs, ids, states…). */
export const MAX_LIST_ITEMS = 500;

/** Where in the arguments a list holds more than MAX_LIST_ITEMS items; null when none does. */
export function listTooLongAt(value: unknown, path: string[]): string[] | null {
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST_ITEMS) return path;
    for (const [i, item] of value.entries()) {
      const found = listTooLongAt(item, [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = listTooLongAt(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The global middleware that refuses, in any argument of any field and before a resolver sees
 * it, text no column can store (BAD_USER_INPUT) and a list longer than MAX_LIST_ITEMS
 * (TOO_MANY_VALUES), each with `field`, the path of the value at fault. Runs after the access
 * guard, so that an anonymous caller still learns only that they must sign in.
 */
export const storableTextGuard: MiddlewareFn<PortalContext> = ({ args }, next) => {
  for (const [name, value] of Object.entries(args ?? {})) {
    const tooLong = listTooLongAt(value, [name]);
    if (tooLong) {
      throw new GraphQLError(`Au plus ${MAX_LIST_ITEMS} valeurs par liste.`, { extensions: { code: 'TOO_MANY_VALUES', field: tooLong } });
    }
    const field = unstorableTextAt(value, [name]);
    if (field) {
      throw new GraphQLError('Ce texte contient un caractère non autorisé (caractère nul ou Unicode invalide).', { extensions: { code: 'BAD_USER_INPUT', field } });
    }
  }
  return next();
};
