import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropDatabase, migrations, migrateToLatest, openDatabase, recreateDatabase, type Orm } from '@portal/db';
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
});
