import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The URL of another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * A database name no other run uses: `portal_<purpose>_<pid>_<random>`. Two runs on one server
 * (two machines, or a run next to a crashed one's leftover) never drop each other's copy.
 */
export function scratchDatabaseName(purpose: string): string {
  if (!/^[a-z][a-z0-9_]{0,30}$/.test(purpose)) throw new Error(`unsafe scratch purpose: ${purpose}`);
  return `portal_${purpose}_${process.pid}_${randomBytes(6).toString('hex')}`;
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  return `"${name}"`;
}

/** Runs statements on the server's maintenance database (postgres). */
async function onServer<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops (if present) and creates a database, optionally as a copy of a template database. */
export async function recreateDatabase(url: string, name: string, template?: string): Promise<string> {
  await onServer(url, async (client) => {
    await client.query(`drop database if exists ${quoteIdent(name)} with (force)`);
    await client.query(`create database ${quoteIdent(name)}${template ? ` template ${quoteIdent(template)}` : ''}`);
  });
  return withDatabase(url, name);
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await onServer(url, (client) => client.query(`drop database if exists ${quoteIdent(name)} with (force)`));
}
