import { freshSchema } from '../../../test/helpers/pg-schema.js';

// The databases an ACS test runs on: SQLite in memory, and PostgreSQL (a fresh schema) when
// TEST_DATABASE_URL is set.

export interface TestEngine {
  name: string;
  database: () => Promise<{ databaseUrl: string; drop: () => Promise<void> }>;
}

export function acsTestEngines(prefix: string): TestEngine[] {
  const pg = process.env.TEST_DATABASE_URL;
  return [
    { name: 'SQLite', database: async () => ({ databaseUrl: ':memory:', drop: async () => undefined }) },
    ...(pg ? [{ name: 'PostgreSQL', database: () => freshSchema(pg, prefix) }] : []),
  ];
}
