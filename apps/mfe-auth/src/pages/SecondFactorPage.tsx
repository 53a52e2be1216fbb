import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Page, Spinner, TextField } from '@portal/ui';
import { mutate, notifyViewerChange, query } from '@portal/graphql-client';
import { refusalText, useAuthEnv } from '../context.js';
// The typed documents one by one (tree-shaken), not through documents.ts's map of them all.
import { AuthCompanySecondFactorRequireDocument as CompanySecondFactorRequireDocument, AuthPasskeyRegisterFinishDocument as PasskeyRegisterFinishDocument, AuthPasskeyRegisterStartDocument as PasskeyRegisterStartDocument, AuthPasskeyRemoveDocument as PasskeyRemoveDocument, AuthRecoveryCodesRegenerateDocument as RecoveryCodesRegenerateDocument, AuthSecondFactorDocument as SecondFactorDocument, AuthTotpEnrolConfirmDocument as TotpEnrolConfirmDocument, AuthTotpEnrolStartDocument as TotpEnrolStartDocument, AuthTotpRemoveDocument as TotpRemoveDocument } from '../gql/graphql.js';
import type { AuthSecondFactorQuery } from '../gql/graphql.js';

type Viewer = NonNullable<AuthSecondFactorQuery['viewer']>;
type Refusal = { code: string; message: string };

