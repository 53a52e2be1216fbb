import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import { CompanyType, Site, SiteType } from '@portal/company';
import { DomainError, Member, Permission, WithinParent, fromGlobalId, orGraphQLError, pageFrom, type PortalContext } from '@portal/kernel';
import { ContractedOffer } from '../entities/ContractedOffer.js';
import { OcService } from '../entities/OcService.js';
import { Order } from '../entities/Order.js';
import { Termination } from '../entities/Termination.js';
import { User } from '@portal/identity';
import { ContractedOfferState, OrderType, TerminationState } from '../enums.js';
import { OcSortField, listContractedOffers } from '../services/oc-list.js';
import { ContractedOfferConnection, OfferType, OrderItemType, TerminationType } from './oc-types.js';
import { ContractedOfferType, ServiceType, servicesForCaller } from './types.js';
import { relationShown } from '../services/oc-relations.js';

@InputType({ description: 'Filters of the OC list; all optional, combined with "and". Text filters match any part, case-insensitively.' })
class ContractedOfferFilterInput {
  @Field(() => ID, { nullable: true, description: 'OCs this company (yours or a customer in reach) uses or pays for; absent: every OC in reach.' })
  companyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Pilote ADV contains.' })
  salesAdmin?: string | null;

  @Field(() => String, { nullable: true, description: 'Réf. contains.' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'Nom contains.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Réf. commande contains.' })
  orderReference?: string | null;

  @Field(() => String, { nullable: true, description: 'Client final (legal name) contains.' })
  endCustomer?: string | null;

  @Field(() => String, { nullable: true, description: 'Compte client (legal name) contains.' })
  billingAccount?: string | null;

  @Field(() => String, { nullable: true, description: 'Site (name) contains.' })
  site?: string | null;

  @Field(() => String, { nullable: true, description: 'Delivered on or after (YYYY-MM-DD).' })
  deliveredFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Delivered on or before (YYYY-MM-DD).' })
  deliveredTo?: string | null;

  @Field(() => [ContractedOfferState], { nullable: true, description: 'Any of these states.' })
  states?: ContractedOfferState[] | null;

  @Field(() => [OrderType], { nullable: true, description: 'Any of these order types.' })
  orderTypes?: OrderType[] | null;
}

@InputType({ description: 'Sort order of the OC list; ties are broken by the OC.' })
class ContractedOfferOrderInput {
  @Field(() => OcSortField, { description: 'Column.' })
  field!: OcSortField;

  @Field(() => Boolean, { defaultValue: false, description: 'Descending (↓) instead of ascending (↑).' })
  descending!: boolean;
}

@ArgsType()
class ContractedOffersArgs {
  @Field(() => ContractedOfferFilterInput, { nullable: true, description: 'Filters.' })
  filter?: ContractedOfferFilterInput | null;

  @Field(() => ContractedOfferOrderInput, { nullable: true, description: 'Sort order (default: delivery date, newest first).' })
  orderBy?: ContractedOfferOrderInput | null;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string | null;
}

@Resolver(() => ContractedOfferType)
export class ContractedOfferResolver {
  @Query(() => ContractedOfferConnection, { description: '"Liste des offres contractées": for one company or every OC in reach, filtered and sorted on every column.' })
  @Member(Permission.OFFERS_READ)
  contractedOffers(@Args(() => ContractedOffersArgs) args: ContractedOffersArgs, @Ctx() ctx: PortalContext): Promise<ContractedOfferConnection> {
    return orGraphQLError(async () => {
      const { companyId, ...rest } = args.filter ?? {};
      let company: number | null = null;
      if (companyId) {
        company = fromGlobalId(companyId, 'Company');
        if (company === null) throw new DomainError('NOT_FOUND', 'Société introuvable.', ['filter', 'companyId']);
        await ctx.access!.require(company, Permission.OFFERS_READ, 'Société', ['filter', 'companyId']);
      }
      const page = await listContractedOffers(ctx.em, ctx.access!, {
        filter: { ...rest, companyId: company },
        field: args.orderBy?.field ?? OcSortField.DELIVERED_ON,
        descending: args.orderBy ? args.orderBy.descending : true,
        first: args.first,
        after: args.after ?? null,
        withTotal: true,
      });
      return { ...pageFrom(page.rows, args.first, !!args.after, page.cursorOf, ContractedOfferType.from), totalCount: page.totalCount ?? 0 };
    });
  }

  @Query(() => ContractedOfferType, { nullable: true, description: 'An OC in reach ("Détail >"); null otherwise.' })
  @Member(Permission.OFFERS_READ)
  async contractedOffer(@Arg('id', () => ID, { description: 'Global id of the OC.' }) id: string, @Ctx() ctx: PortalContext): Promise<ContractedOfferType | null> {
    const ocId = fromGlobalId(id, 'ContractedOffer');
    if (ocId === null) return null;
    const oc = await ctx.em.findOne(ContractedOffer, { id: ocId }, { populate: ['endCustomer', 'billingAccount', 'site', 'salesAdmin', 'order', 'offer'] });
    if (!oc) return null;
    const sees = (await ctx.access!.can(oc.endCustomer.id, Permission.OFFERS_READ)) || (await ctx.access!.can(oc.billingAccount.id, Permission.OFFERS_READ));
    return sees ? ContractedOfferType.from(oc) : null;
  }

