import { Readable } from 'node:stream';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { ZipFile } from 'yazl';
import { SortDirection } from '@portal/company';
import {
  DomainError, EXPORT_BATCH, Permission, callerOf, domainRoutes, fromGlobalId, keysetPages, listOf, listParam, refuse, refuseError, sendCsv, textParam, todayInParis,
  type DomainRouteOptions,
} from '@portal/kernel';
import { CreditNoteState } from '../enums.js';
import { type CreditNote } from '../entities/CreditNote.js';
import { type Invoice } from '../entities/Invoice.js';
import { frenchDate, frenchDecimal } from '../pdf/printable.js';
import { InvoiceDisplayState, invoiceDisplayState } from '../rules/invoice-state.js';
import { XmlSyntax, documentFile, documentsInReach, renderCheckedDocument, type PrintableKind } from '../services/document-files.js';
import {
  CreditNoteSortField, DocumentScope, InvoiceSortField, documentListSql, listDocuments, type DocumentFilter, type DocumentKindName, type DocumentListInput,
} from '../services/document-list.js';

function cents(value: unknown, field: string): number | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || !/^[0-9]{1,10}$/.test(value)) {
    throw new DomainError('AMOUNT_INVALID', 'Un montant est un nombre entier de centimes, positif ou nul.', ['filter', field]);
  }
  return Number(value);
}

const INVOICE_STATE_LABELS: Record<InvoiceDisplayState, string> = { ISSUED: 'Émise', OVERDUE: 'En retard', PAID: 'Payée' };
const CREDIT_NOTE_STATE_LABELS: Record<CreditNoteState, string> = { ISSUED: 'Émis', REFUNDED: 'Remboursé' };

/**
 * The documents of the billing domain over HTTP, with the same reach as GraphQL (BILLING_READ on
 * the billed company; a document out of reach is "not found", exactly like one that does not
 * exist), with the session cookie or a Bearer token:
 *
 * - GET /documents/invoices/<global id>.pdf, /documents/credit-notes/<global id>.pdf: the
 *   Factur-X PDF of one document; the same path ending in .cii.xml or .ubl.xml: its EN 16931 XML
 *   alone, in UN/CEFACT CII or UBL 2.1;
 * - GET /documents/invoices.zip?ids=<id>,<id>, /documents/credit-notes.zip?ids=…: several PDFs in
 *   one ZIP, streamed; every id is checked before the first byte, and one out of reach refuses
 *   the whole request;
 * - GET /exports/invoices.csv, /exports/credit-notes.csv: the lists with the GraphQL filters,
 *   UTF-8 with BOM and `;`, streamed in keyset batches.
 */
