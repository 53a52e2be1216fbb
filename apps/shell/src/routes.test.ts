import { describe, expect, it } from 'vitest';
import { areaOf, guard, sessionEndedLogin } from './routes.js';

const at = (path: string) => new URL(path, 'http://portal.test');
const anonymous = { signedIn: false } as const;
const pendingTerms = { signedIn: true, termsAccepted: false } as const;
const ready = { signedIn: true, termsAccepted: true } as const;

describe('routes', () => {
  it('gives each tab its micro-frontend', () => {
    expect(areaOf('/offres/oc/12')?.specifier).toBe('@portal/mfe-offers');
    expect(areaOf('/facturation')?.specifier).toBe('@portal/mfe-invoices');
    expect(areaOf('/entreprisex')).toBeUndefined();
  });

  it('sends a visitor who is not signed in to the login page, then back where they were going', () => {
    expect(guard(at('/offres?statut=ACTIVE'), anonymous)).toBe('/auth/login?next=%2Foffres%3Fstatut%3DACTIVE');
    expect(guard(at('/auth/login'), anonymous)).toBeNull();
    expect(guard(at('/auth/password?token=x'), anonymous)).toBeNull();
    expect(guard(at('/'), anonymous)).toBe('/auth/login');
  });

  it('holds a user who has not accepted the terms on the terms page', () => {
    expect(guard(at('/facturation'), pendingTerms)).toBe('/auth/terms?next=%2Ffacturation');
    expect(guard(at('/auth/terms?next=%2Ffacturation'), pendingTerms)).toBeNull();
  });

  it('holds a user whose company requires a second factor they lack on its set-up page', () => {
    const mustEnrol = { signedIn: true, termsAccepted: true, secondFactorSetupRequired: true } as const;
    expect(guard(at('/offres'), mustEnrol)).toBe('/auth/second-factor?next=%2Foffres');
    expect(guard(at('/auth/second-factor?next=%2Foffres'), mustEnrol)).toBeNull();
    expect(guard(at('/auth/logout'), mustEnrol)).toBeNull();
  });

  it('lets a signed-in user through, and away from the login page', () => {
    expect(guard(at('/entreprise'), ready)).toBeNull();
    expect(guard(at('/'), ready)).toBe('/entreprise');
    expect(guard(at('/auth/login'), ready)).toBe('/entreprise');
    expect(guard(at('/auth/logout'), ready)).toBeNull();
    expect(guard(at('/auth/login?next=%2Foffres'), ready)).toBe('/offres');
    expect(guard(at('/auth/login?next=%2F%2Fevil.example'), ready)).toBe('/entreprise');
  });

  it('leaves an unknown address where it is, signed in or not (the shell says "Page introuvable")', () => {
    expect(guard(at('/nimporte/quoi'), ready)).toBeNull();
    expect(guard(at('/entreprisex'), anonymous)).toBeNull();
  });
});

describe('sessionEndedLogin', () => {
  it('sends to the login page with the page as next, saying why, and whether the last action was refused', () => {
    expect(sessionEndedLogin(at('/offres/T2M6MQ/resiliation?x=1'), false)).toBe('/auth/login?next=%2Foffres%2FT2M6MQ%2Fresiliation%3Fx%3D1&session=expiree');
    expect(sessionEndedLogin(at('/entreprise'), true)).toBe('/auth/login?next=%2Fentreprise&session=expiree&envoi=non-enregistre');
  });
});

describe('an area published after the shell', () => {
  it('serves /commandes with the ordering micro-frontend, its tab shown only once the import map names it', async () => {
    const { AREAS: areas, published } = await import('./routes.js');
    expect(areaOf('/commandes/nouvelle')?.specifier).toBe('@portal/mfe-orders');
    const orders = areas.find((a) => a.specifier === '@portal/mfe-orders')!;
    expect(published(orders, {})).toBe(false);
    expect(published(orders, { '@portal/mfe-orders': '/static/mfe/mfe-orders/0.1.0/mfe-orders.js' })).toBe(true);
    expect(published(areas.find((a) => a.specifier === '@portal/mfe-offers')!, {})).toBe(true);
  });
});