/** "Double authentification": the authenticator app, passkeys, recovery codes; the administrator's requirement. */
export function SecondFactorPage() {
  const env = useAuthEnv();
  const { t, navigate, next } = env;
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [enrolment, setEnrolment] = useState<{ secret: string; qrCode: string } | null>(null);
  const [code, setCode] = useState('');
  const [keyName, setKeyName] = useState('');
  /** The code that confirms a removal or new recovery codes. */
  const [confirmCode, setConfirmCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  /** The administrator's choice as just ticked, until the status is read again. */
  const [requiring, setRequiring] = useState<boolean | null>(null);

  async function load() {
    const { data, error: failure } = await query(SecondFactorDocument, {}, { requestPolicy: 'network-only' });
    if (failure || !data) return setError(t('error.network'));
    if (!data.viewer) return navigate(`/auth/login?next=${encodeURIComponent(`/auth/second-factor`)}`);
    setViewer(data.viewer);
  }
  useEffect(() => void load(), []);

  /** Runs a change; shows its refusal, or its recovery codes (once), and reloads the status. */
  async function run(change: () => Promise<{ refusal?: Refusal; recoveryCodes?: string[] | null } | null>, done?: string) {
    setError(null);
    setNotice(null);
    setBusy(true);
    const outcome = await change().catch(() => null);
    setBusy(false);
    if (!outcome) return setError(t('error.network'));
    if (outcome.refusal) return setError(refusalText(env, outcome.refusal));
    if (outcome.recoveryCodes?.length) setCodes(outcome.recoveryCodes);
    if (done) setNotice(done);
    notifyViewerChange();
    await load();
  }

  async function startTotp() {
    setError(null);
    const { data } = await mutate(TotpEnrolStartDocument, {});
    const payload = data?.totpEnrolStart;
    if (!payload) return setError(t('error.network'));
    if (payload.userErrors[0]) return setError(refusalText(env, payload.userErrors[0]));
    setEnrolment({ secret: payload.secret!, qrCode: payload.qrCode! });
  }

  async function confirmTotp(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const { data } = await mutate(TotpEnrolConfirmDocument, { input: { code: code.trim() } });
      if (!data) return null;
      if (!data.totpEnrolConfirm.userErrors[0]) setEnrolment(null);
      return { refusal: data.totpEnrolConfirm.userErrors[0], recoveryCodes: data.totpEnrolConfirm.recoveryCodes };
    }, t('mfa.totpOn'));
    setCode('');
  }

  async function addPasskey(event: FormEvent) {
    event.preventDefault();
    if (!keyName.trim()) return setError(t('mfa.keyNameRequired'));
    await run(async () => {
      const { data } = await mutate(PasskeyRegisterStartDocument, {});
      if (!data?.passkeyRegisterStart.options) return null;
      const { startRegistration } = await import('@simplewebauthn/browser');
      const response = await startRegistration({ optionsJSON: JSON.parse(data.passkeyRegisterStart.options) });
      const finish = await mutate(PasskeyRegisterFinishDocument, { input: { response: JSON.stringify(response), name: keyName.trim() } });
      if (!finish.data) return null;
      return { refusal: finish.data.passkeyRegisterFinish.userErrors[0], recoveryCodes: finish.data.passkeyRegisterFinish.recoveryCodes };
    }, t('mfa.passkeyAdded'));
    setKeyName('');
  }

  if (!viewer) return error ? <Alert tone="error">{error}</Alert> : <Spinner label={t('loading')} />;
  const status = viewer.secondFactor;
  const isAdmin = viewer.permissions.includes('USERS_MANAGE');

  if (codes) {
    return (
      <Page title={t('mfa.codesTitle')}>
        <Alert tone="warning">{t('mfa.codesOnce')}</Alert>
        <ul aria-label={t('mfa.codesTitle')} className="pui-recovery-codes">{codes.map((c) => <li key={c}><code>{c}</code></li>)}</ul>
        <Button variant="primary" onClick={() => { setCodes(null); if (!viewer.secondFactorSetupRequired && new URLSearchParams(window.location.search).has('next')) navigate(next()); }}>{t('mfa.codesNoted')}</Button>
      </Page>
    );
  }

  return (
    <Page title={t('mfa.pageTitle')}>
      {viewer.secondFactorSetupRequired ? <Alert tone="warning">{t('mfa.required')}</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}

      {status && (status.totpEnrolled || status.passkeys.length > 0) ? (
        <TextField label={t('mfa.confirmCode')} hint={t('mfa.confirmHint')} name="confirmCode" value={confirmCode} onChange={setConfirmCode} autoComplete="one-time-code" />
      ) : null}

      <section aria-labelledby="mfa-totp">
        <h2 id="mfa-totp">{t('mfa.totpTitle')}</h2>
        {status?.totpEnrolled ? (
          <>
            <p>{t('mfa.totpEnabled')}</p>
            <Button variant="secondary" busy={busy} onClick={() => void run(async () => {
              const { data } = await mutate(TotpRemoveDocument, { input: { code: confirmCode.trim() } });
              setConfirmCode('');
              return data ? { refusal: data.totpRemove.userErrors[0] } : null;
            }, t('mfa.totpOff'))}>{t('mfa.totpRemove')}</Button>
          </>
        ) : enrolment ? (
          <form className="pui-form" onSubmit={confirmTotp} noValidate>
            <p>{t('mfa.scan')}</p>
            <img src={enrolment.qrCode} alt={t('mfa.qrAlt')} width={200} height={200} />
            <p>{t('mfa.secret')} <code data-testid="totp-secret">{enrolment.secret}</code></p>
            <TextField label={t('mfa.appCode')} name="totpCode" value={code} onChange={setCode} autoComplete="one-time-code" inputMode="numeric" required />
            <Button type="submit" variant="primary" busy={busy}>{t('mfa.activate')}</Button>
          </form>
        ) : (
          <Button variant="primary" onClick={() => void startTotp()}>{t('mfa.totpSetUp')}</Button>
        )}
      </section>

      <section aria-labelledby="mfa-passkeys">
        <h2 id="mfa-passkeys">{t('mfa.passkeysTitle')}</h2>
        {status?.passkeys.length ? (
          <ul>{status.passkeys.map((p) => (
            <li key={p.id}>{p.name} <Button variant="secondary" onClick={() => void run(async () => {
              const { data } = await mutate(PasskeyRemoveDocument, { input: { passkeyId: p.id, code: confirmCode.trim() } });
              setConfirmCode('');
              return data ? { refusal: data.passkeyRemove.userErrors[0] } : null;
            })}>{t('mfa.passkeyRemove', { name: p.name })}</Button></li>
          ))}</ul>
        ) : <p>{t('mfa.noPasskey')}</p>}
        <form className="pui-form" onSubmit={addPasskey} noValidate>
          <TextField label={t('mfa.keyName')} name="passkeyName" value={keyName} onChange={setKeyName} required />
          <Button type="submit" variant="secondary" busy={busy}>{t('mfa.passkeyAdd')}</Button>
        </form>
      </section>

      {status && (status.totpEnrolled || status.passkeys.length > 0) ? (
        <section aria-labelledby="mfa-codes">
          <h2 id="mfa-codes">{t('mfa.codesTitle')}</h2>
          <p>{t('mfa.codesLeft', { count: status.recoveryCodesLeft })}</p>
          <Button variant="secondary" onClick={() => void run(async () => {
            const { data } = await mutate(RecoveryCodesRegenerateDocument, { input: { code: confirmCode.trim() } });
            setConfirmCode('');
            return data ? { refusal: data.recoveryCodesRegenerate.userErrors[0], recoveryCodes: data.recoveryCodesRegenerate.recoveryCodes } : null;
          })}>{t('mfa.codesRegenerate')}</Button>
        </section>
      ) : null}

      {isAdmin && viewer.user.company ? (
        <section aria-labelledby="mfa-company">
          <h2 id="mfa-company">{t('mfa.companyTitle')}</h2>
          <Checkbox label={t('mfa.companyRequire')} name="requireSecondFactor" checked={requiring ?? status?.requiredByCompany ?? false} onChange={(required) => {
            setRequiring(required);
            void run(async () => {
              const { data } = await mutate(CompanySecondFactorRequireDocument, { input: { companyId: viewer.user.company!.id, required } });
              return data ? { refusal: data.companySecondFactorRequire.userErrors[0] } : null;
            }, t(required ? 'mfa.companyOn' : 'mfa.companyOff')).finally(() => setRequiring(null));
          }} />
        </section>
      ) : null}

      {!viewer.secondFactorSetupRequired && new URLSearchParams(window.location.search).has('next') ? <Button variant="primary" onClick={() => navigate(next())}>{t('mfa.continue')}</Button> : null}
    </Page>
  );
}
