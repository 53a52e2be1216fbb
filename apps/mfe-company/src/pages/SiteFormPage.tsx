import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Page } from '@portal/ui';
import { mutate } from '@portal/graphql-client';
import { useEnv } from '../context.js';
import { SiteCloseDocument, SiteCreateDocument, SiteUpdateDocument, SitesDocument } from '../documents.js';
import type { CompanySitesQuery } from '../gql/graphql.js';
import { Confirm, FormAlerts, useAction, Link, Loaded, NotFound, useForm, useQuery } from '../kit.js';
import { SITE_FIELDS, SITE_KEYS, SiteFields, siteInput, type SiteKey } from './SiteFields.js';

type Site = CompanySitesQuery['myCompany']['sites'][number];

/** /entreprise/sites/nouveau ("Nouveau site") and /entreprise/sites/<id> (detail, edit, close). */
export function SiteFormPage({ siteId }: { siteId: string | null }) {
  const { t } = useEnv();
  const state = useQuery(SitesDocument, {}, siteId === null);
  if (siteId === null) return <SiteForm site={null} permissions={null} onSaved={() => {}} />;
  return (
    <Loaded state={state}>
      {({ myCompany }) => {
        const site = myCompany.sites.find((s) => s.id === siteId);
        return site ? (
          <SiteForm key={site.id} site={site} permissions={myCompany.viewerPermissions} onSaved={state.reload} />
        ) : (
          <NotFound text={t('sites.notFound')} back="/entreprise/sites" backLabel={t('sites.back')} />
        );
      }}
    </Loaded>
  );
}

function SiteForm({ site, permissions, onSaved }: { site: Site | null; permissions: readonly string[] | null; onSaved(): void }) {
  const { t, viewer, navigate, notify } = useEnv();
  const perms = permissions ?? viewer.permissions;
  const before = Object.fromEntries(SITE_KEYS.map((k) => [k, site && !(k === 'iban' && site.ibanMasked) ? String(site[k] ?? '') : SITE_FIELDS[k]])) as Record<SiteKey, string>;
  const form = useForm({ ...before, isHeadOffice: site?.isHeadOffice ?? false });
  const [confirming, setConfirming] = useState(false);
  const closing = useAction();
  const canPay = perms.includes('BILLING_WRITE');
  const canEdit = perms.includes('COMPANY_WRITE') || canPay;

  function submit(event: FormEvent) {
    event.preventDefault();
    const isHeadOffice = form.values.isHeadOffice;
    if (!site) {
      void form.submit(
        async () => (await mutate(SiteCreateDocument, { input: { companyId: viewer.user.company.id, ...siteInput(form.values, '', undefined, canPay), isHeadOffice } })).data?.siteCreate,
        (p) => navigate('/entreprise/sites', t('sites.created', { name: p.site?.name ?? '' })),
      );
      return;
    }
    const changes = { ...siteInput(form.values, '', before, canPay), ...(isHeadOffice !== site.isHeadOffice ? { isHeadOffice } : {}) };
    if (Object.keys(changes).length === 0) return;
    void form.submit(
      async () => (await mutate(SiteUpdateDocument, { input: { siteId: site.id, ...changes } })).data?.siteUpdate,
      () => {
        notify(t('sites.saved'));
        onSaved();
      },
    );
  }

  function close() {
    if (!site) return;
    void closing.run(
      async () => (await mutate(SiteCloseDocument, { input: { siteId: site.id } })).data?.siteClose,
      () => navigate('/entreprise/sites', t('sites.closed', { name: site.name })),
    );
  }

  const canClose = site && site.state === 'ACTIVE' && !site.isHeadOffice && perms.includes('COMPANY_WRITE');
  return (
    <Page
      title={site ? site.name : t('sites.new')}
      actions={canClose ? <Button type="button" variant="danger" onClick={() => setConfirming(true)}>{t('sites.close')}</Button> : null}
    >
      <p><Link href="/entreprise/sites">{t('sites.back')}</Link></p>
      <form className="pui-form" onSubmit={submit} noValidate>
        <FormAlerts refusals={form.refusals} />
        <SiteFields bind={(name, label) => form.text(name as SiteKey, label)} paymentLocked={!canPay} maskedIban={site?.ibanMasked ? site.iban : null} />
        <Checkbox name="isHeadOffice" label={t('sites.isHeadOffice')} hint={t('sites.isHeadOfficeHint')} checked={form.values.isHeadOffice} onChange={(v) => form.set('isHeadOffice', v)} error={form.refusals.fields.isHeadOffice ?? null} disabled={!canEdit} />
        {canEdit ? <Button type="submit" variant="primary" busy={form.busy}>{site ? t('save') : t('sites.new')}</Button> : null}
      </form>
      {confirming && site ? (
        <Confirm title={t('sites.close')} text={t('sites.closeConfirm', { name: site.name })} busy={closing.busy} error={closing.error} onConfirm={close} onClose={() => { setConfirming(false); closing.clear(); }} />
      ) : null}
    </Page>
  );
}
