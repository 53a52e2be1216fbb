import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropDatabase, migrations, migrateToLatest, openDatabase, recreateDatabase, seedDemoData, type Orm } from '@portal/db';
import { createTestDatabase } from '../support/database.js';
import { testServerUrl } from '../support/env.js';

const name = `portal_test_empty_${process.pid}`;
let orm: Orm;

beforeAll(async () => {
  orm = await openDatabase({ databaseUrl: await recreateDatabase(testServerUrl, name), poolSize: 2 });
});
afterAll(async () => {
  await orm?.close(true);
  await dropDatabase(testServerUrl, name);
});

describe('migrations', () => {
  it('take an empty database to the latest schema, once', async () => {
    expect(await migrateToLatest(orm)).toEqual(migrations.map((m) => m.name));
    expect(await migrateToLatest(orm)).toEqual([]);
    expect(await orm.migrator.getPending()).toEqual([]);
  });

  it('leave no difference between the entities and the database', async () => {
    expect(await orm.migrator.checkSchema()).toBe(false);
  });

  it('roll back to an empty database and up again', async () => {
    await orm.migrator.down({ to: 0 });
    const [left] = (await orm.em.getConnection().execute(
      "select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name <> 'mikro_orm_migrations'",
    )) as { n: number }[];
    expect(left!.n).toBe(0);
    expect(await migrateToLatest(orm)).toHaveLength(migrations.length);
  });

  it("move commitment ends written as the anniversary back to the commitment's last day, and leave dates set by hand", async () => {
    const db = await createTestDatabase();
    try {
      await seedDemoData(db.orm.em.fork(), new Date('2026-11-23T10:00:00Z'));
      const conn = db.orm.em.getConnection();
      const ends = async () => Object.fromEntries(((await conn.execute(
        "select reference, commitment_ends_on::text as e from contracted_offer where reference in ('OC160001', 'OC160002') order by 1",
      )) as { reference: string; e: string }[]).map((r) => [r.reference, r.e]));
      await conn.execute("update contracted_offer set commitment_ends_on = '2027-03-03' where reference = 'OC160002'"); // set by hand
      const latest = await ends();
      expect(latest.OC160001).toBe('2027-06-15'); // 24 months from 16/06/2025
      await db.orm.migrator.down({ to: 'Migration20261123170046_billed_through_index' });
      expect(await ends()).toEqual({ OC160001: '2027-06-16', OC160002: '2027-03-03' }); // as the earlier rule wrote it
      await db.orm.migrator.up();
      expect(await ends()).toEqual(latest);
    } finally {
      await db.close();
    }
  });
});
