import { useEffect, useMemo, useRef, useState } from 'react';
import { createTranslator } from '@portal/ui';
import { onViewerChange } from '@portal/graphql-client';
import { OffersContext, type OffersEnv } from './context.js';
import { messages } from './messages.js';
import { BulkTerminatePage } from './pages/BulkTerminatePage.js';
import { DetailPage } from './pages/DetailPage.js';
import { ListPage } from './pages/ListPage.js';
import { TerminatePage } from './pages/TerminatePage.js';
import { OFFERS_STYLES } from './styles.js';

export interface OffersProps {
  locale?: 'fr' | 'en';
  navigate?(url: string): void;
}

export type Route =
  | { page: 'list' }
  | { page: 'bulk' }
  | { page: 'detail'; id: string }
  | { page: 'terminate'; id: string };

/** The page of a path: /offres, /offres/resiliation, /offres/<ocId>, /offres/<ocId>/resiliation. */
export function routeOf(pathname: string): Route {
  const parts = pathname.replace(/\/+$/, '').split('/').slice(2).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  const [first, second] = parts;
  if (!first) return { page: 'list' };
  if (first === 'resiliation' && parts.length === 1) return { page: 'bulk' };
  if (second === 'resiliation' && parts.length === 2) return { page: 'terminate', id: first };
  return { page: 'detail', id: first };
}

function pushNavigate(url: string) {
  window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The "Offres" area: routes on window.location, data read again when the viewer changes. */
export function App({ locale = 'fr', navigate }: OffersProps) {
  const [location, setLocation] = useState(() => ({ path: window.location.pathname, search: window.location.search }));
  const [reloadKey, setReloadKey] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const update = () => setLocation((current) =>
      current.path === window.location.pathname && current.search === window.location.search
        ? current
        : { path: window.location.pathname, search: window.location.search });
    window.addEventListener('popstate', update);
    window.addEventListener('single-spa:routing-event', update);
    const stop = onViewerChange(() => setReloadKey((k) => k + 1));
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('single-spa:routing-event', update);
      stop();
    };
  }, []);
  const env = useMemo<OffersEnv>(() => ({
    t: createTranslator(messages, locale),
    locale,
    navigate: navigate ?? pushNavigate,
    reloadKey,
  }), [locale, navigate, reloadKey]);

  const route = routeOf(location.path);
  const pageKey = route.page === 'detail' || route.page === 'terminate' ? `${route.page}:${route.id}` : route.page;

  // On a new page (not a new sort or filter of the same one), the focus goes to its title.
  const shownPage = useRef(pageKey);
  useEffect(() => {
    if (shownPage.current === pageKey) return;
    shownPage.current = pageKey;
    const focusTitle = () => {
      const title = root.current?.querySelector<HTMLElement>('h1');
      if (!title) return false;
      title.tabIndex = -1;
      title.focus({ preventScroll: false });
      return true;
    };
    if (!focusTitle()) {
      const observer = new MutationObserver(() => focusTitle() && observer.disconnect());
      if (root.current) observer.observe(root.current, { childList: true, subtree: true });
      const stop = setTimeout(() => observer.disconnect(), 5000);
      return () => { observer.disconnect(); clearTimeout(stop); };
    }
  }, [pageKey]);

  let page;
  switch (route.page) {
    case 'list': page = <ListPage search={location.search} />; break;
    case 'bulk': page = <BulkTerminatePage key={location.search} search={location.search} />; break;
    case 'detail': page = <DetailPage key={route.id} id={route.id} />; break;
    case 'terminate': page = <TerminatePage key={route.id} id={route.id} />; break;
  }
  return (
    <OffersContext.Provider value={env}>
      <style>{OFFERS_STYLES}</style>
      <div className={`oc-area oc-area--${route.page}`} ref={root}>{page}</div>
    </OffersContext.Provider>
  );
}
