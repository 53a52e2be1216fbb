import { useState, type FormEvent } from 'react';
import { Alert, Button, TextField } from '@portal/ui';
import { mutate } from '@portal/graphql-client';
import { refusalText, useAuthEnv } from '../context.js';
// The typed documents one by one (tree-shaken), not through documents.ts's map of them all.
import { AuthLogInSecondFactorDocument as LogInSecondFactorDocument } from '../gql/graphql.js';
import { afterSignIn } from './after-sign-in.js';

export interface Step {
  token: string;
  methods: string[];
  passkeyOptions?: string | null;
}

/** "Double authentification": the second step of a login, with a code, a passkey or a recovery code. */
export function SecondFactorStep({ step, login }: { step: Step; login: string }) {
  const env = useAuthEnv();
  const { t } = env;
  const [recovery, setRecovery] = useState(!step.methods.includes('TOTP'));
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(proof: { code?: string; recoveryCode?: string; passkeyResponse?: string }) {
    setBusy(true);
    const { data, error: failure } = await mutate(LogInSecondFactorDocument, { input: { token: step.token, ...proof } });
    setBusy(false);
    if (failure || !data) return setError(t('error.network'));
    const refusal = data.logInSecondFactor.userErrors[0];
    if (refusal) return setError(refusalText(env, refusal));
    afterSignIn(env, login, data.logInSecondFactor.viewer);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!code.trim()) return setError(t(recovery ? 'mfa.recoveryRequired' : 'mfa.codeRequired'));
    await send(recovery ? { recoveryCode: code.trim() } : { code: code.trim() });
  }

  async function passkey() {
    setError(null);
    try {
      // Loaded on demand: only users with a passkey need the WebAuthn helpers.
      const { startAuthentication } = await import('@simplewebauthn/browser');
      const response = await startAuthentication({ optionsJSON: JSON.parse(step.passkeyOptions!) });
      await send({ passkeyResponse: JSON.stringify(response) });
    } catch {
      setError(t('mfa.passkeyFailed'));
    }
  }

  return (
    <form className="pui-form" onSubmit={submit} noValidate aria-describedby={error ? 'mfa-error' : undefined}>
      <h2>{t('mfa.title')}</h2>
      <p>{t(recovery ? 'mfa.recoveryIntro' : 'mfa.intro')}</p>
      {error ? <div id="mfa-error"><Alert tone="error">{error}</Alert></div> : null}
      <TextField
        key={recovery ? 'recovery' : 'code'}
        label={t(recovery ? 'mfa.recoveryCode' : 'mfa.code')}
        name={recovery ? 'recoveryCode' : 'code'}
        value={code}
        onChange={setCode}
        autoComplete="one-time-code"
        inputMode={recovery ? undefined : 'numeric'}
        required
      />
      <Button type="submit" variant="primary" busy={busy}>{t('mfa.submit')}</Button>
      {step.methods.includes('PASSKEY') && step.passkeyOptions ? <Button variant="secondary" onClick={() => void passkey()}>{t('mfa.usePasskey')}</Button> : null}
      {step.methods.includes('RECOVERY_CODE') && step.methods.includes('TOTP') ? (
        <Button variant="secondary" onClick={() => { setRecovery(!recovery); setCode(''); setError(null); }}>{t(recovery ? 'mfa.useCode' : 'mfa.useRecovery')}</Button>
      ) : null}
    </form>
  );
}
