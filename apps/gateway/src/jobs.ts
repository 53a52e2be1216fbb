import { PgBoss, fromPglite } from 'pg-boss';
import {
  FileDropOutbox, HttpPlatform, depositDocument, pullStatuses, queueDeposits, queuedDeposits, runMonthlyBilling,
  type EInvoicingPlatform,
} from '@portal/billing';
import { applyDueTerminations } from '@portal/offers';
import { type Orm } from '@portal/db';
import { todayInParis } from '@portal/kernel';
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
} as const;

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
}

export interface Jobs {
  boss: PgBoss;
  /** Queues a job and resolves once a worker has finished it (or failed it). */
  runNow(queue: (typeof QUEUES)[keyof typeof QUEUES], data?: object): Promise<'completed' | 'failed'>;
  stop(): Promise<void>;
}

async function bossFor(orm: Orm, databaseUrl: string | undefined): Promise<PgBoss> {
  if (databaseUrl) return new PgBoss({ connectionString: databaseUrl, max: 3 });
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
  for (const queue of Object.values(QUEUES)) await boss.createQueue(queue);
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
    const result = await runMonthlyBilling(options.orm.em.fork(), { period });
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
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
