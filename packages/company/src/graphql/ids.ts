import { DomainError, fromGlobalId } from '@portal/kernel';

/** The database id behind a global id of the given type, or NOT_FOUND on that field. */
export function idOf(type: string, value: string, field: string[], what: string): number {
  const id = fromGlobalId(value, type);
  if (id === null) throw new DomainError('NOT_FOUND', `${what} introuvable.`, field);
  return id;
}
