import type { ReactNode } from 'react';
import { Alert, Button, Spinner } from '@portal/ui';
import { useOffersEnv } from '../context.js';

/** A network or GraphQL failure, with "Réessayer". */
export function LoadError({ onRetry, message }: { onRetry(): void; message?: string }) {
  const { t } = useOffersEnv();
  return (
    <Alert tone="error">
      <p>{message ?? t('error.network')}</p>
      <Button type="button" onClick={onRetry}>{t('retry')}</Button>
    </Alert>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t, locale } = useOffersEnv();
  return <div className="oc-loading"><Spinner label={label ?? t('loading')} labelVisible locale={locale} /></div>;
}

/** A value shown like a field (label above) that the user does not type: notice, date with notice. */
export function ReadOnlyField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="pui-field">
      <span className="pui-field__label" id={`${id}-label`}>{label}</span>
      <output className="oc-readonly" id={id} aria-labelledby={`${id}-label`} aria-live="polite">{children}</output>
    </div>
  );
}
