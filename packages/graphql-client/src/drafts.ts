/**
 * Form drafts: what a user typed, kept in the tab's sessionStorage under the form's key, so that
 * it survives a login after an ended session (same tab) and a reload, and never leaves the tab.
 * A draft is dropped when its form is sent, and all drafts when the user logs out or when another
 * user signs in on the tab (a session that ended is often taken over by a colleague at the same
 * desk: what the previous user typed is theirs).
 */
const PREFIX = 'portal:draft:';
const OWNER = 'portal:draft-owner';

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

/**
 * Called at each sign-in, before the user is sent on: the drafts of the tab belong to `login`
 * from now on; another user's drafts are dropped first.
 */
export function claimDrafts(login: string): void {
  const store = storage();
  if (!store) return;
  if (store.getItem(OWNER) !== login) clearDrafts();
  try {
    store.setItem(OWNER, login);
  } catch {
    // quota exceeded: drafts are not kept for lack of an owner
    clearDrafts();
  }
}
