import { DefinitionList, Section, TableScroll, formatAmount, formatDate } from '@portal/ui';
import { useOffersEnv } from '../context.js';
import type { OffersTerminationQuoteQuery, QuotedDocumentFieldsFragment } from '../gql/graphql.js';
import { formatRate } from '../util.js';

export type Quote = OffersTerminationQuoteQuery['contractedOfferTerminationQuote'][number];

/** The lines and totals of the closing invoice or the credit note a termination will issue. */
function QuotedDocumentTable({ caption, doc }: { caption: string; doc: QuotedDocumentFieldsFragment }) {
  const { t, locale } = useOffersEnv();
  const amount = (cents: number) => formatAmount(cents, locale);
  const total = (label: string, cents: number) => (
    <tr>
      <th scope="row" colSpan={4} className="pui-cell--end">{label}</th>
      <td className="pui-cell--end">{amount(cents)}</td>
    </tr>
  );
  return (
    <TableScroll label={caption}>
      <table className="pui-table">
        <caption className="pui-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cost.line')}</th>
            <th scope="col">{t('cost.period')}</th>
            <th scope="col" className="pui-cell--end">{t('cost.exclVat')}</th>
            <th scope="col" className="pui-cell--end">{t('cost.vatRate')}</th>
            <th scope="col" className="pui-cell--end">{t('cost.vat')}</th>
          </tr>
        </thead>
        <tbody>
          {doc.lines.map((line, i) => (
            <tr key={i}>
              <td>{line.label}</td>
              <td>{line.periodStart && line.periodEnd ? t('cost.periodRange', { start: formatDate(line.periodStart, locale), end: formatDate(line.periodEnd, locale) }) : formatDate(line.periodStart ?? line.periodEnd, locale)}</td>
              <td className="pui-cell--end">{amount(line.totalExclVatCents)}</td>
              <td className="pui-cell--end">{formatRate(line.vatRateBasisPoints, locale)}</td>
              <td className="pui-cell--end">{amount(line.vatCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {total(t('cost.totalExclVat'), doc.totalExclVatCents)}
          {total(t('cost.totalVat'), doc.totalVatCents)}
          {total(t('cost.totalInclVat'), doc.totalInclVatCents)}
        </tfoot>
      </table>
    </TableScroll>
  );
}

/** The regular monthly invoices still to come before the last day of service: when, for what, how much. */
function UpcomingInvoicesTable({ invoices }: { invoices: Quote['upcomingInvoices'] }) {
  const { t, locale } = useOffersEnv();
  const amount = (cents: number) => formatAmount(cents, locale);
  const total = (pick: (i: Quote['upcomingInvoices'][number]) => number) => invoices.reduce((s, i) => s + pick(i), 0);
  const caption = t('cost.upcomingCaption', { count: invoices.length });
  return (
    <TableScroll label={caption}>
      <table className="pui-table">
        <caption className="pui-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cost.issuedOn')}</th>
            <th scope="col">{t('cost.period')}</th>
            <th scope="col" className="pui-cell--end">{t('cost.exclVat')}</th>
            <th scope="col" className="pui-cell--end">{t('cost.vat')}</th>
            <th scope="col" className="pui-cell--end">{t('cost.totalInclVat')}</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.issuedOn}>
              <td>{formatDate(invoice.issuedOn, locale)}</td>
              <td>{t('cost.periodRange', { start: formatDate(invoice.periodStart, locale), end: formatDate(invoice.periodEnd, locale) })}</td>
              <td className="pui-cell--end">{amount(invoice.totalExclVatCents)}</td>
              <td className="pui-cell--end">{amount(invoice.totalVatCents)}</td>
              <td className="pui-cell--end">{amount(invoice.totalInclVatCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2} className="pui-cell--end">{t('cost.totalInclVat')}</th>
            <td className="pui-cell--end">{amount(total((i) => i.totalExclVatCents))}</td>
            <td className="pui-cell--end">{amount(total((i) => i.totalVatCents))}</td>
            <td className="pui-cell--end">{amount(total((i) => i.totalInclVatCents))}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

/** The summary of a quote: what remains to pay until the end of service, and its parts. */
export function quoteSummary(quote: Quote, t: ReturnType<typeof useOffersEnv>['t'], locale: ReturnType<typeof useOffersEnv>['locale']) {
  const upcoming = quote.upcomingInvoices.reduce((s, i) => s + i.totalInclVatCents, 0);
  return [
    { term: t('cost.remaining'), value: <strong>{formatAmount(quote.remainingToPay?.totalInclVatCents ?? 0, locale)}</strong> },
    { term: t('cost.remainingExclVat'), value: formatAmount(quote.remainingToPay?.totalExclVatCents ?? 0, locale) },
    { term: t('cost.upcomingCount', { count: quote.upcomingInvoices.length }), value: formatAmount(upcoming, locale) },
    { term: t('cost.toPay'), value: formatAmount(quote.closingInvoice?.totalInclVatCents ?? 0, locale) },
    { term: t('cost.toRefund'), value: formatAmount(quote.creditNote?.totalInclVatCents ?? 0, locale) },
    { term: t('cost.fee'), value: formatAmount(quote.earlyTerminationFeeCents ?? 0, locale) },
  ];
}

/** "Coût de la résiliation": the exact amounts of the quote, before "Continuer". */
export function QuoteCost({ quote }: { quote: Quote }) {
  const { t, locale } = useOffersEnv();
  const invoice = quote.closingInvoice;
  const credit = quote.creditNote;
  const equipment = quote.equipmentReturn;
  return (
    <Section title={t('cost.title')}>
      <DefinitionList
        locale={locale}
        items={[
          ...quoteSummary(quote, t, locale),
          {
            term: t('cost.equipment'),
            value: equipment ? t('cost.equipmentText', { reference: equipment.reference, date: formatDate(equipment.deadline, locale) }) : t('cost.noEquipment'),
          },
        ]}
      />
      {quote.upcomingInvoices.length ? <UpcomingInvoicesTable invoices={quote.upcomingInvoices} /> : <p>{t('cost.noUpcoming')}</p>}
      {invoice ? <QuotedDocumentTable caption={t('cost.closingInvoice')} doc={invoice} /> : <p>{t('cost.noInvoice')}</p>}
      {credit ? (
        <>
          <QuotedDocumentTable caption={t('cost.creditNote')} doc={credit} />
          {credit.refundDueOn ? <p>{t('cost.refundDueOn', { date: formatDate(credit.refundDueOn, locale) })}</p> : null}
        </>
      ) : (
        <p>{t('cost.noCreditNote')}</p>
      )}
    </Section>
  );
}
