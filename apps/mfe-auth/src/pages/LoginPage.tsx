import { useState, type FormEvent } from 'react';
import { Alert, Button, Page, PortalLink, TextField } from '@portal/ui';
import { mutate, notifyViewerChange } from '@portal/graphql-client';
import { LOGIN_PATTERN, normalizeLogin } from '@portal/identity/login-rules';
import { refusalText, useAuthEnv } from '../context.js';
import { LogInDocument } from '../documents.js';


export function LoginPage() {
  const env = useAuthEnv();
  const { t, navigate, next } = env;
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [loginError, setLoginError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
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
    notifyViewerChange();
    const target = next();
    navigate(data.logIn.viewer?.termsAccepted ? target : `/auth/terms?next=${encodeURIComponent(target)}`);
  }

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
