import { passwordRuleViolations, type PasswordRule } from '@portal/identity/password-rules';
import { useAuthEnv } from '../context.js';

/** The rules shown live under the password fields, the same functions as the server's. */
export const SHOWN_RULES: PasswordRule[] = ['PASSWORD_TOO_SHORT', 'PASSWORD_NEEDS_UPPERCASE', 'PASSWORD_NEEDS_DIGIT', 'PASSWORD_NEEDS_SPECIAL', 'PASSWORD_MISMATCH'];

export function PasswordChecklist({ password, confirmation, login }: { password: string; confirmation: string; login: string }) {
  const { t } = useAuthEnv();
  const broken = new Set(passwordRuleViolations(password, confirmation, login));
  return (
    <ul className="pui-checklist" aria-live="polite" id="password-rules">
      {SHOWN_RULES.map((rule) => {
        const met = !broken.has(rule) && !(rule === 'PASSWORD_MISMATCH' && !confirmation);
        return (
          <li key={rule} data-met={met} className={met ? 'pui-check-met' : 'pui-check-unmet'}>
            <span aria-hidden="true">{met ? '✓' : '○'}</span> {t(`rule.${rule}` as 'rule.PASSWORD_TOO_SHORT')}
            <span className="pui-sr-only"> ({met ? t('rule.met') : t('rule.unmet')})</span>
          </li>
        );
      })}
    </ul>
  );
}
