// What the test suite needs from the machine, checked (and provided where it can be) before
// anything else runs: a PostgreSQL server that answers, and the Debian packages of the browser
// journeys and the date check. Plain Node (20 or later), no dependencies: it runs before the
// project's toolchain is installed. Used by tools/bootstrap.mjs, so `npm test` and CI (`.ci/run`
// calls `npm test`) take the same path.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function log(msg) {
  process.stderr.write(`[bootstrap] ${msg}\n`);
}

function answers(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * The PostgreSQL the tests use: TEST_DATABASE_URL as given, or the local server on 127.0.0.1:5432,
 * started with Debian's pg_ctlcluster when it is installed but stopped. Returns the problem, or null.
 */
async function ensurePostgres() {
  if (process.env.TEST_DATABASE_URL) return null;
  if (await answers('127.0.0.1', 5432)) return null;
  const clusters = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql').sort((a, b) => Number(a) - Number(b)) : [];
  if (clusters.length && onPath('pg_ctlcluster')) {
    const version = clusters.at(-1);
    log(`PostgreSQL ${version} is installed but not answering on 127.0.0.1:5432: starting it`);
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
    for (let i = 0; i < 30; i++) {
      if (await answers('127.0.0.1', 5432)) return null;
      await sleep(1000);
    }
  }
  return 'the tests need a PostgreSQL server, and none answers on 127.0.0.1:5432 nor could be started. To provide it: install PostgreSQL 15 or later (`sudo apt-get install postgresql`), or set TEST_DATABASE_URL=postgres://user@host:5432/postgres to a server where that user may create databases';
}

/** A Debian package the suite needs, found by the file it installs (or an override variable). */
const PACKAGES = [
  { need: 'the browser journeys need Chromium', pkg: 'chromium', file: () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', override: 'or set CHROMIUM_PATH to a Chromium or Chrome binary' },
];

/** The date check (`npm run test:dates`) also needs faketime. */
export const DATE_CHECK_PACKAGES = [{ need: 'the suite on moved dates needs faketime', pkg: 'faketime', file: () => '/usr/bin/faketime' }];

function canInstallDebianPackages() {
  if (!onPath('apt-get')) return { ok: false, why: 'this machine has no apt-get to install it' };
  if (process.getuid?.() === 0) return { ok: true, sudo: false };
  if (onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return { ok: true, sudo: true };
  return { ok: false, why: 'installing Debian packages needs root (or sudo without a password)' };
}

const advice = (missing) =>
  missing.map((p) => `install Debian's \`${p.pkg}\` package (\`sudo apt-get install ${p.pkg}\`)${p.override ? `, ${p.override}` : ''}`).join('; ');

/** Installs the missing packages with apt-get; returns the problem, or null. */
function ensurePackages(wanted) {
  const missing = wanted.filter((p) => !existsSync(p.file()));
  if (!missing.length) return null;
  const needs = missing.map((p) => `${p.need}, which is not installed`).join(', and ');
  const how = canInstallDebianPackages();
  if (!how.ok) return `${needs}, and ${how.why}. To provide it: ${advice(missing)}`;
  const names = missing.map((p) => p.pkg);
  const logFile = join(tmpdir(), 'portal-bootstrap-apt.log');
  log(`installing Debian's ${names.join(', ')} (log: ${logFile})`);
  const prefix = how.sudo ? ['sudo', '-n'] : [];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let output = '';
  for (const args of [['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...names]]) {
    const cmd = [...prefix, ...args];
    const r = spawnSync(cmd[0], cmd.slice(1), { env, encoding: 'utf8' });
    output += `$ ${cmd.join(' ')}\n${r.stdout ?? ''}${r.stderr ?? ''}\n`;
  }
  writeFileSync(logFile, output);
  const still = missing.filter((p) => !existsSync(p.file()));
  if (!still.length) return null;
  return `${needs}, and apt-get could not install ${still.map((p) => p.pkg).join(', ')} (its output is in ${logFile}). To provide it: ${advice(still)}`;
}

/**
 * Everything the test suite needs from the machine, provided or explained. Exits with one clear
 * paragraph, before anything is installed or built, when something is missing and cannot be had.
 */
export async function provisionForTests({ extra = [] } = {}) {
  const problems = [await ensurePostgres(), ensurePackages([...PACKAGES, ...extra])].filter(Boolean);
  if (!problems.length) return;
  process.stderr.write(`\nThe test suite cannot run on this machine yet: ${problems.join('. Also, ')}. Then run the command again; nothing was installed or run.\n\n`);
  process.exit(1);
}

