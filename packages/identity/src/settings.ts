/** Identity settings the gateway reads from its configuration. */
export interface IdentitySettings {
  /** A session unused for this long ends. */
  sessionIdleMs: number;
  /** A session ends this long after login, used or not. */
  sessionAbsoluteMs: number;
  /** Lifetime of a password setup or reset link. */
  passwordLinkTtlMs: number;
  /** Base of the links sent by e-mail, from configuration, never from a request. */
  publicUrl: string;
  /** Longest lifetime of an API token. */
  apiTokenMaxDays: number;
}

export const defaultIdentitySettings: IdentitySettings = {
  sessionIdleMs: 30 * 60_000,
  sessionAbsoluteMs: 12 * 60 * 60_000,
  passwordLinkTtlMs: 12 * 60 * 60_000,
  publicUrl: 'http://localhost:4000',
  apiTokenMaxDays: 366,
};

/** Where the time comes from: the wall clock in production, a controlled one in tests. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
