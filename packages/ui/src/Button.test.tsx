// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from './Button.js';

afterEach(cleanup);

describe('Button', () => {
  it('is a native button of the given variant', () => {
    const onClick = vi.fn();
    render(
      <Button type="button" variant="primary" onClick={onClick}>
        Commander
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Commander' });
    expect(button.className).toBe('pui-button pui-button--primary');
    expect(button.hasAttribute('aria-busy')).toBe(false);
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('when busy, is marked busy and disabled, ignores clicks and submits nothing, but keeps the focus', () => {
    const onClick = vi.fn();
    const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <Button variant="primary" busy onClick={onClick}>
          Enregistrer
        </Button>
      </form>,
    );
    const button = screen.getByRole('button', { name: 'Enregistrer' });
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    button.focus();
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button);
    // The spinner is decorative: the name stays "Enregistrer", no extra status.
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('submits its form when not busy', () => {
    const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <Button variant="primary">Enregistrer</Button>
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
