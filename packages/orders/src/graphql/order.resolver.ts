import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DomainError, Member, Permission, UserErrorType, WithinParent, fromGlobalId, orGraphQLError, pageFrom, todayInParis, withUserErrors, type PortalContext } from '@portal/kernel';
import { type EntityManager } from '@mikro-orm/core';
import { CatalogueOption } from '../entities/CatalogueOption.js';
import { OrderDetail } from '../entities/OrderDetail.js';
import { OrderLine } from '../entities/OrderLine.js';
import { OrderMilestone } from '../entities/OrderMilestone.js';
import { OrderNumber } from '../entities/OrderNumber.js';
import { orderReceivedMail, orderStepMail } from '../mail/order-mail.js';
import { cancelOrder, completeMilestone, orderInReach, validateOrder } from '../services/delivery.js';
import { listOrders, OrderSortField } from '../services/order-list.js';
import { orderableCompany, orderableEntries, planOrder } from '../services/order-plan.js';
import { quotePlan } from '../services/quote.js';
import { submitOrder } from '../services/submit.js';
import './enums.js';
import { OrderCancelInput, OrderFilterInput, OrderInput, OrderMilestoneCompleteInput, OrderModifyInput, OrderOrderInput, OrderSubmitInput, OrderValidateInput } from './inputs.js';
import { submitModification } from '../services/modify.js';
import { CatalogueOfferType, CustomerOrderConnection, CustomerOrderLineType, CustomerOrderType, MILESTONE_LABELS, OrderMilestoneType, OrderNumberType, OrderQuoteType } from './types.js';

@ObjectType({ description: 'Result of orderQuote: the cost, or why the cart is refused.' })
class OrderQuotePayload {
  @Field(() => OrderQuoteType, { nullable: true, description: 'The cost; null when the cart is refused.' })
  @WithinParent('a quote of a cart the caller may order')
  quote!: OrderQuoteType | null;

  @Field(() => [UserErrorType], { description: 'UNKNOWN_OFFER, OPTION_NOT_ALLOWED, NOT_FOUND, RIO_MISMATCH, PORTING_DATE_TOO_SOON, QUANTITY_OUT_OF_RANGE… at the field at fault.' })
  userErrors!: UserErrorType[];
}

@ObjectType({ description: 'Result of an order mutation.' })
class CustomerOrderPayload {
  @Field(() => CustomerOrderType, { nullable: true, description: 'The order, with its new state.' })
  @WithinParent('an order the caller may read')
  order!: CustomerOrderType | null;

  @Field(() => [UserErrorType], { description: 'Why it was refused, at the field at fault; nothing was written.' })
  userErrors!: UserErrorType[];
}

@ArgsType()
class OrdersArgs {
  @Field(() => OrderFilterInput, { nullable: true, description: 'Filters.' })
  filter?: OrderFilterInput | null;

  @Field(() => OrderOrderInput, { nullable: true, description: 'Sort order (default: date de commande, newest first).' })
  orderBy?: OrderOrderInput | null;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string | null;
}

async function shown(em: EntityManager, id: number): Promise<CustomerOrderType> {
  return CustomerOrderType.from(await em.fork().findOneOrFail(OrderDetail, { id }, { populate: ['endCustomer'] }));
}

/** Mails the order's contact after the answer (a failure is logged, never the caller's error). */
function mailContact(ctx: PortalContext, orderId: number, compose: (o: OrderDetail) => Parameters<PortalContext['mailer']['send']>[0]) {
  ctx.background(async (em) => {
    const order = await em.findOneOrFail(OrderDetail, { id: orderId }, { populate: ['endCustomer'] });
    await ctx.mailer.send(compose(order));
  });
}

const mailFacts = (o: OrderDetail) => ({ reference: o.reference, endCustomerName: o.endCustomer.legalName, expectedDeliveryOn: o.expectedDeliveryOn });

@Resolver(() => CustomerOrderType)
export class OrderResolver {
  @Query(() => [CatalogueOfferType], { description: '"Ma e-boutique" / "Commander pour mon client": the offers the company may order, with their options.' })
  @Member(Permission.OFFERS_ORDER)
  catalogue(@Arg('companyId', () => ID, { description: 'The company ordered for.' }) companyId: string, @Ctx() ctx: PortalContext): Promise<CatalogueOfferType[]> {
    return orGraphQLError(async () => {
      const company = await orderableCompany(ctx.em, ctx.access!, companyId, ['companyId']);
      const entries = await orderableEntries(ctx.em, company.id);
      const options = await ctx.em.find(CatalogueOption, { offer: { $in: entries.map((e) => e.offer.id) } }, { orderBy: { id: 'asc' } });
      return entries.map((e) => CatalogueOfferType.from(e, options.filter((o) => o.offer.id === e.offer.id)));
    });
  }

