import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Locale } from './i18n.js';
import { uiText } from './messages.js';

export interface DialogProps {
  open: boolean;
  title: string;
  /** Called by Escape and the close button; the caller sets `open` to false. */
  onClose(): void;
  children?: ReactNode;
  /** The dialog's buttons (Annuler / Valider). */
  footer?: ReactNode;
  /** false: no close button and Escape does nothing (a choice is required, e.g. the terms of use). */
  dismissible?: boolean;
  locale?: Locale;
}

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable="true"]',
].join(',');

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden], [inert]'));
}

/**
 * A modal dialog: role="dialog", aria-modal, named by its title. On open the focus moves to the
 * element with `autoFocus`, else the first focusable element of the content, else the dialog;
 * Tab and Shift+Tab stay inside; Escape closes; on close the focus returns where it was.
 */
export function Dialog({ open, title, onClose, children, footer, dismissible = true, locale }: DialogProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  // The opener is read while rendering: a child with `autoFocus` takes the focus during the
  // commit, before any effect runs.
  const opener = useRef<HTMLElement | null>(null);
  if (!open) opener.current = null;
  else if (!opener.current && typeof document !== 'undefined' && document.activeElement instanceof HTMLElement) {
    opener.current = document.activeElement;
  }

  useEffect(() => {
    if (!open) return;
    const previous = opener.current;
    const dialog = dialogRef.current;
    if (dialog && !dialog.contains(document.activeElement)) {
      // The content's first control (a field, or the footer's first button), not the close button.
      const first = focusables(dialog).find((el) => !el.classList.contains('pui-dialog__close'));
      (first ?? dialog).focus();
    }
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = overflow;
      if (previous?.isConnected) previous.focus();
    };
  }, [open]);

  if (!open) return null;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (dismissible) onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = focusables(dialog);
    const first = items[0];
    const last = items[items.length - 1];
    const active = document.activeElement;
    if (!first || !last) {
      event.preventDefault();
      dialog.focus();
    } else if (event.shiftKey && (active === first || active === dialog || !dialog.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    // A click on the backdrop must not take the focus out of the dialog.
    <div className="pui-dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && event.preventDefault()}>
      <div
        ref={dialogRef}
        className="pui-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div className="pui-dialog__header">
          <h2 className="pui-dialog__title" id={titleId}>
            {title}
          </h2>
          {dismissible && (
            <button type="button" className="pui-dialog__close" aria-label={uiText(locale)('close')} onClick={onClose}>
              <span aria-hidden="true">×</span>
            </button>
          )}
        </div>
        <div className="pui-dialog__body">{children}</div>
        {footer && <div className="pui-dialog__footer">{footer}</div>}
      </div>
    </div>
  );
}
