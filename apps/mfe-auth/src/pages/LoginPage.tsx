import { Suspense, lazy, useState, type FormEvent } from 'react';
import { Alert, Button, Page, PortalLink, Spinner, TextField } from '@portal/ui';
import { mutate } from '@portal/graphql-client';
import { LOGIN_PATTERN, normalizeLogin } from '@portal/identity/login-rules';
import { refusalText, useAuthEnv } from '../context.js';
// The typed documents one by one (tree-shaken), not through documents.ts's map of them all.
import { AuthLogInDocument as LogInDocument } from '../gql/graphql.js';
import { afterSignIn } from './after-sign-in.js';
import { type Step } from './SecondFactorStep.js';

/** The second step, loaded for the users who have a second factor. */
const SecondFactorStep = lazy(() => import('./SecondFactorStep.js').then((m) => ({ default: m.SecondFactorStep })));


export function LoginPage() {
  const env = useAuthEnv();
  const { t, navigate } = env;
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [loginError, setLoginError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<Step | null>(null);
  const [ended] = useState(() => {
    const params = new URLSearchParams(window.location.search);
    return { session: params.get('session') === 'expiree', notRecorded: params.get('envoi') === 'non-enregistre' };
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setLoginError(null);
    if (!login.trim() || !password) return setError(t('login.required'));
    if (!LOGIN_PATTERN.test(normalizeLogin(login))) return setLoginError(t('login.loginFormat'));
    setBusy(true);
    const { data, error: failure } = await mutate(LogInDocument, { input: { login: normalizeLogin(login), password } });
    setBusy(false);
    if (failure || !data) return setError(t('error.network'));
    const refusal = data.logIn.userErrors[0];
    if (refusal) return setError(refusalText(env, refusal));
    if (data.logIn.secondFactor) return setStep(data.logIn.secondFactor);
    afterSignIn(env, normalizeLogin(login), data.logIn.viewer);
  }

  if (step) return <Page title={t('login.title')}><Suspense fallback={<Spinner label={t('loading')} />}><SecondFactorStep step={step} login={normalizeLogin(login)} /></Suspense></Page>;

  return (
    <Page title={t('login.title')}>
      {ended.session ? (
        <Alert tone="info">
          <p>{t('login.sessionEnded')}</p>
          {ended.notRecorded ? <p>{t('login.notRecorded')}</p> : null}
        </Alert>
      ) : null}
      <form className="pui-form" onSubmit={submit} noValidate aria-describedby={error ? 'login-error' : undefined}>
        {error ? <div id="login-error"><Alert tone="error">{error}</Alert></div> : null}
        <TextField label={t('login.login')} name="login" value={login} onChange={setLogin} hint={t('login.loginHint')} error={loginError} autoComplete="username" required />
        <TextField label={t('login.password')} name="password" type="password" value={password} onChange={setPassword} autoComplete="current-password" required />
        <Button type="submit" variant="primary" busy={busy}>{t('login.submit')}</Button>
        <p><PortalLink href="/auth/forgot" navigate={navigate}>{t('login.forgot')}</PortalLink></p>
      </form>
    </Page>
  );
}