  @Query(() => OrderQuotePayload, { description: 'The exact cost of a cart before confirming (first invoice prorated, setup fees, monthly total, commitment end, notice), or its refusals; writes nothing.' })
  @Member(Permission.OFFERS_ORDER)
  orderQuote(@Arg('input', () => OrderInput, { description: 'The cart.' }) input: OrderInput, @Ctx() ctx: PortalContext): Promise<OrderQuotePayload> {
    return withUserErrors<OrderQuotePayload>(async () => {
      const { plan, errors } = await planOrder(ctx.em, ctx.access!, input, todayInParis(ctx.now));
      return plan ? { quote: OrderQuoteType.from(quotePlan(plan)), userErrors: [] } : { quote: null, userErrors: errors };
    }, { quote: null });
  }

  @Mutation(() => CustomerOrderPayload, { description: 'Confirms a cart as an order (Commande COM…, Reçue): its OCs ORDERED, numbers reserved. The same idempotency key is the same order.' })
  @Member(Permission.OFFERS_ORDER)
  orderSubmit(@Arg('input', () => OrderSubmitInput, { description: 'The cart and an idempotency key.' }) input: OrderSubmitInput, @Ctx() ctx: PortalContext): Promise<CustomerOrderPayload> {
    return withUserErrors<CustomerOrderPayload>(async () => {
      const existingKey = input.idempotencyKey?.trim() ? await ctx.em.count(OrderDetail, { placedBy: ctx.viewer!.userId, idempotencyKey: input.idempotencyKey.trim() }) : 0;
      const outcome = await submitOrder(ctx.em, ctx.access!, input.order, input.idempotencyKey ?? null, todayInParis(ctx.now));
      if (!outcome.order) return { order: null, userErrors: outcome.errors };
      if (!existingKey) mailContact(ctx, outcome.order.id, (o) => orderReceivedMail(o.contactEmail, mailFacts(o)));
      return { order: await shown(ctx.em, outcome.order.id), userErrors: [] };
    }, { order: null });
  }

  @Mutation(() => CustomerOrderPayload, { description: "A Modification order (change of offer or options of a delivered OC), delivered like any order; billing applies the new price with its prorata adjustment." })
  @Member(Permission.OFFERS_ORDER)
  orderModify(@Arg('input', () => OrderModifyInput, { description: 'The OC, the offer and options it moves to.' }) input: OrderModifyInput, @Ctx() ctx: PortalContext): Promise<CustomerOrderPayload> {
    return withUserErrors<CustomerOrderPayload>(async () => {
      const order = await submitModification(ctx.em, ctx.access!, input, todayInParis(ctx.now));
      mailContact(ctx, order.id, (o) => orderReceivedMail(o.contactEmail, mailFacts(o)));
      return { order: await shown(ctx.em, order.id), userErrors: [] };
    }, { order: null });
  }

  @Mutation(() => CustomerOrderPayload, { description: 'Annule une commande: the customer while Reçue, the provider until delivery with a reason.' })
  @Member(Permission.OFFERS_ORDER)
  orderCancel(@Arg('input', () => OrderCancelInput, { description: 'The order and the reason.' }) input: OrderCancelInput, @Ctx() ctx: PortalContext): Promise<CustomerOrderPayload> {
    return withUserErrors<CustomerOrderPayload>(async () => {
      const order = await cancelOrder(ctx.em, ctx.access!, input.orderId, input.reason ?? null, todayInParis(ctx.now));
      mailContact(ctx, order.id, (o) => orderStepMail(o.contactEmail, mailFacts(o), 'annulée', o.cancelReason ? `Motif : ${o.cancelReason}` : null));
      return { order: await shown(ctx.em, order.id), userErrors: [] };
    }, { order: null });
  }

  @Mutation(() => CustomerOrderPayload, { description: "The provider's delivery desk validates a received order." })
  @Member(Permission.ORDERS_DELIVER)
  orderValidate(@Arg('input', () => OrderValidateInput, { description: 'The order.' }) input: OrderValidateInput, @Ctx() ctx: PortalContext): Promise<CustomerOrderPayload> {
    return withUserErrors<CustomerOrderPayload>(async () => {
      const order = await validateOrder(ctx.em, ctx.access!, input.orderId);
      mailContact(ctx, order.id, (o) => orderStepMail(o.contactEmail, mailFacts(o), 'validée'));
      return { order: await shown(ctx.em, order.id), userErrors: [] };
    }, { order: null });
  }

