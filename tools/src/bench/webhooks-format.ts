/** The webhook figures of `pnpm bench` (see webhooks.ts) and their readable lines. */
export interface WebhookFigure {
  endpoints: number;
  events: number;
  messages: number;
  seconds: number;
  messagesPerSecond: number;
  /** CPU time of the bench process (gateway workers, receiver) per message: less disturbed by a shared machine than the rate. */
  cpuMsPerMessage: number;
  billingRun: { invoices: number; messages: number; p50Ms: number; p95Ms: number; seconds: number };
}

export function formatWebhooks(w: WebhookFigure | { error: string }): string {
  if ('error' in w) return `webhooks: ${w.error}`;
  return [
    `webhooks: ${w.messages} messages (${w.events} events × ${w.endpoints} endpoints) to a local receiver in ${w.seconds} s: ${w.messagesPerSecond} messages/s, ${w.cpuMsPerMessage} ms of CPU per message (this process; PostgreSQL's not counted)`,
    `webhooks during a billing run: ${w.billingRun.invoices} invoices, ${w.billingRun.messages} messages, issue to delivery p50 ${w.billingRun.p50Ms} ms, p95 ${w.billingRun.p95Ms} ms (${w.billingRun.seconds} s)`,
  ].join('\n');
}

