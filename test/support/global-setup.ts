import { dropDatabase, migrateToLatest, openDatabase, recreateDatabase } from '@portal/db';
import { templateDatabase, testServerUrl } from './env.js';

/** Migrates this run's template database once; each test file then gets a copy (see database.ts). */
export default async function setup(): Promise<() => Promise<void>> {
  process.env.PORTAL_TEST_TEMPLATE = templateDatabase;
  const url = await recreateDatabase(testServerUrl, templateDatabase);
  const orm = await openDatabase({ databaseUrl: url, poolSize: 1 });
  try {
    await migrateToLatest(orm);
  } finally {
    await orm.close(true);
  }
  return async () => {
    await dropDatabase(testServerUrl, templateDatabase).catch(() => undefined);
  };
}
