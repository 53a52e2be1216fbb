import { PgBoss, fromPglite } from 'pg-boss';
import {
  FileDropOutbox, HttpPlatform, depositDocument, pullStatuses, queueDeposits, queuedDeposits, runMonthlyBilling,
  type EInvoicingPlatform,
} from '@portal/billing';
import { applyDueTerminations } from '@portal/offers';
import { type Orm } from '@portal/db';
import { deliverLane, dueLanes, fanOutEvents, parsePrivateAllowance, type DeliveryContext } from '@portal/events';
import { administratorEmails } from '@portal/identity';
import { todayInParis, type Mailer } from '@portal/kernel';
import { type PlatformConfig } from './config.js';

/** The scheduled work of the portal, on pg-boss: a job queue kept in PostgreSQL (or PGlite). */
export const QUEUES = {
  /** Daily: terminations whose effective date has come take effect (closing invoices). */
  applyTerminations: 'terminations-apply',
  /** Monthly: the invoices of the month, issued in advance on its first day. */
  billingRun: 'billing-run',
  /** Every minute, with a platform: queue the documents not sent yet, read the statuses sent back. */
  platformSync: 'platform-sync',
  /** One document to deposit on the platform; retried with exponential backoff after an outage. */
  platformDeposit: 'platform-deposit',
  /** Webhooks: the deliveries of one lane (an endpoint and an object), in order; one job per lane at a time. */
  webhookLane: 'webhook-lane',
} as const;

export interface WebhookJobsOptions {
  timeoutMs: number;
  sweepMs: number;
  allowPrivate: string;
  mailer: Mailer;
  publicUrl: string;
}

export interface JobsOptions {
  orm: Orm;
  databaseUrl: string | undefined;
  clock: () => Date;
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
  /** Seconds between polls of an idle worker (pg-boss minimum 0.5). */
  pollingIntervalSeconds?: number;
  /** Register the cron schedules (one instance suffices; pg-boss runs each once). */
  schedule?: boolean;
  /** The e-invoicing platform; null: documents are not sent. */
  platform?: PlatformConfig | null;
  /** Webhook deliveries (absent: no webhooks are sent by this process). */
  webhooks?: WebhookJobsOptions;
}

export interface Jobs {
  boss: PgBoss;
  /** Queues a job and resolves once a worker has finished it (or failed it). */
  runNow(queue: (typeof QUEUES)[keyof typeof QUEUES], data?: object): Promise<'completed' | 'failed'>;
  stop(): Promise<void>;
}

async function bossFor(orm: Orm, databaseUrl: string | undefined): Promise<PgBoss> {
  if (databaseUrl) return new PgBoss({ connectionString: databaseUrl, max: 6 });
  const pglite = await (orm.em.getConnection() as unknown as { getNativeClient(): Promise<Parameters<typeof fromPglite>[0]> }).getNativeClient();
  return new PgBoss({ db: fromPglite(pglite) });
}

const thisMonth = (now: Date) => todayInParis(now).slice(0, 7);

function platformOf(config: PlatformConfig | null, clock: () => Date): EInvoicingPlatform | null {
  if (!config) return null;
  return config.kind === 'http' ? new HttpPlatform({ url: config.url, token: config.token }) : new FileDropOutbox(config.directory, clock);
}

/**
 * Starts the queue, its workers and (optionally) the schedules: terminations every day at
 * 00:10 and the billing run on the first of each month at 01:00, Paris time.
 */
