import { registerEnumType } from 'type-graphql';

/** Famille d'offres of the catalogue; each family has its own delivery milestones. */
export enum OfferFamily {
  /** Numéros: geographic (zones 01–05) and non-geographic, "Création et portabilités de numéros". */
  NUMBERS = 'NUMBERS',
  /** Trunks SIP. */
  SIP_TRUNK = 'SIP_TRUNK',
  /** Accès Internet: fibre, SDSL. */
  INTERNET_ACCESS = 'INTERNET_ACCESS',
  /** Communications unifiées "Com'Unifiées". */
  UNIFIED_COMMUNICATIONS = 'UNIFIED_COMMUNICATIONS',
  /** Lignes mobiles. */
  MOBILE = 'MOBILE',
}

/** État of an order: Reçue → Validée → En cours de livraison → Livrée, or Annulée. */
export enum OrderState {
  RECEIVED = 'RECEIVED',
  VALIDATED = 'VALIDATED',
  IN_DELIVERY = 'IN_DELIVERY',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
}

/** Jalon de livraison: a dated step, per family. */
export enum MilestoneKind {
  FEASIBILITY_STUDY = 'FEASIBILITY_STUDY',
  ACCESS_ORDER = 'ACCESS_ORDER',
  TECHNICIAN_APPOINTMENT = 'TECHNICIAN_APPOINTMENT',
  NUMBER_RESERVATION = 'NUMBER_RESERVATION',
  PORTING_PLANNED = 'PORTING_PLANNED',
  NUMBERS_PORTED = 'NUMBERS_PORTED',
  CONFIGURATION = 'CONFIGURATION',
  TESTS = 'TESTS',
  SIM_SHIPPING = 'SIM_SHIPPING',
  ACTIVATION = 'ACTIVATION',
}

/** A phone number of an order: new from the pool, or ported in with its RIO. */
export enum OrderNumberKind {
  NEW = 'NEW',
  PORTED = 'PORTED',
}

/** A number of the pool: free, reserved by an order, or assigned to a delivered OC. */
export enum PoolNumberState {
  FREE = 'FREE',
  RESERVED = 'RESERVED',
  ASSIGNED = 'ASSIGNED',
}

/** Who cancels an order. */
export enum CancelledBy {
  CUSTOMER = 'CUSTOMER',
  PROVIDER = 'PROVIDER',
}

registerEnumType(OfferFamily, {
  name: 'OfferFamily',
  description: "Famille d'offres of the catalogue.",
  valuesConfig: {
    NUMBERS: { description: 'Numéros (géographiques par zone 01–05, non géographiques), création et portabilité.' },
    SIP_TRUNK: { description: 'Trunks SIP.' },
    INTERNET_ACCESS: { description: 'Accès Internet (fibre, SDSL).' },
    UNIFIED_COMMUNICATIONS: { description: "Communications unifiées (Com'Unifiées)." },
    MOBILE: { description: 'Lignes mobiles.' },
  },
});

registerEnumType(OrderState, {
  name: 'OrderState',
  description: "État d'une commande.",
  valuesConfig: {
    RECEIVED: { description: 'Reçue: the customer may still cancel it.' },
    VALIDATED: { description: 'Validée by the provider.' },
    IN_DELIVERY: { description: 'En cours de livraison: a first milestone is done.' },
    DELIVERED: { description: 'Livrée: every OC of the order is delivered.' },
    CANCELLED: { description: 'Annulée (by the customer while Reçue, by the provider with a reason).' },
  },
});

registerEnumType(MilestoneKind, {
  name: 'MilestoneKind',
  description: 'Jalon de livraison.',
  valuesConfig: {
    FEASIBILITY_STUDY: { description: 'Étude (fibre).' },
    ACCESS_ORDER: { description: "Commande d'accès (fibre)." },
    TECHNICIAN_APPOINTMENT: { description: 'Rendez-vous technicien (fibre).' },
    NUMBER_RESERVATION: { description: 'Réservation des numéros.' },
    PORTING_PLANNED: { description: 'Portabilité planifiée.' },
    NUMBERS_PORTED: { description: 'Numéros portés.' },
    CONFIGURATION: { description: 'Configuration (trunk, communications unifiées).' },
    TESTS: { description: 'Tests (trunk).' },
    SIM_SHIPPING: { description: 'Envoi des cartes SIM (mobile).' },
    ACTIVATION: { description: 'Mise en service: the OC is delivered and billing starts.' },
  },
});

registerEnumType(OrderNumberKind, {
  name: 'OrderNumberKind',
  description: 'A number of an order: new or ported in.',
  valuesConfig: { NEW: { description: 'Nouveau numéro, reserved from the pool of its zone.' }, PORTED: { description: 'Numéro porté, with its RIO.' } },
});
