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
          { term: t('cost.fee'), value: formatAmount(quote.earlyTerminationFeeCents ?? 0, locale) },
          { term: t('cost.toPay'), value: <strong>{formatAmount(invoice?.totalInclVatCents ?? 0, locale)}</strong> },
          { term: t('cost.toRefund'), value: <strong>{formatAmount(credit?.totalInclVatCents ?? 0, locale)}</strong> },
          {
            term: t('cost.equipment'),
            value: equipment ? t('cost.equipmentText', { reference: equipment.reference, date: formatDate(equipment.deadline, locale) }) : t('cost.noEquipment'),
          },
        ]}
      />
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
