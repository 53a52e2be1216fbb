import { randomBytes } from 'node:crypto';
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
  const objectId = toGlobalId(event.object.type, event.object.id);
  return em.create(Event, {
    publicId: `evt_${randomBytes(16).toString('base64url')}`,
    type: event.type,
    company: em.getReference(Company, event.companyId),
    data: { companyId: toGlobalId('Company', event.companyId), [`${lowerFirst(event.object.type)}Id`]: objectId, ...event.related },
    objectId,
    occurredAt: event.at,
    createdAt: event.at,
  });
}
