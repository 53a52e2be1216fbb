import { type EntityManager } from '@mikro-orm/core';
import { type Access } from './access.js';
import { type Mailer } from './mailer.js';
import { type PortalSettings } from './settings.js';
import { type Viewer } from './viewer.js';

export interface RequestLog {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
}

/** What every resolver of every domain receives. */
export interface PortalContext {
  /** A fork of the ORM's entity manager, private to this request. */
  em: EntityManager;
  requestId: string;
  log: RequestLog;
  client: { ipAddress: string | null; userAgent: string | null };
  /** The time of the request; tests control it. */
  now: Date;
  /** The caller, or null when not signed in. */
  viewer: Viewer | null;
  /** The reach rule for this caller (null when not signed in). */
  access: Access | null;
  /** The browser session cookie: set on login with its lifetime in seconds (Max-Age), cleared on logout. */
  sessionCookie: { set(token: string, maxAgeSeconds: number): void; clear(): void };
  /** The known-device cookie ("appareil reconnu"): its token as the browser sent it, set after a full sign-in. */
  deviceCookie: { value: string | null; set(token: string, maxAgeSeconds: number): void };
  mailer: Mailer;
  settings: PortalSettings;
  /** Runs work after the answer, on its own entity manager (e-mails, slow side effects). */
  background(task: (em: EntityManager) => Promise<unknown>): void;
}
