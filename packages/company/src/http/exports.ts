import { callerOf, domainRoutes, keysetPages, listOf, refuseError, sendCsv, textParam } from '@portal/kernel';
import { CompanyState, LegalForm } from '../enums.js';
import { COMPANY_STATE_LABELS, LEGAL_FORM_LABELS } from '../rules/labels.js';
import { CustomerSortField, SortDirection, managementPaths, searchCustomers, type CustomerFilter } from '../services/customer-search.js';

const parisDateTime = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'medium' });

/**
 * GET /exports/customers.csv: the customer list with the GraphQL list's filters, sort and reach,
 * streamed page by page (keyset) so that memory stays flat whatever the size. Any refusal is 400.
 */
export const companyRoutes = domainRoutes('company-routes', (app, options) => {
  app.get('/exports/customers.csv', async (request, reply) => {
    const em = options.em();
    const access = await callerOf(options, request, reply, em);
    if (!access) return reply;
    const q = request.query as Record<string, unknown>;
    let filter: CustomerFilter;
    let order: { field: CustomerSortField; direction: SortDirection };
    try {
      filter = {
        identifier: textParam(q.identifier), legalName: textParam(q.legalName), createdFrom: textParam(q.createdFrom), createdTo: textParam(q.createdTo),
        legalForms: listOf(q.legalForms, LegalForm, ['filter', 'legalForms']), states: listOf(q.states, CompanyState, ['filter', 'states']),
      };
      order = {
        field: listOf(q.sort, CustomerSortField, ['filter', 'sort'])?.[0] ?? CustomerSortField.IDENTIFIER,
        direction: listOf(q.direction, SortDirection, ['filter', 'direction'])?.[0] ?? SortDirection.ASC,
      };
      // Validates the filter before the first byte is sent.
      await searchCustomers(em, access, { filter, order, first: 1, after: null, withTotal: false });
    } catch (error) {
      return refuseError(reply, error, () => 400);
    }
    async function* rows() {
      for await (const shown of keysetPages(em, (after, first) => searchCustomers(em, access!, { filter, order, first, after, withTotal: false }))) {
        const paths = await managementPaths(em, access!, shown.map((c) => c.id));
        for (const c of shown) {
          yield [c.id, c.reference, c.legalName, c.siren ?? '', LEGAL_FORM_LABELS[c.legalForm], COMPANY_STATE_LABELS[c.state as CompanyState],
            parisDateTime.format(c.createdAt), (paths.get(c.id) ?? []).map((p) => p.legalName).join(' > ')];
        }
      }
    }
    return sendCsv(request, reply, 'clients.csv', ['Identifiant', 'Référence', 'Raison sociale', 'SIREN', 'Statut juridique', 'État', 'Date de création', 'Chemin'], rows());
  });
});
