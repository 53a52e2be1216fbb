import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Dialog, Spinner, formatDate } from '@portal/ui';
import { mutate, notifyViewerChange, query } from '@portal/graphql-client';
import { refusalText, useAuthEnv } from '../context.js';
// The typed documents one by one (tree-shaken), not through documents.ts's map of them all.
import { AuthLogOutDocument as LogOutDocument, AuthTermsAcceptDocument as TermsAcceptDocument, AuthTermsDocument as TermsDocument } from '../gql/graphql.js';

interface Terms {
  version: string;
  effectiveOn: string;
  text: string;
}

/** The pop-up of the first login: the terms, the box to tick and "Valider". */
export function TermsPage() {
  const env = useAuthEnv();
  const { t, navigate, next, locale } = env;
  const [terms, setTerms] = useState<Terms | null>(null);
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void query(TermsDocument, {}).then(({ data, error: failure }) => {
      if (failure || !data) return setError(t('error.network'));
      if (!data.viewer) return navigate(`/auth/login?next=${encodeURIComponent(next())}`);
      if (!data.termsOfUse || data.viewer.termsAccepted) return navigate(next());
      setTerms(data.termsOfUse);
    });
  }, []);

  async function accept() {
    if (!terms) return;
    if (!checked) return setError(t('terms.required'));
    setBusy(true);
    const { data, error: failure } = await mutate(TermsAcceptDocument, { input: { version: terms.version } });
    setBusy(false);
    if (failure || !data) return setError(t('error.network'));
    const refusal = data.termsAccept.userErrors[0];
    if (refusal) return setError(refusalText(env, refusal));
    notifyViewerChange();
    navigate(next());
  }

  async function logOut() {
    await mutate(LogOutDocument, {});
    notifyViewerChange();
    navigate('/auth/login');
  }

  if (!terms) return error ? <Alert tone="error">{error}</Alert> : <Spinner label={t('loading')} />;
  return (
    <Dialog
      open
      title={t('terms.title')}
      onClose={() => void logOut()}
      footer={
        <>
          <Button variant="secondary" onClick={() => void logOut()}>{t('terms.logout')}</Button>
          <Button variant="primary" busy={busy} onClick={() => void accept()}>{t('terms.submit')}</Button>
        </>
      }
    >
      <div className="pui-terms-text" tabIndex={0} aria-label={t('terms.title')}>
        {terms.text.split('\n').map((line, i) => (line ? <p key={i}>{line}</p> : null))}
      </div>
      <p>{t('terms.version', { date: formatDate(terms.effectiveOn, locale) })}</p>
      <Checkbox label={t('terms.accept')} name="accept" checked={checked} onChange={(v) => { setChecked(v); setError(null); }} error={error} />
    </Dialog>
  );
}
