import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Member, Permission, WithinParent, fromGlobalId, orGraphQLError, pageFrom, type PortalContext } from '@portal/kernel';
import { Company } from '../entities/Company.js';
import { Contact } from '../entities/Contact.js';
import { Site } from '../entities/Site.js';
import { SiteState, Universe } from '../enums.js';
import { universesOf } from '../services/companies.js';
import { CustomerSortField, SortDirection, managementPaths, searchCustomers } from '../services/customer-search.js';
import { CompanyType } from './CompanyType.js';
import { CustomerFilterInput, CustomerOrderInput } from './inputs.js';
import { ContactType, CustomerConnection, SiteType, UsefulLinks } from './types.js';

@ArgsType()
class CustomersArgs {
  @Field(() => CustomerFilterInput, { nullable: true, description: 'Filters.' })
  filter?: CustomerFilterInput | null;

  @Field(() => CustomerOrderInput, { nullable: true, description: 'Sort order (default: by identifiant).' })
  orderBy?: CustomerOrderInput | null;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string | null;
}

@Resolver(() => CompanyType)
export class CompanyResolver {
  @Query(() => CompanyType, { description: '"Ma société": the company of the caller.' })
  @Member(Permission.COMPANY_READ)
  async myCompany(@Ctx() ctx: PortalContext): Promise<CompanyType> {
    return CompanyType.from(await ctx.em.findOneOrFail(Company, { id: ctx.viewer!.companyId }));
  }

  @Query(() => CompanyType, { nullable: true, description: 'A company in reach (the caller\'s or one below it); null otherwise.' })
  @Member(Permission.COMPANY_READ)
  async company(@Arg('id', () => ID, { description: 'Global id of the company.' }) id: string, @Ctx() ctx: PortalContext): Promise<CompanyType | null> {
    const companyId = fromGlobalId(id, 'Company');
    if (companyId === null || !(await ctx.access!.can(companyId, Permission.COMPANY_READ))) return null;
    const company = await ctx.em.findOne(Company, { id: companyId });
    return company ? CompanyType.from(company) : null;
  }

  @Query(() => CustomerConnection, { description: 'The customer search of resellers and operators: the companies below the caller\'s, filtered and sorted on any column.' })
  @Member(Permission.COMPANY_READ)
  customers(@Args(() => CustomersArgs) args: CustomersArgs, @Ctx() ctx: PortalContext): Promise<CustomerConnection> {
    return orGraphQLError(async () => {
      const page = await searchCustomers(ctx.em, ctx.access!, {
        filter: args.filter ?? {},
        order: args.orderBy ?? { field: CustomerSortField.IDENTIFIER, direction: SortDirection.ASC },
        first: args.first,
        after: args.after ?? null,
        withTotal: true,
      });
      const shown = page.rows.slice(0, args.first);
      const paths = await managementPaths(ctx.em, ctx.access!, shown.map((c) => c.id));
      const built = pageFrom(page.rows, args.first, !!args.after, page.cursorOf, (c) => CompanyType.from(c));
      return {
        edges: built.edges.map((e, i) => ({ ...e, path: (paths.get(shown[i]!.id) ?? []).map((p) => CompanyType.from(p)) })),
        pageInfo: built.pageInfo,
        totalCount: page.totalCount ?? 0,
      };
    });
  }

  @FieldResolver(() => [Universe], { description: 'Universes the company holds.' })
  @WithinParent('the company was reached')
  async universes(@Root() company: CompanyType, @Ctx() ctx: PortalContext): Promise<Universe[]> {
    if (!(await ctx.access?.can(company.number, Permission.COMPANY_READ))) return [];
    return (await universesOf(ctx.em, [company.number])).get(company.number) ?? [];
  }

  @FieldResolver(() => [SiteType], { description: 'Sites and payment details ("Gestion des sites et coordonnées de paiement"), head office first.' })
  @WithinParent('the company was reached')
  async sites(
    @Root() company: CompanyType,
    @Arg('includeClosed', () => Boolean, { defaultValue: false, description: 'Also list closed sites.' }) includeClosed: boolean,
    @Ctx() ctx: PortalContext,
  ): Promise<SiteType[]> {
    const perms = (await ctx.access?.permissionsOn(company.number)) ?? new Set<Permission>();
    if (!perms.has(Permission.COMPANY_READ)) return [];
    const sites = await ctx.em.find(Site, { company: company.number, ...(includeClosed ? {} : { state: SiteState.ACTIVE }) }, { orderBy: { isHeadOffice: 'desc', name: 'asc', id: 'asc' } });
    return sites.map((s) => SiteType.forCaller(s, perms));
  }

  @FieldResolver(() => [ContactType], { description: 'Contacts of the company.' })
  @WithinParent('the company was reached')
  async contacts(@Root() company: CompanyType, @Ctx() ctx: PortalContext): Promise<ContactType[]> {
    if (!(await ctx.access?.can(company.number, Permission.COMPANY_READ))) return [];
    return (await ctx.em.find(Contact, { company: company.number }, { orderBy: { lastName: 'asc', id: 'asc' } })).map(ContactType.from);
  }

  @FieldResolver(() => [CompanyType], { description: 'The companies between the caller and this one, from the top of the caller\'s reach.' })
  @WithinParent('only ancestors within the caller\'s reach')
  async managementPath(@Root() company: CompanyType, @Ctx() ctx: PortalContext): Promise<CompanyType[]> {
    if (!ctx.access) return [];
    return ((await managementPaths(ctx.em, ctx.access, [company.number])).get(company.number) ?? []).map((c) => CompanyType.from(c));
  }

  @FieldResolver(() => [Permission], { description: 'What the caller may do on this company.' })
  async viewerPermissions(@Root() company: CompanyType, @Ctx() ctx: PortalContext): Promise<Permission[]> {
    return [...((await ctx.access?.permissionsOn(company.number)) ?? [])].sort();
  }

  @FieldResolver(() => UsefulLinks, { description: '"Liens utiles": order for this company, its invoices, credit notes, contracted offers and services.' })
  @WithinParent('the company was reached')
  usefulLinks(@Root() company: CompanyType, @Ctx() ctx: PortalContext): UsefulLinks {
    const url = new URL('/commandes/nouvelle', ctx.settings.publicUrl);
    url.searchParams.set('client', company.reference);
    return Object.assign(new UsefulLinks(), { companyId: company.number, orderUrl: url.toString() });
  }
}
