import { Alert, Button, DataTable, Page, Section } from '@portal/ui';
import { mutate } from '@portal/graphql-client';
import { useEnv } from '../context.js';
import { CustomerDocument, ServicesDocument, UniverseAddResellerDocument } from '../documents.js';
import { CursorPager, Link, Loaded, NotFound, useAction, useQuery } from '../kit.js';
import { CompanyInfo, UsefulLinks } from './CompanyInfo.js';

/**
 * /entreprise/clients/<companyId>: the customer's universe — its informations, "liens utiles" and
 * services. A company out of reach answers null, exactly like one that does not exist: not found.
 */
export function CustomerPage({ companyId }: { companyId: string }) {
  const { t, viewer, notify } = useEnv();
  const state = useQuery(CustomerDocument, { id: companyId });
  const adding = useAction();
  return (
    <Loaded state={state}>
      {({ company }) => {
        if (!company) return <NotFound title={t('customer.notFound')} text={t('customer.notFoundText')} back="/entreprise/clients" backLabel={t('customer.back')} />;
        const canAddReseller = viewer.universes.includes('OPERATOR') && !company.universes.includes('RESELLER') && company.id !== viewer.user.company.id;
        const addReseller = () =>
          void adding.run(
            async () => (await mutate(UniverseAddResellerDocument, { input: { companyId: company.id } })).data?.universeAddReseller,
            () => {
              notify(t('customer.addedReseller'));
              state.reload();
            },
          );
        return (
          <Page title={t('customer.universe', { name: company.legalName })} actions={canAddReseller ? <Button type="button" busy={adding.busy} onClick={addReseller}>{t('universe.add')}</Button> : null}>
            <p><Link href="/entreprise/clients">{t('customer.back')}</Link></p>
            {adding.error ? <Alert tone="error">{adding.error}</Alert> : null}
            <CompanyInfo company={company} path={company.managementPath.map((c) => c.legalName).join(' > ')} onSaved={state.reload} />
            <UsefulLinks links={company.usefulLinks} client={company.id} />
            {company.usefulLinks.serviceCount !== null ? <Services companyId={company.id} /> : null}
          </Page>
        );
      }}
    </Loaded>
  );
}

/** "Consulter les services d'un client": numbers (with their RIO), lines and trunks. */
function Services({ companyId }: { companyId: string }) {
  const { t, locale, search } = useEnv();
  const state = useQuery(ServicesDocument, { id: companyId, after: search.get('services') });
  return (
    <div id="services" tabIndex={-1}>
      <Section title={t('services.title')} actions={<a href={`/exports/services.csv?companyId=${encodeURIComponent(companyId)}`} download>{t('export')}</a>}>
        <Loaded state={state}>
          {({ customerServices: services }) => (
            <>
              <DataTable
                locale={locale}
                caption={t('services.caption')}
                hideCaption
                rows={services.edges.map((e) => e.node)}
                rowKey={(s) => s.id}
                loading={state.loading}
                empty={t('services.empty')}
                columns={[
                  { key: 'kind', label: t('services.kind'), render: (s) => t(`serviceKind.${s.kind}`) },
                  { key: 'identifier', label: t('services.identifier'), render: (s) => s.identifier },
                  { key: 'rio', label: t('services.rio'), render: (s) => s.portingCode ?? '—' },
                  { key: 'state', label: t('services.state'), render: (s) => t(`serviceState.${s.state}`) },
                  { key: 'oc', label: t('services.oc'), render: (s) => <Link href={`/offres/${encodeURIComponent(s.contractedOffer.id)}`}>{s.contractedOffer.reference}</Link> },
                  { key: 'site', label: t('services.site'), render: (s) => s.site.name },
                ]}
              />
              <CursorPager connection={services} shown={services.edges.length} param="services" />
            </>
          )}
        </Loaded>
      </Section>
    </div>
  );
}
