import { Field, Int, ObjectType } from 'type-graphql';
import { Node, PageInfo, WithinParent, toGlobalId, type Permission, type PortalContext } from '@portal/kernel';
import { SiteType } from '@portal/company';
import { type ContractedOffer } from '../entities/ContractedOffer.js';
import { type OcService } from '../entities/OcService.js';
import { ContractedOfferState, OrderType, ServiceKind, ServiceState } from '../enums.js';
import './enums.js';

@ObjectType('ContractedOffer', { implements: Node, description: 'Offre contractée (OC150943): one subscribed offer, delivered to a site of the end customer.' })
export class ContractedOfferType extends Node {
  @Field({ description: 'Réf., e.g. OC150943.' })
  reference!: string;

  @Field({ description: 'Nom, e.g. "Création et portabilités de numéros".' })
  name!: string;

  @Field(() => ContractedOfferState, { description: 'État.' })
  state!: ContractedOfferState;

  @Field(() => OrderType, { description: 'Type commande.' })
  orderType!: OrderType;

  @Field(() => String, { nullable: true, description: 'Date de livraison (YYYY-MM-DD).' })
  deliveredOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Date de mise en service: billing starts here (YYYY-MM-DD).' })
  activatedOn!: string | null;

  @Field(() => String, { nullable: true, description: "Date de fin d'engagement (YYYY-MM-DD): the commitment's last day, the day before the anniversary (24 months from 16/06/2025 end on 15/06/2027)." })
  commitmentEndsOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of service once terminated (YYYY-MM-DD).' })
  terminatedOn!: string | null;

  @Field(() => Int, { description: 'Monthly price excluding VAT, in cents, as subscribed.' })
  monthlyPriceCents!: number;

  @Field(() => String, { nullable: true, description: 'Pilote ADV; null shows as "Aucun".' })
  salesAdminName!: string | null;

  @Field(() => String, { nullable: true, description: 'Réf. commande of the order shown; null shows as "Aucune".' })
  orderReference!: string | null;

  /** Not exposed: the database ids, for field resolvers. */
  dbId!: number;
  endCustomerId!: number;
  billingAccountId!: number;
  siteId!: number;
  /** Loaded relations when the OC came from a list or detail query (not exposed). */
  loaded?: ContractedOffer;

  static from(oc: ContractedOffer): ContractedOfferType {
    return Object.assign(new ContractedOfferType(), {
      id: toGlobalId('ContractedOffer', oc.id),
      dbId: oc.id,
      endCustomerId: oc.endCustomer.id,
      billingAccountId: oc.billingAccount.id,
      siteId: oc.site.id,
      reference: oc.reference,
      name: oc.name,
      state: oc.state,
      orderType: oc.orderType,
      deliveredOn: oc.deliveredOn ?? null,
      activatedOn: oc.activatedOn ?? null,
      commitmentEndsOn: oc.commitmentEndsOn ?? null,
      terminatedOn: oc.terminatedOn ?? null,
      monthlyPriceCents: oc.monthlyPriceCents,
      salesAdminName: oc.salesAdmin && (oc.salesAdmin as { displayName?: string }).displayName !== undefined ? oc.salesAdmin.displayName : null,
      orderReference: oc.order && (oc.order as { reference?: string }).reference !== undefined ? oc.order.reference : null,
      loaded: oc,
    });
  }
}

@ObjectType('Service', { implements: Node, description: 'A service of a customer: a phone number, an access line or a trunk.' })
export class ServiceType extends Node {
  @Field(() => ServiceKind, { description: 'What it is.' })
  kind!: ServiceKind;

  @Field({ description: 'The number (+33442270001), the line or the trunk.' })
  identifier!: string;

  @Field(() => String, { nullable: true, description: 'RIO (relevé d\'identité opérateur) of a phone number, to port it to another operator.' })
  portingCode!: string | null;

  @Field(() => ServiceState, { description: 'État.' })
  state!: ServiceState;

  @Field(() => String, { nullable: true, description: 'Last day of service, once ended (YYYY-MM-DD).' })
  endedOn!: string | null;

  @Field(() => ContractedOfferType, { description: 'The OC it belongs to.' })
  @WithinParent('the OC of a service in reach')
  contractedOffer!: ContractedOfferType;

  @Field(() => SiteType, { description: 'The site it is delivered to.' })
  @WithinParent('the site of the end customer of a service in reach')
  site!: SiteType;

  /** The service, its site as the caller may see it given their permissions on the site's company. */
  static from(service: OcService, sitePermissions: ReadonlySet<Permission>): ServiceType {
    const oc = service.contractedOffer;
    return Object.assign(new ServiceType(), {
      id: toGlobalId('Service', service.id),
      kind: service.kind,
      identifier: service.identifier,
      portingCode: service.portingCode ?? null,
      state: service.state,
      endedOn: service.endedOn ?? null,
      contractedOffer: ContractedOfferType.from(oc),
      site: SiteType.forCaller(oc.site, sitePermissions),
    });
  }
}

/** Services with their sites as the caller may see them (oc-relations): one permission lookup per site's company. */
export async function servicesForCaller(ctx: PortalContext, services: readonly OcService[]): Promise<ServiceType[]> {
  const perms = await Promise.all(services.map((s) => ctx.access?.permissionsOn(s.contractedOffer.site.company.id) ?? Promise.resolve(new Set<Permission>())));
  return services.map((s, i) => ServiceType.from(s, perms[i]!));
}

@ObjectType('ServiceEdge', { description: 'A service in a list.' })
export class ServiceEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor!: string;

  @Field(() => ServiceType, { description: 'The service.' })
  @WithinParent('the list was filtered by reach')
  node!: ServiceType;
}

@ObjectType('ServiceConnection', { description: 'A page of services, by identifier.' })
export class ServiceConnection {
  @Field(() => [ServiceEdge], { description: 'The services of the page.' })
  @WithinParent('the list was filtered by reach')
  edges!: ServiceEdge[];

  @Field(() => PageInfo, { description: 'Where the page stands.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of services matching the filters.' })
  totalCount!: number;
}
