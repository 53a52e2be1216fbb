import { DataTable, Page } from '@portal/ui';
import { useEnv } from '../context.js';
import { SitesDocument } from '../documents.js';
import { Link, Loaded, useQuery } from '../kit.js';

/** /entreprise/sites: sites and payment details, head office first, closed ones kept for history. */
export function SitesPage() {
  const { t, locale, viewer } = useEnv();
  const state = useQuery(SitesDocument, {});
  const canWrite = viewer.permissions.includes('COMPANY_WRITE');
  return (
    <Page title={t('sites.title')} actions={canWrite ? <Link className="pui-button pui-button--primary" href="/entreprise/sites/nouveau">{t('sites.new')}</Link> : null}>
      <Loaded state={state}>
        {({ myCompany }) => (
          <DataTable
            locale={locale}
            caption={t('sites.caption')}
            rows={myCompany.sites}
            rowKey={(s) => s.id}
            empty={t('sites.empty')}
            columns={[
              { key: 'name', label: t('sites.name'), render: (s) => (s.isHeadOffice ? <><strong>{s.name}</strong>{/^si[eè]ge social$/i.test(s.name) ? null : ` (${t('sites.headOffice')})`}</> : s.name) },
              { key: 'address', label: t('sites.address'), render: (s) => [s.addressLine1, s.addressLine2, `${s.postalCode} ${s.city}`, s.country === 'FR' ? null : s.country].filter(Boolean).join(', ') },
              { key: 'payment', label: t('sites.payment'), render: (s) => [s.paymentMethod ? t(`payment.${s.paymentMethod}`) : null, s.iban].filter(Boolean).join(' — ') || '—' },
              { key: 'state', label: t('sites.state'), render: (s) => t(`siteState.${s.state}`) },
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
        )}
      </Loaded>
    </Page>
  );
}
