import { type EntityManager } from '@mikro-orm/core';
import { DomainError, Permission, userError, type Access, type UserError } from '@portal/kernel';
import { Company } from '../entities/Company.js';
import { CompanyUniverse } from '../entities/CompanyUniverse.js';
import { FinancialStatus, GuaranteeType, Universe } from '../enums.js';
import { isValidSiren } from '../rules/siren.js';
import { isValidWebsite } from '../rules/website.js';

/** A company the caller may read with this permission; "not found" otherwise. */
export async function companyInReach(em: EntityManager, access: Access, companyId: number, permission = Permission.COMPANY_READ, field: string[] | null = null): Promise<Company> {
  await access.require(companyId, permission, 'Société', field);
  const company = await em.findOne(Company, { id: companyId });
  if (!company) throw new DomainError('NOT_FOUND', 'Société introuvable.', field);
  return company;
}

/**
 * Whether the caller acts as the provider of a company: an administrator of an operator
 * strictly above it in the management tree. Only the provider changes the SIREN, the financial
 * status, the guarantee, and grants the reseller universe.
 */
export async function isProviderOf(em: EntityManager, access: Access, companyId: number): Promise<boolean> {
  if (access.viewer.apiTokenId && !access.viewer.scopes?.includes('company:write')) return false;
  const rows = (await em.getConnection().execute(
    `select 1 from company_tree t join company_universe u on u.company_id = t.ancestor_id and u.universe = 'OPERATOR'
     where t.descendant_id = ? and t.depth > 0 and t.ancestor_id = ?`,
    [companyId, access.viewer.companyId],
  )) as unknown[];
  return rows.length > 0 && (await access.can(access.viewer.companyId, Permission.USERS_MANAGE));
}

export interface CompanyChanges {
  comment?: string | null;
  website?: string | null;
  siren?: string | null;
  financialStatus?: FinancialStatus | null;
  guaranteeType?: GuaranteeType | null;
  electronicAddress?: string | null;
  vatOnDebits?: boolean | null;
}

/** Changes the editable parts of a company; provider-only fields are refused to everyone else. */
export async function updateCompany(
  em: EntityManager,
  access: Access,
  companyId: number,
  changes: CompanyChanges,
): Promise<{ company: Company } | { errors: UserError[] }> {
  const company = await companyInReach(em, access, companyId, Permission.COMPANY_WRITE, ['input', 'companyId']);
  const errors: UserError[] = [];
  const providerFields = (['siren', 'financialStatus', 'guaranteeType', 'electronicAddress'] as const).filter((f) => changes[f] !== undefined);
  if (providerFields.length > 0 && !(await isProviderOf(em, access, companyId))) {
    for (const f of providerFields) errors.push(userError('PROVIDER_ONLY', 'Seul votre fournisseur peut modifier cette information.', ['input', f]));
  }
  if (changes.comment != null && changes.comment.length > 2000) errors.push(userError('TOO_LONG', 'Le commentaire fait au plus 2000 caractères.', ['input', 'comment']));
  if (changes.website != null && changes.website !== '' && !isValidWebsite(changes.website)) {
    errors.push(userError('WEBSITE_INVALID', 'Adresse de site internet invalide (https://…).', ['input', 'website']));
  }
  if (changes.siren != null && !isValidSiren(changes.siren)) errors.push(userError('SIREN_INVALID', 'SIREN invalide : 9 chiffres dont une clé de contrôle.', ['input', 'siren']));
  if (changes.electronicAddress != null && changes.electronicAddress !== '' && !/^[A-Za-z0-9+\-_/.@]{1,125}$/.test(changes.electronicAddress.trim())) {
    errors.push(userError('ELECTRONIC_ADDRESS_INVALID', 'Adresse électronique de facturation invalide : lettres, chiffres et + - _ / . @, 125 caractères au plus.', ['input', 'electronicAddress']));
  }
  if (changes.financialStatus === null) errors.push(userError('REQUIRED', 'La situation financière est obligatoire.', ['input', 'financialStatus']));
  if (changes.guaranteeType === null) errors.push(userError('REQUIRED', 'Le type de garantie est obligatoire.', ['input', 'guaranteeType']));
  // The option is the issuer's own tax choice: the top company of the tree (the operator), for itself.
  if (changes.vatOnDebits !== undefined && (companyId !== access.viewer.companyId || company.parent)) {
    errors.push(userError('ISSUER_ONLY', 'Seul l’émetteur des factures choisit, pour lui-même, l’option pour la TVA d’après les débits.', ['input', 'vatOnDebits']));
  }
  if (changes.vatOnDebits === null) errors.push(userError('REQUIRED', 'L’option pour la TVA d’après les débits est oui ou non.', ['input', 'vatOnDebits']));
  if (errors.length > 0) return { errors };
  if (changes.comment !== undefined) company.comment = changes.comment?.trim() || null;
  if (changes.website !== undefined) company.website = changes.website?.trim() || null;
  if (changes.siren !== undefined) company.siren = changes.siren;
  if (changes.financialStatus) company.financialStatus = changes.financialStatus;
  if (changes.guaranteeType) company.guaranteeType = changes.guaranteeType;
  if (changes.electronicAddress !== undefined) company.electronicAddress = changes.electronicAddress?.trim() || null;
  if (typeof changes.vatOnDebits === 'boolean') company.vatOnDebits = changes.vatOnDebits;
  await em.flush();
  return { company };
}

export async function universesOf(em: EntityManager, companyIds: readonly number[]): Promise<Map<number, Universe[]>> {
  const map = new Map<number, Universe[]>(companyIds.map((id) => [id, []]));
  if (companyIds.length === 0) return map;
  const rows = await em.find(CompanyUniverse, { company: { $in: [...companyIds] } }, { orderBy: { universe: 'asc' } });
  for (const row of rows) map.get(row.company.id)?.push(row.universe);
  return map;
}

/** "Ajouter un univers revendeur": granted by the provider (an operator above the company). */
export async function addResellerUniverse(em: EntityManager, access: Access, companyId: number, now: Date): Promise<{ company: Company } | { errors: UserError[] }> {
  const company = await companyInReach(em, access, companyId, Permission.COMPANY_READ, ['input', 'companyId']);
  if (!(await isProviderOf(em, access, companyId))) {
    return { errors: [userError('PROVIDER_ONLY', "Seul l'opérateur de la société peut lui ouvrir l'univers revendeur.", ['input', 'companyId'])] };
  }
  await em.getConnection().execute(
    `insert into company_universe (company_id, universe, granted_at) values (?, 'RESELLER', ?) on conflict do nothing`,
    [companyId, now],
  );
  return { company };
}
