#!/usr/bin/env node
/**
 * Publishes the front end into the static folder the gateway (or any static host) serves.
 *
 *   node tools/dist/frontend/publish-cli.js all                 shared, shell and every built micro-frontend
 *   node tools/dist/frontend/publish-cli.js shared
 *   node tools/dist/frontend/publish-cli.js shell
 *   node tools/dist/frontend/publish-cli.js mfe <name> [--dist <folder>] [--version <v>]
 *   node tools/dist/frontend/publish-cli.js rollback <specifier> [<version>]
 *
 * The folder is PORTAL_STATIC_DIR, by default .data/static at the repository root.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rollback } from './publish.js';
import { publishAll, publishApp, publishSharedBuilds } from './workspace.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const staticDir = resolve(process.env.PORTAL_STATIC_DIR ?? join(root, '.data', 'static'));
const show = (published: { specifier: string; url: string }) => console.log(`${published.specifier.padEnd(24)} ${published.url}`);

const { positionals, values } = parseArgs({ allowPositionals: true, options: { dist: { type: 'string' }, version: { type: 'string' } } });
const [command, name, extra] = positionals;
try {
  if (command === 'all') publishAll(root, staticDir).forEach(show);
  else if (command === 'shared') publishSharedBuilds(root, staticDir);
  else if (command === 'shell') show(publishApp(root, staticDir, 'shell'));
  else if (command === 'mfe' && name) show(publishApp(root, staticDir, name, values.dist ? resolve(values.dist) : undefined, values.version));
  else if (command === 'rollback' && name) console.log(`${name} → ${rollback(staticDir, name, extra)}`);
  else {
    console.error('usage: publish-cli all | shared | shell | mfe <name> [--dist <folder>] [--version <v>] | rollback <specifier> [<version>]');
    process.exit(2);
  }
} catch (err) {
  console.error(`publish: ${(err as Error).message}`);
  process.exit(1);
}
