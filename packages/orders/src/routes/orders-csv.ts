import { DomainError, Permission, callerOf, domainRoutes, frenchDate, fromGlobalId, keysetPages, listOf, refuseError, sendCsv, textParam } from '@portal/kernel';
import { OrderType } from '@portal/offers';
import { OrderState } from '../enums.js';
import { ORDER_STATE_LABELS, ORDER_TYPE_LABELS } from '../rules/labels.js';
import { listOrders, OrderSortField, type OrderFilter } from '../services/order-list.js';

/** The columns of "Mes commandes" as exported. */
export const ORDERS_CSV_HEADER = ['Réf. commande', 'Client final', 'Type', 'Date', 'État', 'Date de livraison prévue', 'Date de livraison'];

/** The export answers 404 for what is out of reach, 400 for the rest. */
const exportStatus = (code: string) => (code === 'NOT_FOUND' ? 404 : 400);

/**
 * `GET /exports/orders.csv`: "Mes commandes" (or the delivery desk, `toDeliver=true`) with the
 * list's filters, sort and reach, streamed page by page (keyset) so memory stays flat.
 */
export const ordersRoutes = domainRoutes('orders-routes', (app, options) => {
  app.get('/exports/orders.csv', async (request, reply) => {
    const em = options.em();
    const access = await callerOf(options, request, reply, em);
    if (!access) return reply;
    const q = request.query as Record<string, unknown>;
    let filter: OrderFilter;
    let field: OrderSortField;
    let descending: boolean;
    try {
      const companyId = textParam(q.companyId) ? fromGlobalId(String(q.companyId), 'Company') : null;
      if (q.companyId && companyId === null) throw new DomainError('NOT_FOUND', 'Société introuvable.', ['filter', 'companyId']);
      if (companyId !== null) await access.require(companyId, Permission.OFFERS_READ, 'Société', ['filter', 'companyId']);
      filter = {
        companyId, reference: textParam(q.reference), endCustomer: textParam(q.endCustomer), orderedFrom: textParam(q.orderedFrom), orderedTo: textParam(q.orderedTo),
        types: listOf(q.types, OrderType, ['filter', 'types']), states: listOf(q.states, OrderState, ['filter', 'states']), toDeliver: q.toDeliver === 'true',
      };
      field = listOf(q.sort, OrderSortField, ['filter', 'sort'])?.[0] ?? OrderSortField.ORDERED_ON;
      descending = q.direction === undefined ? true : listOf(q.direction, { ASC: 'ASC', DESC: 'DESC' }, ['filter', 'direction'])?.[0] === 'DESC';
      await listOrders(em, access, { filter, field, descending, first: 1, after: null, withTotal: false });
    } catch (error) {
      return refuseError(reply, error, exportStatus);
    }
    async function* rows() {
      for await (const shown of keysetPages(em, (after, first) => listOrders(em, access!, { filter, field, descending, first, after, withTotal: false }))) {
        for (const o of shown) {
          yield [o.reference, o.endCustomer.legalName, ORDER_TYPE_LABELS[o.type], frenchDate(o.orderedOn), ORDER_STATE_LABELS[o.state as OrderState], frenchDate(o.expectedDeliveryOn), frenchDate(o.deliveredOn)];
        }
      }
    }
    return sendCsv(request, reply, 'commandes.csv', ORDERS_CSV_HEADER, rows());
  });
});
