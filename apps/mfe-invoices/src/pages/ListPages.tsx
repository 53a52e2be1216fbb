import { formatAmount, formatDate, type DataTableColumn } from '@portal/ui';
import { Link, useBillingEnv, useDocumentQuery, type BillingEnv } from '../context.js';
import { BillingClientDocument, BillingViewerDocument, CreditNoteListDocument, InvoiceListDocument } from '../documents.js';
import type { CreditNoteListQuery, CreditNoteListQueryVariables, InvoiceListQuery, InvoiceListQueryVariables } from '../gql/graphql.js';
import type { MessageKey } from '../messages.js';
import { listSearch, listVariables, readListParams, type DocumentKind, type ListParams } from '../url.js';
import { DocumentList, PAGE_SIZE, RowActions, type DocumentPage } from './DocumentList.js';

type InvoiceRow = InvoiceListQuery['invoices']['edges'][number]['node'];
type CreditNoteRow = CreditNoteListQuery['creditNotes']['edges'][number]['node'];

interface Connection<Row> {
  totalCount: number;
  totals: { totalExclVatCents: unknown; totalVatCents: unknown; totalInclVatCents: unknown };
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Row }[];
}

function pageOf<Row>(connection: Connection<Row> | undefined): DocumentPage<Row> | undefined {
  if (!connection) return undefined;
  return {
    rows: connection.edges.map((e) => e.node),
    totalCount: connection.totalCount,
    // SafeInt sums: numbers on the wire.
    totals: { exclVat: Number(connection.totals.totalExclVatCents), vat: Number(connection.totals.totalVatCents), inclVat: Number(connection.totals.totalInclVatCents) },
    hasNext: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor,
  };
}

/** The URL's list state, the variables to send (null when the URL holds a value the API would refuse) and the context queries. */
function useListContext(kind: DocumentKind, search: string) {
  const { params, problems } = readListParams(search, kind);
  // The states and sort keys were checked against this kind's values by readListParams.
  const variables = Object.keys(problems).length ? null : listVariables(params, PAGE_SIZE);
  const viewer = useDocumentQuery(BillingViewerDocument, {}, 'viewer');
  const client = useDocumentQuery(BillingClientDocument, params.client ? { id: params.client } : null, params.client ?? '');
  return {
    params,
    variables,
    key: listSearch(params),
    canWidenScope: !!viewer.data?.viewer?.universes.some((u) => u !== 'CLIENT'),
    client: params.client ? (client.data?.company ?? null) : null,
  };
}

/** Montant TTC per row (HT and TVA are on the detail page, their sums in the totals). */
const amountColumns = <Row extends { totalInclVatCents: number }>(env: BillingEnv): DataTableColumn<Row>[] => [
  { key: 'TOTAL', label: env.t('col.inclVat'), align: 'end', sortable: true, render: (r) => <span className="inv-nowrap">{formatAmount(r.totalInclVatCents, env.locale)}</span> },
];

const companyColumn = <Row extends { company: { legalName: string } }>(env: BillingEnv, params: ListParams): DataTableColumn<Row>[] =>
  params.scope === 'ALL_IN_REACH' && !params.client ? [{ key: 'COMPANY', label: env.t('col.company'), sortable: true, render: (r) => r.company.legalName }] : [];

/** "Statut PA": where the document stands on the e-invoicing platform. */
const lifecycleColumn = <Row extends { lifecycleStatus: string }>(env: BillingEnv): DataTableColumn<Row> => ({
  key: 'LIFECYCLE', label: env.t('col.lifecycle'), render: (r) => <span className={`inv-lifecycle inv-lifecycle--${r.lifecycleStatus.toLowerCase()}`}>{env.t(`lifecycle.${r.lifecycleStatus}` as MessageKey)}</span>,
});

