import { type EntityManager } from '@mikro-orm/core';
import { DomainError, Permission, userError, type Access, type UserError } from '@portal/kernel';
import { Company } from '../entities/Company.js';
import { Site } from '../entities/Site.js';
import { PaymentMethod, SiteState } from '../enums.js';
import { isValidBic, isValidIban, normalizeIban } from '../rules/iban.js';

export interface SiteFields {
  name?: string;
  isHeadOffice?: boolean;
  addressLine1?: string;
  addressLine2?: string | null;
  postalCode?: string;
  city?: string;
  country?: string;
  paymentMethod?: PaymentMethod | null;
  iban?: string | null;
  bic?: string | null;
  sepaMandateReference?: string | null;
}

const PAYMENT_FIELDS = ['paymentMethod', 'iban', 'bic', 'sepaMandateReference'] as const;

/** Checks the fields of a site as they will be after the change; paths are the mutation's input. */
export function validateSite(after: SiteFields): UserError[] {
  const errors: UserError[] = [];
  const required = (value: string | undefined | null, field: string, label: string, max: number) => {
    if (!value?.trim()) errors.push(userError('REQUIRED', `${label} est obligatoire.`, ['input', field]));
    else if (value.length > max) errors.push(userError('TOO_LONG', `${label} fait au plus ${max} caractères.`, ['input', field]));
  };
  required(after.name, 'name', 'Le nom du site', 120);
  required(after.addressLine1, 'addressLine1', "L'adresse", 200);
  required(after.city, 'city', 'La ville', 120);
  if (after.addressLine2 && after.addressLine2.length > 200) errors.push(userError('TOO_LONG', "Le complément d'adresse fait au plus 200 caractères.", ['input', 'addressLine2']));
  const country = after.country ?? 'FR';
  if (!/^[A-Z]{2}$/.test(country)) errors.push(userError('COUNTRY_INVALID', 'Pays : code ISO à deux lettres (FR).', ['input', 'country']));
  if (!after.postalCode?.trim()) errors.push(userError('REQUIRED', 'Le code postal est obligatoire.', ['input', 'postalCode']));
  else if (country === 'FR' ? !/^[0-9]{5}$/.test(after.postalCode) : after.postalCode.length > 10) {
    errors.push(userError('POSTAL_CODE_INVALID', 'Code postal invalide (5 chiffres en France).', ['input', 'postalCode']));
  }
  if (after.iban && !isValidIban(after.iban)) errors.push(userError('IBAN_INVALID', 'IBAN invalide : vérifiez la saisie (clé de contrôle).', ['input', 'iban']));
  if (after.bic && !isValidBic(after.bic)) errors.push(userError('BIC_INVALID', 'BIC invalide : 8 ou 11 caractères (BNPAFRPP).', ['input', 'bic']));
  if (after.sepaMandateReference && after.sepaMandateReference.length > 35) errors.push(userError('TOO_LONG', 'La référence de mandat fait au plus 35 caractères.', ['input', 'sepaMandateReference']));
  if (after.paymentMethod === PaymentMethod.SEPA_DIRECT_DEBIT) {
    if (!after.iban) errors.push(userError('REQUIRED', 'Le prélèvement SEPA demande un IBAN.', ['input', 'iban']));
    if (!after.sepaMandateReference?.trim()) errors.push(userError('REQUIRED', 'Le prélèvement SEPA demande une référence de mandat.', ['input', 'sepaMandateReference']));
  }
  return errors;
}

/** The fields as stored: IBAN and BIC without spaces, upper case; the country upper case. */
export function normalizedSite(fields: SiteFields): SiteFields {
  return {
    ...fields,
    ...(fields.iban ? { iban: normalizeIban(fields.iban) } : {}),
    ...(fields.bic ? { bic: fields.bic.replace(/\s+/g, '').toUpperCase() } : {}),
    ...(fields.country ? { country: fields.country.toUpperCase() } : {}),
  };
}

/** `field` names the id the caller gave: the company's (siteCreate) or the site's (siteUpdate). */
async function checkRights(access: Access, companyId: number, fields: SiteFields, field: string[]): Promise<void> {
  const touchesPayment = PAYMENT_FIELDS.some((f) => fields[f] !== undefined);
  const touchesAddress = Object.keys(fields).some((f) => !(PAYMENT_FIELDS as readonly string[]).includes(f));
  if (touchesAddress) await access.require(companyId, Permission.COMPANY_WRITE, 'Société', field);
  if (touchesPayment) await access.require(companyId, Permission.BILLING_WRITE, 'Société', field);
}

