import 'reflect-metadata';
import { MikroORM as PostgresMikroORM } from '@mikro-orm/postgresql';
import { MikroORM as PgliteMikroORM } from '@mikro-orm/pglite';
import { type Options } from '@mikro-orm/core';
import type pg from 'pg';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { type EntityManager, type MikroORM as SqlMikroORM } from '@mikro-orm/sql';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { allEntities } from './entities.js';
import { migrations } from './migrations/index.js';

/** The ORM, whichever the driver: both are PostgreSQL to the application. */
export type Orm = SqlMikroORM;
export type Em = EntityManager;

export interface DatabaseSettings {
  /** postgres://… for a real server; absent for the embedded PGlite database. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database when there is no URL ('memory://' keeps it in memory). */
  dataDir?: string | undefined;
  /** Connection pool size on a real server. */
  poolSize?: number | undefined;
  /** Log every SQL statement through this function. */
  logQuery?: ((sql: string) => void) | undefined;
}

function baseOptions(settings: DatabaseSettings): Partial<Options> {
  return {
    entities: allEntities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: true },
    forceUtcTimezone: true,
    // SQL functions and triggers are written by hand in migrations (see migrations/); the schema
    // diff must neither drop nor rewrite them. The rate limiter's table belongs to its library.
    schemaGenerator: { ignoreRoutines: true, ignoreTriggers: true, skipTables: ['portal_rate_limit'] },
    migrations: { migrationsList: migrations, snapshot: false, silent: true, transactional: true, allOrNothing: true },
    allowGlobalContext: false,
    ...(settings.logQuery
      ? { debug: ['query'], logger: (message: string) => settings.logQuery?.(message) }
      : {}),
  } as Partial<Options>;
}

/** The statements that open and end a transaction as Kysely sends them (not `rollback to <savepoint>`). */
const TRANSACTION_BOUNDARY = /^(begin|start transaction\b.*|rollback)$/i;

/**
 * Gives back to the pool the connections of transactions that can no longer end. Kysely's
 * controlled transactions (behind em.transactional) release their connection only when BEGIN,
 * COMMIT or ROLLBACK succeeds (kysely-org/kysely#1990): when the server restarts, every transaction
 * then running fails its ROLLBACK on the dead connection and keeps its pool slot forever, until the
 * pool is empty and every request waits for a connection that never comes (and close() waits too).
 * A connection whose BEGIN or ROLLBACK fails is of no further use: it is released with the error,
 * so the pool discards it and opens a new one when needed. After a failed COMMIT, em.transactional
 * sends a ROLLBACK: it succeeds on a live connection (which Kysely then releases) or fails on a
 * dead one (released here).
 */
function releaseConnectionsOfFailedTransactions(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const result = query(...args);
      if (typeof args[0] !== 'string' || !TRANSACTION_BOUNDARY.test(args[0].trim()) || !(result instanceof Promise)) return result;
      return result.catch((error: unknown) => {
        const release = client.release as ((err?: Error) => void) | undefined;
        if (typeof release === 'function') {
          client.release = () => undefined; // a later release of this checkout has nothing left to do
          release.call(client, error instanceof Error ? error : new Error(String(error)));
        }
        throw error;
      });
    }) as typeof client.query;
  });
}

/** Opens the database: PostgreSQL when a URL is given, PGlite in `dataDir` otherwise. */
export async function openDatabase(settings: DatabaseSettings): Promise<Orm> {
  if (settings.databaseUrl) {
    return (await PostgresMikroORM.init({
      ...baseOptions(settings),
      clientUrl: settings.databaseUrl,
      pool: { min: 0, max: settings.poolSize ?? 10 },
      driverOptions: { onPoolCreated: releaseConnectionsOfFailedTransactions },
    } as never)) as unknown as Orm;
  }
  return (await PgliteMikroORM.init({
    ...baseOptions(settings),
    dbName: settings.dataDir ?? 'memory://',
    driverOptions: { extensions: { pg_trgm } },
  } as never)) as unknown as Orm;
}

/** Runs every pending migration; returns the names of those it ran. */
export async function migrateToLatest(orm: Orm): Promise<string[]> {
  const done = await orm.migrator.up();
  return done.map((m) => m.name);
}
