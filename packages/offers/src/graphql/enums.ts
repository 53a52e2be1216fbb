import { registerEnumType } from 'type-graphql';
import { ContractedOfferState, EarlyTerminationPolicy, LastPeriodPolicy, OrderType, ServiceKind, ServiceState, TerminationState } from '../enums.js';
import { OcSortField } from '../services/oc-list.js';

registerEnumType(ServiceKind, {
  name: 'ServiceKind',
  description: 'What a service is.',
  valuesConfig: {
    PHONE_NUMBER: { description: 'A phone number (with its RIO code).' },
    ACCESS_LINE: { description: 'An access line (fibre, copper…).' },
    TRUNK: { description: 'A SIP trunk.' },
  },
});

registerEnumType(ServiceState, {
  name: 'ServiceState',
  description: 'Whether a service runs.',
  valuesConfig: {
    ACTIVE: { description: 'In service.' },
    PORTED_OUT: { description: 'The number left for another operator.' },
    TERMINATED: { description: 'Ended.' },
  },
});

registerEnumType(ContractedOfferState, {
  name: 'ContractedOfferState',
  description: 'État of a contracted offer.',
  valuesConfig: {
    ORDERED: { description: 'Commandée.' },
    IN_DELIVERY: { description: 'En cours de livraison.' },
    DELIVERED: { description: 'Livrée.' },
    TERMINATION_REQUESTED: { description: 'Résiliation demandée.' },
    TERMINATED: { description: 'Résiliée.' },
  },
});

registerEnumType(OrderType, {
  name: 'OrderType',
  description: 'Type commande.',
  valuesConfig: {
    CREATION: { description: 'Création.' },
    MODIFICATION: { description: 'Modification.' },
    TERMINATION: { description: 'Résiliation.' },
    PORTING: { description: 'Portabilité.' },
  },
});

registerEnumType(TerminationState, {
  name: 'TerminationState',
  description: 'Where a termination stands.',
  valuesConfig: {
    REQUESTED: { description: 'Requested, waiting for its effective date; can be withdrawn until then.' },
    WITHDRAWN: { description: 'Withdrawn before taking effect.' },
    EFFECTIVE: { description: 'Applied: the OC is terminated and its closing invoice issued.' },
  },
});

registerEnumType(LastPeriodPolicy, {
  name: 'LastPeriodPolicy',
  description: 'How the last, started period of an OC is billed.',
  valuesConfig: {
    FULL_PERIOD_DUE: { description: 'Any started month is due in full.' },
    PRORATA: { description: 'Refunded prorata temporis from the effective date, as a credit note.' },
  },
});

registerEnumType(EarlyTerminationPolicy, {
  name: 'EarlyTerminationPolicy',
  description: 'What terminating before the commitment end costs.',
  valuesConfig: {
    NONE: { description: 'Nothing.' },
    REMAINING_FEES_SHARE: { description: 'A share of the monthly fees left until the commitment end.' },
  },
});

registerEnumType(OcSortField, {
  name: 'ContractedOfferSortField',
  description: 'Columns of the OC list.',
  valuesConfig: {
    SALES_ADMIN: { description: 'Pilote ADV.' },
    REFERENCE: { description: 'Réf.' },
    NAME: { description: 'Nom.' },
    ORDER_REFERENCE: { description: 'Réf. commande.' },
    END_CUSTOMER: { description: 'Client final.' },
    BILLING_ACCOUNT: { description: 'Compte client.' },
    SITE: { description: 'Site.' },
    DELIVERED_ON: { description: 'Date de livraison.' },
    STATE: { description: 'État.' },
    ORDER_TYPE: { description: 'Type commande.' },
  },
});
