import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openDatabase, type Engine } from '../../src/storage/db.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { createRepositories } from '../../src/storage/repositories.js';
import { createSecretBox } from '../../src/security/secrets.js';
import { openTestDb, TEST_KEY, TEST_PIN_COST, type TestDb } from '../foundation/helpers.js';

// Privacy tests look at what really reached the database: every row of every table, and on
// SQLite the bytes of the database files themselves.

export interface PrivacyDb extends TestDb {
  /** SQLite only: the database file and its WAL. */
  fileBytes(): Buffer;
}

export async function openPrivacyDb(engine: Engine, now?: () => Date): Promise<PrivacyDb> {
  if (engine === 'postgres') {
    const t = await openTestDb('postgres', now);
    return { ...t, fileBytes: () => Buffer.alloc(0) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'frontline-privacy-'));
  const file = join(dir, 'desk.db');
  const db = openDatabase(file);
  await migrateToLatest(db.db as never, db.engine);
  const repos = createRepositories({
    db: db.db,
    engine: db.engine,
    secrets: createSecretBox(TEST_KEY),
    pinCost: TEST_PIN_COST,
    now,
  });
  return {
    ...db,
    repos,
    fileBytes: () => Buffer.concat(readdirSync(dir).map((f) => readFileSync(join(dir, f)))),
    destroy: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function tableNames(db: Kysely<never>, engine: Engine): Promise<string[]> {
  if (engine === 'postgres') {
    const r = await sql<{
      n: string;
    }>`SELECT table_name AS n FROM information_schema.tables WHERE table_schema = current_schema()`.execute(
      db,
    );
    return r.rows.map((x) => x.n);
  }
  const r = await sql<{ n: string }>`SELECT name AS n FROM sqlite_master WHERE type = 'table'`.execute(db);
  return r.rows.map((x) => x.n);
}

/** Every row of every table as text (binary columns decoded as UTF-8). */
export async function dumpAllRows(t: TestDb): Promise<string> {
  const parts: string[] = [];
  for (const name of await tableNames(t.db as never, t.engine)) {
    const r = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(t.db);
    for (const row of r.rows) {
      parts.push(
        JSON.stringify(row, (_k, v: unknown) =>
          v && typeof v === 'object' && (v as { type?: string }).type === 'Buffer'
            ? Buffer.from((v as { data: number[] }).data).toString('utf8')
            : v,
        ),
      );
    }
  }
  return parts.join('\n');
}
