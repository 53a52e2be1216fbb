import { type EntityManager } from '@mikro-orm/core';
import { type FastifyPluginAsync, type FastifyReply, type FastifyRequest } from 'fastify';
import { DomainError, Permission, encodeCursor, fromGlobalId, type Access } from '@portal/kernel';
import { OrderType } from '@portal/offers';
import { OrderState } from '../enums.js';
import { ORDER_STATE_LABELS, ORDER_TYPE_LABELS } from '../rules/labels.js';
import { listOrders, OrderSortField, type OrderFilter } from '../services/order-list.js';

type Cell = string | number | null;

/** What the gateway gives the orders routes: the caller's reach (or the refusal already sent), an entity manager, its CSV writer. */
export interface OrdersRoutesOptions {
  em(): EntityManager;
  access(request: FastifyRequest, reply: FastifyReply, em: EntityManager): Promise<Access | null>;
  sendCsv(request: FastifyRequest, reply: FastifyReply, filename: string, header: string[], rows: AsyncIterable<Cell[]>): FastifyReply;
}

const BATCH = 100;
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
const frDate = (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('/') : '');

function listOf<T extends string>(value: unknown, allowed: Record<string, T>, field: string): T[] | null {
  if (typeof value !== 'string' || value === '') return null;
  const items = value.split(',');
  const bad = items.find((i) => !(Object.values(allowed) as string[]).includes(i));
  if (bad) throw new DomainError('VALUE_INVALID', `Valeur inconnue : ${bad}.`, ['filter', field]);
  return items as T[];
}

/** The columns of "Mes commandes" as exported. */
export const ORDERS_CSV_HEADER = ['Réf. commande', 'Client final', 'Type', 'Date', 'État', 'Date de livraison prévue', 'Date de livraison'];

/**
 * `GET /exports/orders.csv`: "Mes commandes" (or the delivery desk, `toDeliver=true`) with the
 * list's filters, sort and reach, streamed page by page (keyset) so memory stays flat.
 */
export const ordersRoutes: FastifyPluginAsync<OrdersRoutesOptions> = async (app, options) => {
  app.get('/exports/orders.csv', async (request, reply) => {
    const em = options.em();
    const access = await options.access(request, reply, em);
    if (!access) return reply;
    const q = request.query as Record<string, unknown>;
    let filter: OrderFilter;
    let field: OrderSortField;
    let descending: boolean;
    try {
      const companyId = text(q.companyId) ? fromGlobalId(String(q.companyId), 'Company') : null;
      if (q.companyId && companyId === null) throw new DomainError('NOT_FOUND', 'Société introuvable.', ['filter', 'companyId']);
      if (companyId !== null) await access.require(companyId, Permission.OFFERS_READ, 'Société', ['filter', 'companyId']);
      filter = {
        companyId, reference: text(q.reference), endCustomer: text(q.endCustomer), orderedFrom: text(q.orderedFrom), orderedTo: text(q.orderedTo),
        types: listOf(q.types, OrderType, 'types'), states: listOf(q.states, OrderState, 'states'), toDeliver: q.toDeliver === 'true',
      };
      field = listOf(q.sort, OrderSortField, 'sort')?.[0] ?? OrderSortField.ORDERED_ON;
      descending = q.direction === undefined ? true : listOf(q.direction, { ASC: 'ASC', DESC: 'DESC' }, 'direction')?.[0] === 'DESC';
      await listOrders(em, access, { filter, field, descending, first: 1, after: null, withTotal: false });
    } catch (error) {
      if (error instanceof DomainError) {
        return reply.code(error.code === 'NOT_FOUND' ? 404 : 400).header('content-type', 'application/json; charset=utf-8').send({ code: error.code, message: error.message, field: error.field });
      }
      throw error;
    }
    async function* rows(): AsyncIterable<Cell[]> {
      let after: string | null = null;
      for (;;) {
        const page = await listOrders(em, access!, { filter, field, descending, first: BATCH, after, withTotal: false });
        const shown = page.rows.slice(0, BATCH);
        for (const o of shown) {
          yield [o.reference, o.endCustomer.legalName, ORDER_TYPE_LABELS[o.type], frDate(o.orderedOn), ORDER_STATE_LABELS[o.state as OrderState], frDate(o.expectedDeliveryOn), frDate(o.deliveredOn)];
        }
        if (page.rows.length <= BATCH) return;
        after = encodeCursor(page.cursorOf(shown.at(-1)!));
        em.clear();
      }
    }
    return options.sendCsv(request, reply, 'commandes.csv', ORDERS_CSV_HEADER, rows());
  });
};
