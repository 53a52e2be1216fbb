/**
 * The portal's areas: which micro-frontend serves which paths, and the tab that leads there.
 * The micro-frontends themselves come from the import map (`@portal/mfe-…` → a versioned URL),
 * so a new version of one is deployed by publishing it, with no rebuild of the shell.
 */
export interface Area {
  /** The import-map specifier of the micro-frontend. */
  specifier: string;
  /** The first path segment it serves. */
  prefix: string;
  /** The message key of its tab; none for auth, which has no tab. */
  tab?: 'tab.company' | 'tab.billing' | 'tab.offers' | 'tab.orders';
  /** Whether its pages need a signed-in user who accepted the terms. */
  signedIn: boolean;
  /** Shown only when the import map carries it (an area published after the shell, like ordering). */
  optional?: boolean;
}

export const AREAS: Area[] = [
  { specifier: '@portal/mfe-auth', prefix: '/auth', signedIn: false },
  { specifier: '@portal/mfe-company', prefix: '/entreprise', tab: 'tab.company', signedIn: true },
  { specifier: '@portal/mfe-invoices', prefix: '/facturation', tab: 'tab.billing', signedIn: true },
  { specifier: '@portal/mfe-offers', prefix: '/offres', tab: 'tab.offers', signedIn: true },
  { specifier: '@portal/mfe-orders', prefix: '/commandes', tab: 'tab.orders', signedIn: true, optional: true },
];

/** Whether an area is deployed: the import map names its specifier (`imports` of the page's map). */
export function published(area: Area, imports: Readonly<Record<string, string>>): boolean {
  return !area.optional || area.specifier in imports;
}

/** Where a signed-in user lands. */
export const HOME = '/entreprise';

/** Whether `pathname` is `prefix` itself or below it. */
export function under(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export function areaOf(pathname: string): Area | undefined {
  return AREAS.find((area) => under(pathname, area.prefix));
}

/** What the shell knows of the session when it decides a route. */
export type Session = { signedIn: false } | { signedIn: true; termsAccepted: boolean; secondFactorSetupRequired?: boolean };

/**
 * The auth guard: the URL to go to instead of `url`, or null to stay. Not signed in → the login
 * page (coming back afterwards); terms not accepted → the terms; a second factor the company
 * requires and the user lacks → its set-up page; a signed-in user on the login page or on "/" →
 * home; an address of no area stays (the shell says "Page introuvable").
 */
export function guard(url: URL, session: Session): string | null {
  const path = url.pathname;
  const here = `${path}${url.search}`;
  const area = areaOf(path);
  if (path === '/') return session.signedIn ? HOME : '/auth/login';
  // An unknown address stays: the shell shows "Page introuvable" with the way back.
  if (!area) return null;
  if (area.signedIn) {
    if (!session.signedIn) return `/auth/login?next=${encodeURIComponent(here)}`;
    if (!session.termsAccepted) return `/auth/terms?next=${encodeURIComponent(here)}`;
    if (session.secondFactorSetupRequired) return `/auth/second-factor?next=${encodeURIComponent(here)}`;
    return null;
  }
  if (session.signedIn && session.termsAccepted && under(path, '/auth/login')) return portalPath(url.searchParams.get('next')) ?? HOME;
  return null;
}

/** `next` is followed only when it is a path of this portal outside auth (no open redirect). */
export function portalPath(next: string | null): string | null {
  return next && /^\/(?!\/)[A-Za-z0-9/_?=&.%-]*$/.test(next) && !under(next.split('?')[0] ?? '', '/auth') ? next : null;
}

/**
 * The login page after the gateway said the session ended: `next` is the page the user was on,
 * `session=expiree` makes the page say why, `envoi=non-enregistre` that the last action was not recorded.
 */
export function sessionEndedLogin(url: URL, refusedMutation: boolean): string {
  const params = new URLSearchParams({ next: `${url.pathname}${url.search}`, session: 'expiree' });
  if (refusedMutation) params.set('envoi', 'non-enregistre');
  return `/auth/login?${params.toString()}`;
}
