import type { ButtonHTMLAttributes, MouseEvent, Ref } from 'react';
import { Spinner } from './Spinner.js';
import { cx } from './util.js';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  /** primary: the page's main action (orange); secondary (default); danger: destructive; link: looks like a link. */
  variant?: ButtonVariant;
  /** Work in progress: shows a spinner, sets aria-busy, ignores clicks (and so form submission) but keeps focus. */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
};

/** A native button. Like HTML, `type` defaults to "submit": pass `type="button"` outside forms' submit actions. */
export function Button({ variant = 'secondary', busy = false, className, children, onClick, ...rest }: ButtonProps) {
  const handleClick = busy ? (event: MouseEvent<HTMLButtonElement>) => event.preventDefault() : onClick;
  return (
    <button
      {...rest}
      className={cx('pui-button', `pui-button--${variant}`, busy && 'pui-button--busy', className)}
      aria-busy={busy || undefined}
      aria-disabled={busy || rest['aria-disabled'] || undefined}
      onClick={handleClick}
    >
      {busy && <Spinner size="small" decorative />}
      {children}
    </button>
  );
}
