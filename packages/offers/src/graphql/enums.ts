import { registerEnumType } from 'type-graphql';
import { ContractedOfferState, OrderType, ServiceKind, ServiceState } from '../enums.js';

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
