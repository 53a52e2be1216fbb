import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Member, Permission, UserErrorType, WithinParent, toGlobalId, withUserErrors, type PortalContext } from '@portal/kernel';
import { type Site } from '../entities/Site.js';
import { addResellerUniverse, updateCompany } from '../services/companies.js';
import { createContact, deleteContact, updateContact } from '../services/contacts.js';
import { closeSite, createSite, updateSite } from '../services/sites.js';
import { CompanyType } from './CompanyType.js';
import { idOf } from './ids.js';
import {
  CompanyUpdateInput, ContactCreateInput, ContactDeleteInput, ContactUpdateInput, SiteCloseInput, SiteCreateInput,
  SiteUpdateInput, UniverseAddResellerInput,
} from './inputs.js';
import { ContactType, SiteType } from './types.js';

@ObjectType({ description: 'Result of a company mutation.' })
class CompanyPayload {
  @Field(() => CompanyType, { nullable: true, description: 'The company as saved; null when refused.' })
  @WithinParent('the company was checked against the reach rule')
  company!: CompanyType | null;

  @Field(() => [UserErrorType], { description: 'Why the change was refused, with the field at fault (PROVIDER_ONLY for SIREN, financial status, guarantee).' })
  userErrors!: UserErrorType[];
}

@ObjectType({ description: 'Result of a site mutation.' })
class SitePayload {
  @Field(() => SiteType, { nullable: true, description: 'The site as saved; null when refused.' })
  @WithinParent('the site was checked against the reach rule')
  site!: SiteType | null;

  @Field(() => [UserErrorType], { description: 'Why the change was refused (IBAN_INVALID, BIC_INVALID, HEAD_OFFICE_REQUIRED…).' })
  userErrors!: UserErrorType[];
}

@ObjectType({ description: 'Result of a contact mutation.' })
class ContactPayload {
  @Field(() => ContactType, { nullable: true, description: 'The contact as saved; null when refused.' })
  @WithinParent('the contact was checked against the reach rule')
  contact!: ContactType | null;

  @Field(() => [UserErrorType], { description: 'Why the change was refused.' })
  userErrors!: UserErrorType[];
}

@ObjectType({ description: 'Result of contactDelete.' })
class ContactDeletePayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted contact.' })
  deletedContactId!: string | null;

  @Field(() => [UserErrorType], { description: 'Why the deletion was refused.' })
  userErrors!: UserErrorType[];
}

const companyArg = (value: string) => idOf('Company', value, ['input', 'companyId'], 'Société');
const siteArg = (value: string) => idOf('Site', value, ['input', 'siteId'], 'Site');
const contactArg = (value: string) => idOf('Contact', value, ['input', 'contactId'], 'Contact');

async function siteType(ctx: PortalContext, site: Site): Promise<SiteType> {
  const perms = await ctx.access!.permissionsOn(site.company.id);
  return SiteType.forCaller(site, perms);
}

/** Keeps only the fields the caller sent (undefined = leave as is). */
function sent<T extends object>(input: T, keys: readonly (keyof T)[]): Partial<T> {
  return Object.fromEntries(keys.filter((k) => input[k] !== undefined).map((k) => [k, input[k]])) as Partial<T>;
}

const SITE_KEYS = ['name', 'isHeadOffice', 'addressLine1', 'addressLine2', 'postalCode', 'city', 'country', 'paymentMethod', 'iban', 'bic', 'sepaMandateReference'] as const;
const CONTACT_KEYS = ['firstName', 'lastName', 'function', 'email', 'phone'] as const;

@Resolver()
export class CompanyMutationsResolver {
  @Mutation(() => CompanyPayload, { description: 'Edits a company: comment and website for its administrators; SIREN, financial status, guarantee and electronic address for its provider only; the VAT-on-debits option for the issuer itself.' })
  @Member(Permission.COMPANY_WRITE)
  companyUpdate(@Arg('input', () => CompanyUpdateInput, { description: 'The changes.' }) input: CompanyUpdateInput, @Ctx() ctx: PortalContext): Promise<CompanyPayload> {
    return withUserErrors<CompanyPayload>(async () => {
      const result = await updateCompany(ctx.em, ctx.access!, companyArg(input.companyId), sent(input, ['comment', 'website', 'siren', 'financialStatus', 'guaranteeType', 'electronicAddress', 'vatOnDebits']));
      return 'errors' in result ? { company: null, userErrors: result.errors } : { company: CompanyType.from(result.company), userErrors: [] };
    }, { company: null });
  }