  @Mutation(() => CustomerOrderPayload, { description: "The provider's delivery desk (or its systems, with the orders:deliver scope) marks a milestone done; the last one delivers the OC." })
  @Member(Permission.ORDERS_DELIVER)
  orderMilestoneComplete(@Arg('input', () => OrderMilestoneCompleteInput, { description: 'The milestone and its date.' }) input: OrderMilestoneCompleteInput, @Ctx() ctx: PortalContext): Promise<CustomerOrderPayload> {
    return withUserErrors<CustomerOrderPayload>(async () => {
      const today = todayInParis(ctx.now);
      const { order, milestone, deliveredOc } = await completeMilestone(ctx.em, ctx.access!, input.milestoneId, input.doneOn ?? today, today);
      const step = `${MILESTONE_LABELS[milestone.kind]} faite le ${milestone.doneOn!.split('-').reverse().join('/')}`;
      mailContact(ctx, order.id, (o) => orderStepMail(o.contactEmail, mailFacts(o), o.state === 'DELIVERED' ? 'livrée' : step, deliveredOc ? `L'offre ${milestone.orderLine.contractedOffer.reference} est livrée.` : null));
      return { order: await shown(ctx.em, order.id), userErrors: [] };
    }, { order: null });
  }

  @Query(() => CustomerOrderConnection, { description: '"Mes commandes": orders in reach (or, with filter.toDeliver, the delivery desk), filtered and sorted on every column.' })
  @Member(Permission.OFFERS_READ)
  orders(@Args(() => OrdersArgs) args: OrdersArgs, @Ctx() ctx: PortalContext): Promise<CustomerOrderConnection> {
    return orGraphQLError(async () => {
      const { companyId, ...rest } = args.filter ?? {};
      let company: number | null = null;
      if (companyId) {
        company = fromGlobalId(companyId, 'Company');
        if (company === null) throw new DomainError('NOT_FOUND', 'Société introuvable.', ['filter', 'companyId']);
        await ctx.access!.require(company, Permission.OFFERS_READ, 'Société', ['filter', 'companyId']);
      }
      const page = await listOrders(ctx.em, ctx.access!, {
        filter: { ...rest, companyId: company }, field: args.orderBy?.field ?? OrderSortField.ORDERED_ON, descending: args.orderBy ? args.orderBy.descending : true,
        first: args.first, after: args.after ?? null, withTotal: true,
      });
      return { ...pageFrom(page.rows, args.first, !!args.after, page.cursorOf, CustomerOrderType.from), totalCount: page.totalCount ?? 0 };
    });
  }

  @Query(() => CustomerOrderType, { nullable: true, description: 'An order in reach (its detail and milestone timeline); null otherwise.' })
  @Member(Permission.OFFERS_READ)
  async order(@Arg('id', () => ID, { description: 'Global id of the order.' }) id: string, @Ctx() ctx: PortalContext): Promise<CustomerOrderType | null> {
    try {
      const order = await orderInReach(ctx.em, ctx.access!, id, ['id']);
      return shown(ctx.em, order.id);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  @FieldResolver(() => [CustomerOrderLineType], { description: 'Lines of the order, with their numbers and milestones.' })
  @WithinParent('lines of an order in reach')
  async lines(@Root() order: CustomerOrderType, @Ctx() ctx: PortalContext): Promise<CustomerOrderLineType[]> {
    const em = ctx.em.fork();
    const lines = await em.find(OrderLine, { orderDetail: order.detailId }, { populate: ['offer', 'site', 'contractedOffer'], orderBy: { position: 'asc' } });
    const ids = lines.map((l) => l.id);
    const [milestones, numbers] = await Promise.all([
      em.find(OrderMilestone, { orderLine: { $in: ids } }, { orderBy: { position: 'asc' } }),
      em.find(OrderNumber, { orderLine: { $in: ids } }, { orderBy: { id: 'asc' } }),
    ]);
    const today = todayInParis(ctx.now);
    return lines.map((l) => Object.assign(new CustomerOrderLineType(), {
      position: l.position, name: l.contractedOffer.name, family: l.family, optionCodes: l.optionCodes, quantity: l.quantity, monthlyPriceCents: l.monthlyPriceCents,
      setupFeeCents: l.setupFeeCents, siteName: l.site.name, contractedOfferReference: l.contractedOffer.reference, expectedActivationOn: l.expectedActivationOn,
      numbers: numbers.filter((n) => n.orderLine.id === l.id).map(OrderNumberType.from),
      milestones: milestones.filter((m) => m.orderLine.id === l.id).map((m) => OrderMilestoneType.from(m, today)),
    }));
  }
}
