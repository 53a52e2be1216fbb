import { DataTable, Page, Section } from '@portal/ui';
import { useEnv } from '../context.js';
import { MyCompanyDocument } from '../documents.js';
import { Link, Loaded, useQuery } from '../kit.js';
import { CompanyInfo, UsefulLinks } from './CompanyInfo.js';

/** /entreprise: "Ma société" — Informations, contacts, sites and payment details, liens utiles. */
export function CompanyPage() {
  const { t, locale } = useEnv();
  const state = useQuery(MyCompanyDocument, {});
  return (
    <Page title={t('company.title')}>
      <Loaded state={state}>
        {({ myCompany: company }) => (
          <>
            <CompanyInfo company={company} onSaved={state.reload} />
            <Section title={t('company.contacts')}>
              {company.contacts.length === 0 ? (
                <p>{t('company.noContacts')}</p>
              ) : (
                <ul className="mfc-links">
                  {company.contacts.map((c) => (
                    <li key={c.id}>
                      {[`${c.firstName} ${c.lastName}`, c.function, c.email, c.phone].filter(Boolean).join(' · ')}
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            <Section
              title={t('company.sites')}
              actions={company.viewerPermissions.includes('COMPANY_WRITE') ? <Link className="pui-button pui-button--secondary" href="/entreprise/sites/nouveau">{t('sites.new')}</Link> : null}
            >
              <DataTable
                locale={locale}
                caption={t('sites.caption')}
                hideCaption
                rows={company.sites}
                rowKey={(s) => s.id}
                empty={t('sites.empty')}
                columns={[
                  { key: 'name', label: t('sites.name'), render: (s) => (s.isHeadOffice && !/^si[eè]ge social$/i.test(s.name) ? `${s.name} (${t('sites.headOffice')})` : s.name) },
                  { key: 'city', label: t('sites.city'), render: (s) => s.city },
                  {
                    key: 'action',
                    label: t('sites.action'),
                    render: (s) => (
                      <Link href={`/entreprise/sites/${encodeURIComponent(s.id)}`}>
                        {t('detail')}<span className="pui-sr-only"> {s.name}</span><span aria-hidden="true"> &gt;</span>
                      </Link>
                    ),
                  },
                ]}
              />
            </Section>
            <UsefulLinks links={company.usefulLinks} />
          </>
        )}
      </Loaded>
    </Page>
  );
}
