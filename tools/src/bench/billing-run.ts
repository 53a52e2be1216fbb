/**
 * The monthly billing run's bench: with the rules checked before numbering against without them.
 * `node tools/dist/bench/billing-run.js` runs it alone on a copy of BENCH_DATABASE_URL (the scale
 * data, loaded with `pnpm scale`); `pnpm bench` runs it among the other figures.
 *
 *   BENCH_BILLING_ROUNDS   pairs of runs (default 3)
 */
import { pathToFileURL } from 'node:url';
import { runMonthlyBilling } from '@portal/billing';
import { dropDatabase, migrateToLatest, openDatabase, recreateDatabase, scratchDatabaseName } from '@portal/db';
import { DEFAULT_SCALE_DATABASE_URL } from '../scale/load.js';
import { type BillingRunFigure } from './results.js';

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The middle value (the mean of the two middle ones for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of nothing');
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The ratio with / without of runs made in pairs, one right after the other: the median of the
 * pairs' ratios, so that a round slowed down by another load on a shared machine (which slows both
 * runs of a pair alike, or one pair only) does not move the figure.
 */
export function pairedRatio(withValidation: readonly number[], without: readonly number[]): number {
  if (withValidation.length !== without.length) throw new Error('runs must come in pairs');
  return round2(median(withValidation.map((w, i) => w / without[i]!)));
}

/**
 * The same ratio measured inside each run with validation: its time over its time less the
 * validation's, whose two parts ran under the same load; the median over the runs. On a machine
 * whose load changes from one run to the next, this one does not move with it.
 */
export function inRunRatio(seconds: readonly number[], validationSeconds: readonly number[]): number {
  if (seconds.length !== validationSeconds.length) throw new Error('one validation time per run');
  return round2(median(seconds.map((s, i) => s / (s - validationSeconds[i]!))));
}

/**
 * The monthly billing run over the scale data, on `copyUrl`: the month after the scale data's last
 * invoices, run without then with the rules checked before numbering (ABAB…), each run on the same
 * data (the month's invoices and held documents deleted and the sequence put back before it); the
 * median of the pairs' ratios. The last run, with validation, stays.
 */
export async function benchBillingRun(copyUrl: string, rounds = 3): Promise<BillingRunFigure> {
  const orm = await openDatabase({ databaseUrl: copyUrl, poolSize: 2 });
  try {
    await migrateToLatest(orm);
    const conn = orm.em.getConnection();
    const [last] = (await conn.execute("select to_char(max(period_start) + interval '1 month', 'YYYY-MM') as p from invoice where purpose = 'MONTHLY'")) as { p: string }[];
    const period = last!.p;
    const year = Number(period.slice(0, 4));
    const [seq] = (await conn.execute("select coalesce(max(last_number), 0) as n from document_sequence where kind = 'INVOICE' and year = ?", [year])) as { n: number }[];
    const reset = async () => {
      await conn.execute('delete from invoice_line where invoice_id in (select id from invoice where period_start = cast(? as date) and purpose = \'MONTHLY\')', [`${period}-01`]);
      await conn.execute('delete from invoice where period_start = cast(? as date) and purpose = \'MONTHLY\'', [`${period}-01`]);
      await conn.execute('delete from held_document where period_start = cast(? as date)', [`${period}-01`]);
      await conn.execute("update document_sequence set last_number = ? where kind = 'INVOICE' and year = ?", [Number(seq!.n), year]);
      await conn.execute('vacuum analyze invoice, invoice_line, held_document');
    };
    const run = async (validate: boolean) => {
      await reset();
      return runMonthlyBilling(orm.em.fork(), { period, batchSize: 2000, validate });
    };
    // A first run warms the caches and is not counted.
    await run(true);
    const without: number[] = [];
    const withValidation: number[] = [];
    const validation: number[] = [];
    let result = await run(false);
    for (let round = 0; round < rounds; round++) {
      if (round > 0) result = await run(false);
      without.push(result.seconds);
      result = await run(true);
      withValidation.push(result.seconds);
      validation.push(result.validationSeconds);
    }
    const seconds = round2(median(withValidation));
    return {
      period: result.period, invoices: result.invoices, lines: result.lines, ocs: result.ocs, seconds, ocsPerSecond: Math.round(result.ocs / seconds),
      withoutValidationSeconds: round2(median(without)), validationRatio: pairedRatio(withValidation, without), held: result.held, validationSeconds: round2(median(validation)), validationInRunRatio: inRunRatio(withValidation, validation),
      rounds: without.map((w, i) => ({ withoutSeconds: round2(w), withSeconds: round2(withValidation[i]!) })),
    };
  } finally {
    await orm.close(true);
  }
}

async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? DEFAULT_SCALE_DATABASE_URL;
  const copy = scratchDatabaseName('bench_billing_run');
  const copyUrl = await recreateDatabase(databaseUrl, copy, new URL(databaseUrl).pathname.slice(1));
  try {
    const figure = await benchBillingRun(copyUrl, Number(process.env.BENCH_BILLING_ROUNDS ?? 3));
    for (const r of figure.rounds) console.log(`without ${r.withoutSeconds} s, with ${r.withSeconds} s: ${round2(r.withSeconds / r.withoutSeconds)}`);
    console.log(`billing run of ${figure.ocs} OCs (${figure.invoices} invoices, ${figure.held} held): with validation ${figure.seconds} s / without ${figure.withoutValidationSeconds} s, median ratio ${figure.validationRatio} (goal ≤ 1.2); the validation itself ${figure.validationSeconds} s, ratio within the runs ${figure.validationInRunRatio}`);
  } finally {
    await dropDatabase(databaseUrl, copy);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
