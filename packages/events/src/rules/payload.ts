/** The JSON body of a message, Standard Webhooks style: the event's id, type, time and data (global ids). */
export interface EventPayload {
  id: string;
  type: string;
  timestamp: string;
  data: Record<string, string>;
}

export function eventPayload(event: { publicId: string; type: string; occurredAt: Date; data: Record<string, string> }): string {
  const payload: EventPayload = { id: event.publicId, type: event.type, timestamp: event.occurredAt.toISOString(), data: event.data };
  return JSON.stringify(payload);
}
