import { Field, Int, ObjectType } from 'type-graphql';
import { Node, PageInfo, WithinParent, toGlobalId } from '@portal/kernel';
import { OrderType } from '@portal/offers';
import { type LineDraft } from '@portal/billing';
import { type CatalogueEntry } from '../entities/CatalogueEntry.js';
import { type CatalogueOption } from '../entities/CatalogueOption.js';
import { type OrderDetail } from '../entities/OrderDetail.js';
import { type OrderMilestone } from '../entities/OrderMilestone.js';
import { type OrderNumber } from '../entities/OrderNumber.js';
import { MilestoneKind, OfferFamily, OrderNumberKind, OrderState } from '../enums.js';
import { isLate } from '../rules/milestones.js';
import { type LineQuote, type OrderQuote } from '../services/quote.js';
import { ocName } from '../services/order-plan.js';

/** Libellés des jalons, as the order detail and the e-mails show them. */
export const MILESTONE_LABELS: Readonly<Record<MilestoneKind, string>> = {
  FEASIBILITY_STUDY: 'Étude', ACCESS_ORDER: "Commande d'accès", TECHNICIAN_APPOINTMENT: 'Rendez-vous technicien',
  NUMBER_RESERVATION: 'Réservation des numéros', PORTING_PLANNED: 'Portabilité planifiée', NUMBERS_PORTED: 'Numéros portés',
  CONFIGURATION: 'Configuration', TESTS: 'Tests', SIM_SHIPPING: 'Envoi des cartes SIM', ACTIVATION: 'Mise en service',
};

@ObjectType('CatalogueOption', { description: 'An option of a catalogue offer (secours 4G, IP fixe…).' })
export class CatalogueOptionType {
  @Field({ description: 'Code of the option, given in a cart line.' })
  code!: string;

  @Field({ description: 'Libellé, e.g. "Secours 4G".' })
  name!: string;

  @Field(() => Int, { description: 'Monthly price excluding VAT, in cents, added to the offer.' })
  monthlyPriceCents!: number;

  static from(o: CatalogueOption): CatalogueOptionType {
    return Object.assign(new CatalogueOptionType(), { code: o.code, name: o.name, monthlyPriceCents: o.monthlyPriceCents });
  }
}

@ObjectType('CatalogueOffer', { description: '"Ma e-boutique": an offer the company may order, with its terms and options.' })
export class CatalogueOfferType {
  @Field({ description: 'Code of the offer, given in a cart line (FIBRE-PRO).' })
  code!: string;

  @Field({ description: 'Nom de l’offre.' })
  name!: string;

  @Field(() => OfferFamily, { description: "Famille d'offres." })
  family!: OfferFamily;

  @Field(() => Int, { description: 'Monthly price excluding VAT, in cents.' })
  monthlyPriceCents!: number;

  @Field(() => Int, { description: 'Frais de mise en service excluding VAT, in cents, billed once.' })
  setupFeeCents!: number;

  @Field(() => Int, { description: 'VAT rate in basis points (2000 = 20 %).' })
  vatRateBasisPoints!: number;

  @Field(() => Int, { description: 'Engagement, in months from activation (0: none).' })
  commitmentMonths!: number;

  @Field(() => Int, { description: 'Préavis de résiliation, in months.' })
  noticePeriodMonths!: number;

  @Field({ description: 'Whether the offer comes with equipment (box, phones) to return at the end.' })
  hasEquipment!: boolean;

  @Field({ description: 'Whether a line of it carries phone numbers (new or ported).' })
  carriesNumbers!: boolean;

  @Field(() => [CatalogueOptionType], { description: 'Options that may be taken with it.' })
  @WithinParent('options of a published offer')
  options!: CatalogueOptionType[];

