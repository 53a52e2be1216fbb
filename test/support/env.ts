/** The PostgreSQL server the tests use: TEST_DATABASE_URL, or the machine's local server. */
export const testServerUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Every test worker copies its databases from this one, migrated once per run. */
export const templateDatabase = 'portal_test_template';
