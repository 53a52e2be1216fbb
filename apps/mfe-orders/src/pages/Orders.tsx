import { useState } from 'react';
import { Alert, Button, DataTable, Page, Section, Select, TextField, formatDate, type SortState } from '@portal/ui';
import { mutate } from '@portal/graphql-client';
import { MilestoneCompleteDocument, OrderCancelDocument, OrderDetailDocument, OrderListDocument, OrderValidateDocument, OrdersViewerDocument } from '../documents.js';
import { Link, useData, useEnv, type Refusal } from '../env.js';
import type { MessageKey } from '../messages.js';
import type { OrderListQuery, OrderSortField, OrderState } from '../gql/graphql.js';

type Row = OrderListQuery['orders']['edges'][number]['node'];
const STATES: OrderState[] = ['RECEIVED', 'VALIDATED', 'IN_DELIVERY', 'DELIVERED', 'CANCELLED'];
const SORT_FIELDS: Record<string, OrderSortField> = { reference: 'REFERENCE', endCustomer: 'END_CUSTOMER', type: 'TYPE', orderedOn: 'ORDERED_ON', state: 'STATE', expectedDeliveryOn: 'EXPECTED_DELIVERY_ON' };

/** "Mes commandes" (or, with `desk`, the operator's "Livraisons à traiter"): every column sortable, filters, CSV. */
export function OrderListPage({ desk = false }: { desk?: boolean }) {
  const { t } = useEnv();
  const [sort, setSort] = useState<SortState>({ key: 'orderedOn', descending: true });
  const [reference, setReference] = useState('');
  const [state, setState] = useState('');
  const [applied, setApplied] = useState({ reference: '', state: '' });
  const filter = { toDeliver: desk || null, reference: applied.reference || null, states: applied.state ? [applied.state as OrderState] : null };
  const list = useData(OrderListDocument, { filter, orderBy: { field: SORT_FIELDS[sort.key]!, descending: sort.descending }, first: 100 }, JSON.stringify([desk, sort, applied]));
  const rows = list.data?.orders.edges.map((e) => e.node) ?? [];
  const csv = `/exports/orders.csv?${new URLSearchParams({
    sort: SORT_FIELDS[sort.key]!, direction: sort.descending ? 'DESC' : 'ASC',
    ...(applied.reference ? { reference: applied.reference } : {}), ...(applied.state ? { states: applied.state } : {}), ...(desk ? { toDeliver: 'true' } : {}),
  })}`;
  return (
    <Page title={t(desk ? 'desk.title' : 'list.title')} actions={<a className="pui-button" href={csv}>{t('list.csv')}</a>}>
      <form className="ord-filters" onSubmit={(e) => { e.preventDefault(); setApplied({ reference, state }); }}>
        <TextField label={t('list.reference')} name="reference" value={reference} onChange={setReference} />
        <Select label={t('list.state')} name="state" value={state} onChange={setState} placeholder="—" options={STATES.map((s) => ({ value: s, label: t(`state.${s}` as MessageKey) }))} />
        <Button type="submit">{t('list.filter')}</Button>
      </form>
      {list.error && <Alert tone="error">{list.error}</Alert>}
      <p>{t('list.count', { count: list.data?.orders.totalCount ?? 0 })}</p>
      <DataTable<Row>
        caption={t(desk ? 'desk.title' : 'list.title')} hideCaption rows={rows} rowKey={(r) => r.id} sort={sort} onSortChange={setSort} loading={!list.data}
        columns={[
          { key: 'reference', label: t('list.reference'), sortable: true, render: (r) => r.reference },
          { key: 'endCustomer', label: t('list.endCustomer'), sortable: true, render: (r) => r.endCustomerName },
          { key: 'type', label: t('list.type'), sortable: true, render: (r) => t(`type.${r.type}` as MessageKey) },
          { key: 'orderedOn', label: t('list.date'), sortable: true, render: (r) => formatDate(r.orderedOn) },
          { key: 'state', label: t('list.state'), sortable: true, render: (r) => t(`state.${r.state}` as MessageKey) },
          { key: 'expectedDeliveryOn', label: t('list.expected'), sortable: true, render: (r) => formatDate(r.expectedDeliveryOn) },
          { key: 'action', label: t('list.action'), render: (r) => <Link href={`/commandes/${encodeURIComponent(r.id)}`}>{t('list.detail')}</Link> },
        ]}
      />
    </Page>
  );
}