  static from(e: CatalogueEntry, options: CatalogueOption[]): CatalogueOfferType {
    const o = e.offer;
    return Object.assign(new CatalogueOfferType(), {
      code: o.code, name: o.name, family: e.family, monthlyPriceCents: o.monthlyPriceCents, setupFeeCents: o.setupFeeCents, vatRateBasisPoints: o.vatRateBasisPoints,
      commitmentMonths: o.commitmentMonths, noticePeriodMonths: o.noticePeriodMonths, hasEquipment: o.hasEquipment, carriesNumbers: e.carriesNumbers,
      options: options.map(CatalogueOptionType.from),
    });
  }
}

@ObjectType('QuoteInvoiceLine', { description: 'A line of a first invoice, as billing will issue it.' })
export class QuoteInvoiceLineType {
  @Field({ description: 'Libellé (abonnement du … au … prorata temporis, frais de mise en service).' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'First day billed (YYYY-MM-DD); null for the setup fee.' })
  periodStart!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day billed (YYYY-MM-DD); null for the setup fee.' })
  periodEnd!: string | null;

  @Field(() => Int, { description: 'Montant HT, in cents.' })
  totalExclVatCents!: number;

  @Field(() => Int, { description: 'TVA, in cents.' })
  vatCents!: number;

  static from(l: LineDraft): QuoteInvoiceLineType {
    return Object.assign(new QuoteInvoiceLineType(), { label: l.label.replace(/^OC — /, ''), periodStart: l.periodStart, periodEnd: l.periodEnd, totalExclVatCents: l.totalExclVatCents, vatCents: l.vatCents });
  }
}

@ObjectType('MoneyTotals', { description: 'Totals HT, TVA and TTC, in cents.' })
export class MoneyTotalsType {
  @Field(() => Int, { description: 'Total HT.' })
  exclVatCents!: number;

  @Field(() => Int, { description: 'TVA.' })
  vatCents!: number;

  @Field(() => Int, { description: 'Total TTC.' })
  inclVatCents!: number;

  static from(t: { totalExclVatCents: number; totalVatCents: number; totalInclVatCents: number }): MoneyTotalsType {
    return Object.assign(new MoneyTotalsType(), { exclVatCents: t.totalExclVatCents, vatCents: t.totalVatCents, inclVatCents: t.totalInclVatCents });
  }
}

@ObjectType('OrderQuoteLine', { description: 'The cost of one cart line before confirming.' })
export class OrderQuoteLineType {
  @Field({ description: 'The offer.' })
  offerCode!: string;

  @Field({ description: "Nom de l'offre with its options." })
  name!: string;

  @Field(() => Int, { description: 'Quantité.' })
  quantity!: number;

  @Field({ description: 'Date de mise en service prévue (YYYY-MM-DD): the first invoice is prorated from it.' })
  expectedActivationOn!: string;

  @Field(() => Int, { description: 'Frais de mise en service HT, billed once.' })
  setupFeeCents!: number;

  @Field(() => [QuoteInvoiceLineType], { description: 'The lines of the first invoice for this OC.' })
  @WithinParent('a quote of a cart in reach')
  firstInvoiceLines!: QuoteInvoiceLineType[];

  @Field(() => MoneyTotalsType, { description: 'First invoice of this OC.' })
  @WithinParent('a quote of a cart in reach')
  firstInvoice!: MoneyTotalsType;

  @Field(() => MoneyTotalsType, { description: 'Monthly recurring amount from the next month.' })
  @WithinParent('a quote of a cart in reach')
  monthly!: MoneyTotalsType;

  @Field(() => String, { nullable: true, description: "Date de fin d'engagement (YYYY-MM-DD) if activated as planned; null: none." })
  commitmentEndsOn!: string | null;

  @Field(() => Int, { description: 'Préavis de résiliation, in months.' })
  noticePeriodMonths!: number;

