/**
 * pnpm scale --companies 100000 --ocs 1000000 [--seed 42] [--database-url URL] [--reset]
 *
 * Loads deterministic, realistic-looking volume data (companies in a management tree, sites,
 * contracted offers with orders and phone numbers, a month of invoices) into a PostgreSQL database:
 * --database-url, else DATABASE_URL, else postgres://postgres@127.0.0.1:5432/portal_scale (created
 * when missing). The same arguments always give the same data.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { generateScaleData } from './load.js';

const usage = 'usage: pnpm scale --companies N --ocs N [--seed N] [--database-url URL] [--reset]';

function integer(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new Error(`--${name} is required\n${usage}`);
  }
  if (!/^-?[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new Error(`--${name} must be an integer, not ${value}\n${usage}`);
  return Number(value);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      companies: { type: 'string' },
      ocs: { type: 'string' },
      seed: { type: 'string' },
      'database-url': { type: 'string' },
      reset: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const result = await generateScaleData({
    companies: integer('companies', values.companies),
    ocs: integer('ocs', values.ocs),
    seed: integer('seed', values.seed, 42),
    databaseUrl: values['database-url'],
    reset: values.reset,
    progress: true,
  });
  const counts = Object.entries(result.rows).map(([table, n]) => `${table}=${n}`).join(' ');
  console.log(`scale data loaded into ${new URL(result.databaseUrl).pathname.slice(1)}: ${counts} in ${result.seconds.toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
