// A fresh PostgreSQL schema per test run, chosen through the connection string's search_path.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export function withSearchPath(url: string, schema: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

export async function adminQuery(url: string, sql: string): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}

/** Creates a schema; returns its connection string and the function that drops it (and the job engine's). */
export async function freshSchema(
  url: string,
  prefix: string,
): Promise<{ databaseUrl: string; drop: () => Promise<void> }> {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `CREATE SCHEMA ${schema}`);
  return {
    databaseUrl: withSearchPath(url, schema),
    async drop() {
      await adminQuery(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await adminQuery(url, `DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
    },
  };
}
