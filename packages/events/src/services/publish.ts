import { randomUUID } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/core';
import { Company } from '@portal/company';
import { toGlobalId } from '@portal/kernel';
import { Event } from '../entities/Event.js';
import { type EventType } from '../enums.js';

export interface EventToPublish {
  type: EventType;
  /** The company the event is about: endpoints of it and of the companies above it receive it. */
  companyId: number;
  /** The object the event is about, by type name and database id ("Invoice", 12): delivered in order per object. */
  object: { type: string; id: number };
  /** Further global ids, by name (e.g. the contracted offer of a termination). */
  related?: Record<string, string>;
  at: Date;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Records an event in the caller's unit of work: it is written by the caller's flush, in the same
 * transaction as the change it tells of (no event for a change rolled back, no change without its
 * event), and delivered afterwards by the job queue.
 */
export function publishEvent(em: EntityManager, event: EventToPublish): Event {
  return em.create(Event, { ...eventRow(event), company: em.getReference(Company, event.companyId), createdAt: event.at });
}

function eventRow(event: EventToPublish) {
  const objectId = toGlobalId(event.object.type, event.object.id);
  return {
    publicId: `evt_${randomUUID().replaceAll('-', '')}`,
    type: event.type,
    data: { companyId: toGlobalId('Company', event.companyId), [`${lowerFirst(event.object.type)}Id`]: objectId, ...event.related } as Record<string, string>,
    objectId,
    occurredAt: event.at,
  };
}

/**
 * The same for many events at once, in one statement on the caller's transaction (`ctx`): for the
 * bulk writers (the billing run inserts its invoices with SQL).
 */
export async function publishEvents(em: EntityManager, events: readonly EventToPublish[], ctx?: unknown): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((e) => {
    const r = eventRow(e);
    return { p: r.publicId, t: r.type, c: e.companyId, d: r.data, o: r.objectId, a: r.occurredAt.toISOString() };
  });
  await em.getConnection().execute(
    `insert into event (public_id, type, company_id, data, object_id, occurred_at, created_at)
     select p, t, c, d, o, a, a from jsonb_to_recordset(cast(? as jsonb)) as r(p text, t text, c int, d jsonb, o text, a timestamptz)`,
    [JSON.stringify(rows)],
    'run',
    ctx as never,
  );
}
