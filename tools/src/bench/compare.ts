#!/usr/bin/env node
/**
 * node tools/dist/bench/compare.js <a.json> <b.json>
 *
 * Prints every figure of two `pnpm bench` result files side by side with their ratio b / a
 * (req/s and OCs/s: above 1 is faster in b; milliseconds, seconds, statements and bytes: above 1
 * is slower or bigger in b). Figures present in one file only show "–".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { figures } from './results.js';

/** The run's settings: shown once, not compared as figures. */
const SETTINGS = ['companies', 'ocs', 'requests', 'concurrency'];

export function compareResults(a: Record<string, unknown>, b: Record<string, unknown>, names: [string, string] = ['a', 'b']): string {
  const fa = figures(a);
  const fb = figures(b);
  const keys = [...new Set([...fa.keys(), ...fb.keys()])].filter((k) => !SETTINGS.includes(k));
  const show = (v: number | undefined) => (v === undefined ? '–' : String(v));
  const out: string[] = [];
  for (const [label, name, r] of [['a', names[0], a], ['b', names[1], b]] as const) {
    out.push(`${label} = ${name}: ${String(r.at ?? '?')}, commit ${String(r.commit ?? '?')}${r.dirty ? ' (uncommitted changes)' : ''}; ${SETTINGS.map((k) => `${k} ${String(r[k] ?? '?')}`).join(', ')}`);
  }
  if (SETTINGS.some((k) => a[k] !== b[k])) out.push('note: the two runs were not made with the same settings');
  out.push('', '| figure | a | b | b / a |', '|---|---|---|---|');
  for (const key of keys) {
    const x = fa.get(key);
    const y = fb.get(key);
    const ratio = x !== undefined && y !== undefined && x !== 0 ? (Math.round((y / x) * 100) / 100).toString() : '–';
    out.push(`| ${key} | ${show(x)} | ${show(y)} | ${ratio} |`);
  }
  return out.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [fileA, fileB] = process.argv.slice(2);
  if (!fileA || !fileB) {
    console.error('usage: node tools/dist/bench/compare.js <a.json> <b.json>');
    process.exit(2);
  }
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  console.log(compareResults(read(fileA), read(fileB), [fileA, fileB]));
}
