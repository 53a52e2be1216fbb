import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { CompanyType, LegalForm, SiteFieldsInput, createCustomerCompany, createsCustomers, newCustomerProblems, underInput } from '@portal/company';
import { DomainError, Member, Permission, UserErrorType, WithinParent, userError, withUserErrors, type PortalContext, type UserError } from '@portal/kernel';
import { Role } from '../enums.js';
import { AccessControl } from '../services/access-control.js';
import { audit } from '../services/audit.js';
import { createUser, validateUserInput } from '../services/users.js';
import { UserType } from './types.js';

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

/**
 * A reseller (or an operator) creates a customer with its head office and its first
 * administrator, in one transaction; the administrator receives the password setup e-mail once
 * it has committed. Onboarding is identity's (a customer comes with its first user); the company
 * and its head office are company's rules (see createCustomerCompany).
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
      if (!(await createsCustomers(ctx.em, parentId))) {
        return { company: null, administrator: null, userErrors: [userError('RESELLER_UNIVERSE_REQUIRED', 'Seuls les revendeurs et opérateurs créent des clients.', null)] };
      }
      const errors: UserError[] = [
        ...newCustomerProblems(input),
        ...underInput(validateUserInput({ ...input.administrator, roles: [Role.ADMINISTRATOR] }), 'administrator'),
      ];
      if (errors.length > 0) return { company: null, administrator: null, userErrors: errors };

      const created = await ctx.em.transactional(async (tx) => {
        // The new company exists only inside this transaction: check reach through it.
        const txAccess = new AccessControl(tx, ctx.viewer!);
        const company = await createCustomerCompany(tx, () => txAccess, parentId, input, ctx.now);
        const admin = await createUser(tx, txAccess, { companyId: company.id, ...input.administrator, roles: [Role.ADMINISTRATOR] }, ctx.settings, ctx.now);
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
