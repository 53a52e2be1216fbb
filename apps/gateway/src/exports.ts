import { type FastifyInstance, type FastifyReply } from 'fastify';
import { type EntityManager } from '@mikro-orm/core';
import {
  COMPANY_STATE_LABELS, CompanyState, CustomerSortField, LEGAL_FORM_LABELS, LegalForm, SortDirection,
  managementPaths, searchCustomers, type CustomerFilter,
} from '@portal/company';
import { DomainError, Permission, encodeCursor, fromGlobalId, type Access } from '@portal/kernel';
import {
  ContractedOfferState, OcSortField, OrderType, ServiceKind, ServiceState, listContractedOffers, listCustomerServices, relationShown, type OcFilter,
} from '@portal/offers';
import { AccessControl } from '@portal/identity';
import { authenticate, httpCaller } from './auth.js';
import { type GatewayConfig } from './config.js';
import { sendCsv } from './csv.js';

const BATCH = 100;

/** A comma-separated query parameter as a list of enum values; anything else is a typed error. */
function listOf<T extends string>(value: unknown, allowed: Record<string, T>, field: string): T[] | null {
  if (typeof value !== 'string' || value === '') return null;
  const items = value.split(',');
  const known = new Set<string>(Object.values(allowed));
  const bad = items.find((i) => !known.has(i));
  if (bad) throw new DomainError('VALUE_INVALID', `Valeur inconnue : ${bad}.`, ['filter', field]);
  return items as T[];
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

function refuse(reply: FastifyReply, status: number, code: string, message: string, field: string[] | null = null) {
  return reply.code(status).header('content-type', 'application/json; charset=utf-8').send({ code, message, field });
}

const parisDateTime = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'medium' });
const frDate = (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('/') : '');

/**
 * CSV exports of the customer list and of a customer's services: the same filters, the same reach
 * and the same queries as the GraphQL lists, streamed page by page (keyset) so that memory stays
 * flat whatever the size.
 */
/** The caller of an HTTP route as the reach rule sees it, or null once the refusal (401/403) is sent. */
export function httpAccess(deps: { config: GatewayConfig; now: () => Date }) {
  return async (request: Parameters<typeof authenticate>[1], reply: FastifyReply, em: EntityManager): Promise<Access | null> => {
    const found = await httpCaller(em, request, deps.config, deps.now());
    return found instanceof AccessControl ? found : (refuse(reply, found.status, found.code, found.message), null);
  };
}

