// SQL statements per customer turn, by engine and turn kind, with the statements grouped by text:
// the input for the statements-per-turn budget (test/foundation/statements-budget.test.ts). A desk
// runs in this process with its background jobs slowed down; every statement the database drivers
// see while a request is open is counted.
//
//   npx tsx bench/statements.ts            (SQLite; PostgreSQL too when TEST_DATABASE_URL is set)
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { countTurnStatements, grouped, TURN_KINDS, TURN_LABELS } from './statement-count.js';

async function measure(label: string, databaseUrl: string) {
  const turns = await countTurnStatements(databaseUrl);
  for (const kind of TURN_KINDS) {
    console.log(`\n${label} — ${TURN_LABELS[kind]}: ${turns[kind].length} statements`);
    if (kind !== 'start') for (const line of grouped(turns[kind])) console.log(`  ${line}`);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'frontline-statements-'));
try {
  await measure('SQLite', join(dir, 'desk.db'));
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const schema = `stmts_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      await measure(
        'PostgreSQL',
        `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
      );
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.query(`DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
      await admin.end();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
