import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import { DomainError, Member, Permission, WithinParent, fromGlobalId, orGraphQLError, pageFrom, type PortalContext } from '@portal/kernel';
import { UsefulLinks } from '@portal/company';
import { ServiceKind, ServiceState } from '../enums.js';
import { listCustomerServices } from '../services/customer-services.js';
import { ServiceConnection, servicesForCaller } from './types.js';

@InputType({ description: 'Filters of a customer\'s services.' })
class ServiceFilterInput {
  @Field(() => [ServiceKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: ServiceKind[] | null;

  @Field(() => [ServiceState], { nullable: true, description: 'Any of these states.' })
  states?: ServiceState[] | null;

  @Field(() => String, { nullable: true, description: 'The number, line or trunk contains this.' })
  identifier?: string | null;
}

@ArgsType()
class CustomerServicesArgs {
  @Field(() => ID, { description: 'The customer (a company in reach).' })
  companyId!: string;

  @Field(() => ServiceFilterInput, { nullable: true, description: 'Filters.' })
  filter?: ServiceFilterInput | null;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string | null;
}

@Resolver()
export class CustomerServicesResolver {
  @Query(() => ServiceConnection, { description: '"Consulter les services d\'un client": numbers, access lines and trunks with their OC, site and state.' })
  @Member(Permission.OFFERS_READ)
  customerServices(@Args(() => CustomerServicesArgs) args: CustomerServicesArgs, @Ctx() ctx: PortalContext): Promise<ServiceConnection> {
    return orGraphQLError(async () => {
      const companyId = fromGlobalId(args.companyId, 'Company');
      if (companyId === null) throw new DomainError('NOT_FOUND', 'Société introuvable.', ['companyId']);
      const { rows, totalCount } = await listCustomerServices(ctx.em, ctx.access!, { companyId, filter: args.filter ?? {}, first: args.first, after: args.after ?? null });
      const nodes = await servicesForCaller(ctx, rows.slice(0, args.first));
      return { ...pageFrom(rows, args.first, !!args.after, (s) => [s.identifier, s.id], (_s, i) => nodes[i]!), totalCount: totalCount ?? 0 };
    });
  }
}

/** Counts of the "liens utiles" that belong to the offers domain. */
@Resolver(() => UsefulLinks)
export class OffersLinksResolver {
  @FieldResolver(() => Int, { nullable: true, description: '"Voir les offres contractées": OCs the company uses or pays for; null without the right to read them.' })
  @WithinParent('counts of a company in reach')
  async contractedOfferCount(@Root() links: UsefulLinks, @Ctx() ctx: PortalContext): Promise<number | null> {
    if (!(await ctx.access?.can(links.companyId, Permission.OFFERS_READ))) return null;
    const [row] = (await ctx.em.getConnection().execute(
      'select count(*)::int as n from contracted_offer where end_customer_id = ? or billing_account_id = ?',
      [links.companyId, links.companyId],
    )) as { n: number }[];
    return Number(row!.n);
  }

  @FieldResolver(() => Int, { nullable: true, description: '"Consulter les services d\'un client": services of the company\'s OCs; null without the right to read them.' })
  @WithinParent('counts of a company in reach')
  async serviceCount(@Root() links: UsefulLinks, @Ctx() ctx: PortalContext): Promise<number | null> {
    if (!(await ctx.access?.can(links.companyId, Permission.OFFERS_READ))) return null;
    const [row] = (await ctx.em.getConnection().execute(
      'select count(*)::int as n from oc_service s join contracted_offer oc on oc.id = s.contracted_offer_id where oc.end_customer_id = ?',
      [links.companyId],
    )) as { n: number }[];
    return Number(row!.n);
  }
}
