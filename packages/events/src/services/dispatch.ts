import { type EntityManager } from '@mikro-orm/core';

/**
 * Fans the events not yet dispatched out to their endpoints, in one statement: an event goes to
 * every enabled endpoint subscribed to its type whose company's reach covers the company the event
 * is about (the company itself or one above it in the management tree); a test event goes to its
 * one endpoint. Concurrent runs (several gateways) skip each other's rows. Returns the number of
 * deliveries created.
 */
export async function fanOutEvents(em: EntityManager, now: Date, batch = 1000): Promise<number> {
  const rows = await em.getConnection().execute<{ created: string }[]>(
    `with picked as (
       select id from event where dispatched_at is null order by id limit ? for update skip locked
     ), marked as (
       update event e set dispatched_at = ? from picked where e.id = picked.id
       returning e.id, e.type, e.company_id, e.object_id, e.only_endpoint_id
     ), created as (
       insert into delivery (endpoint_id, event_id, lane, state, attempts, next_attempt_at, created_at)
       select w.id, m.id, w.id || ':' || m.object_id, 'PENDING', 0, ?, ?
       from marked m
       join webhook_endpoint w on (m.only_endpoint_id = w.id)
         or (m.only_endpoint_id is null and w.enabled and m.type = any(w.event_types)
             and exists (select 1 from company_tree t where t.ancestor_id = w.company_id and t.descendant_id = m.company_id))
       on conflict do nothing
       returning 1
     )
     select count(*)::text as created from created`,
    [batch, now, now, now],
  );
  return Number(rows[0]?.created ?? 0);
}

/**
 * The lanes (endpoint and object) whose oldest pending delivery is due at `now`, on enabled
 * endpoints: each gets one job that delivers it and the ones behind it, in order.
 */
export async function dueLanes(em: EntityManager, now: Date, limit = 5000): Promise<string[]> {
  const rows = await em.getConnection().execute<{ lane: string }[]>(
    `select head.lane from (
       select distinct on (d.lane) d.lane, d.next_attempt_at, d.endpoint_id
       from delivery d where d.state = 'PENDING' order by d.lane, d.event_id
     ) head join webhook_endpoint w on w.id = head.endpoint_id
     where w.enabled and head.next_attempt_at <= ? limit ?`,
    [now, limit],
  );
  return rows.map((r: { lane: string }) => r.lane);
}
