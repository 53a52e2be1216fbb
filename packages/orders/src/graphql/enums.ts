import { registerEnumType } from 'type-graphql';
import { OrderSortField } from '../services/order-list.js';

registerEnumType(OrderSortField, {
  name: 'OrderSortField',
  description: 'Columns of "Mes commandes".',
  valuesConfig: {
    REFERENCE: { description: 'Réf. commande.' },
    END_CUSTOMER: { description: 'Client final.' },
    TYPE: { description: 'Type.' },
    ORDERED_ON: { description: 'Date de commande.' },
    STATE: { description: 'État.' },
    EXPECTED_DELIVERY_ON: { description: 'Date de livraison prévue.' },
  },
});