export function registerExports(app: FastifyInstance, deps: { config: GatewayConfig; em: () => EntityManager; now: () => Date }) {
  const caller = httpAccess(deps);


  app.get('/exports/customers.csv', async (request, reply) => {
    const em = deps.em();
    const access = await caller(request, reply, em);
    if (!access) return reply;
    const q = request.query as Record<string, unknown>;
    let filter: CustomerFilter;
    let order: { field: CustomerSortField; direction: SortDirection };
    try {
      filter = {
        identifier: text(q.identifier), legalName: text(q.legalName), createdFrom: text(q.createdFrom), createdTo: text(q.createdTo),
        legalForms: listOf(q.legalForms, LegalForm, 'legalForms'), states: listOf(q.states, CompanyState, 'states'),
      };
      order = {
        field: listOf(q.sort, CustomerSortField, 'sort')?.[0] ?? CustomerSortField.IDENTIFIER,
        direction: listOf(q.direction, SortDirection, 'direction')?.[0] ?? SortDirection.ASC,
      };
      // Validates the filter before the first byte is sent.
      await searchCustomers(em, access, { filter, order, first: 1, after: null, withTotal: false });
    } catch (error) {
      if (error instanceof DomainError) return refuse(reply, 400, error.code, error.message, error.field);
      throw error;
    }
    async function* rows() {
      let after: string | null = null;
      for (;;) {
        const page = await searchCustomers(em, access!, { filter, order, first: BATCH, after, withTotal: false });
        const shown = page.rows.slice(0, BATCH);
        const paths = await managementPaths(em, access!, shown.map((c) => c.id));
        for (const c of shown) {
          yield [c.id, c.reference, c.legalName, c.siren ?? '', LEGAL_FORM_LABELS[c.legalForm], COMPANY_STATE_LABELS[c.state as CompanyState],
            parisDateTime.format(c.createdAt), (paths.get(c.id) ?? []).map((p) => p.legalName).join(' > ')];
        }
        if (page.rows.length <= BATCH) return;
        after = encodeCursor(page.cursorOf(shown.at(-1)!));
        em.clear();
      }
    }
    return sendCsv(request, reply, 'clients.csv', ['Identifiant', 'Référence', 'Raison sociale', 'SIREN', 'Statut juridique', 'État', 'Date de création', 'Chemin'], rows());
  });

  app.get('/exports/contracted-offers.csv', async (request, reply) => {
    const em = deps.em();
    const access = await caller(request, reply, em);
    if (!access) return reply;
    const q = request.query as Record<string, unknown>;
    let filter: OcFilter;
    let field: OcSortField;
    let descending: boolean;
    try {
      const companyId = typeof q.companyId === 'string' && q.companyId ? fromGlobalId(q.companyId, 'Company') : null;
      if (q.companyId && companyId === null) throw new DomainError('NOT_FOUND', 'Société introuvable.', ['filter', 'companyId']);
      if (companyId !== null) await access.require(companyId, Permission.OFFERS_READ, 'Société', ['filter', 'companyId']);
      filter = {
        companyId, salesAdmin: text(q.salesAdmin), reference: text(q.reference), name: text(q.name), orderReference: text(q.orderReference),
        endCustomer: text(q.endCustomer), billingAccount: text(q.billingAccount), site: text(q.site),
        deliveredFrom: text(q.deliveredFrom), deliveredTo: text(q.deliveredTo),
        states: listOf(q.states, ContractedOfferState, 'states'), orderTypes: listOf(q.orderTypes, OrderType, 'orderTypes'),
      };
      field = listOf(q.sort, OcSortField, 'sort')?.[0] ?? OcSortField.DELIVERED_ON;
      descending = q.direction === undefined ? true : listOf(q.direction, SortDirection, 'direction')?.[0] === SortDirection.DESC;
      await listContractedOffers(em, access, { filter, field, descending, first: 1, after: null, withTotal: false });
    } catch (error) {
      if (error instanceof DomainError) return refuse(reply, error.code === 'NOT_FOUND' ? 404 : 400, error.code, error.message, error.field);
      throw error;
    }
    async function* rows() {
      let after: string | null = null;
      for (;;) {
        const page = await listContractedOffers(em, access!, { filter, field, descending, first: BATCH, after, withTotal: false });
        const shown = page.rows.slice(0, BATCH);
        for (const oc of shown) {
          // The same reach decision per relation as the GraphQL fields, the filters and the sorts.
          const [endCustomer, billingAccount, site] = await Promise.all([
            relationShown(access, oc.endCustomer.id), relationShown(access, oc.billingAccount.id), relationShown(access, oc.site.company.id),
          ]);
          yield [oc.salesAdmin?.displayName ?? 'Aucun', oc.reference, oc.name, oc.order?.reference ?? 'Aucune', endCustomer ? oc.endCustomer.legalName : '',
            billingAccount ? oc.billingAccount.legalName : '', site ? oc.site.name : '', frDate(oc.deliveredOn), oc.state, oc.orderType];
        }
        if (page.rows.length <= BATCH) return;
        after = encodeCursor(page.cursorOf(shown.at(-1)!));
        em.clear();
      }
    }
    return sendCsv(request, reply, 'offres-contractees.csv', ['Pilote ADV', 'Réf.', 'Nom', 'Réf. commande', 'Client final', 'Compte client', 'Site', 'Date de livraison', 'État', 'Type commande'], rows());
  });

  app.get('/exports/services.csv', async (request, reply) => {
    const em = deps.em();
    const access = await caller(request, reply, em);
    if (!access) return reply;
    const q = request.query as Record<string, unknown>;
    const companyId = typeof q.companyId === 'string' ? fromGlobalId(q.companyId, 'Company') : null;
    let filter: { kinds: ServiceKind[] | null; states: ServiceState[] | null; identifier: string | null };
    try {
      if (companyId === null) throw new DomainError('NOT_FOUND', 'Société introuvable.', ['companyId']);
      filter = { kinds: listOf(q.kinds, ServiceKind, 'kinds'), states: listOf(q.states, ServiceState, 'states'), identifier: text(q.identifier) };
      await listCustomerServices(em, access, { companyId, filter, first: 1, after: null, withTotal: false });
    } catch (error) {
      if (error instanceof DomainError) return refuse(reply, error.code === 'NOT_FOUND' ? 404 : 400, error.code, error.message, error.field);
      throw error;
    }
    async function* rows() {
      let after: string | null = null;
      for (;;) {
        const { rows: page } = await listCustomerServices(em, access!, { companyId: companyId!, filter, first: BATCH, after, withTotal: false });
        for (const s of page.slice(0, BATCH)) {
          const oc = s.contractedOffer;
          const site = await relationShown(access, oc.site.company.id);
          yield [s.kind, s.identifier, s.portingCode ?? '', s.state, frDate(s.endedOn), oc.reference, oc.name, site ? oc.site.name : '', site ? oc.site.city : ''];
        }
        if (page.length <= BATCH) return;
        const last = page[BATCH - 1]!;
        after = encodeCursor([last.identifier, last.id]);
        em.clear();
      }
    }
    return sendCsv(request, reply, 'services.csv', ['Type', 'Numéro / ligne', 'RIO', 'État', 'Fin', 'OC', 'Offre', 'Site', 'Ville'], rows());
  });
}
