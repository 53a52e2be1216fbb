import { useEffect, useMemo } from 'react';
import { Page, createTranslator, useLocation } from '@portal/ui';
import { OrdersContext, type OrdersEnv } from './env.js';
import { messages } from './messages.js';
import { OrderDetailPage, OrderListPage } from './pages/Orders.js';
import { ModifyPage } from './pages/Modify.js';
import { ShopPage } from './pages/Shop.js';

export interface OrdersProps {
  locale?: 'fr' | 'en';
  navigate?(url: string): void;
}

const STYLES = `
.ord-form, .ord-filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .75rem 1rem; align-items: end; margin: 0 0 1rem; }
.ord-form fieldset { margin: 0; padding: .5rem; border: 1px solid var(--pui-line); border-radius: var(--pui-radius); }
.ord-cart { padding-left: 1.25rem; }
.ord-totals { display: flex; flex-wrap: wrap; gap: .5rem; }
.ord-totals > div { flex: 1 1 14rem; padding: .5rem .75rem; border-left: 3px solid var(--pui-accent); background: var(--pui-bg-soft); }
.ord-totals dd { margin: 0; font-weight: 700; }
.ord-timeline li { margin: .25rem 0; }
.ord-late-flag { color: var(--pui-danger, #b00020); font-weight: 700; }
`;

function installStyles() {
  const style = document.createElement('style');
  style.dataset.area = 'orders';
  style.textContent = STYLES;
  document.head.append(style);
  return () => style.remove();
}

/** The page of a path under /commandes. */
export type Route = { page: 'shop' } | { page: 'modify' } | { page: 'list' } | { page: 'desk' } | { page: 'order'; id: string };

export function routeOf(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '');
  if (path === '/commandes/nouvelle') return { page: 'shop' };
  if (path === '/commandes/modifier') return { page: 'modify' };
  if (path === '/commandes/livraisons') return { page: 'desk' };
  if (path === '/commandes') return { page: 'list' };
  return { page: 'order', id: decodeURIComponent(path.slice('/commandes/'.length)) };
}


/** The ordering area: /commandes/nouvelle(?client=…), /commandes/modifier?oc=…, /commandes, /commandes/<id>, /commandes/livraisons. */
export function App({ locale = 'fr', navigate }: OrdersProps) {
  const { pathname, search } = useLocation();
  useEffect(installStyles, []);
  const env = useMemo<OrdersEnv>(() => ({
    t: createTranslator(messages, locale),
    locale,
    navigate: navigate ?? ((url) => { window.history.pushState(null, '', url); window.dispatchEvent(new PopStateEvent('popstate')); }),
  }), [locale, navigate]);
  const route = routeOf(pathname);
  let page;
  switch (route.page) {
    case 'shop': page = <ShopPage key={search} search={search} />; break;
    case 'modify': page = <ModifyPage key={search} search={search} />; break;
    case 'list': page = <OrderListPage />; break;
    case 'desk': page = <OrderListPage key="desk" desk />; break;
    case 'order': page = route.id ? <OrderDetailPage key={route.id} id={route.id} /> : <Page title="—" />;
  }
  return <OrdersContext.Provider value={env}><div className="ord-app" lang={locale}>{page}</div></OrdersContext.Provider>;
}
