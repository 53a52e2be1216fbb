import { provideTerminationOrders } from '@portal/offers';
import { recordTerminationOrder } from '@portal/orders';

// Every termination (offers) is a Résiliation order whose lifecycle ordering shows in "Mes commandes".
provideTerminationOrders(recordTerminationOrder);
