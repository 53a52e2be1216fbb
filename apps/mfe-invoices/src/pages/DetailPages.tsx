import type { ReactNode } from 'react';
import { Alert, Button, DataTable, DefinitionList, Page, Section, Spinner, formatAmount, formatDate } from '@portal/ui';
import type { CombinedError } from '@portal/graphql-client';
import { Link, formatVatRate, problemText, problemsOf, useBillingEnv, useDocumentQuery } from '../context.js';
import { CreditNoteDetailDocument, InvoiceDetailDocument } from '../documents.js';
import type { DocumentLineKind } from '../gql/graphql.js';
import type { MessageKey } from '../messages.js';
import { LIST_PATH, type DocumentKind } from '../url.js';
import { BillingTabs } from './common.js';

interface Line {
  id: string;
  position: number;
  kind: DocumentLineKind;
  label: string;
  periodStart: string | null;
  periodEnd: string | null;
  quantity: number;
  unitPriceExclVatCents: number;
  vatRateBasisPoints: number;
  totalExclVatCents: number;
  vatCents: number;
  totalInclVatCents: number;
}

interface Amounts {
  number: string;
  totalExclVatCents: number;
  totalVatCents: number;
  totalInclVatCents: number;
  lines: Line[];
  vatBreakdown: { vatRateBasisPoints: number; baseExclVatCents: number; vatCents: number }[];
}

/** The customer acted for: the document's company when it is not the caller's own. */
function clientOf(companyId: string, ownCompanyId: string | undefined): string | null {
  return companyId === ownCompanyId || !ownCompanyId ? null : companyId;
}

/** The link back to the list, for the document's company (its customer's list when acting for one). */
function backHref(kind: DocumentKind, client: string | null): string {
  return client ? `${LIST_PATH[kind]}?client=${encodeURIComponent(client)}` : LIST_PATH[kind];
}

/** Loading, network error with retry, "not found" (unknown or out of reach, alike), or the page. */
function DetailFrame({ kind, fetching, error, refetch, found, children }: {
  kind: DocumentKind; fetching: boolean; error: CombinedError | undefined; refetch(): void; found: boolean | undefined; children: () => ReactNode;
}) {
  const env = useBillingEnv();
  const { t } = env;
  const invoice = kind === 'invoices';
  const back = (
    <p>
      <Link href={LIST_PATH[kind]} className="inv-link"><span aria-hidden="true">‹ </span>{t(invoice ? 'document.backInvoices' : 'document.backCreditNotes')}</Link>
    </p>
  );
  if (found === undefined && fetching) return <Spinner label={t('loading.document')} labelVisible />;
  if (error) {
    const problems = problemsOf(error);
    return (
      <Page title={t(invoice ? 'invoices.title' : 'creditNotes.title')}>
        <BillingTabs kind={kind} client={null} />
        <Alert tone="error">
          {problems.map((p, i) => <p key={i}>{problemText(env, p)}</p>)}
          <Button type="button" onClick={refetch}>{t('error.retry')}</Button>
        </Alert>
        {back}
      </Page>
    );
  }
  if (!found) {
    return (
      <Page title={t(invoice ? 'invoice.notFound' : 'creditNote.notFound')}>
        <BillingTabs kind={kind} client={null} />
        <Alert tone="warning">{t('document.notFoundText')}</Alert>
        {back}
      </Page>
    );
  }
  return <>{children()}</>;
}

