import { Field, ID, InputType, Int } from 'type-graphql';
import { OrderType } from '@portal/offers';
import { OrderState } from '../enums.js';
import { OrderSortField } from '../services/order-list.js';

@InputType({ description: 'A new number reserved from the pool of a zone.' })
export class NewNumberInput {
  @Field({ description: 'Zone: 01 to 05 (geographic), 09 (non-geographic).' })
  zone!: string;

  @Field(() => String, { nullable: true, description: 'A free number of the zone to take (+33…); absent: the next free one.' })
  number?: string | null;
}

@InputType({ description: 'A number ported in from another operator.' })
export class PortedNumberInput {
  @Field({ description: 'The number (+33… or 0…).' })
  number!: string;

  @Field({ description: 'Its RIO (12 characters; the key is checked against the number).' })
  portingCode!: string;

  @Field({ description: 'Titulaire de la ligne chez l’opérateur actuel.' })
  holderName!: string;

  @Field({ description: 'Date de portabilité souhaitée (YYYY-MM-DD): a working day, at least 7 working days ahead.' })
  portingOn!: string;
}

@InputType({ description: "A new site of the company ordered for, created with the order (same checks as siteCreate's address)." })
export class OrderNewSiteInput {
  @Field({ description: 'Nom du site.' })
  name!: string;

  @Field({ description: 'Adresse.' })
  addressLine1!: string;

  @Field(() => String, { nullable: true, description: "Complément d'adresse." })
  addressLine2?: string | null;

  @Field({ description: 'Code postal (5 chiffres en France).' })
  postalCode!: string;

  @Field({ description: 'Ville.' })
  city!: string;

  @Field(() => String, { nullable: true, description: 'Pays, ISO 3166-1 alpha-2 (default FR).' })
  country?: string | null;
}

@InputType({ description: 'A cart line: an offer, its options, a site of the customer (existing or new), a quantity and, for number offers, its numbers.' })
export class OrderLineInput {
  @Field({ description: 'Code of a catalogue offer (catalogue.code).' })
  offerCode!: string;

  @Field(() => [String], { nullable: true, description: 'Codes of options of that offer.' })
  optionCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'An existing site of the company ordered for (or give newSite).' })
  siteId?: string | null;

  @Field(() => OrderNewSiteInput, { nullable: true, description: 'A new site of the company ordered for, created with the order (instead of siteId).' })
  newSite?: OrderNewSiteInput | null;

  @Field(() => Int, { nullable: true, description: 'Quantité, 1 to 50 (default 1).' })
  quantity?: number | null;

  @Field(() => [NewNumberInput], { nullable: true, description: 'New numbers (number offers).' })
  newNumbers?: NewNumberInput[] | null;

  @Field(() => [PortedNumberInput], { nullable: true, description: 'Numbers ported in (number offers).' })
  portedNumbers?: PortedNumberInput[] | null;
}

@InputType({ description: 'The cart: the company ordered for and its lines.' })
export class OrderInput {
  @Field(() => ID, { description: 'The company ordered for: one’s own ("Ma e-boutique") or a customer in reach ("Commander pour mon client").' })
  companyId!: string;

  @Field(() => [OrderLineInput], { description: 'Lines, 1 to 20.' })
  lines!: OrderLineInput[];

  @Field(() => String, { nullable: true, description: "The order's contact e-mail (default: the submitter's)." })
  contactEmail?: string | null;
}

@InputType({ description: 'Submits a cart as an order.' })
export class OrderSubmitInput {
  @Field(() => OrderInput, { description: 'The cart.' })
  order!: OrderInput;

  @Field(() => String, { nullable: true, description: 'Any key of yours (100 characters at most): the same key from the same user returns the same order.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Cancels an order.' })
export class OrderCancelInput {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;

  @Field(() => String, { nullable: true, description: 'Motif (required from the provider; 500 characters at most).' })
  reason?: string | null;
}

@InputType({ description: 'The provider validates a received order.' })
export class OrderValidateInput {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;
}

@InputType({ description: 'The provider marks a delivery milestone done.' })
export class OrderMilestoneCompleteInput {
  @Field(() => ID, { description: 'The milestone (CustomerOrderLine.milestones.id).' })
  milestoneId!: string;

  @Field(() => String, { nullable: true, description: 'Date réelle (YYYY-MM-DD), today or earlier; default today.' })
  doneOn?: string | null;
}

@InputType({ description: 'Filters of "Mes commandes".' })
export class OrderFilterInput {
  @Field(() => ID, { nullable: true, description: 'Orders for this company only.' })
  companyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Réf. commande contains.' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'Client final contains.' })
  endCustomer?: string | null;

  @Field(() => [OrderType], { nullable: true, description: 'Any of these types.' })
  types?: OrderType[] | null;

  @Field(() => [OrderState], { nullable: true, description: 'Any of these states.' })
  states?: OrderState[] | null;

  @Field(() => String, { nullable: true, description: 'Ordered on or after (YYYY-MM-DD).' })
  orderedFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Ordered on or before (YYYY-MM-DD).' })
  orderedTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The delivery desk: open orders the caller delivers as provider.' })
  toDeliver?: boolean | null;
}

@InputType({ description: 'Sort order of the order list; ties are broken by the order.' })
export class OrderOrderInput {
  @Field(() => OrderSortField, { description: 'Column.' })
  field!: OrderSortField;

  @Field(() => Boolean, { defaultValue: false, description: 'Descending (↓) instead of ascending (↑).' })
  descending!: boolean;
}

@InputType({ description: 'A Modification order: a delivered OC moves to another offer or other options of the catalogue.' })
export class OrderModifyInput {
  @Field(() => ID, { description: 'The OC to change.' })
  contractedOfferId!: string;

  @Field({ description: 'Code of the catalogue offer it moves to (it may be its own, with other options).' })
  offerCode!: string;

  @Field(() => [String], { nullable: true, description: 'Codes of the options it keeps or takes.' })
  optionCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Any key of yours (100 characters at most): the same key from the same user returns the same order.' })
  idempotencyKey?: string | null;
}
