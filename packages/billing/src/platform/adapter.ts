import { type LifecycleStatus } from '../enums.js';

/** One document handed to a platform: its Factur-X PDF (the XML inside), under its idempotency key. */
export interface Deposit {
  /** The document number: the platform takes a key once, however often it is sent. */
  idempotencyKey: string;
  kind: 'INVOICE' | 'CREDIT_NOTE';
  fileName: string;
  bytes: Buffer;
  /** The buyer's electronic address (BT-49), where the platform routes it. */
  recipient: string | null;
}

/** A lifecycle status a platform sent back about a deposit. */
export interface PlatformStatus {
  /** The platform's id of this status message (a status read twice is stored once). */
  eventId: string;
  /** The platform's id of the deposit. */
  depositId: string;
  status: LifecycleStatus;
  occurredAt: Date;
  reason: string | null;
}

/** The platform refused the document (rejetée): trying again will not help. */
export class PlatformRejection extends Error {
  constructor(readonly reasons: string[]) {
    super(`rejected by the platform: ${reasons.join('; ')}`);
  }
}

/** The platform could not be reached or failed: the job queue tries again later. */
export class PlatformUnavailable extends Error {}

/**
 * A Plateforme Agréée as the portal uses it: deposit a document (idempotently), and read the
 * statuses it sends back. Implementations: HttpPlatform (a platform's API) and FileDropOutbox
 * (a folder fed to a platform by SFTP).
 */
export interface EInvoicingPlatform {
  /** Deposits a document; the same key twice is one deposit (the first one's id comes back). */
  deposit(deposit: Deposit): Promise<{ platformId: string }>;
  /** The statuses sent since the cursor (null: from the start), and the cursor to ask from next. */
  statuses(since: string | null): Promise<{ statuses: PlatformStatus[]; cursor: string | null }>;
}