  @Mutation(() => SitePayload, { description: '"Nouveau site": adds a site; the first one is the head office.' })
  @Member(Permission.COMPANY_WRITE)
  siteCreate(@Arg('input', () => SiteCreateInput, { description: 'The site.' }) input: SiteCreateInput, @Ctx() ctx: PortalContext): Promise<SitePayload> {
    return withUserErrors<SitePayload>(async () => {
      const result = await createSite(ctx.em, ctx.access!, companyArg(input.companyId), sent(input, SITE_KEYS));
      return 'errors' in result ? { site: null, userErrors: result.errors } : { site: await siteType(ctx, result.site), userErrors: [] };
    }, { site: null });
  }

  @Mutation(() => SitePayload, { description: 'Edits a site: address (company administrators) and payment details (administrators and billing users).' })
  @Member(Permission.COMPANY_READ)
  siteUpdate(@Arg('input', () => SiteUpdateInput, { description: 'The changes.' }) input: SiteUpdateInput, @Ctx() ctx: PortalContext): Promise<SitePayload> {
    return withUserErrors<SitePayload>(async () => {
      const result = await updateSite(ctx.em, ctx.access!, siteArg(input.siteId), sent(input, SITE_KEYS));
      return 'errors' in result ? { site: null, userErrors: result.errors } : { site: await siteType(ctx, result.site), userErrors: [] };
    }, { site: null });
  }

  @Mutation(() => SitePayload, { description: 'Closes a site (kept for history); not the head office.' })
  @Member(Permission.COMPANY_WRITE)
  siteClose(@Arg('input', () => SiteCloseInput, { description: 'The site.' }) input: SiteCloseInput, @Ctx() ctx: PortalContext): Promise<SitePayload> {
    return withUserErrors<SitePayload>(async () => {
      const result = await closeSite(ctx.em, ctx.access!, siteArg(input.siteId));
      return 'errors' in result ? { site: null, userErrors: result.errors } : { site: await siteType(ctx, result.site), userErrors: [] };
    }, { site: null });
  }

  @Mutation(() => ContactPayload, { description: 'Adds a contact to a company.' })
  @Member(Permission.COMPANY_WRITE)
  contactCreate(@Arg('input', () => ContactCreateInput, { description: 'The contact.' }) input: ContactCreateInput, @Ctx() ctx: PortalContext): Promise<ContactPayload> {
    return withUserErrors<ContactPayload>(async () => {
      const result = await createContact(ctx.em, ctx.access!, companyArg(input.companyId), sent(input, CONTACT_KEYS));
      return 'errors' in result ? { contact: null, userErrors: result.errors } : { contact: ContactType.from(result.contact), userErrors: [] };
    }, { contact: null });
  }

  @Mutation(() => ContactPayload, { description: 'Edits a contact.' })
  @Member(Permission.COMPANY_WRITE)
  contactUpdate(@Arg('input', () => ContactUpdateInput, { description: 'The changes.' }) input: ContactUpdateInput, @Ctx() ctx: PortalContext): Promise<ContactPayload> {
    return withUserErrors<ContactPayload>(async () => {
      const result = await updateContact(ctx.em, ctx.access!, contactArg(input.contactId), sent(input, CONTACT_KEYS));
      return 'errors' in result ? { contact: null, userErrors: result.errors } : { contact: ContactType.from(result.contact), userErrors: [] };
    }, { contact: null });
  }

  @Mutation(() => ContactDeletePayload, { description: 'Deletes a contact.' })
  @Member(Permission.COMPANY_WRITE)
  contactDelete(@Arg('input', () => ContactDeleteInput, { description: 'The contact.' }) input: ContactDeleteInput, @Ctx() ctx: PortalContext): Promise<ContactDeletePayload> {
    return withUserErrors<ContactDeletePayload>(async () => {
      const id = contactArg(input.contactId);
      await deleteContact(ctx.em, ctx.access!, id);
      return { deletedContactId: toGlobalId('Contact', id), userErrors: [] };
    }, { deletedContactId: null });
  }

  @Mutation(() => CompanyPayload, { description: '"Ajouter un univers revendeur": the company\'s operator lets it manage customers of its own.' })
  @Member(Permission.COMPANY_WRITE)
  universeAddReseller(@Arg('input', () => UniverseAddResellerInput, { description: 'The company.' }) input: UniverseAddResellerInput, @Ctx() ctx: PortalContext): Promise<CompanyPayload> {
    return withUserErrors<CompanyPayload>(async () => {
      const result = await addResellerUniverse(ctx.em, ctx.access!, companyArg(input.companyId), ctx.now);
      return 'errors' in result ? { company: null, userErrors: result.errors } : { company: CompanyType.from(result.company), userErrors: [] };
    }, { company: null });
  }
}
