import { useState, type FormEvent } from 'react';
import { Alert, Button, Page, PortalLink, TextField } from '@portal/ui';
import { mutate } from '@portal/graphql-client';
import { refusalText, useAuthEnv } from '../context.js';
// The typed documents one by one (tree-shaken), not through documents.ts's map of them all.
import { AuthPasswordSetDocument as PasswordSetDocument } from '../gql/graphql.js';
import { PasswordChecklist } from './PasswordChecklist.js';

/** "Génération de votre mot de passe", reached from the e-mailed link (?token=…). */
export function PasswordPage() {
  const env = useAuthEnv();
  const { t, navigate } = env;
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ password?: string; passwordConfirmation?: string; form?: string }>({});
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [linkSpent, setLinkSpent] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const { data, error } = await mutate(PasswordSetDocument, { input: { token, password, passwordConfirmation: confirmation } });
    setBusy(false);
    if (error || !data) return setErrors({ form: t('error.network') });
    const found: typeof errors = {};
    for (const e of data.passwordSet.userErrors) {
      const field = e.field?.[1];
      if (field === 'password' || field === 'passwordConfirmation') found[field] ??= refusalText(env, e);
      else found.form ??= refusalText(env, e);
    }
    setErrors(found);
    // A link already used or expired: the way on is "Mot de passe oublié ?" (or the administrator's resend).
    setLinkSpent(data.passwordSet.userErrors.some((e) => e.code === 'PASSWORD_LINK_INVALID' || e.code === 'PASSWORD_LINK_EXPIRED'));
    if (data.passwordSet.login) setDone(data.passwordSet.login);
  }

  if (!token) return <Page title={t('password.title')}><Alert tone="error">{t('password.noToken')}</Alert></Page>;
  if (done) {
    return (
      <Page title={t('password.title')}>
        <Alert tone="success">{t('password.done', { login: done })}</Alert>
        <Button variant="primary" onClick={() => navigate('/auth/login')}>{t('password.toLogin')}</Button>
      </Page>
    );
  }
  return (
    <Page title={t('password.title')}>
      <form className="pui-form" onSubmit={submit} noValidate>
        <Alert tone="warning">{t('password.policy')}</Alert>
        {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
        {linkSpent ? (
          <Alert tone="info">
            <p>{t('password.linkSpent')}</p>
            <p><PortalLink href="/auth/forgot" navigate={navigate}>{t('login.forgot')}</PortalLink></p>
          </Alert>
        ) : null}
        <TextField label={t('password.new')} name="password" type="password" value={password} onChange={setPassword} error={errors.password ?? null} autoComplete="new-password" required />
        <TextField label={t('password.confirm')} name="passwordConfirmation" type="password" value={confirmation} onChange={setConfirmation} error={errors.passwordConfirmation ?? null} autoComplete="new-password" required />
        <PasswordChecklist password={password} confirmation={confirmation} login="" />
        <Button type="submit" variant="primary" busy={busy}>{t('password.submit')}</Button>
      </form>
    </Page>
  );
}
