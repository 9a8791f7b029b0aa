export { openDatabase, isPostgresUrl, type Db, type Engine } from './db.js';
export { migrateToLatest } from './migrate.js';
export { createRepositories, type Repositories, type RepositoryDeps } from './repositories.js';
export type { Database } from './schema.js';
