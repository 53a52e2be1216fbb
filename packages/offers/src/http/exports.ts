import { Permission, frenchDate as frDate, callerOf, domainRoutes, fromGlobalId, keysetPages, listOf, refuseError, sendCsv, textParam, DomainError } from '@portal/kernel';
import { SortDirection } from '@portal/company';
import { type OcService } from '../entities/OcService.js';
import { ContractedOfferState, OrderType, ServiceKind, ServiceState } from '../enums.js';
import { listCustomerServices } from '../services/customer-services.js';
import { OcSortField, listContractedOffers, type OcFilter } from '../services/oc-list.js';
import { relationShown } from '../services/oc-relations.js';

/** The exports answer 404 for what is out of reach, 400 for the rest. */
const exportStatus = (code: string) => (code === 'NOT_FOUND' ? 404 : 400);

/**
 * CSV exports of the OC list and of a customer's services: the same filters, the same reach and
 * the same queries as the GraphQL lists, streamed page by page (keyset).
 */
export const offersRoutes = domainRoutes('offers-routes', (app, options) => {
  app.get('/exports/contracted-offers.csv', async (request, reply) => {
    const em = options.em();
    const access = await callerOf(options, request, reply, em);
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
        companyId, salesAdmin: textParam(q.salesAdmin), reference: textParam(q.reference), name: textParam(q.name), orderReference: textParam(q.orderReference),
        endCustomer: textParam(q.endCustomer), billingAccount: textParam(q.billingAccount), site: textParam(q.site),
        deliveredFrom: textParam(q.deliveredFrom), deliveredTo: textParam(q.deliveredTo),
        states: listOf(q.states, ContractedOfferState, ['filter', 'states']), orderTypes: listOf(q.orderTypes, OrderType, ['filter', 'orderTypes']),
      };
      field = listOf(q.sort, OcSortField, ['filter', 'sort'])?.[0] ?? OcSortField.DELIVERED_ON;
      descending = q.direction === undefined ? true : listOf(q.direction, SortDirection, ['filter', 'direction'])?.[0] === SortDirection.DESC;
      await listContractedOffers(em, access, { filter, field, descending, first: 1, after: null, withTotal: false });
    } catch (error) {
      return refuseError(reply, error, exportStatus);
    }
    async function* rows() {
      for await (const shown of keysetPages(em, (after, first) => listContractedOffers(em, access!, { filter, field, descending, first, after, withTotal: false }))) {
        for (const oc of shown) {
          // The same reach decision per relation as the GraphQL fields, the filters and the sorts.
          const [endCustomer, billingAccount, site] = await Promise.all([
            relationShown(access!, oc.endCustomer.id), relationShown(access!, oc.billingAccount.id), relationShown(access!, oc.site.company.id),
          ]);
          yield [oc.salesAdmin?.displayName ?? 'Aucun', oc.reference, oc.name, oc.order?.reference ?? 'Aucune', endCustomer ? oc.endCustomer.legalName : '',
            billingAccount ? oc.billingAccount.legalName : '', site ? oc.site.name : '', frDate(oc.deliveredOn), oc.state, oc.orderType];
        }
      }
    }
    return sendCsv(request, reply, 'offres-contractees.csv', ['Pilote ADV', 'Réf.', 'Nom', 'Réf. commande', 'Client final', 'Compte client', 'Site', 'Date de livraison', 'État', 'Type commande'], rows());
  });

  app.get('/exports/services.csv', async (request, reply) => {
    const em = options.em();
    const access = await callerOf(options, request, reply, em);
    if (!access) return reply;
    const q = request.query as Record<string, unknown>;
    const companyId = typeof q.companyId === 'string' ? fromGlobalId(q.companyId, 'Company') : null;
    let filter: { kinds: ServiceKind[] | null; states: ServiceState[] | null; identifier: string | null };
    try {
      if (companyId === null) throw new DomainError('NOT_FOUND', 'Société introuvable.', ['companyId']);
      filter = { kinds: listOf(q.kinds, ServiceKind, ['filter', 'kinds']), states: listOf(q.states, ServiceState, ['filter', 'states']), identifier: textParam(q.identifier) };
      await listCustomerServices(em, access, { companyId, filter, first: 1, after: null, withTotal: false });
    } catch (error) {
      return refuseError(reply, error, exportStatus);
    }
    async function* rows() {
      const read = async (after: string | null, first: number) => ({
        rows: (await listCustomerServices(em, access!, { companyId: companyId!, filter, first, after, withTotal: false })).rows,
        cursorOf: (s: OcService) => [s.identifier, s.id],
      });
      for await (const shown of keysetPages(em, read)) {
        for (const s of shown) {
          const oc = s.contractedOffer;
          const site = await relationShown(access!, oc.site.company.id);
          yield [s.kind, s.identifier, s.portingCode ?? '', s.state, frDate(s.endedOn), oc.reference, oc.name, site ? oc.site.name : '', site ? oc.site.city : ''];
        }
      }
    }
    return sendCsv(request, reply, 'services.csv', ['Type', 'Numéro / ligne', 'RIO', 'État', 'Fin', 'OC', 'Offre', 'Site', 'Ville'], rows());
  });
});