export const billingRoutes = domainRoutes('billing-routes', (app, deps: DomainRouteOptions) => {
  const caller = (request: FastifyRequest, reply: FastifyReply, em: Parameters<typeof callerOf>[3]) => callerOf(deps, request, reply, em);

  const kinds: { kind: PrintableKind; segment: string; zipName: string }[] = [
    { kind: 'INVOICE', segment: 'invoices', zipName: 'factures.zip' },
    { kind: 'CREDIT_NOTE', segment: 'credit-notes', zipName: 'avoirs.zip' },
  ];

  for (const { kind, segment, zipName } of kinds) {
    const what = kind === 'INVOICE' ? 'Facture' : 'Avoir';

    app.get(`/documents/${segment}/:file`, async (request, reply) => {
      const em = deps.em();
      const access = await caller(request, reply, em);
      if (!access) return reply;
      const match = /^(.{1,100})\.(pdf|cii\.xml|ubl\.xml)$/.exec((request.params as { file: string }).file);
      const id = match ? fromGlobalId(match[1]!, kind === 'INVOICE' ? 'Invoice' : 'CreditNote') : null;
      const format = match?.[2] === 'cii.xml' ? XmlSyntax.CII : match?.[2] === 'ubl.xml' ? XmlSyntax.UBL : 'PDF';
      const pdf = id === null ? null : await documentFile(em, access, kind, id, format);
      if (!pdf) return refuse(reply, 404, 'NOT_FOUND', `${what} introuvable.`);
      return reply
        .header('content-type', pdf.contentType)
        .header('content-disposition', `inline; filename="${pdf.fileName}"`)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(pdf.bytes);
    });

    app.get(`/documents/${segment}.zip`, async (request, reply) => {
      const em = deps.em();
      const access = await caller(request, reply, em);
      if (!access) return reply;
      let ids: number[];
      try {
        ids = await documentsInReach(em, access, kind, listParam((request.query as Record<string, unknown>).ids));
      } catch (error) {
        return refuseError(reply, error);
      }
      // Every id is in reach: from here on the archive streams, one PDF rendered at a time.
      const zip = new ZipFile();
      void (async () => {
        try {
          for (const id of ids) {
            if ((zip.outputStream as Readable).destroyed) return; // the client went away
            const pdf = await renderCheckedDocument(em, kind, id);
            zip.addBuffer(pdf.bytes, pdf.fileName, { mtime: new Date(`${pdf.issuedOn}T12:00:00Z`), compress: true });
            em.clear();
          }
          zip.end();
        } catch (err) {
          request.log.error({ err }, 'ZIP of documents failed');
          (zip.outputStream as Readable).destroy(err as Error);
        }
      })();
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${zipName}"`)
        .header('cache-control', 'private, no-store')
        .send(zip.outputStream);
    });
  }

  /** Reads the list filters from the query string, with the GraphQL names and field paths. */
  function listInput<F extends string>(q: Record<string, unknown>, kind: DocumentKindName, sortFields: Record<string, F>, defaultSort: F): DocumentListInput<F> {
    const companyIds = listParam(q.companyIds).map((value, i) => {
      const id = fromGlobalId(value, 'Company');
      if (id === null) throw new DomainError('ID_INVALID', "Ce n'est pas l'identifiant d'une société.", ['filter', 'companyIds', String(i)]);
      return id;
    });
    const companyId = textParam(q.companyId);
    const filter: DocumentFilter = {
      issuedFrom: textParam(q.issuedFrom),
      issuedTo: textParam(q.issuedTo),
      states: kind === 'invoice' ? listOf(q.states, InvoiceDisplayState, ['filter', 'states']) : listOf(q.states, CreditNoteState, ['filter', 'states']),
      amountMin: cents(q.amountMin, 'amountMin'),
      amountMax: cents(q.amountMax, 'amountMax'),
      companyIds: q.companyIds === undefined ? null : companyIds,
    };
    let company: number | null = null;
    if (companyId !== null) {
      company = fromGlobalId(companyId, 'Company');
      if (company === null) throw new DomainError('NOT_FOUND', 'Société introuvable.', ['companyId']);
    }
    return {
      scope: listOf(q.scope, DocumentScope, ['scope'])?.[0] ?? DocumentScope.COMPANY,
      companyId: company,
      filter,
      order: {
        field: listOf(q.sort, sortFields, ['orderBy', 'field'])?.[0] ?? defaultSort,
        direction: listOf(q.direction, SortDirection, ['orderBy', 'direction'])?.[0] ?? SortDirection.DESC,
      },
      first: EXPORT_BATCH,
      after: null,
      withTotals: false,
    };
  }

  /** Streams a list page after page (keyset), after checking the request before the first byte. */
  async function exportList<T extends Invoice | CreditNote, F extends string>(
    request: FastifyRequest,
    reply: FastifyReply,
    kind: DocumentKindName,
    sortFields: Record<string, F>,
    defaultSort: F,
    csv: { filename: string; header: string[]; row: (entity: T, today: string) => (string | number | null)[] },
  ) {
    const em = deps.em();
    const access = await caller(request, reply, em);
    if (!access) return reply;
    let input: DocumentListInput<F>;
    try {
      input = listInput(request.query as Record<string, unknown>, kind, sortFields, defaultSort);
      const sql = documentListSql(kind, access, access.viewer.companyId, input, deps.now());
      if (sql.companyId !== null) await access.require(sql.companyId, Permission.BILLING_READ, 'Société', ['companyId']);
    } catch (error) {
      return refuseError(reply, error);
    }
    const now = deps.now();
    const today = todayInParis(now);
    async function* rows() {
      const read = async (after: string | null, first: number) => {
        const { rows: found } = await listDocuments<T, F>(em, access!, kind, { ...input, first, after }, now);
        return { rows: found, cursorOf: (row: (typeof found)[number]) => row.cursor };
      };
      for await (const shown of keysetPages(em, read)) for (const { entity } of shown) yield csv.row(entity, today);
    }
    return sendCsv(request, reply, csv.filename, csv.header, rows());
  }

  app.get('/exports/invoices.csv', (request, reply) =>
    exportList<Invoice, InvoiceSortField>(request, reply, 'invoice', InvoiceSortField, InvoiceSortField.ISSUED_ON, {
      filename: 'factures.csv',
      header: ['N° de facture', 'Client', 'Référence client', "Date d'émission", "Date d'échéance", 'Début de période', 'Fin de période', 'Montant HT', 'TVA', 'Montant TTC', 'État'],
      row: (i, today) => [
        i.number, i.billedCompany.legalName, i.billedCompany.reference, frenchDate(i.issuedOn), frenchDate(i.dueOn),
        frenchDate(i.periodStart), frenchDate(i.periodEnd), frenchDecimal(i.totalExclVatCents), frenchDecimal(i.totalVatCents),
        frenchDecimal(i.totalInclVatCents), INVOICE_STATE_LABELS[invoiceDisplayState(i, today)],
      ],
    }));

  app.get('/exports/credit-notes.csv', (request, reply) =>
    exportList<CreditNote, CreditNoteSortField>(request, reply, 'creditNote', CreditNoteSortField, CreditNoteSortField.ISSUED_ON, {
      filename: 'avoirs.csv',
      header: ["N° d'avoir", 'Facture corrigée', 'Client', 'Référence client', "Date d'émission", 'Remboursement au plus tard le', 'Montant HT', 'TVA', 'Montant TTC', 'État', 'Motif'],
      row: (c) => [
        c.number, c.invoice.number, c.billedCompany.legalName, c.billedCompany.reference, frenchDate(c.issuedOn), frenchDate(c.refundDueOn),
        frenchDecimal(c.totalExclVatCents), frenchDecimal(c.totalVatCents), frenchDecimal(c.totalInclVatCents),
        CREDIT_NOTE_STATE_LABELS[c.state as CreditNoteState], c.reason,
      ],
    }));
});
