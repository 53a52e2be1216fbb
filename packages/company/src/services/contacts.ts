import { type EntityManager } from '@mikro-orm/core';
import { DomainError, Permission, userError, type Access, type UserError } from '@portal/kernel';
import { Company } from '../entities/Company.js';
import { Contact } from '../entities/Contact.js';

export interface ContactFields {
  firstName?: string;
  lastName?: string;
  function?: string | null;
  email?: string | null;
  phone?: string | null;
}

export function validateContact(after: ContactFields): UserError[] {
  const errors: UserError[] = [];
  for (const [field, label] of [['firstName', 'Le prénom'], ['lastName', 'Le nom']] as const) {
    const value = after[field];
    if (!value?.trim()) errors.push(userError('REQUIRED', `${label} est obligatoire.`, ['input', field]));
    else if (value.length > 100) errors.push(userError('TOO_LONG', `${label} fait au plus 100 caractères.`, ['input', field]));
  }
  // The limits are the columns' (email 254, phone 30 characters, the + included).
  if (after.email && (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(after.email) || after.email.length > 254)) {
    errors.push(userError('EMAIL_INVALID', "L'adresse e-mail n'est pas valide.", ['input', 'email']));
  }
  if (after.phone && (!/^\+?[0-9 .()-]{6,30}$/.test(after.phone) || after.phone.trim().length > 30)) {
    errors.push(userError('PHONE_INVALID', 'Numéro de téléphone invalide (30 caractères au plus).', ['input', 'phone']));
  }
  if (after.function && after.function.length > 60) errors.push(userError('TOO_LONG', 'La fonction fait au plus 60 caractères.', ['input', 'function']));
  return errors;
}

const clean = (f: ContactFields) => ({
  firstName: f.firstName!.trim(), lastName: f.lastName!.trim(),
  function: f.function?.trim() || null, email: f.email?.trim() || null, phone: f.phone?.trim() || null,
});

export async function createContact(em: EntityManager, access: Access, companyId: number, fields: ContactFields): Promise<{ contact: Contact } | { errors: UserError[] }> {
  await access.require(companyId, Permission.COMPANY_WRITE, 'Société', ['input', 'companyId']);
  const errors = validateContact(fields);
  if (errors.length > 0) return { errors };
  const contact = em.create(Contact, { company: em.getReference(Company, companyId), ...clean(fields) });
  await em.flush();
  return { contact };
}

async function contactInReach(em: EntityManager, access: Access, contactId: number): Promise<Contact> {
  const contact = Number.isSafeInteger(contactId) ? await em.findOne(Contact, { id: contactId }) : null;
  if (!contact || !(await access.can(contact.company.id, Permission.COMPANY_READ))) throw new DomainError('NOT_FOUND', 'Contact introuvable.', ['input', 'contactId']);
  await access.require(contact.company.id, Permission.COMPANY_WRITE, 'Contact', ['input', 'contactId']);
  return contact;
}

export async function updateContact(em: EntityManager, access: Access, contactId: number, fields: ContactFields): Promise<{ contact: Contact } | { errors: UserError[] }> {
  const contact = await contactInReach(em, access, contactId);
  const after = { ...contact, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) } as ContactFields;
  const errors = validateContact(after);
  if (errors.length > 0) return { errors };
  em.assign(contact, clean(after));
  await em.flush();
  return { contact };
}

export async function deleteContact(em: EntityManager, access: Access, contactId: number): Promise<void> {
  const contact = await contactInReach(em, access, contactId);
  em.remove(contact);
  await em.flush();
}
