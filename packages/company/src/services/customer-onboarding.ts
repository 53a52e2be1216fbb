import { type EntityManager } from '@mikro-orm/core';
import { DomainError, userError, type Access, type UserError } from '@portal/kernel';
import { Company } from '../entities/Company.js';
import { CompanyUniverse } from '../entities/CompanyUniverse.js';
import { type LegalForm, Universe } from '../enums.js';
import { companyReference } from '../rules/references.js';
import { isValidSiren } from '../rules/siren.js';
import { isValidWebsite } from '../rules/website.js';
import { universesOf } from './companies.js';
import { createSite, validateSite, type SiteFields } from './sites.js';

/** A new customer company as a reseller or an operator enters it, with its head office. */
export interface NewCustomer {
  legalName: string;
  siren?: string | null;
  legalForm: LegalForm;
  website?: string | null;
  headOffice: Omit<SiteFields, 'isHeadOffice'>;
}

/** Field paths of a nested input's errors, under `input.<prefix>`. */
export const underInput = (errors: UserError[], prefix: string): UserError[] =>
  errors.map((e) => ({ ...e, field: e.field ? ['input', prefix, ...e.field.slice(1)] : e.field }));

/** Whether a company may create customers: resellers and operators do. */
export async function createsCustomers(em: EntityManager, companyId: number): Promise<boolean> {
  const universes = (await universesOf(em, [companyId])).get(companyId) ?? [];
  return universes.includes(Universe.RESELLER) || universes.includes(Universe.OPERATOR);
}

/** Why a new customer is refused (legal name, SIREN, website, head office), with the field at fault; empty when it is fine. */
export function newCustomerProblems(input: NewCustomer): UserError[] {
  const errors: UserError[] = [];
  if (!input.legalName.trim() || input.legalName.length > 200) errors.push(userError('REQUIRED', 'La raison sociale fait de 1 à 200 caractères.', ['input', 'legalName']));
  if (input.siren && !isValidSiren(input.siren)) errors.push(userError('SIREN_INVALID', 'SIREN invalide : 9 chiffres dont une clé de contrôle.', ['input', 'siren']));
  // The same rule as companyUpdate's: an http(s) address (never javascript:…), 300 characters at most.
  if (input.website && !isValidWebsite(input.website)) errors.push(userError('WEBSITE_INVALID', 'Adresse de site internet invalide (https://…).', ['input', 'website']));
  errors.push(...underInput(validateSite({ ...input.headOffice, isHeadOffice: true }), 'headOffice'));
  return errors;
}

async function nextCompanyId(em: EntityManager): Promise<number> {
  const [row] = (await em.getConnection().execute("select nextval(pg_get_serial_sequence('company', 'id')) as id", [], 'all', em.getTransactionContext())) as { id: string }[];
  return Number(row!.id);
}

/**
 * Creates a checked customer (see newCustomerProblems) under `parentId` in the caller's transaction
 * `tx`: the company with its reference, the CLIENT universe, then its head office, whose reach is
 * checked through `reachIn(tx)` (the new company exists only inside the transaction).
 */
export async function createCustomerCompany(tx: EntityManager, reachIn: (tx: EntityManager) => Access, parentId: number, input: NewCustomer, now: Date): Promise<Company> {
  const id = await nextCompanyId(tx);
  const company = tx.create(Company, {
    id, reference: companyReference(id), legalName: input.legalName.trim(), siren: input.siren || null,
    legalForm: input.legalForm, website: input.website?.trim() || null, parent: tx.getReference(Company, parentId), createdAt: now,
  });
  tx.create(CompanyUniverse, { company, universe: Universe.CLIENT, grantedAt: now });
  await tx.flush();
  const site = await createSite(tx, reachIn(tx), id, { ...input.headOffice, isHeadOffice: true });
  if ('errors' in site) throw new DomainError(site.errors[0]!.code, site.errors[0]!.message, ['input', 'headOffice', ...(site.errors[0]!.field ?? []).slice(1)]);
  return company;
}
