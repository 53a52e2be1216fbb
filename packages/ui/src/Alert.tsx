import type { ReactNode } from 'react';

export type AlertTone = 'error' | 'success' | 'info' | 'warning';

export interface AlertProps {
  tone: AlertTone;
  title?: string;
  children?: ReactNode;
}

const icons: Record<AlertTone, string> = { error: '⚠', success: '✓', info: 'ℹ', warning: '⚠' };

/**
 * A message box. Errors are announced at once (role="alert"); the other tones politely
 * (role="status"). Render it when the message appears, so it is announced.
 */
export function Alert({ tone, title, children }: AlertProps) {
  return (
    <div className={`pui-alert pui-alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span className="pui-alert__icon" aria-hidden="true">
        {icons[tone]}
      </span>
      <div className="pui-alert__content">
        {title && <p className="pui-alert__title">{title}</p>}
        {children}
      </div>
    </div>
  );
}
