// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { claimDrafts, loadDraft, saveDraft } from './drafts.js';

/** The tab's sessionStorage, as the browser gives it. */
class TabStorage {
  private items = new Map<string, string>();
  getItem(key: string) { return this.items.get(key) ?? null; }
  setItem(key: string, value: string) { this.items.set(key, String(value)); }
  removeItem(key: string) { this.items.delete(key); }
  get length() { return this.items.size; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
}

describe('form drafts across an ended session', () => {
  beforeEach(() => {
    const storage = new TabStorage();
    // Object.keys(sessionStorage) lists the stored keys in a browser: the same here.
    vi.stubGlobal('sessionStorage', new Proxy(storage, {
      ownKeys: (t) => [...(t as unknown as { items: Map<string, string> }).items.keys()],
      getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
    }));
  });

  it('gives the termination form back to the user who typed it, after signing in again on the tab', () => {
    claimDrafts('E-0000000011');
    saveDraft('terminate:OC138637', { desiredOn: '31/01/2027', comments: 'Déménagement' });
    claimDrafts('E-0000000011');
    expect(loadDraft('terminate:OC138637')).toEqual({ desiredOn: '31/01/2027', comments: 'Déménagement' });
  });

  it('never gives one user\'s draft to another user signing in on the same tab', () => {
    claimDrafts('E-0000000011');
    saveDraft('terminate:OC138637', { desiredOn: '31/01/2027', comments: 'Confidentiel' });
    claimDrafts('E-0000000010');
    expect(loadDraft('terminate:OC138637')).toBeNull();
  });
});
