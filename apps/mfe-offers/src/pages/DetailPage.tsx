import { useState } from 'react';
import { Alert, Button, DataTable, DefinitionList, Dialog, Page, Section, areaPublished, formatAmount, formatDate, formatDateTime } from '@portal/ui';
import { mutate, query } from '@portal/graphql-client';
import { refusalText, useOffersEnv } from '../context.js';
import { OfferDetailDocument, WithdrawDocument } from '../documents.js';
import { setFlash, takeFlash, type Flash } from '../flash.js';
import type { OfferDetailQuery } from '../gql/graphql.js';
import { BinIcon } from '../components/BinIcon.js';
import { LoadError, Loading } from '../components/Feedback.js';
import { Link } from '../components/Link.js';
import { useLoad } from '../components/useLoad.js';
import { lastListUrl } from './ListPage.js';
import { terminationPath } from '../util.js';

type Oc = NonNullable<OfferDetailQuery['contractedOffer']>;
type Service = Oc['services'][number];
type OrderItem = Oc['orders'][number];
type HistoryItem = Oc['terminationHistory'][number];

/** Whether the caller may terminate this OC: the right on its billing account, and an OC delivered. */
export function canTerminate(oc: Pick<Oc, 'state' | 'billingAccount'>): boolean {
  return oc.state === 'DELIVERED' && !!oc.billingAccount?.viewerPermissions.includes('OFFERS_TERMINATE');
}

export function canWithdraw(oc: Pick<Oc, 'termination' | 'billingAccount'>): boolean {
  return oc.termination?.state === 'REQUESTED' && !!oc.billingAccount?.viewerPermissions.includes('OFFERS_TERMINATE');
}

