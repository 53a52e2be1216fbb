import { OrderType } from '@portal/offers';
import { OrderState } from '../enums.js';

/** Type commande, as the lists and exports show it. */
export const ORDER_TYPE_LABELS: Readonly<Record<OrderType, string>> = {
  CREATION: 'Création', MODIFICATION: 'Modification', TERMINATION: 'Résiliation', PORTING: 'Portabilité',
};

/** État d'une commande. */
export const ORDER_STATE_LABELS: Readonly<Record<OrderState, string>> = {
  RECEIVED: 'Reçue', VALIDATED: 'Validée', IN_DELIVERY: 'En cours de livraison', DELIVERED: 'Livrée', CANCELLED: 'Annulée',
};
