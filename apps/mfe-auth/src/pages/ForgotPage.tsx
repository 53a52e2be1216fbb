import { useState, type FormEvent } from 'react';
import { Alert, Button, Page, PortalLink, TextField } from '@portal/ui';
import { mutate } from '@portal/graphql-client';
import { LOGIN_PATTERN, normalizeLogin } from '@portal/identity/login-rules';
import { useAuthEnv } from '../context.js';
// The typed documents one by one (tree-shaken), not through documents.ts's map of them all.
import { AuthPasswordResetRequestDocument as PasswordResetRequestDocument } from '../gql/graphql.js';

export function ForgotPage() {
  const { t, navigate } = useAuthEnv();
  const [login, setLogin] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!LOGIN_PATTERN.test(normalizeLogin(login))) return setError(t('login.loginFormat'));
    setError(null);
    setBusy(true);
    const { error: failure } = await mutate(PasswordResetRequestDocument, { input: { login: normalizeLogin(login) } });
    setBusy(false);
    if (failure) return setError(t('error.network'));
    setSent(true);
  }

  return (
    <Page title={t('forgot.title')}>
      {sent ? (
        <Alert tone="success">{t('forgot.sent')}</Alert>
      ) : (
        <form className="pui-form" onSubmit={submit} noValidate>
          <p>{t('forgot.intro')}</p>
          <TextField label={t('login.login')} name="login" value={login} onChange={setLogin} error={error} hint={t('login.loginHint')} autoComplete="username" required />
          <Button type="submit" variant="primary" busy={busy}>{t('forgot.submit')}</Button>
        </form>
      )}
      <p><PortalLink href="/auth/login" navigate={navigate}>{t('forgot.back')}</PortalLink></p>
    </Page>
  );
}
