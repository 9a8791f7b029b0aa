// SQL statements per plain CWMP session (the bench:acs session), by engine, grouped by text: the
// input for the statements-per-session budget (test/acs-statements-budget.test.ts).
//
//   npx tsx bench/acs-statements.ts      (SQLite; PostgreSQL too when TEST_DATABASE_URL is set)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshSchema } from '../test/helpers/pg-schema.js';
import { countAcsSessionStatements } from './acs-statement-count.js';
import { grouped } from './statement-count.js';

async function measure(label: string, databaseUrl: string) {
  const sessions = await countAcsSessionStatements(databaseUrl, { sessions: 2 });
  sessions.forEach((s, i) => {
    console.log(`\n${label} — session ${i + 1} (${s.rpcs.join(', ')}): ${s.statements.length} statements`);
    for (const line of grouped(s.statements)) console.log(`  ${line}`);
  });
}

const dir = mkdtempSync(join(tmpdir(), 'frontline-acs-statements-'));
try {
  await measure('SQLite', join(dir, 'acs.db'));
  if (process.env.TEST_DATABASE_URL) {
    const schema = await freshSchema(process.env.TEST_DATABASE_URL, 'acsstmts');
    try {
      await measure('PostgreSQL', schema.databaseUrl);
    } finally {
      await schema.drop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