/** /facturation and /facturation/factures: "Consultation des factures". */
export function InvoiceListPage({ search }: { search: string }) {
  const env = useBillingEnv();
  const { t, locale } = env;
  const context = useListContext('invoices', search);
  const list = useDocumentQuery(InvoiceListDocument, context.variables as InvoiceListQueryVariables | null, context.key);
  const columns: DataTableColumn<InvoiceRow>[] = [
    { key: 'NUMBER', label: t('col.invoiceNumber'), sortable: true, render: (r) => <span className="inv-nowrap">{r.number}</span> },
    ...companyColumn<InvoiceRow>(env, context.params),
    { key: 'ISSUED_ON', label: t('col.issuedOn'), sortable: true, render: (r) => formatDate(r.issuedOn, locale) },
    { key: 'PERIOD', label: t('col.period'), sortable: true, render: (r) => <><span className="inv-nowrap">{formatDate(r.periodStart, locale)} –</span> <span className="inv-nowrap">{formatDate(r.periodEnd, locale)}</span></> },
    { key: 'DUE_ON', label: t('col.dueOn'), sortable: true, render: (r) => formatDate(r.dueOn, locale) },
    ...amountColumns<InvoiceRow>(env),
    { key: 'STATE', label: t('col.state'), sortable: true, render: (r) => t(`invoiceState.${r.state}` as MessageKey) },
    lifecycleColumn<InvoiceRow>(env),
    { key: 'ACTION', label: t('col.action'), render: (r) => <RowActions kind="invoices" href={`/facturation/factures/${encodeURIComponent(r.id)}`} pdfPath={r.pdfPath} number={r.number} /> },
  ];
  return (
    <DocumentList
      kind="invoices"
      search={search}
      columns={columns}
      page={context.variables ? pageOf(list.data?.invoices) : undefined}
      fetching={list.fetching}
      error={list.error}
      refetch={list.refetch}
      canWidenScope={context.canWidenScope}
      client={context.client}
    />
  );
}

/** /facturation/avoirs: "Consultation des avoirs". */
export function CreditNoteListPage({ search }: { search: string }) {
  const env = useBillingEnv();
  const { t, locale } = env;
  const context = useListContext('creditNotes', search);
  const list = useDocumentQuery(CreditNoteListDocument, context.variables as CreditNoteListQueryVariables | null, context.key);
  const columns: DataTableColumn<CreditNoteRow>[] = [
    { key: 'NUMBER', label: t('col.creditNoteNumber'), sortable: true, render: (r) => <span className="inv-nowrap">{r.number}</span> },
    {
      key: 'INVOICE', label: t('col.invoice'), sortable: true,
      render: (r) => (r.invoice ? <Link href={`/facturation/factures/${encodeURIComponent(r.invoice.id)}`} className="inv-link inv-nowrap">{r.invoice.number}</Link> : null),
    },
    ...companyColumn<CreditNoteRow>(env, context.params),
    { key: 'ISSUED_ON', label: t('col.issuedOn'), sortable: true, render: (r) => formatDate(r.issuedOn, locale) },
    { key: 'REFUND_DUE_ON', label: t('col.refundDueOn'), sortable: true, render: (r) => formatDate(r.refundDueOn, locale) },
    ...amountColumns<CreditNoteRow>(env),
    { key: 'STATE', label: t('col.state'), sortable: true, render: (r) => t(`creditNoteState.${r.state}` as MessageKey) },
    lifecycleColumn<CreditNoteRow>(env),
    { key: 'ACTION', label: t('col.action'), render: (r) => <RowActions kind="creditNotes" href={`/facturation/avoirs/${encodeURIComponent(r.id)}`} pdfPath={r.pdfPath} number={r.number} /> },
  ];
  return (
    <DocumentList
      kind="creditNotes"
      search={search}
      columns={columns}
      page={context.variables ? pageOf(list.data?.creditNotes) : undefined}
      fetching={list.fetching}
      error={list.error}
      refetch={list.refetch}
      canWidenScope={context.canWidenScope}
      client={context.client}
    />
  );
}
