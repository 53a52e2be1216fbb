/**
 * Billing from the command line, the same code the job queue runs:
 *   pnpm billing:run --period 2026-12      issues the month's invoices (progress bar on stderr)
 *   pnpm terminations:apply [--today YYYY-MM-DD]   applies the terminations due
 * On DATABASE_URL, or on the embedded database in PORTAL_DATA_DIR.
 */
import { join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { runMonthlyBilling } from '@portal/billing';
import { applyDueTerminations } from '@portal/offers';
import { connectDomains } from '@portal/gateway';
import { migrateToLatest, openDatabase } from '@portal/db';
import { todayInParis } from '@portal/kernel';

const root = join(import.meta.dirname, '..', '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

async function main(command: string | undefined): Promise<void> {
  const orm = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.PORTAL_DATA_DIR ?? join(root, '.data', 'pglite'), poolSize: 4 });
  try {
    connectDomains();
    await migrateToLatest(orm);
    if (command === 'run') {
      const period = arg('period') ?? todayInParis().slice(0, 7);
      const bar = new SingleBar({ format: `billing ${period} [{bar}] {value}/{total} accounts | {eta_formatted} left`, stream: process.stderr });
      let started = false;
      const result = await runMonthlyBilling(orm.em.fork(), {
        period,
        batchSize: Number(arg('batch') ?? 2000),
        onProgress: (done, total) => {
          if (!started) bar.start(total, 0);
          started = true;
          bar.update(done);
        },
      });
      if (started) bar.stop();
      console.log(`${result.invoices} invoices, ${result.lines} lines for ${result.ocs} OCs in ${result.seconds} s (${Math.round(result.ocs / Math.max(result.seconds, 0.001))} OCs/s); ${result.alreadyInvoiced} accounts already invoiced`);
      return;
    }
    if (command === 'apply-terminations') {
      const today = arg('today') ?? todayInParis();
      const { applied } = await applyDueTerminations(orm.em.fork(), today, new Date());
      console.log(`${applied.length} termination(s) applied${applied.length ? `: ${applied.join(', ')}` : ''}`);
      return;
    }
    console.error('usage: billing-cli run [--period YYYY-MM] [--batch N] | apply-terminations [--today YYYY-MM-DD]');
    process.exitCode = 2;
  } finally {
    await orm.close(true);
  }
}

await main(process.argv[2]);
