import { LockMode, type EntityManager } from '@mikro-orm/core';
import { DepositState, DocumentKind, LifecycleStatus } from '../enums.js';
import { LifecycleEvent } from '../entities/LifecycleEvent.js';
import { PlatformCursor } from '../entities/PlatformCursor.js';
import { PlatformDeposit } from '../entities/PlatformDeposit.js';
import { renderDocumentPdf } from '../pdf/render.js';
import { loadPrintable, pdfFileName } from '../services/document-files.js';
import { type EInvoicingPlatform, PlatformRejection, PlatformUnavailable } from './adapter.js';

/**
 * Queues every issued document not yet sent to the platform: one deposit row each (the document
 * number as idempotency key), in one statement; returns the new deposits' ids for the job queue.
 */
export async function queueDeposits(em: EntityManager, limit = 1000): Promise<number[]> {
  const rows = (await em.getConnection().execute(
    `insert into platform_deposit (kind, invoice_id, credit_note_id, idempotency_key, state, attempts, queued_at)
     select kind, invoice_id, credit_note_id, number, 'QUEUED', 0, now() from (
       (select 'INVOICE' as kind, i.id as invoice_id, null::int as credit_note_id, i.number, i.id as o from invoice i
        where not exists (select 1 from platform_deposit p where p.invoice_id = i.id) order by i.id limit ${limit})
       union all
       (select 'CREDIT_NOTE', null, c.id, c.number, c.id from credit_note c
        where not exists (select 1 from platform_deposit p where p.credit_note_id = c.id) order by c.id limit ${limit})
     ) t order by kind desc, o
     on conflict do nothing returning id`,
  )) as { id: number }[];
  return rows.map((r) => Number(r.id));
}

/** The deposits still waiting (a first try, or a retry after an outage). */
export async function queuedDeposits(em: EntityManager): Promise<number[]> {
  return (await em.find(PlatformDeposit, { state: DepositState.QUEUED }, { fields: ['id'], orderBy: { id: 'asc' } })).map((d) => d.id);
}

/**
 * Sends one queued document to the platform. Accepted: déposée, with the platform's id. Refused:
 * rejetée, with the platform's reasons, for the operator (no retry). An outage: the try is counted
 * and PlatformUnavailable is thrown again, for the job queue to retry with backoff; the
 * idempotency key makes a retry after a lost answer one deposit, not two.
 */
export async function depositDocument(em: EntityManager, platform: EInvoicingPlatform, depositId: number, now: Date): Promise<DepositState> {
  let outage: PlatformUnavailable | null = null;
  // The deposit row stays locked while the platform answers: a second worker on the same job skips it.
  const state = await em.fork().transactional(async (tx) => {
    const deposit = await tx.findOne(PlatformDeposit, { id: depositId }, { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
    if (!deposit || deposit.state !== DepositState.QUEUED) return deposit?.state ?? null;
    const kind = deposit.kind === DocumentKind.INVOICE ? 'INVOICE' : 'CREDIT_NOTE';
    const printable = (await loadPrintable(tx, kind, (deposit.invoice ?? deposit.creditNote)!.id))!;
    const bytes = await renderDocumentPdf(printable);
    deposit.attempts += 1;
    try {
      const { platformId } = await platform.deposit({ idempotencyKey: deposit.idempotencyKey, kind, fileName: pdfFileName(printable), bytes, recipient: printable.buyer.electronicAddress });
      deposit.state = DepositState.DEPOSITED;
      deposit.platformId = platformId;
      deposit.lastError = null;
      recordStatus(tx, deposit, LifecycleStatus.DEPOSITED, now, null, null);
    } catch (error) {
      if (!(error instanceof PlatformRejection)) {
        outage = error instanceof PlatformUnavailable ? error : new PlatformUnavailable(String(error));
        deposit.lastError = outage.message;
        return deposit.state;
      }
      deposit.state = DepositState.REJECTED;
      deposit.lastError = error.reasons.join(' ; ');
      recordStatus(tx, deposit, LifecycleStatus.REJECTED, now, deposit.lastError, null);
    }
    return deposit.state;
  });
  if (outage) throw outage;
  return state ?? DepositState.QUEUED;
}

function recordStatus(em: EntityManager, deposit: PlatformDeposit, status: LifecycleStatus, at: Date, reason: string | null, platformEventId: string | null) {
  em.create(LifecycleEvent, { deposit, status, occurredAt: at, reason, platformEventId });
  deposit.lifecycleStatus = status;
}

/**
 * Reads the statuses the platform sent since the last read and stores each once (a status read
 * twice is one event), each deposit keeping the status of its latest event. Returns how many
 * were new.
 */
export async function pullStatuses(em: EntityManager, platform: EInvoicingPlatform, name = 'default'): Promise<number> {
  return em.fork().transactional(async (tx) => {
    const cursorRow = (await tx.findOne(PlatformCursor, { platform: name }, { lockMode: LockMode.PESSIMISTIC_WRITE })) ?? tx.create(PlatformCursor, { platform: name, cursor: null });
    const { statuses, cursor } = await platform.statuses(cursorRow.cursor ?? null);
    let added = 0;
    const deposits = await tx.find(PlatformDeposit, { platformId: { $in: [...new Set(statuses.map((s) => s.depositId))] } });
    const byPlatformId = new Map(deposits.map((d) => [d.platformId!, d]));
    const known = new Set((await tx.find(LifecycleEvent, { platformEventId: { $in: statuses.map((s) => s.eventId) } }, { fields: ['platformEventId'] })).map((e) => e.platformEventId));
    for (const s of [...statuses].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
      const deposit = byPlatformId.get(s.depositId);
      if (!deposit || known.has(s.eventId)) continue;
      recordStatus(tx, deposit, s.status, s.occurredAt, s.reason, s.eventId);
      if (s.status === LifecycleStatus.REJECTED) deposit.state = DepositState.REJECTED;
      known.add(s.eventId);
      added++;
    }
    cursorRow.cursor = cursor;
    return added;
  });
}
