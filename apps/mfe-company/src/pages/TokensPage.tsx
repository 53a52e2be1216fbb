import { useState, type FormEvent } from 'react';
import { Alert, Button, DataTable, Dialog, Page, TextField, formatDate, formatDateTime } from '@portal/ui';
import { mutate } from '@portal/graphql-client';
import { useEnv } from '../context.js';
import { TokenUsage } from './TokenUsage.js';
import { TokenCreateDocument, TokenRevokeDocument, TokensDocument } from '../documents.js';
import type { ApiScope, CompanyApiTokensQuery } from '../gql/graphql.js';
import { CheckGroup, Confirm, FormAlerts, Loaded, SecretNotice, options, useAction, useForm, useQuery } from '../kit.js';

type Token = CompanyApiTokensQuery['apiTokens'][number];

const SCOPES = ['COMPANY_READ', 'COMPANY_WRITE', 'IDENTITY_READ', 'IDENTITY_WRITE', 'BILLING_READ', 'BILLING_WRITE', 'OFFERS_READ', 'OFFERS_WRITE', 'WEBHOOKS'] as const;

/** /entreprise/jetons: API tokens — create (the secret shown once, with a copy button), list, revoke. */
export function TokensPage() {
  const { t, locale, viewer, notify } = useEnv();
  const allowed = viewer.permissions.includes('TOKENS_MANAGE');
  const state = useQuery(TokensDocument, {}, !allowed);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<Token | null>(null);
  const [watching, setWatching] = useState<string | null>(null);
  const action = useAction();
  if (!allowed) return <Page title={t('tokens.title')}><Alert tone="info">{t('forbidden')}</Alert></Page>;
  const now = new Date().toISOString();
  const stateOf = (k: Token) => (k.revokedAt ? t('tokens.revoked', { date: formatDate(k.revokedAt, locale) }) : k.expiresAt < now ? t('tokens.expired') : t('tokens.active'));
  return (
    <Page title={t('tokens.title')} actions={<Button type="button" variant="primary" onClick={() => { setCreated(null); setCreating(true); }}>{t('tokens.new')}</Button>}>
      <p>{t('tokens.intro')}</p>
      {created ? <Secret {...created} /> : null}
      <Loaded state={state}>
        {({ apiTokens }) => (
          <DataTable
            locale={locale}
            caption={t('tokens.caption')}
            rows={apiTokens}
            rowKey={(k) => k.id}
            empty={t('tokens.empty')}
            columns={[
              { key: 'name', label: t('tokens.name'), render: (k) => k.name },
              { key: 'prefix', label: t('tokens.prefix'), render: (k) => <code>{k.prefix}…</code> },
              { key: 'scopes', label: t('tokens.scopes'), render: (k) => SCOPES.filter((s) => k.scopes.includes(s)).map((s) => t(`scope.${s}`)).join(', ') },
              { key: 'createdBy', label: t('tokens.createdBy'), render: (k) => k.createdByLogin },
              { key: 'createdAt', label: t('tokens.createdAt'), render: (k) => formatDate(k.createdAt, locale) },
              { key: 'expiresAt', label: t('tokens.expiresAt'), render: (k) => formatDate(k.expiresAt, locale) },
              { key: 'lastUsed', label: t('tokens.lastUsed'), render: (k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt, locale) : '—') },
              { key: 'state', label: t('tokens.state'), render: stateOf },
              {
                key: 'action',
                label: t('users.actions'),
                render: (k) => (
                  <>
                    <Button type="button" variant="link" onClick={() => setWatching(k.id)} aria-label={`${t('usage.show')} ${k.name}`}>{t('usage.show')}</Button>
                    {k.revokedAt ? null : <Button type="button" variant="link" onClick={() => setRevoking(k)} aria-label={`${t('tokens.revoke')} ${k.name}`}>{t('tokens.revoke')}</Button>}
                  </>
                ),
              },
            ]}
          />
        )}
      </Loaded>
      {watching ? <TokenUsage key={watching} tokenId={watching} /> : null}
      {creating ? (
        <TokenDialog
          onClose={() => setCreating(false)}
          onCreated={(result) => {
            setCreating(false);
            setCreated(result);
            state.reload();
          }}
        />
      ) : null}
      {revoking ? (
        <Confirm
          title={t('tokens.revoke')}
          text={t('tokens.revokeConfirm', { name: revoking.name })}
          busy={action.busy}
          error={action.error}
          onClose={() => { setRevoking(null); action.clear(); }}
          onConfirm={() =>
            void action.run(
              async () => (await mutate(TokenRevokeDocument, { input: { apiTokenId: revoking.id } })).data?.apiTokenRevoke,
              () => {
                notify(t('tokens.revokedDone', { name: revoking.name }));
                setRevoking(null);
                state.reload();
              },
            )
          }
        />
      ) : null}
    </Page>
  );
}

/** The token's secret, shown once. */
function Secret({ name, secret }: { name: string; secret: string }) {
  const { t } = useEnv();
  return <SecretNotice title={t('tokens.secretTitle', { name })} text={t('tokens.secretText')} label={t('tokens.secret')} secret={secret} />;
}

function TokenDialog({ onClose, onCreated }: { onClose(): void; onCreated(result: { name: string; secret: string }): void }) {
  const { t, locale } = useEnv();
  const form = useForm({ name: '', expiresInDays: '90', scopes: ['COMPANY_READ'] as string[] });
  const formId = 'mfc-token-form';

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = { name: form.values.name, expiresInDays: Number(form.values.expiresInDays) || 0, scopes: form.values.scopes as ApiScope[] };
    void form.submit(
      async () => (await mutate(TokenCreateDocument, { input })).data?.apiTokenCreate,
      (p) => onCreated({ name: p.apiToken?.name ?? input.name, secret: p.secret ?? '' }),
    );
  }

  return (
    <Dialog
      open
      locale={locale}
      title={t('tokens.new')}
      onClose={onClose}
      footer={
        <>
          <Button type="button" onClick={onClose}>{t('cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" busy={form.busy}>{t('tokens.new')}</Button>
        </>
      }
    >
      <form id={formId} className="pui-form" onSubmit={submit} noValidate>
        <FormAlerts refusals={form.refusals} />
        <TextField {...form.text('name', 'tokens.name')} hint={t('tokens.nameHint')} required />
        <TextField {...form.text('expiresInDays', 'tokens.days')} type="number" min="1" max="366" required />
        <CheckGroup legend={t('tokens.scopes')} name="scopes" options={options(t, 'scope', SCOPES)} value={form.values.scopes} onChange={(v) => form.set('scopes', v)} error={form.refusals.fields.scopes} />
      </form>
    </Dialog>
  );
}
