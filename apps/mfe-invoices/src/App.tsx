import { Suspense, lazy, useEffect, useMemo } from 'react';
import { Page, Spinner, createTranslator, useLocation } from '@portal/ui';
import { BillingContext, Link, useBillingEnv, type BillingEnv } from './context.js';
import { messages } from './messages.js';
import { CreditNoteDetailPage, InvoiceDetailPage } from './pages/DetailPages.js';
import { CreditNoteListPage, InvoiceListPage } from './pages/ListPages.js';
import { installStyles } from './styles.js';

/** The operator's page, loaded when first opened (customers never download it). */
const HeldDocumentsPage = lazy(() => import('./pages/HeldDocumentsPage.js').then((m) => ({ default: m.HeldDocumentsPage })));

export interface BillingProps {
  locale?: 'fr' | 'en';
  navigate?(url: string): void;
}

/** The page of a path under /facturation (search strings are read by the pages). */
export type Route =
  | { page: 'invoices' }
  | { page: 'creditNotes' }
  | { page: 'invoice'; id: string }
  | { page: 'creditNote'; id: string }
  | { page: 'held' }
  | { page: 'notFound' };

export function routeOf(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '');
  if (path === '/facturation' || path === '/facturation/factures') return { page: 'invoices' };
  if (path === '/facturation/avoirs') return { page: 'creditNotes' };
  if (path === '/facturation/en-attente') return { page: 'held' };
  const detail = /^\/facturation\/(factures|avoirs)\/([^/]+)$/.exec(path);
  if (detail) {
    const id = decodeURIComponent(detail[2]!);
    return detail[1] === 'factures' ? { page: 'invoice', id } : { page: 'creditNote', id };
  }
  return { page: 'notFound' };
}


/**
 * The billing area: /facturation (= the invoices), /facturation/factures, /facturation/factures/<id>,
 * /facturation/avoirs, /facturation/avoirs/<id>, and for the operator /facturation/en-attente.
 */
export function App({ locale = 'fr', navigate }: BillingProps) {
  const { pathname, search } = useLocation();
  useEffect(installStyles, []);
  const env = useMemo<BillingEnv>(() => ({
    t: createTranslator(messages, locale),
    locale,
    navigate: navigate ?? ((url) => { window.history.pushState(null, '', url); window.dispatchEvent(new PopStateEvent('popstate')); }),
  }), [locale, navigate]);
  const route = routeOf(pathname);
  let page;
  switch (route.page) {
    case 'invoices': page = <InvoiceListPage search={search} />; break;
    case 'creditNotes': page = <CreditNoteListPage search={search} />; break;
    case 'invoice': page = <InvoiceDetailPage key={route.id} id={route.id} />; break;
    case 'creditNote': page = <CreditNoteDetailPage key={route.id} id={route.id} />; break;
    case 'held': page = <Suspense fallback={<Spinner label={env.t('held.title')} labelVisible />}><HeldDocumentsPage /></Suspense>; break;
    default: page = <NotFoundPage />;
  }
  return <BillingContext.Provider value={env}><div className="inv-app" lang={locale}>{page}</div></BillingContext.Provider>;
}

function NotFoundPage() {
  const { t } = useBillingEnv();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <ul>
        <li><Link href="/facturation/factures" className="inv-link">{t('nav.invoices')}</Link></li>
        <li><Link href="/facturation/avoirs" className="inv-link">{t('nav.creditNotes')}</Link></li>
      </ul>
    </Page>
  );
}