/** The lines (with VAT), the VAT per rate and the totals HT / TVA / TTC of a document. */
function DocumentAmounts({ document }: { document: Amounts }) {
  const { t, locale } = useBillingEnv();
  const money = (cents: number) => <span className="inv-nowrap">{formatAmount(cents, locale)}</span>;
  return (
    <>
      <Section title={t('document.lines')}>
        <DataTable
          caption={t('document.linesCaption', { number: document.number })}
          hideCaption
          locale={locale}
          rows={document.lines}
          rowKey={(line) => line.id}
          columns={[
            { key: 'label', label: t('line.label'), render: (l) => l.label },
            { key: 'kind', label: t('line.kind'), render: (l) => t(`kind.${l.kind}` as MessageKey) },
            {
              key: 'period', label: t('line.period'),
              render: (l) => (l.periodStart && l.periodEnd ? t('period.range', { start: formatDate(l.periodStart, locale), end: formatDate(l.periodEnd, locale) }) : formatDate(l.periodStart, locale)),
            },
            { key: 'quantity', label: t('line.quantity'), align: 'end', render: (l) => l.quantity },
            { key: 'unitPrice', label: t('line.unitPrice'), align: 'end', render: (l) => money(l.unitPriceExclVatCents) },
            { key: 'vatRate', label: t('line.vatRate'), align: 'end', render: (l) => <span className="inv-nowrap">{formatVatRate(l.vatRateBasisPoints, locale)}</span> },
            { key: 'exclVat', label: t('line.exclVat'), align: 'end', render: (l) => money(l.totalExclVatCents) },
            { key: 'vat', label: t('line.vat'), align: 'end', render: (l) => money(l.vatCents) },
            { key: 'inclVat', label: t('line.inclVat'), align: 'end', render: (l) => money(l.totalInclVatCents) },
          ]}
        />
      </Section>
      <Section title={t('document.vatTitle')}>
        <DataTable
          caption={t('document.vatCaption', { number: document.number })}
          hideCaption
          locale={locale}
          rows={document.vatBreakdown}
          rowKey={(row) => String(row.vatRateBasisPoints)}
          columns={[
            { key: 'rate', label: t('line.vatRate'), render: (r) => <span className="inv-nowrap">{formatVatRate(r.vatRateBasisPoints, locale)}</span> },
            { key: 'base', label: t('vat.base'), align: 'end', render: (r) => money(r.baseExclVatCents) },
            { key: 'vat', label: t('line.vat'), align: 'end', render: (r) => money(r.vatCents) },
          ]}
        />
      </Section>
      <Section title={t('document.totals')}>
        <DefinitionList
          locale={locale}
          items={[
            { term: t('totals.exclVat'), value: money(document.totalExclVatCents) },
            { term: t('totals.vat'), value: money(document.totalVatCents) },
            { term: t('totals.inclVat'), value: <strong>{formatAmount(document.totalInclVatCents, locale)}</strong> },
          ]}
        />
      </Section>
    </>
  );
}

/** The document's lifecycle statuses on the approved platform, oldest first; a rejection says why. */
function LifecycleTimeline({ number, lifecycle }: { number: string; lifecycle: readonly { status: string; occurredAt: string; reason?: string | null }[] }) {
  const { t, locale } = useBillingEnv();
  const rejected = lifecycle.findLast((e) => e.status === 'REJECTED');
  const dateOf = (instant: string) => formatDate(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(instant)), locale);
  return (
    <Section title={t('lifecycle.title')}>
      {rejected ? <Alert tone="warning">{t('lifecycle.rejected', { reason: rejected.reason ?? '' })}</Alert> : null}
      {lifecycle.length ? (
        <ol className="inv-timeline" aria-label={t('lifecycle.caption', { number })}>
          {lifecycle.map((e, i) => (
            <li key={i} className={`inv-timeline__item inv-lifecycle--${e.status.toLowerCase()}`}>
              <strong>{t(`lifecycle.${e.status}` as MessageKey)}</strong> — <time dateTime={e.occurredAt}>{dateOf(e.occurredAt)}</time>
              {e.reason ? <> — {t('lifecycle.reason')} : {e.reason}</> : null}
            </li>
          ))}
        </ol>
      ) : <p>{t('lifecycle.none')}</p>}
    </Section>
  );
}

function PdfButton({ href }: { href: string }) {
  const { t } = useBillingEnv();
  return <a className="pui-button pui-button--primary" href={href} download>{t('document.pdf')}</a>;
}

