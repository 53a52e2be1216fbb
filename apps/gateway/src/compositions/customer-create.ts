import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { type EntityManager } from '@mikro-orm/core';
import {
  Company, CompanyType, CompanyUniverse, LegalForm, SiteFieldsInput, Universe, createSite, isValidSiren, isValidWebsite, universesOf, validateSite,
} from '@portal/company';
import { AccessControl, Role, UserType, audit, createUser, validateUserInput } from '@portal/identity';
import { DomainError, Member, Permission, UserErrorType, WithinParent, userError, withUserErrors, type PortalContext, type UserError } from '@portal/kernel';

@InputType({ description: 'The first administrator of a new customer: they receive the password setup e-mail.' })
class FirstAdministratorInput {
  @Field({ description: 'Prénom.' })
  firstName!: string;

  @Field({ description: 'Nom.' })
  lastName!: string;

  @Field({ description: 'E-mail address.' })
  email!: string;
}

@InputType({ description: 'A new customer company, created under the caller\'s company.' })
class CustomerCreateInput {
  @Field({ description: 'Raison sociale.' })
  legalName!: string;

  @Field(() => String, { nullable: true, description: 'SIREN (9 digits with its check digit); none for bodies that have none.' })
  siren?: string | null;

  @Field(() => LegalForm, { description: 'Statut juridique.' })
  legalForm!: LegalForm;

  @Field(() => String, { nullable: true, description: 'Site internet.' })
  website?: string | null;

  @Field(() => SiteFieldsInput, { description: 'The head office ("Siège Social"): address and payment details.' })
  headOffice!: SiteFieldsInput;

  @Field(() => FirstAdministratorInput, { description: 'The customer\'s first administrator.' })
  administrator!: FirstAdministratorInput;
}

@ObjectType({ description: 'Result of customerCreate.' })
class CustomerCreatePayload {
  @Field(() => CompanyType, { nullable: true, description: 'The new customer.' })
  @WithinParent('created under the caller\'s company')
  company!: CompanyType | null;

  @Field(() => UserType, { nullable: true, description: 'Its first administrator (state PENDING_SETUP until the link is used).' })
  @WithinParent('the administrator of the new customer')
  administrator!: UserType | null;

  @Field(() => [UserErrorType], { description: 'Why the customer was refused, with the field at fault.' })
  userErrors!: UserErrorType[];
}

const prefixed = (errors: UserError[], prefix: string): UserError[] =>
  errors.map((e) => ({ ...e, field: e.field ? ['input', prefix, ...e.field.slice(1)] : e.field }));

async function nextCompanyId(em: EntityManager): Promise<number> {
  const [row] = (await em.getConnection().execute("select nextval(pg_get_serial_sequence('company', 'id')) as id", [], 'all', em.getTransactionContext())) as { id: string }[];
  return Number(row!.id);
}

/**
 * A reseller (or an operator) creates a customer with its head office and its first
 * administrator, in one transaction; the administrator receives the password setup e-mail once
 * it has committed. Composed here because it spans the company and identity domains.
 */
@Resolver()
export class CustomerCreateResolver {
  @Mutation(() => CustomerCreatePayload, { description: 'Creates a customer company under the caller\'s company (resellers and operators), with its head office and first administrator.' })
  @Member(Permission.COMPANY_WRITE)
  customerCreate(@Arg('input', () => CustomerCreateInput, { description: 'The customer.' }) input: CustomerCreateInput, @Ctx() ctx: PortalContext): Promise<CustomerCreatePayload> {
    const access = ctx.access!;
    const parentId = ctx.viewer!.companyId;
    return withUserErrors<CustomerCreatePayload>(async () => {
      await access.require(parentId, Permission.USERS_MANAGE, 'Société');
      const universes = (await universesOf(ctx.em, [parentId])).get(parentId) ?? [];
      if (!universes.includes(Universe.RESELLER) && !universes.includes(Universe.OPERATOR)) {
        return { company: null, administrator: null, userErrors: [userError('RESELLER_UNIVERSE_REQUIRED', 'Seuls les revendeurs et opérateurs créent des clients.', null)] };
      }
      const errors: UserError[] = [];
      if (!input.legalName.trim() || input.legalName.length > 200) errors.push(userError('REQUIRED', 'La raison sociale fait de 1 à 200 caractères.', ['input', 'legalName']));
      if (input.siren && !isValidSiren(input.siren)) errors.push(userError('SIREN_INVALID', 'SIREN invalide : 9 chiffres dont une clé de contrôle.', ['input', 'siren']));
      // The same rule as companyUpdate's: an http(s) address (never javascript:…), 300 characters at most.
      if (input.website && !isValidWebsite(input.website)) errors.push(userError('WEBSITE_INVALID', 'Adresse de site internet invalide (https://…).', ['input', 'website']));
      errors.push(...prefixed(validateSite({ ...input.headOffice, isHeadOffice: true }), 'headOffice'));
      errors.push(...prefixed(validateUserInput({ ...input.administrator, roles: [Role.ADMINISTRATOR] }), 'administrator'));
      if (errors.length > 0) return { company: null, administrator: null, userErrors: errors };

      const created = await ctx.em.transactional(async (tx) => {
        const id = await nextCompanyId(tx);
        const company = tx.create(Company, {
          id, reference: `OIP-${String(id).padStart(8, '0')}`, legalName: input.legalName.trim(), siren: input.siren || null,
          legalForm: input.legalForm, website: input.website?.trim() || null, parent: tx.getReference(Company, parentId), createdAt: ctx.now,
        });
        tx.create(CompanyUniverse, { company, universe: Universe.CLIENT, grantedAt: ctx.now });
        await tx.flush();
        // The new company exists only inside this transaction: check reach through it.
        const txAccess = new AccessControl(tx, ctx.viewer!);
        const site = await createSite(tx, txAccess, id, { ...input.headOffice, isHeadOffice: true });
        if ('errors' in site) throw new DomainError(site.errors[0]!.code, site.errors[0]!.message, ['input', 'headOffice', ...(site.errors[0]!.field ?? []).slice(1)]);
        const admin = await createUser(tx, txAccess, { companyId: id, ...input.administrator, roles: [Role.ADMINISTRATOR] }, ctx.settings, ctx.now);
        if ('errors' in admin) throw new DomainError(admin.errors[0]!.code, admin.errors[0]!.message, ['input', 'administrator', ...(admin.errors[0]!.field ?? []).slice(1)]);
        audit(tx, { action: 'COMPANY_CREATED', actorId: ctx.viewer!.userId, companyId: parentId, targetType: 'Company', targetId: company.reference, at: ctx.now });
        return { company, admin };
      });
      const mail = created.admin.mail;
      ctx.background(() => ctx.mailer.send(mail));
      await ctx.em.populate(created.admin.user, ['company']);
      return {
        company: CompanyType.from(created.company),
        administrator: UserType.from(created.admin.user, [Role.ADMINISTRATOR]),
        userErrors: [],
      };
    }, { company: null, administrator: null });
  }
}