export async function startJobs(options: JobsOptions): Promise<Jobs> {
  const boss = await bossFor(options.orm, options.databaseUrl);
  boss.on('error', (err) => options.log.error({ err }, 'job queue error'));
  await boss.start();
  for (const queue of Object.values(QUEUES)) await boss.createQueue(queue, queue === QUEUES.webhookLane ? { policy: 'stately' } : {});
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };

  await boss.work<{ today?: string }>(QUEUES.applyTerminations, polling, async ([job]) => {
    const now = options.clock();
    const today = job?.data?.today ?? todayInParis(now);
    const result = await applyDueTerminations(options.orm.em.fork(), today, now);
    options.log.info({ today, applied: result.applied }, `terminations applied: ${result.applied.length}`);
    return result;
  });
  await boss.work<{ period?: string }>(QUEUES.billingRun, polling, async ([job]) => {
    const period = job?.data?.period ?? thisMonth(options.clock());
    const result = await runMonthlyBilling(options.orm.em.fork(), { period, now: options.clock() });
    options.log.info({ ...result }, `billing run ${period}: ${result.invoices} invoices`);
    return result;
  });
  const platform = platformOf(options.platform ?? null, options.clock);
  if (platform) {
    const retry = { retryLimit: options.platform!.retries, retryDelay: options.platform!.retryDelaySeconds, retryBackoff: true };
    await boss.work<{ depositId: number }>(QUEUES.platformDeposit, polling, async ([job]) => {
      const state = await depositDocument(options.orm.em.fork(), platform, job!.data.depositId, options.clock());
      return { state };
    });
    await boss.work(QUEUES.platformSync, polling, async () => {
      const em = options.orm.em.fork();
      await queueDeposits(em);
      // Every deposit still waiting gets a job; singletonKey keeps one job per deposit in the queue.
      const waiting = await queuedDeposits(em);
      for (const depositId of waiting) await boss.send(QUEUES.platformDeposit, { depositId }, { ...retry, singletonKey: `deposit-${depositId}` });
      const statuses = await pullStatuses(em, platform);
      options.log.info({ queued: waiting.length, statuses }, `platform sync: ${waiting.length} to deposit, ${statuses} statuses`);
      return { queued: waiting.length, statuses };
    });
  }
  const stopWebhooks = options.webhooks ? await startWebhookDelivery(boss, options, options.webhooks, polling) : async () => undefined;
  if (options.schedule) {
    if (platform) await boss.schedule(QUEUES.platformSync, '* * * * *', null, { tz: 'Europe/Paris' });
    await boss.schedule(QUEUES.applyTerminations, '10 0 * * *', null, { tz: 'Europe/Paris' });
    await boss.schedule(QUEUES.billingRun, '0 1 1 * *', null, { tz: 'Europe/Paris' });
  }

  return {
    boss,
    async runNow(queue, data = {}) {
      const id = await boss.send(queue, data);
      if (!id) throw new Error(`the queue ${queue} refused the job`);
      for (;;) {
        const job = await boss.getJobById(queue, id);
        if (job?.state === 'completed' || job?.state === 'failed') return job.state;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      await stopWebhooks();
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}

/**
 * Webhook delivery on the queue: a sweep every `sweepMs` fans new events out to their endpoints
 * and queues one job per lane whose head is due (the queue's stately policy keeps at most one
 * queued and one active job per lane: deliveries of one endpoint and object go one at a time, in
 * order); each job delivers its lane (see @portal/events deliverLane). Due times are read from
 * the portal's clock, so retries follow it.
 */
async function startWebhookDelivery(boss: PgBoss, options: JobsOptions, webhooks: WebhookJobsOptions, polling: { pollingIntervalSeconds: number }): Promise<() => Promise<void>> {
  const ctx: DeliveryContext = {
    clock: options.clock,
    transport: { timeoutMs: webhooks.timeoutMs, privateAllowance: parsePrivateAllowance(webhooks.allowPrivate) },
    mailer: webhooks.mailer,
    administratorsOf: administratorEmails,
    publicUrl: webhooks.publicUrl,
    log: { warn: (obj, msg) => options.log.error(obj, msg) },
  };
  // Lanes this process queued, and when: not queued again while their job waits or runs (a lane
  // left there by another process's worker is queued again after a while; the policy refuses doubles).
  const queued = new Map<string, number>();
  // Batches of lanes, each delivered concurrently; a full batch fetches the next one at once.
  await boss.work<{ lane: string }>(QUEUES.webhookLane, { ...polling, batchSize: 10, burstWhenBatchFull: true, localConcurrency: 2 }, async (batch) =>
    Promise.all(batch.map((job) => (job.data?.lane ? deliverLane(options.orm.em.fork(), job.data.lane, ctx).finally(() => queued.delete(job.data.lane)) : null))),
  );
  let running: Promise<void> | null = null;
  let stopped = false;
  const sweep = async () => {
    const em = options.orm.em.fork();
    const now = options.clock();
    await fanOutEvents(em, now);
    // A lane already queued is refused by the stately policy (send answers null): its job delivers the newcomer too.
    const since = Date.now() - 30_000;
    const lanes = (await dueLanes(em, now)).filter((lane) => (queued.get(lane) ?? 0) < since);
    for (const lane of lanes) queued.set(lane, Date.now());
    for (let i = 0; i < lanes.length; i += 25) {
      await Promise.all(lanes.slice(i, i + 25).map((lane) => boss.send(QUEUES.webhookLane, { lane }, { singletonKey: lane })));
    }
  };
  const timer = setInterval(() => {
    if (running || stopped) return;
    running = sweep()
      .catch((err: unknown) => options.log.error({ err }, 'webhook sweep failed'))
      .finally(() => { running = null; });
  }, webhooks.sweepMs);
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
