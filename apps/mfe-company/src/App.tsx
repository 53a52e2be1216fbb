import { Suspense, lazy, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Alert, Spinner, createTranslator } from '@portal/ui';
import { CompanyContext, useEnv, type CompanyEnv } from './context.js';
import { ViewerDocument } from './documents.js';
import { Link, NetworkError, NotFound, useQuery } from './kit.js';
import { messages } from './messages.js';
import { CompanyPage } from './pages/CompanyPage.js';
import { CustomerCreatePage } from './pages/CustomerCreatePage.js';
import { CustomerPage } from './pages/CustomerPage.js';
import { CustomersPage } from './pages/CustomersPage.js';
import { SiteFormPage } from './pages/SiteFormPage.js';
import { SitesPage } from './pages/SitesPage.js';
import { UniversePage } from './pages/UniversePage.js';
import { UsersPage } from './pages/UsersPage.js';

// The administrators' pages (API tokens, webhooks, audit log) load on demand: most users never open them.
const TokensPage = lazy(() => import('./pages/TokensPage.js').then((m) => ({ default: m.TokensPage })));
const WebhooksPage = lazy(() => import('./pages/WebhooksPage.js').then((m) => ({ default: m.WebhooksPage })));
const AuditPage = lazy(() => import('./pages/AuditPage.js').then((m) => ({ default: m.AuditPage })));

export interface CompanyProps {
  locale?: 'fr' | 'en';
  navigate?(url: string): void;
}

const STYLES = `
.mfc-nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;padding:0;margin:0 0 1rem}
.mfc-nav a{color:var(--pui-link)}.mfc-nav a[aria-current]{font-weight:700;text-decoration:none}
.mfc-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:0 1rem;align-items:start}
.mfc-checks{border:1px solid var(--pui-line);border-radius:4px;padding:.5rem .75rem;margin:0 0 1rem}
.mfc-checks label{display:inline-flex;gap:.35rem;margin:.2rem 1.25rem .2rem 0}
.mfc-links{list-style:none;padding:0;margin:0}.mfc-links li{padding:.4rem 0;border-bottom:1px solid var(--pui-line)}
.mfc-row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.5rem 0 1rem}
.mfc-nowrap{white-space:nowrap}.mfc-secret{font-family:monospace;word-break:break-all}
.mfc a.pui-button{text-decoration:none}.mfc a.pui-button--primary{color:#fff}.mfc a.pui-button--secondary{color:var(--pui-ink)}
`;

/** The sections of "Ma société", each with the right it needs to be of use (none: everyone's). */
const SECTIONS = [
  ['/entreprise', 'nav.company', null],
  ['/entreprise/sites', 'nav.sites', null],
  ['/entreprise/utilisateurs', 'nav.users', 'USERS_MANAGE'],
  ['/entreprise/jetons', 'nav.tokens', 'TOKENS_MANAGE'],
  ['/entreprise/webhooks', 'nav.webhooks', 'WEBHOOKS_MANAGE'],
  ['/entreprise/journal', 'nav.audit', 'AUDIT_READ'],
  ['/entreprise/univers', 'nav.universe', null],
  ['/entreprise/clients', 'nav.customers', null],
] as const;

/**
 * The sub-navigation of "Ma société": users, API tokens and the audit log only for who holds
 * their right (administrators); the customer search only for resellers and operators.
 */
function SubNav() {
  const { t, path, viewer } = useEnv();
  const reseller = viewer.universes.some((u) => u !== 'CLIENT');
  const shown = SECTIONS.filter(([href, , right]) => (reseller || href !== '/entreprise/clients') && (!right || viewer.permissions.includes(right)));
  const current = shown.filter(([href]) => path === href || path.startsWith(`${href}/`)).at(-1)?.[0];
  return (
    <nav className="mfc-nav" aria-label={t('nav.label')}>
      <ul>
        {shown.map(([href, label]) => (
          <li key={href}>
            <Link href={href} aria-current={href === current ? 'page' : undefined}>{t(label)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The page for a path under /entreprise. */
function route(path: string): ReactNode {
  const parts = path.replace(/\/+$/, '').split('/').slice(2).map(decodeURIComponent);
  const [section, id, more] = parts;
  if (more !== undefined) return <NotFound />;
  switch (section) {
    case undefined:
      return <CompanyPage />;
    case 'sites':
      return id === undefined ? <SitesPage /> : <SiteFormPage siteId={id === 'nouveau' ? null : id} />;
    case 'clients':
      return id === undefined ? <CustomersPage /> : id === 'nouveau' ? <CustomerCreatePage /> : <CustomerPage companyId={id} />;
  }
  if (id !== undefined) return <NotFound />;
  switch (section) {
    case 'utilisateurs':
      return <UsersPage />;
    case 'jetons':
      return <TokensPage />;
    case 'webhooks':
      return <WebhooksPage />;
    case 'journal':
      return <AuditPage />;
    case 'univers':
      return <UniversePage />;
  }
  return <NotFound />;
}

/** The "Entreprise" area: Ma société, sites, users, API tokens, audit, universes and customers. */
export function App({ locale = 'fr', navigate }: CompanyProps) {
  const [location, setLocation] = useState(() => ({ path: window.location.pathname, search: window.location.search }));
  const [flash, setFlash] = useState<{ path: string; text: string } | null>(null);
  useEffect(() => {
    const update = () => setLocation({ path: window.location.pathname, search: window.location.search });
    window.addEventListener('popstate', update);
    window.addEventListener('single-spa:routing-event', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('single-spa:routing-event', update);
    };
  }, []);
  // A flash message lives on the page it was meant for only.
  useEffect(() => {
    if (flash && flash.path !== location.path) setFlash(null);
  }, [location.path]);
  const viewerState = useQuery(ViewerDocument, {});
  const viewer = viewerState.data?.viewer;
  const t = useMemo(() => createTranslator(messages, locale), [locale]);
  const env = useMemo<CompanyEnv | null>(() => {
    if (!viewer) return null;
    const go = navigate ?? ((url: string) => {
      window.history.pushState(null, '', url);
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    return {
      t,
      locale,
      path: location.path,
      search: new URLSearchParams(location.search),
      viewer,
      reloadViewer: viewerState.reload,
      notify: (text) => setFlash({ path: location.path, text }),
      navigate(url, text) {
        if (text) setFlash({ path: url.split('?')[0] ?? url, text });
        go(url);
      },
    };
  }, [t, locale, navigate, location, viewer]);

  let body: ReactNode;
  if (!env) body = viewerState.error ? <NetworkErrorStandalone t={t} onRetry={viewerState.reload} /> : <Spinner label={t('loading')} />;
  else {
    body = (
      <CompanyContext.Provider value={env}>
        <SubNav />
        {flash && flash.path === location.path ? <Alert tone="success">{flash.text}</Alert> : null}
        <Suspense fallback={<Spinner label={t('loading')} />}>{route(location.path)}</Suspense>
      </CompanyContext.Provider>
    );
  }
  return (
    <div className="mfc" lang={locale}>
      <style>{STYLES}</style>
      {body}
    </div>
  );
}

/** The network error before the viewer is known (no context yet). */
function NetworkErrorStandalone({ t, onRetry }: { t: CompanyEnv['t']; onRetry(): void }) {
  const env = { t } as CompanyEnv;
  return (
    <CompanyContext.Provider value={env}>
      <NetworkError onRetry={onRetry} />
    </CompanyContext.Provider>
  );
}