  @FieldResolver(() => CompanyType, { nullable: true, description: 'Client final; null when the caller does not reach that company.' })
  @WithinParent('one reach decision per relation (oc-relations)')
  async endCustomer(@Root() oc: ContractedOfferType, @Ctx() ctx: PortalContext): Promise<CompanyType | null> {
    if (!(await relationShown(ctx.access, oc.endCustomerId))) return null;
    return CompanyType.from(oc.loaded?.endCustomer ?? (await ctx.em.findOneOrFail(ContractedOffer, { id: oc.dbId }, { populate: ['endCustomer'] })).endCustomer);
  }

  @FieldResolver(() => CompanyType, { nullable: true, description: 'Compte client (who pays); null when the caller does not reach that company.' })
  @WithinParent('one reach decision per relation (oc-relations)')
  async billingAccount(@Root() oc: ContractedOfferType, @Ctx() ctx: PortalContext): Promise<CompanyType | null> {
    if (!(await relationShown(ctx.access, oc.billingAccountId))) return null;
    return CompanyType.from(oc.loaded?.billingAccount ?? (await ctx.em.findOneOrFail(ContractedOffer, { id: oc.dbId }, { populate: ['billingAccount'] })).billingAccount);
  }

  @FieldResolver(() => SiteType, { description: 'The site it is delivered to; `hidden` (name and address empty) when the caller does not reach its company.' })
  @WithinParent('one reach decision per relation (oc-relations): hidden out of reach')
  async site(@Root() oc: ContractedOfferType, @Ctx() ctx: PortalContext): Promise<SiteType> {
    const site = oc.loaded?.site ?? (await ctx.em.findOneOrFail(Site, { id: oc.siteId }));
    return SiteType.forCaller(site, (await ctx.access?.permissionsOn(site.company.id)) ?? new Set());
  }

  @FieldResolver(() => OfferType, { description: 'The catalogue offer, with its notice period and termination terms.' })
  @WithinParent('the offer of an OC in reach')
  async offer(@Root() oc: ContractedOfferType, @Ctx() ctx: PortalContext): Promise<OfferType> {
    return OfferType.from(oc.loaded?.offer ?? (await ctx.em.findOneOrFail(ContractedOffer, { id: oc.dbId }, { populate: ['offer'] })).offer);
  }

  @FieldResolver(() => Int, { description: 'Préavis de résiliation, in months.' })
  async noticePeriodMonths(@Root() oc: ContractedOfferType, @Ctx() ctx: PortalContext): Promise<number> {
    return (oc.loaded?.offer ?? (await ctx.em.findOneOrFail(ContractedOffer, { id: oc.dbId }, { populate: ['offer'] })).offer).noticePeriodMonths;
  }

  @FieldResolver(() => [ServiceType], { description: 'Its services: numbers (with their RIO), lines, trunks.' })
  @WithinParent('the services of an OC in reach')
  async services(@Root() oc: ContractedOfferType, @Ctx() ctx: PortalContext): Promise<ServiceType[]> {
    const services = await ctx.em.find(OcService, { contractedOffer: oc.dbId }, { populate: ['contractedOffer', 'contractedOffer.site', 'contractedOffer.salesAdmin', 'contractedOffer.order'], orderBy: { identifier: 'asc', id: 'asc' } });
    return servicesForCaller(ctx, services);
  }

  @FieldResolver(() => [OrderItemType], { description: 'Order history, oldest first.' })
  @WithinParent('the orders of an OC in reach')
  async orders(@Root() oc: ContractedOfferType, @Ctx() ctx: PortalContext): Promise<OrderItemType[]> {
    return (await ctx.em.find(Order, { contractedOffer: oc.dbId }, { orderBy: { orderedOn: 'asc', id: 'asc' } })).map(OrderItemType.from);
  }

  @FieldResolver(() => TerminationType, { nullable: true, description: 'The current termination: pending or effective; null when none.' })
  @WithinParent('the termination of an OC in reach')
  async termination(@Root() oc: ContractedOfferType, @Ctx() ctx: PortalContext): Promise<TerminationType | null> {
    const t = await ctx.em.findOne(Termination, { contractedOffer: oc.dbId, state: { $in: [TerminationState.REQUESTED, TerminationState.EFFECTIVE] } });
    return t ? TerminationType.from(t) : null;
  }

  @FieldResolver(() => [TerminationType], { description: 'Historique des résiliations: every termination request of the OC, withdrawn ones included, newest first.' })
  @WithinParent('the terminations of an OC in reach')
  async terminationHistory(@Root() oc: ContractedOfferType, @Ctx() ctx: PortalContext): Promise<TerminationType[]> {
    return (await ctx.em.find(Termination, { contractedOffer: oc.dbId }, { orderBy: { requestedAt: 'desc', id: 'desc' } })).map(TerminationType.from);
  }
}

/** Who did what to a termination: the names of the users who requested and withdrew it. */
@Resolver(() => TerminationType)
export class TerminationPeopleResolver {
  @FieldResolver(() => String, { description: 'Who requested it: first and last name.' })
  @WithinParent('a termination of an OC in reach')
  async requestedByName(@Root() t: TerminationType, @Ctx() ctx: PortalContext): Promise<string> {
    return (await userName(ctx, t.requestedById)) ?? '';
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who withdrew it, if it was: first and last name.' })
  @WithinParent('a termination of an OC in reach')
  async withdrawnByName(@Root() t: TerminationType, @Ctx() ctx: PortalContext): Promise<string | null> {
    return t.withdrawnById === null ? null : userName(ctx, t.withdrawnById);
  }
}

async function userName(ctx: PortalContext, id: number): Promise<string | null> {
  const user = await ctx.em.findOne(User, id, { fields: ['firstName', 'lastName'] });
  return user ? `${user.firstName} ${user.lastName}`.trim() : null;
}
