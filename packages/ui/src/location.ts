import { useEffect, useState } from 'react';

/**
 * Where the browser is (path and query string), followed through single-spa's and the browser's
 * navigation: what a micro-frontend routes on.
 */
export function useLocation(): { pathname: string; search: string } {
  const read = () => ({ pathname: window.location.pathname, search: window.location.search });
  const [location, setLocation] = useState(read);
  useEffect(() => {
    const update = () => setLocation((previous) => {
      const next = read();
      return next.pathname === previous.pathname && next.search === previous.search ? previous : next;
    });
    window.addEventListener('popstate', update);
    window.addEventListener('single-spa:routing-event', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('single-spa:routing-event', update);
    };
  }, []);
  return location;
}

/**
 * Whether the page's import map names a micro-frontend (the gateway inlines the map as
 * `overridable-importmap`): a link into an area published on its own shows only once it is there.
 */
export function areaPublished(specifier: string): boolean {
  const source = typeof document === 'undefined' ? null : document.querySelector('script[type="overridable-importmap"]')?.textContent;
  try {
    return !!source && specifier in ((JSON.parse(source) as { imports?: Record<string, string> }).imports ?? {});
  } catch {
    return false;
  }
}
