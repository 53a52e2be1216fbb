/**
 * Database commands:
 *   db-cli migrate             migrate DATABASE_URL (or the embedded database) to the latest
 *   db-cli seed                load the demo data when the database has none
 *   db-cli migration:create    diff the entities against a scratch database migrated to the latest
 *                              and write the new migration into packages/db/src/migrations
 *   db-cli migration:check     fail when the entities and the migrations disagree
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dropDatabase, migrateToLatest, openDatabase, recreateDatabase, scratchDatabaseName, seedDemoData } from '@portal/db';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const migrationsDir = join(root, 'packages', 'db', 'src', 'migrations');
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = scratchDatabaseName('migration_scratch');

async function withScratch<T>(fn: (orm: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const url = await recreateDatabase(serverUrl, scratch);
  const orm = await openDatabase({ databaseUrl: url, poolSize: 2 });
  try {
    await migrateToLatest(orm);
    return await fn(orm);
  } finally {
    await orm.close(true);
    await dropDatabase(serverUrl, scratch);
  }
}

/**
 * SQL functions and triggers are written by hand in their own migrations. The diff ignores them
 * going up, but its `down()` still recreates every one it finds: drop those statements.
 */
function stripHandWrittenObjects(path: string): void {
  const source = readFileSync(path, 'utf8').replace(
    /\n {4}this\.addSql\(`create (or replace function|trigger) [\s\S]*?`\);(?=\n)/g,
    '',
  );
  writeFileSync(path, source.replace(/\n{3,}/g, '\n\n').replace(/\n\n(\s*\})/g, '\n$1'));
}

async function main(command: string | undefined): Promise<void> {
  switch (command) {
    case 'migrate': {
      const orm = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.PORTAL_DATA_DIR ?? join(root, '.data', 'pglite') });
      const ran = await migrateToLatest(orm);
      console.log(ran.length ? `applied: ${ran.join(', ')}` : 'already at the latest migration');
      await orm.close(true);
      return;
    }
    case 'seed': {
      const orm = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.PORTAL_DATA_DIR ?? join(root, '.data', 'pglite') });
      await migrateToLatest(orm);
      const seeded = await seedDemoData(orm.em.fork(), new Date(), { eInvoicingSamples: true });
      console.log(seeded ? 'demo data loaded' : 'the database already has data; nothing loaded');
      await orm.close(true);
      return;
    }
    case 'migration:create': {
      const name = process.argv[3] ?? 'schema';
      await withScratch(async (orm) => {
        const result = await orm.migrator.create(migrationsDir, false, false, name);
        if (!result.fileName) {
          console.log('the entities match the migrations; nothing to create');
          return;
        }
        const className = result.fileName.replace(/\.ts$/, '');
        stripHandWrittenObjects(join(migrationsDir, result.fileName));
        const indexPath = join(migrationsDir, 'index.ts');
        const index = readFileSync(indexPath, 'utf8')
          .replace(/^(import .*\n)(?!import)/m, `$1import { ${className} } from './${className}.js';\n`)
          .replace(/\n\];\n$/, `\n  { name: '${className}', class: ${className} },\n];\n`);
        writeFileSync(indexPath, index);
        console.log(`created ${result.fileName} and listed it in migrations/index.ts`);
      });
      return;
    }
    case 'migration:check': {
      const differs = await withScratch((orm) => orm.migrator.checkSchema());
      if (differs) {
        console.error('The entities differ from the migrations: run `pnpm db:migration:create <name>` and commit the result.');
        process.exit(1);
      }
      console.log('migrations match the entities');
      return;
    }
    default:
      console.error('usage: db-cli migrate|seed|migration:create [name]|migration:check');
      process.exit(2);
  }
}

await main(process.argv[2]);