/** An order's detail: its lines and their milestone timeline (planned vs done, late ones marked); the provider's moves. */
export function OrderDetailPage({ id }: { id: string }) {
  const { t } = useEnv();
  const detail = useData(OrderDetailDocument, { id }, id);
  const viewer = useData(OrdersViewerDocument, {}, 'viewer');
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const [reason, setReason] = useState('');
  const provider = viewer.data?.viewer?.universes.includes('OPERATOR') ?? false;
  const order = detail.data?.order;
  if (!detail.data) return <Page title="…"><p>…</p></Page>;
  if (!order) return <Page title={t('notFound.title')}><p>{t('notFound.title')}</p></Page>;
  const act = async (run: () => Promise<{ userErrors: Refusal[] } | undefined>) => {
    const result = await run();
    setRefusals(result?.userErrors ?? []);
    detail.reload();
  };
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Page title={t('detail.title', { reference: order.reference })}>
      <p>{order.endCustomerName} · {t(`type.${order.type}` as MessageKey)} · <strong data-testid="order-state">{t(`state.${order.state}` as MessageKey)}</strong> · {t('list.expected')} {formatDate(order.expectedDeliveryOn)}</p>
      {refusals.length > 0 && <Alert tone="error"><ul>{refusals.map((r, i) => <li key={i}>{r.message}</li>)}</ul></Alert>}
      {provider && order.state === 'RECEIVED' && (
        <div className="pui-toolbar"><Button variant="primary" onClick={() => act(async () => (await mutate(OrderValidateDocument, { input: { orderId: order.id } })).data?.orderValidate)}>{t('detail.validate')}</Button></div>
      )}
      {order.lines.map((line) => (
        <Section key={line.position} title={`${line.name} — ${line.siteName}`}>
          <p>{t('detail.oc', { reference: line.contractedOfferReference })}</p>
          {line.numbers.length > 0 && <ul>{line.numbers.map((n) => <li key={n.number}>{n.number}{n.portingCode ? ` (RIO ${n.portingCode}, ${formatDate(n.portingOn)})` : ''}</li>)}</ul>}
          <h3>{t('detail.timeline')}</h3>
          <ol className="ord-timeline">
            {line.milestones.map((m) => (
              <li key={m.id} className={m.late ? 'ord-late' : undefined}>
                <strong>{m.label}</strong> — {t('detail.planned', { date: formatDate(m.plannedOn) })}
                {m.doneOn ? ` — ${t('detail.done', { date: formatDate(m.doneOn) })}` : ''}
                {m.late ? <span className="ord-late-flag"> {t('detail.late')}</span> : null}
                {provider && !m.doneOn && (order.state === 'VALIDATED' || order.state === 'IN_DELIVERY') && (
                  <> <Button onClick={() => act(async () => (await mutate(MilestoneCompleteDocument, { input: { milestoneId: m.id, doneOn: m.plannedOn < today ? m.plannedOn : today } })).data?.orderMilestoneComplete)}>{t('detail.markDone')}</Button></>
                )}
              </li>
            ))}
          </ol>
        </Section>
      ))}
      {(order.state === 'RECEIVED' || (provider && order.state !== 'DELIVERED' && order.state !== 'CANCELLED')) && (
        <Section title={t('detail.cancel')}>
          {provider && <TextField label={t('detail.reason')} name="reason" value={reason} onChange={setReason} />}
          <Button onClick={() => act(async () => (await mutate(OrderCancelDocument, { input: { orderId: order.id, reason: reason || null } })).data?.orderCancel)}>{t('detail.cancel')}</Button>
        </Section>
      )}
    </Page>
  );
}
