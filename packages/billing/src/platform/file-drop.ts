import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Deposit, type EInvoicingPlatform, type PlatformStatus } from './adapter.js';

/** One line of the outbox manifest. */
export interface ManifestEntry {
  idempotencyKey: string;
  kind: 'INVOICE' | 'CREDIT_NOTE';
  file: string;
  sha256: string;
  recipient: string | null;
  depositedAt: string;
}

/**
 * A file-drop outbox for platforms fed by SFTP: one file per document (written under a temporary
 * name, then renamed, so a reader never sees half a file) and manifest.json listing every file
 * with its SHA-256. A key already in the manifest is not written again. Statuses come back by
 * another channel (the platform's files or API), so this outbox reports none.
 */
export class FileDropOutbox implements EInvoicingPlatform {
  /** Deposits of this process one after the other: the manifest is read, extended and replaced whole. */
  private last: Promise<unknown> = Promise.resolve();

  constructor(private readonly directory: string, private readonly now: () => Date = () => new Date()) {}

  private get manifestPath() {
    return join(this.directory, 'manifest.json');
  }

  async manifest(): Promise<ManifestEntry[]> {
    try {
      return JSON.parse(await readFile(this.manifestPath, 'utf8')) as ManifestEntry[];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  private async writeAtomically(path: string, data: string | Buffer) {
    await writeFile(`${path}.part`, data);
    await rename(`${path}.part`, path);
  }

  deposit(deposit: Deposit): Promise<{ platformId: string }> {
    const next = this.last.then(() => this.write(deposit));
    this.last = next.catch(() => undefined);
    return next;
  }

  private async write(deposit: Deposit): Promise<{ platformId: string }> {
    await mkdir(this.directory, { recursive: true });
    const entries = await this.manifest();
    const known = entries.find((e) => e.idempotencyKey === deposit.idempotencyKey);
    if (known) return { platformId: known.file };
    await this.writeAtomically(join(this.directory, deposit.fileName), deposit.bytes);
    entries.push({
      idempotencyKey: deposit.idempotencyKey, kind: deposit.kind, file: deposit.fileName, recipient: deposit.recipient,
      sha256: createHash('sha256').update(deposit.bytes).digest('hex'), depositedAt: this.now().toISOString(),
    });
    await this.writeAtomically(this.manifestPath, `${JSON.stringify(entries, null, 2)}\n`);
    return { platformId: deposit.fileName };
  }

  async statuses(since: string | null): Promise<{ statuses: PlatformStatus[]; cursor: string | null }> {
    return { statuses: [], cursor: since };
  }
}
