/** The PostgreSQL server the tests use: TEST_DATABASE_URL, or the machine's local server. */
export const testServerUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Every test worker copies its databases from this one, migrated once per run. Its name carries
 * the run's process id (set by the global setup, inherited by the workers), so two runs on one
 * server — two developers, or CI beside a developer — never recreate each other's template.
 */
export const templateDatabase = process.env.PORTAL_TEST_TEMPLATE ?? `portal_test_template_${process.pid}`;

/**
 * The suite's clock: every test gateway starts at this instant (tests move it), and the demo data
 * is dated from it, so that hand-computed amounts and dates hold whatever day the suite runs on.
 * Browser pages start their own clock at the gateway's (see test/frontend/browser.ts); cookies
 * carry a relative lifetime, so the machine's real clock may be any date.
 */
export const TEST_NOW = new Date('2026-11-23T09:00:00Z');
