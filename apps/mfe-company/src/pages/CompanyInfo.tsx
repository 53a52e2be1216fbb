import { useState, type FormEvent } from 'react';
import { Button, DefinitionList, Section, Select, TextArea, TextField, areaPublished, formatDateTime } from '@portal/ui';
import { mutate } from '@portal/graphql-client';
import { useEnv } from '../context.js';
import { CompanyUpdateDocument } from '../documents.js';
import type { CompanyMineQuery } from '../gql/graphql.js';
import { FormAlerts, Link, options, useForm } from '../kit.js';
import type { MessageKey } from '../messages.js';

/** The ordering page in the portal the user is on (the API gives the absolute address, built on PUBLIC_URL, for third parties). */
function inThisPortal(url: string): string {
  const { pathname, search } = new URL(url, window.location.href);
  return pathname + search;
}

export type CompanyFields = Omit<CompanyMineQuery['myCompany'], 'contacts' | 'sites' | 'usefulLinks'>;

const EDITABLE = ['comment', 'website', 'siren', 'financialStatus', 'guaranteeType'] as const;

/**
 * The "Informations" block of a company, and its editable parts for those who may change it:
 * comment and website; SIREN, financial status and guarantee are the provider's (the server
 * answers PROVIDER_ONLY at the field to anyone else).
 */
export function CompanyInfo({ company, path, onSaved }: { company: CompanyFields; path?: string; onSaved(): void }) {
  const { t, locale, notify } = useEnv();
  const [editing, setEditing] = useState(false);
  const initial = { comment: company.comment ?? '', website: company.website ?? '', siren: company.siren ?? '', financialStatus: company.financialStatus as string, guaranteeType: company.guaranteeType as string };
  const form = useForm(initial);
  const canEdit = company.viewerPermissions.includes('COMPANY_WRITE');

  function submit(event: FormEvent) {
    event.preventDefault();
    const changes = Object.fromEntries(EDITABLE.filter((f) => form.values[f] !== initial[f]).map((f) => [f, form.values[f]]));
    if (Object.keys(changes).length === 0) return setEditing(false);
    void form.submit(
      async () => (await mutate(CompanyUpdateDocument, { input: { companyId: company.id, ...changes } })).data?.companyUpdate,
      () => {
        setEditing(false);
        notify(t('company.saved'));
        onSaved();
      },
    );
  }

  const website = company.website ? <a href={company.website} rel="noopener noreferrer" target="_blank">{company.website}</a> : null;
  return (
    <Section
      title={t('company.info')}
      actions={canEdit && !editing ? <Button type="button" onClick={() => { form.reset(initial); setEditing(true); }}>{t('edit')}</Button> : null}
    >
      {editing ? (
        <form className="pui-form" onSubmit={submit} noValidate>
          <FormAlerts refusals={form.refusals} />
          <TextArea {...form.text('comment', 'company.comment')} maxLength={2000} locale={locale} rows={3} />
          <TextField {...form.text('website', 'company.website')} type="text" placeholder="https://" autoComplete="url" />
          <TextField {...form.text('siren', 'company.siren')} inputMode="numeric" hint={t('company.providerHint')} />
          <Select {...form.text('financialStatus', 'company.financialStatus')} options={options(t, 'financial', ['HEALTHY', 'WATCH', 'DEFAULT'])} hint={t('company.providerHint')} />
          <Select {...form.text('guaranteeType', 'company.guaranteeType')} options={options(t, 'guarantee', ['NONE', 'DEPOSIT', 'BANK_GUARANTEE'])} hint={t('company.providerHint')} />
          <div className="mfc-row">
            <Button type="submit" variant="primary" busy={form.busy}>{t('save')}</Button>
            <Button type="button" onClick={() => setEditing(false)}>{t('cancel')}</Button>
          </div>
        </form>
      ) : (
        <DefinitionList
          locale={locale}
          items={[
            { term: t('company.state'), value: t(`state.${company.state}`) },
            { term: t('company.reference'), value: company.reference },
            { term: t('company.number'), value: String(company.number) },
            { term: t('company.legalName'), value: company.legalName },
            { term: t('company.siren'), value: company.siren },
            { term: t('company.legalForm'), value: t(`legalForm.${company.legalForm}`) },
            { term: t('company.comment'), value: company.comment },
            { term: t('company.website'), value: website },
            { term: t('company.createdAt'), value: formatDateTime(company.createdAt, locale) },
            { term: t('company.financialStatus'), value: t(`financial.${company.financialStatus}`) },
            { term: t('company.guaranteeType'), value: t(`guarantee.${company.guaranteeType}`) },
            { term: t('company.universes'), value: company.universes.map((u) => t(`universe.${u}` as MessageKey)).join(', ') },
            ...(path !== undefined ? [{ term: t('company.path'), value: path }] : []),
          ]}
        />
      )}
    </Section>
  );
}

/**
 * "Liens utiles": invoices, credit notes, contracted offers, services, with the counts the API
 * gives. "Ma e-boutique" / "Commander pour mon client" are not shown until the portal has its
 * ordering area (its own issue): a link to a page that does not exist would be a dead end.
 */
export function UsefulLinks({ links, client }: { links: CompanyMineQuery['myCompany']['usefulLinks']; client?: string }) {
  const { t } = useEnv();
  const q = client ? `?client=${encodeURIComponent(client)}` : '';
  const count = (n: number | null | undefined) => (n == null ? null : <> {t('links.count', { count: n })}</>);
  const item = (href: string, label: MessageKey, n?: number | null) => (
    <li key={label}>
      <Link href={href}>{t(label)}<span aria-hidden="true"> &gt;</span></Link>
      {count(n)}
    </li>
  );
  return (
    <Section title={t('links.title')}>
      <ul className="mfc-links">
        {areaPublished('@portal/mfe-orders') ? (
          <li>
            <a href={inThisPortal(links.orderUrl)}>{t(client ? 'links.order' : 'links.shop')}<span aria-hidden="true"> &gt;</span></a>
          </li>
        ) : null}
        {links.invoiceCount !== null ? item(`/facturation/factures${q}`, 'links.invoices', links.invoiceCount) : null}
        {links.creditNoteCount !== null ? item(`/facturation/avoirs${q}`, 'links.creditNotes', links.creditNoteCount) : null}
        {links.contractedOfferCount !== null ? item(`/offres${q}`, 'links.offers', links.contractedOfferCount) : null}
        {client && links.serviceCount !== null ? (
          <li>
            <a href="#services">{t('links.services')}<span aria-hidden="true"> &gt;</span></a>
            {count(links.serviceCount)}
          </li>
        ) : null}
      </ul>
    </Section>
  );
}
