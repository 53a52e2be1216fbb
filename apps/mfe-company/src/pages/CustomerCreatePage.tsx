import { type FormEvent } from 'react';
import { Button, Page, Section, Select, TextField } from '@portal/ui';
import { mutate } from '@portal/graphql-client';
import { useEnv } from '../context.js';
import { CustomerCreateDocument } from '../documents.js';
import type { LegalForm } from '../gql/graphql.js';
import { FormAlerts, LEGAL_FORMS, Link, options, useForm } from '../kit.js';
import { SITE_FIELDS, SiteFields, siteInput } from './SiteFields.js';

const initial = {
  legalName: '',
  siren: '',
  legalForm: '',
  website: '',
  ...Object.fromEntries(Object.entries({ ...SITE_FIELDS, name: 'Siège Social' }).map(([k, v]) => [`headOffice.${k}`, v])),
  'administrator.firstName': '',
  'administrator.lastName': '',
  'administrator.email': '',
};

/** /entreprise/clients/nouveau: "Créer un client" — company, head office, first administrator (who gets the e-mail). */
export function CustomerCreatePage() {
  const { t, navigate } = useEnv();
  const form = useForm(initial, { required: ['legalName', 'legalForm', 'administrator.firstName', 'administrator.lastName', 'administrator.email'], draft: 'customer-create' });
  const v = form.values as Record<string, string>;

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      legalName: v.legalName ?? '',
      legalForm: v.legalForm as LegalForm,
      ...(v.siren ? { siren: v.siren.replace(/\s+/g, '') } : {}),
      ...(v.website ? { website: v.website.trim() } : {}),
      headOffice: siteInput(v, 'headOffice.'),
      administrator: { firstName: v['administrator.firstName'] ?? '', lastName: v['administrator.lastName'] ?? '', email: v['administrator.email']?.trim() ?? '' },
    };
    void form.submit(
      async () => (await mutate(CustomerCreateDocument, { input })).data?.customerCreate,
      (p) => {
        if (!p.company) return;
        navigate(`/entreprise/clients/${encodeURIComponent(p.company.id)}`, t('customer.created', { name: p.company.legalName, login: p.administrator?.login ?? '' }));
      },
    );
  }

  const text = (name: string, label: Parameters<typeof t>[0]) => form.text(name as keyof typeof initial & string, label);
  return (
    <Page title={t('create.title')}>
      <p><Link href="/entreprise/clients">{t('customer.back')}</Link></p>
      <form className="pui-form" onSubmit={submit} noValidate>
        <FormAlerts refusals={form.refusals} />
        <Section title={t('create.company')}>
          <div className="mfc-grid">
            <TextField {...text('legalName', 'company.legalName')} required />
            <Select {...text('legalForm', 'company.legalForm')} placeholder="—" options={options(t, 'legalForm', LEGAL_FORMS)} required />
            <TextField {...text('siren', 'company.siren')} inputMode="numeric" />
            <TextField {...text('website', 'company.website')} placeholder="https://" />
          </div>
        </Section>
        <Section title={t('create.headOffice')}>
          <SiteFields bind={text} prefix="headOffice." />
        </Section>
        <Section title={t('create.admin')}>
          <p>{t('create.adminHint')}</p>
          <div className="mfc-grid">
            <TextField {...text('administrator.firstName', 'users.firstName')} autoComplete="off" required />
            <TextField {...text('administrator.lastName', 'users.lastName')} autoComplete="off" required />
            <TextField {...text('administrator.email', 'users.email')} type="email" autoComplete="off" required />
          </div>
        </Section>
        <Button type="submit" variant="primary" busy={form.busy}>{t('create.submit')}</Button>
      </form>
    </Page>
  );
}
