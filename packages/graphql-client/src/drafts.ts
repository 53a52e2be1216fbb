/**
 * Form drafts: what a user typed, kept in the tab's sessionStorage under the form's key, so that
 * it survives a login after an ended session (same tab) and a reload, and never leaves the tab.
 * A draft is dropped when its form is sent, and all drafts when the user logs out.
 */
const PREFIX = 'portal:draft:';

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage refused (privacy settings): drafts are simply not kept
  }
}

/** The draft saved for `key`, or null. */
export function loadDraft<T>(key: string): T | null {
  const text = storage()?.getItem(PREFIX + key);
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** Saves the draft of `key` (a JSON value). */
export function saveDraft(key: string, value: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // quota exceeded: the draft is not kept, the form still works
  }
}

/** Drops the draft of `key` (the form was sent or reset). */
export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

/** Drops every draft of this tab (on log out). */
export function clearDrafts(): void {
  const store = storage();
  if (!store) return;
  for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
}