/** "Détail >" of an OC: its offer and terms, services with their RIO, orders, termination; the red bin. */
export function DetailPage({ id }: { id: string }) {
  const env = useOffersEnv();
  const { t, locale, reloadKey } = env;
  const [flash, setFlashState] = useState<Flash | null>(() => takeFlash());
  const detail = useLoad(() => query(OfferDetailDocument, { id }, { requestPolicy: 'network-only' }), `${id}#${reloadKey}`);
  const [withdrawOpen, setWithdrawOpen] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [withdrawError, setWithdrawError] = useState<string | null>(null);

  const back = <p className="oc-back"><Link href={lastListUrl()}><span aria-hidden="true">‹ </span>{t('detail.back')}</Link></p>;
  if (detail.error) return <Page title={t('detail.back')}>{back}<LoadError onRetry={detail.reload} /></Page>;
  if (!detail.data) return <Loading />;
  const oc = detail.data.contractedOffer;
  if (!oc) return <Page title={t('detail.back')}>{back}<Alert tone="error">{t('detail.notFound')}</Alert></Page>;

  const date = (value: string | null | undefined) => formatDate(value, locale);
  const termination = oc.termination;

  async function withdraw() {
    if (!oc) return;
    setWithdrawing(true);
    setWithdrawError(null);
    const { data, error } = await mutate(WithdrawDocument, { input: { contractedOfferId: oc.id } });
    setWithdrawing(false);
    if (error || !data) return setWithdrawError(t('error.network'));
    const refusal = data.contractedOfferTerminationWithdraw.userErrors[0];
    if (refusal) return setWithdrawError(refusalText(env, refusal));
    setWithdrawOpen(false);
    setFlashState({ tone: 'success', text: t('withdraw.done', { reference: oc.reference }) });
    detail.reload();
  }

  const actions = (
    <>
      {oc.state === 'DELIVERED' && areaPublished('@portal/mfe-orders') ? (
        <Link href={`/commandes/modifier?oc=${encodeURIComponent(oc.id)}`} className="pui-button">{t('action.modify')}</Link>
      ) : null}
      {canTerminate(oc) ? (
        <Link href={terminationPath(oc.id)} className="pui-button pui-button--danger">
          <BinIcon />
          {t('action.terminate')}
        </Link>
      ) : null}
      {canWithdraw(oc) ? (
        <Button type="button" onClick={() => { setWithdrawError(null); setWithdrawOpen(true); }}>{t('action.withdraw')}</Button>
      ) : null}
    </>
  );

  return (
    <Page title={t('detail.title', { reference: oc.reference })} actions={actions}>
      {back}
      {flash ? <Alert tone={flash.tone}>{flash.text}</Alert> : null}
      <Section title={t('detail.info')}>
        <DefinitionList
          locale={locale}
          items={[
            { term: t('col.REFERENCE'), value: oc.reference },
            { term: t('col.NAME'), value: oc.name },
            { term: t('detail.offer'), value: `${oc.offer.name} (${oc.offer.code})` },
            { term: t('col.STATE'), value: <span className={`oc-state oc-state--${oc.state}`}>{t(`state.${oc.state}`)}</span> },
            { term: t('col.END_CUSTOMER'), value: oc.endCustomer?.legalName },
            { term: t('col.BILLING_ACCOUNT'), value: oc.billingAccount?.legalName },
            { term: t('col.SITE'), value: oc.site.name },
            { term: t('detail.siteAddress'), value: [oc.site.addressLine1, oc.site.addressLine2, `${oc.site.postalCode} ${oc.site.city}`].filter(Boolean).join(', ') },
            { term: t('col.SALES_ADMIN'), value: oc.salesAdminName ?? t('none.m') },
            { term: t('col.ORDER_REFERENCE'), value: oc.orderReference ?? t('none.f') },
            { term: t('col.ORDER_TYPE'), value: t(`orderType.${oc.orderType}`) },
            { term: t('col.DELIVERED_ON'), value: date(oc.deliveredOn) },
            { term: t('detail.activatedOn'), value: date(oc.activatedOn) },
            { term: t('detail.monthlyPrice'), value: formatAmount(oc.monthlyPriceCents, locale) },
            ...(oc.terminatedOn ? [{ term: t('detail.terminatedOn'), value: date(oc.terminatedOn) }] : []),
          ]}
        />
      </Section>

      <Section title={t('detail.terms')}>
        <DefinitionList
          locale={locale}
          items={[
            { term: t('detail.commitment'), value: oc.offer.commitmentMonths > 0 ? t('months', { count: oc.offer.commitmentMonths }) : t('detail.noCommitment') },
            { term: t('detail.commitmentEndsOn'), value: date(oc.commitmentEndsOn) },
            { term: t('detail.notice'), value: t('months', { count: oc.noticePeriodMonths }) },
            {
              term: t('detail.earlyPolicy'),
              value: oc.offer.earlyTerminationPolicy === 'REMAINING_FEES_SHARE' ? t('detail.earlyShare', { percent: oc.offer.earlyTerminationSharePercent }) : t('detail.earlyNone'),
            },
            { term: t('detail.lastPeriod'), value: t(`lastPeriod.${oc.offer.lastPeriodPolicy}`) },
            { term: t('detail.equipment'), value: oc.offer.hasEquipment ? t('detail.equipmentYes') : t('detail.equipmentNo') },
          ]}
        />
      </Section>

      <Section title={t('detail.termination')}>
        {termination ? (
          <DefinitionList
            locale={locale}
            items={[
              { term: t('term.state'), value: t(`termState.${termination.state}`) },
              { term: t('term.desiredOn'), value: date(termination.desiredOn) },
              { term: t('term.effectiveOn'), value: date(termination.effectiveOn) },
              { term: t('term.fee'), value: formatAmount(termination.earlyTerminationFeeCents, locale) },
              {
                term: t('term.equipment'),
                value: termination.equipmentReturnReference
                  ? t('term.equipmentText', { reference: termination.equipmentReturnReference, date: date(termination.equipmentReturnDeadline) })
                  : null,
              },
              { term: t('term.comments'), value: termination.comments },
              { term: t('term.requestedAt'), value: formatDateTime(termination.requestedAt, locale) },
              ...(termination.withdrawnAt ? [{ term: t('term.withdrawnAt'), value: formatDateTime(termination.withdrawnAt, locale) }] : []),
            ]}
          />
        ) : (
          <p>{t('detail.noTermination')}</p>
        )}
      </Section>

      <Section title={t('detail.history')}>
        <DataTable<HistoryItem>
          caption={t('detail.historyCaption', { reference: oc.reference })}
          hideCaption
          rows={oc.terminationHistory}
          rowKey={(h) => h.id}
          empty={t('detail.noHistory')}
          locale={locale}
          columns={[
            { key: 'requested', label: t('history.requested'), render: (h) => t('history.by', { when: formatDateTime(h.requestedAt, locale), who: h.requestedByName }) },
            { key: 'dates', label: t('history.dates'), render: (h) => t('history.datesText', { desired: date(h.desiredOn), effective: date(h.effectiveOn) }) },
            { key: 'state', label: t('term.state'), render: (h) => t(`termState.${h.state}`) },
            {
              key: 'withdrawn',
              label: t('history.withdrawn'),
              render: (h) => (h.withdrawnAt ? t('history.by', { when: formatDateTime(h.withdrawnAt, locale), who: h.withdrawnByName ?? '' }) : '—'),
            },
          ]}
        />
      </Section>

      <Section title={t('detail.services')}>
        <DataTable<Service>
          caption={t('detail.servicesCaption', { reference: oc.reference })}
          hideCaption
          rows={oc.services}
          rowKey={(s) => s.id}
          empty={t('detail.noServices')}
          locale={locale}
          columns={[
            { key: 'kind', label: t('svc.kind'), render: (s) => t(`svcKind.${s.kind}`) },
            { key: 'identifier', label: t('svc.identifier'), render: (s) => s.identifier },
            { key: 'rio', label: t('svc.rio'), render: (s) => (s.portingCode ? <code>{s.portingCode}</code> : '') },
            { key: 'state', label: t('svc.state'), render: (s) => t(`svcState.${s.state}`) },
            { key: 'endedOn', label: t('svc.endedOn'), render: (s) => date(s.endedOn) },
          ]}
        />
      </Section>

      <Section title={t('detail.orders')}>
        <DataTable<OrderItem>
          caption={t('detail.ordersCaption', { reference: oc.reference })}
          hideCaption
          rows={oc.orders}
          rowKey={(o) => o.reference}
          empty={t('detail.noOrders')}
          locale={locale}
          columns={[
            { key: 'reference', label: t('col.ORDER_REFERENCE'), render: (o) => o.reference },
            { key: 'type', label: t('col.ORDER_TYPE'), render: (o) => t(`orderType.${o.type}`) },
            { key: 'orderedOn', label: t('detail.orderDate'), render: (o) => date(o.orderedOn) },
          ]}
        />
      </Section>

      <Dialog
        open={withdrawOpen}
        title={t('withdraw.title')}
        onClose={() => setWithdrawOpen(false)}
        locale={locale}
        footer={
          <>
            <Button type="button" onClick={() => setWithdrawOpen(false)}>{t('withdraw.keep')}</Button>
            <Button type="button" variant="danger" busy={withdrawing} onClick={() => void withdraw()}>{t('withdraw.confirm')}</Button>
          </>
        }
      >
        <p>{t('withdraw.body', { reference: oc.reference, date: date(termination?.effectiveOn) })}</p>
        {withdrawError ? <Alert tone="error">{withdrawError}</Alert> : null}
      </Dialog>
    </Page>
  );
}

/** Used by the termination page: after "Confirmer", the detail shows the request at once. */
export function flashTerminationRequested(text: string): void {
  setFlash({ tone: 'success', text });
}
