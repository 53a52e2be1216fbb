import { dropDatabase, openDatabase, recreateDatabase, type Orm } from '@portal/db';
import { templateDatabase, testServerUrl } from './env.js';

export interface TestDatabase {
  /** URL of this test file's own database. */
  url: string;
  orm: Orm;
  close(): Promise<void>;
}

let counter = 0;

/**
 * A fresh database for the calling test file, copied from the migrated template: one per test
 * worker at a time, so files running in parallel never see each other's rows.
 */
export async function createTestDatabase(options: { logQuery?: (sql: string) => void } = {}): Promise<TestDatabase> {
  const worker = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? '0';
  const name = `portal_test_w${worker}_${process.pid}_${counter++}`;
  const url = await recreateDatabase(testServerUrl, name, templateDatabase);
  const orm = await openDatabase({ databaseUrl: url, poolSize: 4, logQuery: options.logQuery });
  return {
    url,
    orm,
    async close() {
      await orm.close(true);
      await dropDatabase(testServerUrl, name);
    },
  };
}
