import { useState } from 'react';
import { Alert, Button, DataTable, Page, formatAmount, formatDate, type DataTableColumn } from '@portal/ui';
import { mutate } from '@portal/graphql-client';
import { problemText, problemsOf, useBillingEnv, useDocumentQuery } from '../context.js';
import { HeldDocumentListDocument, HeldDocumentReleaseDocument } from '../documents.js';
import type { HeldDocumentListQuery } from '../gql/graphql.js';
import type { MessageKey } from '../messages.js';
import { BillingTabs, useIsOperator } from './common.js';

type HeldRow = HeldDocumentListQuery['heldDocuments']['edges'][number]['node'];

const PAGE = 50;

/** What the last release said, per held document. */
type Outcome = { tone: 'success' | 'error'; text: string };

/**
 * /facturation/en-attente: "Documents en attente", for the operator (the issuer). Each document
 * the rules held before numbering, with the rules it breaks by number; "Émettre" checks it again
 * and numbers it once the company's data is fixed.
 */
export function HeldDocumentsPage() {
  const env = useBillingEnv();
  const { t, locale } = env;
  const operator = useIsOperator();
  const [after, setAfter] = useState<(string | null)[]>([null]);
  const cursor = after[after.length - 1]!;
  const list = useDocumentQuery(HeldDocumentListDocument, operator ? { first: PAGE, after: cursor } : null, `${operator}:${cursor}`);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [issued, setIssued] = useState<string | null>(null);

  async function release(row: HeldRow) {
    setBusy(row.id);
    const { data, error } = await mutate(HeldDocumentReleaseDocument, { id: row.id });
    setBusy(null);
    const payload = data?.heldDocumentRelease;
    const number = payload?.invoice?.number ?? payload?.creditNote?.number;
    if (number) {
      setIssued(t(payload?.invoice ? 'held.issuedInvoice' : 'held.issuedCreditNote', { number, name: row.company.legalName }));
      setOutcomes((o) => ({ ...o, [row.id]: { tone: 'success', text: number } }));
      list.refetch();
      return;
    }
    const text = payload?.userErrors.map((e) => e.message).join(' ') || problemsOf(error).map((p) => problemText(env, p)).join(' ');
    setOutcomes((o) => ({ ...o, [row.id]: { tone: 'error', text } }));
  }

  const title = t('held.title');
  if (operator === false) {
    return (
      <Page title={title}>
        <BillingTabs kind="held" client={null} />
        <Alert tone="warning">{t('held.operatorOnly')}</Alert>
      </Page>
    );
  }
  const connection = list.data?.heldDocuments;
  const columns: DataTableColumn<HeldRow>[] = [
    { key: 'COMPANY', label: t('col.company'), render: (r) => <>{r.company.legalName} <span className="inv-nowrap">({r.company.reference})</span></> },
    { key: 'KIND', label: t('held.document'), render: (r) => (r.purpose ? t(`purpose.${r.purpose}` as MessageKey) : t('held.creditNote')) },
    { key: 'PERIOD', label: t('col.period'), render: (r) => <><span className="inv-nowrap">{formatDate(r.periodStart, locale)} –</span> <span className="inv-nowrap">{formatDate(r.periodEnd, locale)}</span></> },
    { key: 'TOTAL', label: t('col.inclVat'), align: 'end', render: (r) => <span className="inv-nowrap">{formatAmount(r.totalInclVatCents, locale)}</span> },
    {
      key: 'REASONS', label: t('held.reasons'),
      render: (r) => (
        <ul aria-label={t('held.reasonsOf', { name: r.company.legalName })}>
          {r.reasons.map((reason) => <li key={reason.rule + reason.message}><strong>{reason.rule}</strong> — {reason.message}</li>)}
        </ul>
      ),
    },
    {
      key: 'ACTION', label: t('col.action'),
      render: (r) => (
        <>
          <Button type="button" variant="primary" busy={busy === r.id} aria-label={t('held.releaseOf', { name: r.company.legalName })} onClick={() => void release(r)}>
            {t('held.release')}
          </Button>
          {outcomes[r.id]?.tone === 'error' ? <Alert tone="error">{outcomes[r.id]!.text}</Alert> : null}
        </>
      ),
    },
  ];
  return (
    <Page title={title}>
      <BillingTabs kind="held" client={null} />
      <p>{t('held.intro')}</p>
      {issued ? <Alert tone="success">{issued}</Alert> : null}
      {list.error ? (
        <Alert tone="error">
          {problemsOf(list.error).map((p, i) => <p key={i}>{problemText(env, p)}</p>)}
          <Button type="button" onClick={list.refetch}>{t('error.retry')}</Button>
        </Alert>
      ) : null}
      {connection ? <p>{t('held.count', { count: connection.totalCount })}</p> : null}
      <DataTable
        caption={t('held.caption')}
        columns={columns}
        rows={connection?.edges.map((e) => e.node) ?? []}
        rowKey={(r) => r.id}
        loading={list.fetching}
        empty={t('held.empty')}
        locale={locale}
      />
      <div className="inv-actions">
        {after.length > 1 ? <Button type="button" onClick={() => setAfter((a) => a.slice(0, -1))}>{t('held.previous')}</Button> : null}
        {connection?.pageInfo.hasNextPage ? <Button type="button" onClick={() => setAfter((a) => [...a, connection.pageInfo.endCursor])}>{t('held.next')}</Button> : null}
      </div>
    </Page>
  );
}
