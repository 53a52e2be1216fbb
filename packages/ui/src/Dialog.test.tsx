// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from './Button.js';
import { Dialog } from './Dialog.js';

afterEach(cleanup);

/** A page with a "Résilier" button opening a confirmation dialog. */
function Termination({ onClose = () => {}, autoFocusConfirm = false, dismissible = true }) {
  const [open, setOpen] = useState(false);
  const close = () => {
    onClose();
    setOpen(false);
  };
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Résilier la ligne
      </button>
      <Dialog
        open={open}
        title="Résilier la ligne 01 23 45 67 89"
        onClose={close}
        dismissible={dismissible}
        locale="fr"
        footer={
          <>
            <Button type="button" onClick={close}>
              Annuler
            </Button>
            <Button type="button" variant="danger" autoFocus={autoFocusConfirm}>
              Confirmer
            </Button>
          </>
        }
      >
        <label>
          Motif <input name="reason" />
        </label>
      </Dialog>
    </>
  );
}

function open() {
  const opener = screen.getByRole('button', { name: 'Résilier la ligne' });
  opener.focus();
  fireEvent.click(opener);
  return { opener, dialog: screen.getByRole('dialog', { name: 'Résilier la ligne 01 23 45 67 89' }) };
}

describe('Dialog', () => {
  it('renders nothing when closed, a modal dialog named by its title when open', () => {
    render(<Termination />);
    expect(screen.queryByRole('dialog')).toBeNull();
    const { dialog } = open();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByRole('heading', { level: 2, name: 'Résilier la ligne 01 23 45 67 89' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fermer' })).toBeTruthy();
  });

  it('moves the focus to the first control, and back to the opener on close', () => {
    render(<Termination />);
    const { opener } = open();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Motif' }));
    fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('honours autoFocus, and still returns the focus to the opener', () => {
    render(<Termination autoFocusConfirm />);
    const { opener } = open();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Confirmer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(document.activeElement).toBe(opener);
  });

  it('closes on Escape unless a choice is required', () => {
    const onClose = vi.fn();
    const { unmount } = render(<Termination onClose={onClose} />);
    const { opener } = open();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    unmount();

    render(<Termination onClose={onClose} dismissible={false} />);
    open();
    expect(screen.queryByRole('button', { name: 'Fermer' })).toBeNull();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('keeps Tab and Shift+Tab inside the dialog', () => {
    render(<Termination />);
    open();
    const close = screen.getByRole('button', { name: 'Fermer' });
    const confirm = screen.getByRole('button', { name: 'Confirmer' });

    confirm.focus();
    fireEvent.keyDown(confirm, { key: 'Tab' });
    expect(document.activeElement).toBe(close);

    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(confirm);

    // In the middle, Tab is left to the browser.
    const reason = screen.getByRole('textbox', { name: 'Motif' });
    reason.focus();
    expect(fireEvent.keyDown(reason, { key: 'Tab' })).toBe(true);
  });

  it('keeps the focus on the dialog itself when it has no control', () => {
    function Notice() {
      return (
        <Dialog open title="Maintenance" onClose={() => {}} dismissible={false}>
          Le portail sera indisponible dimanche.
        </Dialog>
      );
    }
    render(<Notice />);
    const dialog = screen.getByRole('dialog', { name: 'Maintenance' });
    expect(document.activeElement).toBe(dialog);
    expect(fireEvent.keyDown(dialog, { key: 'Tab' })).toBe(false);
    expect(document.activeElement).toBe(dialog);
  });
});