  static from(q: LineQuote): OrderQuoteLineType {
    return Object.assign(new OrderQuoteLineType(), {
      offerCode: q.line.offer.code, name: ocName(q.line), quantity: q.line.quantity,
      expectedActivationOn: q.line.expectedActivationOn, setupFeeCents: q.setupFeeCents, firstInvoiceLines: q.firstInvoice.map(QuoteInvoiceLineType.from),
      firstInvoice: MoneyTotalsType.from(q.firstInvoiceTotals), monthly: MoneyTotalsType.from(q.monthly), commitmentEndsOn: q.commitmentEndsOn, noticePeriodMonths: q.noticePeriodMonths,
    });
  }
}

@ObjectType('OrderQuote', { description: 'The exact cost of a cart before confirming, from the billing engine.' })
export class OrderQuoteType {
  @Field(() => [OrderQuoteLineType], { description: 'Per line.' })
  @WithinParent('a quote of a cart in reach')
  lines!: OrderQuoteLineType[];

  @Field(() => MoneyTotalsType, { description: "The order's first invoices together (prorated first month and setup fees)." })
  @WithinParent('a quote of a cart in reach')
  firstInvoice!: MoneyTotalsType;

  @Field(() => MoneyTotalsType, { description: 'Monthly recurring total.' })
  @WithinParent('a quote of a cart in reach')
  monthly!: MoneyTotalsType;

  @Field(() => Int, { description: 'Setup fees HT, together.' })
  setupFeeCents!: number;

  @Field({ description: 'Date de livraison prévue (YYYY-MM-DD).' })
  expectedDeliveryOn!: string;

  static from(q: OrderQuote): OrderQuoteType {
    return Object.assign(new OrderQuoteType(), {
      lines: q.lines.map(OrderQuoteLineType.from), firstInvoice: MoneyTotalsType.from(q.firstInvoiceTotals), monthly: MoneyTotalsType.from(q.monthlyTotals),
      setupFeeCents: q.setupFeeCents, expectedDeliveryOn: q.expectedDeliveryOn,
    });
  }
}

@ObjectType('OrderMilestone', { implements: Node, description: 'Jalon de livraison: planned and actual dates.' })
export class OrderMilestoneType extends Node {
  @Field(() => MilestoneKind, { description: 'Which milestone.' })
  kind!: MilestoneKind;

  @Field({ description: 'Libellé (Étude, Rendez-vous technicien…).' })
  label!: string;

  @Field({ description: 'Date prévue (YYYY-MM-DD).' })
  plannedOn!: string;

  @Field(() => String, { nullable: true, description: 'Date réelle (YYYY-MM-DD); null while not done.' })
  doneOn!: string | null;

  @Field({ description: 'En retard: past its planned date and not done, or done after it.' })
  late!: boolean;

  static from(m: OrderMilestone, today: string): OrderMilestoneType {
    return Object.assign(new OrderMilestoneType(), {
      id: toGlobalId('OrderMilestone', m.id), kind: m.kind, label: MILESTONE_LABELS[m.kind], plannedOn: m.plannedOn, doneOn: m.doneOn ?? null, late: isLate(m, today),
    });
  }
}

@ObjectType('OrderNumber', { description: 'A phone number of an order: new from the pool, or ported in.' })
export class OrderNumberType {
  @Field(() => OrderNumberKind, { description: 'New or ported.' })
  kind!: OrderNumberKind;

  @Field({ description: 'The number (+33442990101).' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'RIO of a ported number.' })
  portingCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Titulaire of a ported number.' })
  holderName!: string | null;

  @Field(() => String, { nullable: true, description: 'Date de portabilité (YYYY-MM-DD).' })
  portingOn!: string | null;

  static from(n: OrderNumber): OrderNumberType {
    return Object.assign(new OrderNumberType(), { kind: n.kind, number: n.number, portingCode: n.portingCode ?? null, holderName: n.holderName ?? null, portingOn: n.portingOn ?? null });
  }
}

