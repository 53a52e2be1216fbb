import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import { Spinner, createTranslator } from '@portal/ui';
import { AuthContext, safeNext, type AuthEnv } from './context.js';
import { messages } from './messages.js';
import { ForgotPage } from './pages/ForgotPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { LogoutPage } from './pages/LogoutPage.js';
import { PasswordPage } from './pages/PasswordPage.js';
import { TermsPage } from './pages/TermsPage.js';

/** "Double authentification" is loaded when opened: the login page stays within its size budget. */
const SecondFactorPage = lazy(() => import('./pages/SecondFactorPage.js').then((m) => ({ default: m.SecondFactorPage })));

export interface AuthProps {
  locale?: 'fr' | 'en';
  navigate?(url: string): void;
}

/** The page for the current URL: /auth/login, /auth/forgot, /auth/password?token=…, /auth/terms, /auth/logout, /auth/second-factor. */
export function App({ locale = 'fr', navigate }: AuthProps) {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const update = () => setPath(window.location.pathname);
    window.addEventListener('popstate', update);
    window.addEventListener('single-spa:routing-event', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('single-spa:routing-event', update);
    };
  }, []);
  const env = useMemo<AuthEnv>(() => ({
    t: createTranslator(messages, locale),
    locale,
    navigate: navigate ?? ((url) => { window.history.pushState(null, '', url); window.dispatchEvent(new PopStateEvent('popstate')); }),
    next: () => safeNext(window.location.search),
  }), [locale, navigate]);
  const page = path.startsWith('/auth/forgot') ? <ForgotPage /> : path.startsWith('/auth/password') ? <PasswordPage /> : path.startsWith('/auth/terms') ? <TermsPage /> : path.startsWith('/auth/logout') ? <LogoutPage /> : path.startsWith('/auth/second-factor') ? <SecondFactorPage /> : <LoginPage />;
  return <AuthContext.Provider value={env}><main className="pui-auth"><Suspense fallback={<Spinner label={env.t('loading')} />}>{page}</Suspense></main></AuthContext.Provider>;
}
