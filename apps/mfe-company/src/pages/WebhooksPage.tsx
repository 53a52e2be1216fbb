import { useState, type FormEvent } from 'react';
import { Alert, Button, DataTable, Dialog, Page, Section, TextField, formatDateTime } from '@portal/ui';
import { mutate } from '@portal/graphql-client';
import { useEnv } from '../context.js';
import {
  WebhookDeliveriesDocument, WebhookDeliveriesReplayDocument, WebhookDeliveryReplayDocument, WebhookEndpointCreateDocument, WebhookEndpointDeleteDocument,
  WebhookEndpointUpdateDocument, WebhookEndpointsDocument, WebhookRotateSecretDocument, WebhookSendTestDocument,
} from '../documents.js';
import type { CompanyWebhookDeliveriesQuery, CompanyWebhookEndpointsQuery, WebhookEventType } from '../gql/graphql.js';
import { CheckGroup, Confirm, FormAlerts, Loaded, SecretNotice, options, useAction, useForm, useQuery } from '../kit.js';

type Endpoint = CompanyWebhookEndpointsQuery['webhookEndpoints'][number];
type Delivery = CompanyWebhookDeliveriesQuery['webhookDeliveries'][number];

/** The event types published today; the others come with their domains (orders, porting, usage, e-invoicing). */
export const EVENT_TYPES = ['INVOICE_ISSUED', 'CREDIT_NOTE_ISSUED', 'TERMINATION_REQUESTED', 'TERMINATION_WITHDRAWN', 'TERMINATION_EFFECTIVE', 'USER_CREATED', 'USER_DEACTIVATED'] as const;

/** /entreprise/webhooks: the company's webhook endpoints, their secret (shown once), test event, delivery log and replay. */
export function WebhooksPage() {
  const { t, locale, viewer } = useEnv();
  const allowed = viewer.permissions.includes('WEBHOOKS_MANAGE');
  const state = useQuery(WebhookEndpointsDocument, {}, !allowed);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [selected, setSelected] = useState<Endpoint | null>(null);
  const [deleting, setDeleting] = useState<Endpoint | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const action = useAction();
  if (!allowed) return <Page title={t('webhooks.title')}><Alert tone="info">{t('forbidden')}</Alert></Page>;

  const run = (label: string, request: () => Promise<{ userErrors: readonly { code: string; message: string }[] } | null | undefined>, done?: () => void) =>
    void action.run(request, () => {
      setStatus(label);
      done?.();
      state.reload();
    });

  return (
    <Page title={t('webhooks.title')} actions={<Button type="button" variant="primary" onClick={() => { setSecret(null); setCreating(true); }}>{t('webhooks.new')}</Button>}>
      <p>{t('webhooks.intro')}</p>
      {secret ? <SecretNotice title={t('webhooks.secretTitle', { url: secret.url })} text={t('webhooks.secretText')} label={t('webhooks.secret')} secret={secret.secret} /> : null}
      {action.error ? <Alert tone="error">{action.error}</Alert> : null}
      <p role="status" className="pui-sr-only">{status ?? ''}</p>
      {status ? <Alert tone="success">{status}</Alert> : null}
      <Loaded state={state}>
        {({ webhookEndpoints }) => (
          <DataTable
            locale={locale}
            caption={t('webhooks.caption')}
            rows={webhookEndpoints}
            rowKey={(e) => e.id}
            empty={t('webhooks.empty')}
            columns={[
              { key: 'url', label: t('webhooks.url'), render: (e) => <code>{e.url}</code> },
              { key: 'description', label: t('webhooks.description'), render: (e) => e.description || '—' },
              { key: 'events', label: t('webhooks.events'), render: (e) => e.eventTypes.map((type) => t(`event.${type}` as never)).join(', ') },
              { key: 'state', label: t('webhooks.state'), render: (e) => (e.enabled ? t('webhooks.enabled') : e.disabledReason === 'FAILING' ? t('webhooks.disabledFailing') : t('webhooks.disabled')) },
              {
                key: 'actions',
                label: t('users.actions'),
                render: (e) => (
                  <span className="mfc-row">
                    <Button type="button" variant="link" onClick={() => setSelected(e)} aria-label={`${t('webhooks.log')} ${e.url}`}>{t('webhooks.log')}</Button>
                    <Button type="button" variant="link" disabled={!e.enabled} onClick={() => run(t('webhooks.testSent'), async () => (await mutate(WebhookSendTestDocument, { input: { endpointId: e.id } })).data?.webhookEndpointSendTest)} aria-label={`${t('webhooks.sendTest')} ${e.url}`}>{t('webhooks.sendTest')}</Button>
                    <Button type="button" variant="link" onClick={() => run(e.enabled ? t('webhooks.disabledDone') : t('webhooks.enabledDone'), async () => (await mutate(WebhookEndpointUpdateDocument, { input: { endpointId: e.id, enabled: !e.enabled } })).data?.webhookEndpointUpdate)}>{e.enabled ? t('webhooks.disable') : t('webhooks.enable')}</Button>
                    <Button type="button" variant="link" onClick={() => void action.run(async () => (await mutate(WebhookRotateSecretDocument, { input: { endpointId: e.id, overlapHours: 24 } })).data?.webhookEndpointRotateSecret, (p) => setSecret({ url: e.url, secret: p.secret ?? '' }))}>{t('webhooks.rotate')}</Button>
                    <Button type="button" variant="link" onClick={() => setDeleting(e)}>{t('webhooks.delete')}</Button>
                  </span>
                ),
              },
            ]}
          />
        )}
      </Loaded>
      {selected ? <DeliveryLog key={selected.id} endpoint={selected} /> : null}
      {creating ? (
        <EndpointDialog
          onClose={() => setCreating(false)}
          onCreated={(result) => {
            setCreating(false);
            setSecret(result);
            state.reload();
          }}
        />
      ) : null}
      {deleting ? (
        <Confirm
          title={t('webhooks.delete')}
          text={t('webhooks.deleteConfirm', { url: deleting.url })}
          busy={action.busy}
          error={action.error}
          onClose={() => { setDeleting(null); action.clear(); }}
          onConfirm={() => run(t('webhooks.deleted'), async () => (await mutate(WebhookEndpointDeleteDocument, { input: { endpointId: deleting.id } })).data?.webhookEndpointDelete, () => {
            if (selected?.id === deleting.id) setSelected(null);
            setDeleting(null);
          })}
        />
      ) : null}
    </Page>
  );
}

