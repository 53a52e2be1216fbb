import { type EntityManager } from '@mikro-orm/core';
import { DomainError, MAX_PAGE_SIZE, Permission, cursorInvalid, decodeCursor, type Access } from '@portal/kernel';
import { OcService } from '../entities/OcService.js';
import { ServiceKind, ServiceState } from '../enums.js';

/** Filters of "Consulter les services d'un client". */
export interface ServiceFilter {
  kinds?: ServiceKind[] | null;
  states?: ServiceState[] | null;
  /** The number, line or trunk contains this. */
  identifier?: string | null;
}

/** SQL conditions on `oc_service s join contracted_offer oc`: the services of the OCs the company uses. */
export function serviceConditions(companyId: number, filter: ServiceFilter): { text: string; params: unknown[] } {
  const parts = ['oc.end_customer_id = ?'];
  const params: unknown[] = [companyId];
  if (filter.kinds?.length) {
    parts.push(`s.kind in (${filter.kinds.map(() => '?').join(', ')})`);
    params.push(...filter.kinds);
  }
  if (filter.states?.length) {
    parts.push(`s.state in (${filter.states.map(() => '?').join(', ')})`);
    params.push(...filter.states);
  }
  if (filter.identifier?.trim()) {
    if (filter.identifier.length > 40) throw new DomainError('TOO_LONG', 'Au plus 40 caractères.', ['filter', 'identifier']);
    parts.push("s.identifier ilike ? escape '\\'");
    params.push(`%${filter.identifier.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  return { text: parts.join(' and '), params };
}

/**
 * A page of the services of a company in reach, by identifier, with their OC and site loaded:
 * three statements whatever the page size.
 */
export async function listCustomerServices(
  em: EntityManager,
  access: Access,
  input: { companyId: number; filter: ServiceFilter; first: number; after: string | null; withTotal?: boolean },
): Promise<{ rows: OcService[]; totalCount: number | null }> {
  await access.require(input.companyId, Permission.OFFERS_READ, 'Société', ['companyId']);
  if (!Number.isInteger(input.first) || input.first < 1 || input.first > MAX_PAGE_SIZE) {
    throw new DomainError('FIRST_OUT_OF_RANGE', `first va de 1 à ${MAX_PAGE_SIZE}.`, ['first']);
  }
  const where = serviceConditions(input.companyId, input.filter);
  let keyset = '';
  const keyParams: unknown[] = [];
  if (input.after) {
    const values = decodeCursor(input.after, ['text', 'id']);
    if (!values) throw cursorInvalid();
    keyset = ' and (s.identifier, s.id) > (?, ?)';
    keyParams.push(values[0], values[1]);
  }
  const conn = em.getConnection();
  const [ids, total] = await Promise.all([
    conn.execute(
      `select s.id from oc_service s join contracted_offer oc on oc.id = s.contracted_offer_id where ${where.text}${keyset} order by s.identifier, s.id limit ${input.first + 1}`,
      [...where.params, ...keyParams],
    ) as Promise<{ id: number }[]>,
    input.withTotal === false
      ? Promise.resolve(null)
      : (conn.execute(`select count(*)::int as n from oc_service s join contracted_offer oc on oc.id = s.contracted_offer_id where ${where.text}`, where.params) as Promise<{ n: number }[]>),
  ]);
  const rows = ids.length
    ? await em.find(OcService, { id: { $in: ids.map((r) => r.id) } }, { populate: ['contractedOffer', 'contractedOffer.site', 'contractedOffer.salesAdmin', 'contractedOffer.order'], orderBy: { identifier: 'asc', id: 'asc' } })
    : [];
  return { rows, totalCount: total ? Number(total[0]!.n) : null };
}
