/** Settings the domains read, from the gateway's validated configuration. */
export interface PortalSettings {
  /** Base of the links sent by e-mail, from configuration, never from a request. */
  publicUrl: string;
  /** A session unused for this long ends. */
  sessionIdleMs: number;
  /** A session ends this long after login, used or not. */
  sessionAbsoluteMs: number;
  /** Lifetime of a password setup or reset link. */
  passwordLinkTtlMs: number;
  /** Longest lifetime of an API token, in days. */
  apiTokenMaxDays: number;
  /** Development only: webhook endpoints may be http:// (default false: https only). */
  webhooksAllowHttp?: boolean;
  /** Requests per minute of one API token (the gateway's rate limit), shown in a token's usage. */
  apiRateLimitPerMinute?: number;
  /** Highest cost of one operation (the gateway's cost limit). */
  apiMaxCostPerOperation?: number;
}

export const defaultPortalSettings: PortalSettings = {
  publicUrl: 'http://localhost:4000',
  sessionIdleMs: 30 * 60_000,
  sessionAbsoluteMs: 12 * 60 * 60_000,
  passwordLinkTtlMs: 12 * 60 * 60_000,
  apiTokenMaxDays: 366,
};