/** The delivery log of one endpoint: each delivery with its last attempt, replay one, replay the failures since a date. */
function DeliveryLog({ endpoint }: { endpoint: Endpoint }) {
  const { t, locale } = useEnv();
  const state = useQuery(WebhookDeliveriesDocument, { endpointId: endpoint.id });
  const [since, setSince] = useState(() => new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10));
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  const last = (d: Delivery) => d.attempts[0];
  return (
    <Section title={t('webhooks.logTitle', { url: endpoint.url })}>
      <div className="mfc-row">
        <Button type="button" onClick={state.reload}>{t('webhooks.refresh')}</Button>
        <TextField name="since" label={t('webhooks.since')} type="date" value={since} onChange={setSince} />
        <Button type="button" busy={action.busy} onClick={() => void action.run(
          async () => (await mutate(WebhookDeliveriesReplayDocument, { input: { endpointId: endpoint.id, since: new Date(`${since}T00:00:00`).toISOString() } })).data?.webhookDeliveriesReplay,
          (p) => { setDone(t('webhooks.replayedMany', { count: String(p.replayed) })); state.reload(); },
        )}>{t('webhooks.replayFailed')}</Button>
      </div>
      {action.error ? <Alert tone="error">{action.error}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      <Loaded state={state}>
        {({ webhookDeliveries }) => (
          <DataTable
            locale={locale}
            caption={t('webhooks.logCaption')}
            rows={webhookDeliveries}
            rowKey={(d) => d.id}
            empty={t('webhooks.logEmpty')}
            columns={[
              { key: 'at', label: t('webhooks.at'), render: (d) => formatDateTime(last(d)?.at ?? d.createdAt, locale) },
              { key: 'event', label: t('webhooks.event'), render: (d) => <>{t(`event.${d.event.type}` as never)} <code>{d.event.id}</code></> },
              { key: 'state', label: t('webhooks.deliveryState'), render: (d) => t(`delivery.${d.state}` as never) },
              { key: 'attempts', label: t('webhooks.attempts'), render: (d) => String(d.attemptCount) },
              { key: 'status', label: t('webhooks.status'), render: (d) => (last(d) ? String(last(d)!.status ?? last(d)!.error ?? '—') : '—') },
              { key: 'latency', label: t('webhooks.latency'), render: (d) => (last(d) ? `${last(d)!.latencyMs} ms` : '—') },
              { key: 'excerpt', label: t('webhooks.excerpt'), render: (d) => <code>{last(d)?.responseExcerpt.slice(0, 120) ?? ''}</code> },
              {
                key: 'replay',
                label: t('users.actions'),
                render: (d) => (
                  <Button type="button" variant="link" aria-label={`${t('webhooks.replay')} ${d.event.id}`} onClick={() => void action.run(
                    async () => (await mutate(WebhookDeliveryReplayDocument, { input: { deliveryId: d.id } })).data?.webhookDeliveryReplay,
                    () => { setDone(t('webhooks.replayedOne')); state.reload(); },
                  )}>{t('webhooks.replay')}</Button>
                ),
              },
            ]}
          />
        )}
      </Loaded>
    </Section>
  );
}

function EndpointDialog({ onClose, onCreated }: { onClose(): void; onCreated(result: { url: string; secret: string }): void }) {
  const { t, locale } = useEnv();
  const form = useForm({ url: '', description: '', eventTypes: ['INVOICE_ISSUED'] as string[] });
  const formId = 'mfc-webhook-form';

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = { url: form.values.url.trim(), description: form.values.description, eventTypes: form.values.eventTypes as WebhookEventType[] };
    void form.submit(
      async () => (await mutate(WebhookEndpointCreateDocument, { input })).data?.webhookEndpointCreate,
      (p) => onCreated({ url: p.endpoint?.url ?? input.url, secret: p.secret ?? '' }),
    );
  }

  return (
    <Dialog
      open
      locale={locale}
      title={t('webhooks.new')}
      onClose={onClose}
      footer={
        <>
          <Button type="button" onClick={onClose}>{t('cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" busy={form.busy}>{t('webhooks.create')}</Button>
        </>
      }
    >
      <form id={formId} className="pui-form" onSubmit={submit} noValidate>
        <FormAlerts refusals={form.refusals} />
        <TextField {...form.text('url', 'webhooks.url')} hint={t('webhooks.urlHint')} required />
        <TextField {...form.text('description', 'webhooks.description')} />
        <CheckGroup legend={t('webhooks.events')} name="eventTypes" options={options(t, 'event', EVENT_TYPES)} value={form.values.eventTypes} onChange={(v) => form.set('eventTypes', v)} error={form.refusals.fields.eventTypes} />
      </form>
    </Dialog>
  );
}