@ObjectType('CustomerOrderLine', { description: 'A line of an order: the offer, its options, its site, its OC and milestones.' })
export class CustomerOrderLineType {
  @Field(() => Int, { description: 'Position in the order.' })
  position!: number;

  @Field({ description: "Nom de l'offre with its options." })
  name!: string;

  @Field(() => OfferFamily, { description: "Famille d'offres." })
  family!: OfferFamily;

  @Field(() => [String], { description: 'Codes of the options taken.' })
  optionCodes!: string[];

  @Field(() => Int, { description: 'Quantité.' })
  quantity!: number;

  @Field(() => Int, { description: 'Monthly price excluding VAT of the line, in cents.' })
  monthlyPriceCents!: number;

  @Field(() => Int, { description: 'Frais de mise en service HT.' })
  setupFeeCents!: number;

  @Field({ description: 'Site de livraison.' })
  siteName!: string;

  @Field({ description: 'Réf. of the OC the line creates (OC…).' })
  contractedOfferReference!: string;

  @Field({ description: 'Date de mise en service prévue (YYYY-MM-DD).' })
  expectedActivationOn!: string;

  @Field(() => [OrderNumberType], { description: 'Numbers of the line (new and ported).' })
  @WithinParent('numbers of an order in reach')
  numbers!: OrderNumberType[];

  @Field(() => [OrderMilestoneType], { description: 'Jalons de livraison, in order.' })
  @WithinParent('milestones of an order in reach')
  milestones!: OrderMilestoneType[];
}

@ObjectType('CustomerOrder', { implements: Node, description: 'Commande (COM32623) as ordering follows it: type, state, dates, lines and milestones.' })
export class CustomerOrderType extends Node {
  @Field({ description: 'Réf. commande.' })
  reference!: string;

  @Field(() => OrderType, { description: 'Type commande.' })
  type!: OrderType;

  @Field(() => OrderState, { description: 'État.' })
  state!: OrderState;

  @Field({ description: 'Date de commande (YYYY-MM-DD).' })
  orderedOn!: string;

  @Field({ description: 'Date de livraison prévue (YYYY-MM-DD).' })
  expectedDeliveryOn!: string;

  @Field(() => String, { nullable: true, description: 'Date de livraison (YYYY-MM-DD) once Livrée.' })
  deliveredOn!: string | null;

  @Field({ description: 'Client final (raison sociale).' })
  endCustomerName!: string;

  @Field({ description: "Contact of the order: the milestones' e-mails go there." })
  contactEmail!: string;

  @Field(() => String, { nullable: true, description: "Motif de l'annulation." })
  cancelReason!: string | null;

  /** Internal: the row, for the lines' resolver. */
  detailId!: number;

  static from(o: OrderDetail): CustomerOrderType {
    return Object.assign(new CustomerOrderType(), {
      id: toGlobalId('CustomerOrder', o.id), detailId: o.id, reference: o.reference, type: o.type, state: o.state, orderedOn: o.orderedOn,
      expectedDeliveryOn: o.expectedDeliveryOn, deliveredOn: o.deliveredOn ?? null, endCustomerName: o.endCustomer.legalName, contactEmail: o.contactEmail, cancelReason: o.cancelReason ?? null,
    });
  }
}

@ObjectType('CustomerOrderEdge', { description: 'An order in the list.' })
export class CustomerOrderEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor!: string;

  @Field(() => CustomerOrderType, { description: 'The order.' })
  @WithinParent('the list was filtered by reach')
  node!: CustomerOrderType;
}

@ObjectType('CustomerOrderConnection', { description: 'A page of "Mes commandes".' })
export class CustomerOrderConnection {
  @Field(() => [CustomerOrderEdge], { description: 'The orders of the page.' })
  @WithinParent('the list was filtered by reach')
  edges!: CustomerOrderEdge[];

  @Field(() => PageInfo, { description: 'Where the page stands.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of orders matching the filters.' })
  totalCount!: number;
}
