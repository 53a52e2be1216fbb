/**
 * The result file of `pnpm bench` (.bench/results.json, and a copy named after its time so that
 * runs can be compared with compare.js), its readable tables, and the figures two runs share.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LoadResult } from './load-runner.js';
import { type StatementCount, type StatementMatch } from './statements.js';
import { formatWebhooks, type WebhookFigure } from './webhooks-format.js';

export interface Figure extends LoadResult {
  what: string;
}

/** Gateway figure divided by the baseline's, for the same load. */
export interface Ratio {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  cpuMsPerRequest: number;
}

export interface BillingRunFigure {
  period: string;
  invoices: number;
  lines: number;
  ocs: number;
  seconds: number;
  ocsPerSecond: number;
  /** The same run without the EN 16931 / French rules checked before numbering (median of the rounds). */
  withoutValidationSeconds: number;
  /** Run time with validation / without, same month, same data, alternating runs: the median of the pairs' ratios (goal ≤ 1.2). */
  validationRatio: number;
  /** Of `seconds`, the validation alone (the batches' parties read and the rules checked; median of the rounds). */
  validationSeconds: number;
  /** The ratio within each run with validation: its time / (its time − the validation's); median of the runs. */
  validationInRunRatio: number;
  /** Each pair's times, without then with validation, in the order they ran. */
  rounds: { withoutSeconds: number; withSeconds: number }[];
  /** Documents held by the validation (not numbered). */
  held: number;
}

export type Bundles =
  | {
      /** Per JavaScript file of the front end: raw and gzipped bytes. */
      sizes: Record<string, { bytes: number; gzipBytes: number }>;
      budgets: Record<string, { gzipBytes: number; limitBytes: number; ok: boolean }>;
    }
  | { error: string };

export interface BenchResults {
  at: string;
  /** The commit measured, and whether the tree had changes. */
  commit: string | null;
  dirty: boolean | null;
  companies: number;
  ocs: number;
  requests: number;
  concurrency: number;
  results: Record<string, Figure>;
  /** OC list: gateway / baseline, one at a time and `concurrency` in flight. */
  ocListRatio: { serial: Ratio; loaded: Ratio };
  /** The OC list pages of the load: which customers, which sorts. */
  ocListMix: string;
  statements: Record<string, StatementCount>;
  /** The statements of one OC list page: the gateway's (from its log) against the baseline's. */
  ocListBaselineStatements: StatementMatch;
  /** Query fields returning a Connection that the statement count does not cover yet. */
  unmeasuredConnections: string[];
  billingRun: BillingRunFigure;
  bundles: Bundles;
  /** Webhook delivery (absent from results written before it was measured). */
  webhooks?: WebhookFigure | { error: string };
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 100) / 100 : Number.NaN);

export function ratioOf(gateway: LoadResult, baseline: LoadResult): Ratio {
  return {
    requestsPerSecond: ratio(gateway.requestsPerSecond, baseline.requestsPerSecond),
    p50: ratio(gateway.p50, baseline.p50),
    p95: ratio(gateway.p95, baseline.p95),
    p99: ratio(gateway.p99, baseline.p99),
    cpuMsPerRequest: ratio(gateway.cpuMsPerRequest, baseline.cpuMsPerRequest),
  };
}

