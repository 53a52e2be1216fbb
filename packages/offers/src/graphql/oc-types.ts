import { Field, Int, ObjectType } from 'type-graphql';
import { Node, PageInfo, WithinParent, toGlobalId } from '@portal/kernel';
import { type Offer } from '../entities/Offer.js';
import { type Order } from '../entities/Order.js';
import { type Termination } from '../entities/Termination.js';
import { EarlyTerminationPolicy, LastPeriodPolicy, OrderType, TerminationState } from '../enums.js';
import { ContractedOfferType } from './types.js';
import './enums.js';

@ObjectType('Offer', { description: 'A catalogue offer: prices and termination terms.' })
export class OfferType {
  @Field({ description: 'Catalogue code.' })
  code!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => Int, { description: 'Catalogue monthly price excluding VAT, in cents.' })
  monthlyPriceCents!: number;

  @Field(() => Int, { description: 'One-off setup fee excluding VAT, in cents.' })
  setupFeeCents!: number;

  @Field(() => Int, { description: 'VAT rate in basis points (2000 = 20 %).' })
  vatRateBasisPoints!: number;

  @Field(() => Int, { description: 'Préavis de résiliation, in months.' })
  noticePeriodMonths!: number;

  @Field(() => Int, { description: 'Commitment from activation, in months (0: none).' })
  commitmentMonths!: number;

  @Field(() => EarlyTerminationPolicy, { description: 'Early-termination policy.' })
  earlyTerminationPolicy!: EarlyTerminationPolicy;

  @Field(() => Int, { description: 'Share of the remaining monthly fees due on early termination, in percent.' })
  earlyTerminationSharePercent!: number;

  @Field(() => LastPeriodPolicy, { description: 'How the last period is billed.' })
  lastPeriodPolicy!: LastPeriodPolicy;

  @Field({ description: 'Whether equipment must be returned on termination.' })
  hasEquipment!: boolean;

  static from(offer: Offer): OfferType {
    return Object.assign(new OfferType(), {
      code: offer.code, name: offer.name, monthlyPriceCents: offer.monthlyPriceCents, setupFeeCents: offer.setupFeeCents,
      vatRateBasisPoints: offer.vatRateBasisPoints, noticePeriodMonths: offer.noticePeriodMonths, commitmentMonths: offer.commitmentMonths,
      earlyTerminationPolicy: offer.earlyTerminationPolicy, earlyTerminationSharePercent: offer.earlyTerminationSharePercent,
      lastPeriodPolicy: offer.lastPeriodPolicy, hasEquipment: offer.hasEquipment,
    });
  }
}

@ObjectType('Order', { description: 'Commande (COM32623) that created or changed an OC.' })
export class OrderItemType {
  @Field({ description: 'Réf. commande.' })
  reference!: string;

  @Field(() => OrderType, { description: 'Type commande.' })
  type!: OrderType;

  @Field({ description: 'Order date (YYYY-MM-DD).' })
  orderedOn!: string;

  static from(order: Order): OrderItemType {
    return Object.assign(new OrderItemType(), { reference: order.reference, type: order.type, orderedOn: order.orderedOn });
  }
}

@ObjectType('Termination', { implements: Node, description: 'Résiliation of an OC.' })
export class TerminationType extends Node {
  @Field(() => TerminationState, { description: 'Where it stands.' })
  state!: TerminationState;

  @Field({ description: 'Date de résiliation souhaitée (YYYY-MM-DD).' })
  desiredOn!: string;

  @Field({ description: 'Date de résiliation avec le préavis: the last day of service (YYYY-MM-DD).' })
  effectiveOn!: string;

  @Field(() => Int, { description: 'Early-termination fee excluding VAT, in cents.' })
  earlyTerminationFeeCents!: number;

  @Field(() => String, { nullable: true, description: 'Commentaires.' })
  comments!: string | null;

  @Field({ description: 'When it was requested.' })
  requestedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was withdrawn, if it was.' })
  withdrawnAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Référence du coupon retour of the equipment, if any.' })
  equipmentReturnReference!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day to return the equipment (YYYY-MM-DD).' })
  equipmentReturnDeadline!: string | null;

  /** Who requested it and who withdrew it (not exposed: their names are, see TerminationResolver). */
  requestedById!: number;
  withdrawnById!: number | null;

  static from(t: Termination): TerminationType {
    return Object.assign(new TerminationType(), {
      requestedById: t.requestedBy.id, withdrawnById: t.withdrawnBy?.id ?? null,
      id: toGlobalId('Termination', t.id), state: t.state, desiredOn: t.desiredOn, effectiveOn: t.effectiveOn,
      earlyTerminationFeeCents: t.earlyTerminationFeeCents, comments: t.comments ?? null, requestedAt: t.requestedAt,
      withdrawnAt: t.withdrawnAt ?? null, equipmentReturnReference: t.equipmentReturnReference ?? null,
      equipmentReturnDeadline: t.equipmentReturnDeadline ?? null,
    });
  }
}

@ObjectType('ContractedOfferEdge', { description: 'An OC in the list.' })
export class ContractedOfferEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor!: string;

  @Field(() => ContractedOfferType, { description: 'The OC.' })
  @WithinParent('the list was filtered by reach')
  node!: ContractedOfferType;
}

@ObjectType('ContractedOfferConnection', { description: 'A page of "Liste des offres contractées".' })
export class ContractedOfferConnection {
  @Field(() => [ContractedOfferEdge], { description: 'The OCs of the page.' })
  @WithinParent('the list was filtered by reach')
  edges!: ContractedOfferEdge[];

  @Field(() => PageInfo, { description: 'Where the page stands.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of OCs matching the filters.' })
  totalCount!: number;
}
