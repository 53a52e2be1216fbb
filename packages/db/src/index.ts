export { openDatabase, migrateToLatest, type Orm, type Em, type DatabaseSettings } from './orm.js';
export { allEntities } from './entities.js';
export { migrations } from './migrations/index.js';
export { seedDemoData, DEMO_PASSWORD } from './seed/demo.js';
export { recreateDatabase, dropDatabase, withDatabase, scratchDatabaseName } from './admin.js';
