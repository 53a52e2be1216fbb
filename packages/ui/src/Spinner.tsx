import type { Locale } from './i18n.js';
import { uiText } from './messages.js';
import { cx } from './util.js';

export interface SpinnerProps {
  /** What is loading, read by screen readers; default "Chargement…". */
  label?: string;
  size?: 'small' | 'medium' | 'large';
  /** Shows the label next to the spinner instead of only to screen readers. */
  labelVisible?: boolean;
  /** Purely visual (inside a busy button, a region already aria-busy): hidden from screen readers. */
  decorative?: boolean;
  locale?: Locale;
}

/** A loading indicator; a `role="status"` region unless decorative. */
export function Spinner({ label, size = 'medium', labelVisible = false, decorative = false, locale }: SpinnerProps) {
  const circle = <span className={cx('pui-spinner', `pui-spinner--${size}`)} aria-hidden="true" />;
  if (decorative) return circle;
  return (
    <span className="pui-spinner-status" role="status">
      {circle}
      <span className={labelVisible ? 'pui-spinner__label' : 'pui-sr-only'}>{label ?? uiText(locale)('loading')}</span>
    </span>
  );
}
