#!/usr/bin/env node
// Runs on whatever Node the machine has (20 or later): checks what the machine must provide
// (tools/provision.mjs), installs the project's own toolchain (Node 24 LTS and pnpm, both from
// the npm registry) under .toolchain/, installs the workspace, builds it, then runs the requested
// workspace script on Node 24.
//   node tools/bootstrap.mjs start        -> pnpm run portal   (npm start)
//   node tools/bootstrap.mjs test         -> pnpm run test:all (npm test; .ci/run calls it)
//   node tools/bootstrap.mjs test-dates   -> pnpm run test:all with the clock moved (npm run test:dates)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATE_CHECK_PACKAGES, provisionForTests } from './provision.mjs';

const NODE_VERSION = '24.21.0';
const PNPM_VERSION = '12.21.0';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolchain = join(root, '.toolchain');
const bin = join(toolchain, 'node_modules', '.bin');

/**
 * The dates the suite is also run on by `test-dates`, with the machine's clock moved by
 * faketime: a year ahead, and a 29 February. The clock keeps running from there.
 */
const MOVED_DATES = ['2027-12-01 10:00:00', '2028-02-29 10:00:00'];

function log(msg) {
  process.stderr.write(`[bootstrap] ${msg}\n`);
}

function installedVersion(cmd) {
  try {
    return execFileSync(join(bin, cmd), ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
  } catch {
    return null;
  }
}

function ensureToolchain() {
  if (installedVersion('node') === NODE_VERSION && installedVersion('pnpm') === PNPM_VERSION) return;
  log(`installing Node ${NODE_VERSION} and pnpm ${PNPM_VERSION} into .toolchain/ from the npm registry`);
  mkdirSync(toolchain, { recursive: true });
  writeFileSync(join(toolchain, 'package.json'), JSON.stringify({ private: true }) + '\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(
    npm,
    ['install', '--no-audit', '--no-fund', '--loglevel=error', `node@${NODE_VERSION}`, `pnpm@${PNPM_VERSION}`],
    { cwd: toolchain, stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error('could not install the toolchain from the npm registry');
}

/** Runs pnpm with the toolchain on the path; `wrapper` (e.g. faketime) goes in front of it. */
function pnpm(args, { wrapper = [], exitOnFailure = true } = {}) {
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
  const cmd = [...wrapper, join(bin, 'pnpm'), ...args];
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0 && exitOnFailure) process.exit(r.status ?? 1);
  return r.status ?? 1;
}

/** The closing line CI reads: how many tests passed and failed in the run that just ended. */
function testSummary(label = '') {
  const report = join(root, '.vitest-report.json');
  if (!existsSync(report)) return false;
  const r = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`${label}${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
  return r.numTotalTests > 0;
}

const target = process.argv[2] ?? '';
if (!['start', 'test', 'test-dates'].includes(target)) {
  log('usage: node tools/bootstrap.mjs start|test|test-dates');
  process.exit(2);
}
if (target !== 'start') await provisionForTests({ extra: target === 'test-dates' ? DATE_CHECK_PACKAGES : [] });
ensureToolchain();
const lockfile = existsSync(join(root, 'pnpm-lock.yaml'));
const ci = process.env.CI === 'true' || process.env.CI === '1';
pnpm(['install', ...(lockfile && ci ? ['--frozen-lockfile'] : []), '--reporter=append-only']);
pnpm(['run', 'build']);
const rest = process.argv.slice(3);
if (target === 'start') {
  pnpm(['run', 'portal', ...rest]);
} else if (target === 'test') {
  const status = pnpm(['run', 'test:all', ...rest], { exitOnFailure: false });
  const ran = testSummary();
  process.exit(status !== 0 ? status : ran ? 0 : 1);
} else {
  let failed = false;
  for (const date of MOVED_DATES) {
    log(`the whole suite with the machine's clock at ${date} (faketime)`);
    const status = pnpm(['run', 'test:all', ...rest], { wrapper: ['faketime', '-f', `@${date}`], exitOnFailure: false });
    const ran = testSummary(`clock at ${date}: `);
    failed ||= status !== 0 || !ran;
  }
  process.exit(failed ? 1 : 0);
}