/** Writes results.json and results-<time>.json into `dir`; returns both paths. */
export function writeResults(dir: string, results: BenchResults): [string, string] {
  mkdirSync(dir, { recursive: true });
  const text = `${JSON.stringify(results, null, 2)}\n`;
  const latest = join(dir, 'results.json');
  const stamped = join(dir, `results-${results.at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(latest, text);
  writeFileSync(stamped, text);
  return [latest, stamped];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The readable tables (Markdown). */
export function formatResults(r: BenchResults): string {
  const out: string[] = [];
  out.push(`${r.at}, commit ${r.commit ?? '?'}${r.dirty ? ' (with uncommitted changes)' : ''}: ${r.companies} companies, ${r.ocs} OCs, ${r.concurrency} in flight`);
  out.push('', '| benchmark | requests | errors | req/s | p50 ms | p95 ms | p99 ms | CPU ms/req |', '|---|---|---|---|---|---|---|---|');
  for (const [name, f] of Object.entries(r.results)) out.push(`| ${name} | ${f.requests} | ${f.errors} | ${f.requestsPerSecond} | ${f.p50} | ${f.p95} | ${f.p99} | ${f.cpuMsPerRequest} |`);

  out.push('', `OC list page, gateway / hand-written baseline (${r.ocListMix}):`, '');
  out.push('| load | req/s gateway | req/s baseline | ratio | p50 gateway | p50 baseline | ratio | p99 gateway | p99 baseline | ratio | CPU ms/req gateway | baseline | ratio |', '|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const load of ['serial', 'loaded'] as const) {
    const suffix = load === 'serial' ? 'Serial' : 'Loaded';
    const g = r.results[`ocListGateway${suffix}`];
    const b = r.results[`ocListBaseline${suffix}`];
    const q = r.ocListRatio[load];
    if (!g || !b) continue;
    out.push(`| ${load === 'serial' ? 'one at a time' : `${r.concurrency} in flight`} | ${g.requestsPerSecond} | ${b.requestsPerSecond} | ${q.requestsPerSecond} | ${g.p50} | ${b.p50} | ${q.p50} | ${g.p99} | ${b.p99} | ${q.p99} | ${g.cpuMsPerRequest} | ${b.cpuMsPerRequest} | ${q.cpuMsPerRequest} |`);
  }

  out.push('', 'SQL statements per request through the ORM (one page, authentication included; the rate limiter adds one per request, outside the ORM):', '');
  out.push('| operation | rows | statements (first 50) | statements (first 10) | run more than once |', '|---|---|---|---|---|');
  for (const [name, s] of Object.entries(r.statements)) {
    if (s.error) {
      out.push(`| ${name} | – | error: ${s.error} | | |`);
      continue;
    }
    const repeated = s.repeated.map((x) => `${x.times}× \`${x.sql.slice(0, 60)}${x.sql.length > 60 ? '…' : ''}\``).join('<br>');
    out.push(`| ${name} | ${s.rows} | ${s.statements} | ${s.statementsFirst10} | ${repeated || '–'} |`);
  }
  const m = r.ocListBaselineStatements;
  out.push('', m.same
    ? `for an OC list page, the baseline sends the same ${m.baseline} statements as the gateway's ORM (and the rate limiter's, like the gateway)`
    : `the baseline's statements differ from the gateway's (${m.baseline} against ${m.gateway}): only in the gateway ${JSON.stringify(m.onlyGateway)}, only in the baseline ${JSON.stringify(m.onlyBaseline)}`);
  if (r.unmeasuredConnections.length) out.push('', `not measured (add them to LIST_OPERATIONS): ${r.unmeasuredConnections.join(', ')}`);

  const b = r.billingRun;
  out.push('', `billing run ${b.period}: ${b.invoices} invoices, ${b.lines} lines, ${b.ocs} OCs in ${b.seconds} s (${b.ocsPerSecond} OCs/s), ${b.held} held`);
  out.push(`billing run with validation before numbering / without: ${b.seconds} s / ${b.withoutValidationSeconds} s = ${b.validationRatio} (goal ≤ 1.2; the validation itself ${b.validationSeconds} s, ratio within the runs ${b.validationInRunRatio})`);
  if (r.webhooks) out.push('', formatWebhooks(r.webhooks));

  out.push('');
  if ('error' in r.bundles) out.push(`front-end bundles: ${r.bundles.error}`);
  else {
    out.push('| bundle | bytes | gzip |', '|---|---|---|');
    for (const [name, s] of Object.entries(r.bundles.sizes)) out.push(`| ${name} | ${kb(s.bytes)} | ${kb(s.gzipBytes)} |`);
    out.push('', '| budget | gzip | limit | |', '|---|---|---|---|');
    for (const [name, s] of Object.entries(r.bundles.budgets)) out.push(`| ${name} | ${kb(s.gzipBytes)} | ${kb(s.limitBytes)} | ${s.ok ? 'ok' : 'OVER'} |`);
  }
  return out.join('\n');
}

/** Every number of a result file by its path (results.ocListGatewaySerial.p50 …); lists and text are left out. */
export function figures(value: unknown, prefix = '', into = new Map<string, number>()): Map<string, number> {
  if (typeof value === 'number' && prefix) into.set(prefix, value);
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) figures(child, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}