/** /facturation/factures/<id>: the invoice's header, lines, VAT, totals, credit notes and PDF. */
export function InvoiceDetailPage({ id }: { id: string }) {
  const { t, locale } = useBillingEnv();
  const result = useDocumentQuery(InvoiceDetailDocument, { id }, id);
  const invoice = result.data?.invoice;
  return (
    <DetailFrame kind="invoices" fetching={result.fetching} error={result.error} refetch={result.refetch} found={result.data ? !!invoice : undefined}>
      {() => {
        const doc = invoice!;
        const client = clientOf(doc.company.id, result.data?.viewer?.user.company.id);
        const back = backHref('invoices', client);
        return (
          <Page title={t('invoice.title', { number: doc.number })} actions={<PdfButton href={doc.pdfPath} />}>
            <BillingTabs kind="invoices" client={client} />
            <p><Link href={back} className="inv-link"><span aria-hidden="true">‹ </span>{t('document.backInvoices')}</Link></p>
            <Section title={t('document.information')}>
              <DefinitionList
                locale={locale}
                items={[
                  { term: t('document.number'), value: doc.number },
                  { term: t('document.purpose'), value: t(`purpose.${doc.purpose}` as MessageKey) },
                  { term: t('document.company'), value: `${doc.company.legalName} (${doc.company.reference})` },
                  { term: t('document.issuedOn'), value: formatDate(doc.issuedOn, locale) },
                  { term: t('document.period'), value: t('period.range', { start: formatDate(doc.periodStart, locale), end: formatDate(doc.periodEnd, locale) }) },
                  { term: t('document.dueOn'), value: formatDate(doc.dueOn, locale) },
                  { term: t('document.paidOn'), value: formatDate(doc.paidOn, locale) },
                  { term: t('document.state'), value: t(`invoiceState.${doc.state}` as MessageKey) },
                ]}
              />
            </Section>
            <DocumentAmounts document={doc} />
            <LifecycleTimeline number={doc.number} lifecycle={doc.lifecycle} />
            <Section title={t('document.creditNotes')}>
              {doc.creditNotes.length ? (
                <DataTable
                  caption={t('document.creditNotesCaption', { number: doc.number })}
                  hideCaption
                  locale={locale}
                  rows={doc.creditNotes}
                  rowKey={(c) => c.id}
                  columns={[
                    { key: 'number', label: t('col.creditNoteNumber'), render: (c) => <Link href={`/facturation/avoirs/${encodeURIComponent(c.id)}`} className="inv-link">{c.number}</Link> },
                    { key: 'issuedOn', label: t('col.issuedOn'), render: (c) => formatDate(c.issuedOn, locale) },
                    { key: 'total', label: t('col.inclVat'), align: 'end', render: (c) => formatAmount(c.totalInclVatCents, locale) },
                    { key: 'state', label: t('col.state'), render: (c) => t(`creditNoteState.${c.state}` as MessageKey) },
                    {
                      key: 'pdf', label: t('col.action'),
                      render: (c) => <a href={c.pdfPath} download className="inv-link">{t('action.pdf')}<span className="pui-sr-only">{t('action.pdfOfCreditNote', { number: c.number })}</span></a>,
                    },
                  ]}
                />
              ) : <p>{t('document.noCreditNote')}</p>}
            </Section>
          </Page>
        );
      }}
    </DetailFrame>
  );
}

/** /facturation/avoirs/<id>: the credit note's header, lines, VAT, totals and PDF. */
export function CreditNoteDetailPage({ id }: { id: string }) {
  const { t, locale } = useBillingEnv();
  const result = useDocumentQuery(CreditNoteDetailDocument, { id }, id);
  const creditNote = result.data?.creditNote;
  return (
    <DetailFrame kind="creditNotes" fetching={result.fetching} error={result.error} refetch={result.refetch} found={result.data ? !!creditNote : undefined}>
      {() => {
        const doc = creditNote!;
        const client = clientOf(doc.company.id, result.data?.viewer?.user.company.id);
        const back = backHref('creditNotes', client);
        return (
          <Page title={t('creditNote.title', { number: doc.number })} actions={<PdfButton href={doc.pdfPath} />}>
            <BillingTabs kind="creditNotes" client={client} />
            <p><Link href={back} className="inv-link"><span aria-hidden="true">‹ </span>{t('document.backCreditNotes')}</Link></p>
            <Section title={t('document.information')}>
              <DefinitionList
                locale={locale}
                items={[
                  { term: t('document.number'), value: doc.number },
                  {
                    term: t('document.invoice'),
                    value: doc.invoice
                      ? <Link href={`/facturation/factures/${encodeURIComponent(doc.invoice.id)}`} className="inv-link">{doc.invoice.number}</Link>
                      : t('document.invoiceOutOfReach'),
                  },
                  { term: t('document.company'), value: `${doc.company.legalName} (${doc.company.reference})` },
                  { term: t('document.issuedOn'), value: formatDate(doc.issuedOn, locale) },
                  { term: t('document.refundDueOn'), value: formatDate(doc.refundDueOn, locale) },
                  { term: t('document.state'), value: t(`creditNoteState.${doc.state}` as MessageKey) },
                  { term: t('document.reason'), value: doc.reason },
                ]}
              />
            </Section>
            <DocumentAmounts document={doc} />
            <LifecycleTimeline number={doc.number} lifecycle={doc.lifecycle} />
          </Page>
        );
      }}
    </DetailFrame>
  );
}