/** Makes `site` the head office, the previous one (if any) stepping down in the same transaction. */
async function takeHeadOffice(em: EntityManager, site: Site): Promise<void> {
  await em.nativeUpdate(Site, { company: site.company.id, isHeadOffice: true, id: { $ne: site.id ?? 0 } }, { isHeadOffice: false });
}

/**
 * Writes a checked site (`validateSite` passed, fields normalized) in the transaction `tx`. The
 * first active site of a company is its head office.
 */
export async function addSite(tx: EntityManager, companyId: number, input: SiteFields): Promise<Site> {
  const active = await tx.count(Site, { company: companyId, state: SiteState.ACTIVE });
  const site = tx.create(Site, {
    company: tx.getReference(Company, companyId),
    name: input.name!.trim(), isHeadOffice: active === 0 || !!input.isHeadOffice,
    addressLine1: input.addressLine1!.trim(), addressLine2: input.addressLine2?.trim() || null,
    postalCode: input.postalCode!.trim(), city: input.city!.trim(), country: input.country ?? 'FR',
    paymentMethod: input.paymentMethod ?? null, iban: input.iban ?? null, bic: input.bic ?? null,
    sepaMandateReference: input.sepaMandateReference?.trim() || null,
  });
  if (site.isHeadOffice) await takeHeadOffice(tx, site);
  await tx.flush();
  return site;
}

/** "Nouveau site". The first site of a company is its head office. */
export async function createSite(em: EntityManager, access: Access, companyId: number, fields: SiteFields): Promise<{ site: Site } | { errors: UserError[] }> {
  await checkRights(access, companyId, fields, ['input', 'companyId']);
  const input = normalizedSite(fields);
  const errors = validateSite(input);
  if (errors.length > 0) return { errors };
  return em.transactional(async (tx) => ({ site: await addSite(tx, companyId, input) }));
}

export async function siteInReach(em: EntityManager, access: Access, siteId: number): Promise<Site> {
  const site = Number.isSafeInteger(siteId) ? await em.findOne(Site, { id: siteId }) : null;
  if (!site || !(await access.can(site.company.id, Permission.COMPANY_READ))) throw new DomainError('NOT_FOUND', 'Site introuvable.', ['input', 'siteId']);
  return site;
}

/** Edits a site; becoming head office moves the title from the previous one. */
export async function updateSite(em: EntityManager, access: Access, siteId: number, fields: SiteFields): Promise<{ site: Site } | { errors: UserError[] }> {
  const site = await siteInReach(em, access, siteId);
  await checkRights(access, site.company.id, fields, ['input', 'siteId']);
  const input = normalizedSite(fields);
  const after: SiteFields = { ...site, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  const errors = validateSite(after);
  if (site.state === SiteState.CLOSED) errors.push(userError('SITE_CLOSED', 'Ce site est fermé.', ['input', 'siteId']));
  if (site.isHeadOffice && input.isHeadOffice === false) errors.push(userError('HEAD_OFFICE_REQUIRED', 'Désignez un autre siège social : la société en garde toujours un.', ['input', 'isHeadOffice']));
  if (errors.length > 0) return { errors };
  return em.transactional(async (tx) => {
    const managed = await tx.findOneOrFail(Site, { id: site.id });
    if (input.isHeadOffice && !managed.isHeadOffice) await takeHeadOffice(tx, managed);
    tx.assign(managed, {
      name: after.name!.trim(), isHeadOffice: after.isHeadOffice ?? managed.isHeadOffice,
      addressLine1: after.addressLine1!.trim(), addressLine2: after.addressLine2?.trim() || null,
      postalCode: after.postalCode!.trim(), city: after.city!.trim(), country: after.country ?? 'FR',
      paymentMethod: after.paymentMethod ?? null, iban: after.iban ?? null, bic: after.bic ?? null,
      sepaMandateReference: after.sepaMandateReference?.trim() || null,
    });
    await tx.flush();
    return { site: managed };
  });
}

/** Closes a site (kept for history); the head office cannot close while it is one. */
export async function closeSite(em: EntityManager, access: Access, siteId: number): Promise<{ site: Site } | { errors: UserError[] }> {
  const site = await siteInReach(em, access, siteId);
  await access.require(site.company.id, Permission.COMPANY_WRITE, 'Site', ['input', 'siteId']);
  if (site.isHeadOffice) return { errors: [userError('HEAD_OFFICE_REQUIRED', "Le siège social ne se ferme pas : désignez d'abord un autre siège.", ['input', 'siteId'])] };
  site.state = SiteState.CLOSED;
  await em.flush();
  return { site };
}
