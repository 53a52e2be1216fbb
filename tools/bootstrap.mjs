#!/usr/bin/env node
// Runs on whatever Node the machine has (20 or later): installs the project's own toolchain
// (Node 24 LTS and pnpm, both from the npm registry) under .toolchain/, installs the workspace,
// builds it, then runs the requested workspace script on Node 24.
//   node tools/bootstrap.mjs start   -> pnpm run portal   (npm start)
//   node tools/bootstrap.mjs test    -> pnpm run test:all (npm test)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_VERSION = '24.21.0';
const PNPM_VERSION = '12.21.0';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolchain = join(root, '.toolchain');
const bin = join(toolchain, 'node_modules', '.bin');
const targets = { start: 'portal', test: 'test:all' };

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

function run(args) {
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
  const r = spawnSync(join(bin, 'pnpm'), args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const target = targets[process.argv[2] ?? ''];
if (!target) {
  log(`usage: node tools/bootstrap.mjs ${Object.keys(targets).join('|')}`);
  process.exit(2);
}
ensureToolchain();
const lockfile = existsSync(join(root, 'pnpm-lock.yaml'));
const ci = process.env.CI === 'true' || process.env.CI === '1';
run(['install', ...(lockfile && ci ? ['--frozen-lockfile'] : []), '--reporter=append-only']);
run(['run', 'build']);
run(['run', target, ...process.argv.slice(3)]);
