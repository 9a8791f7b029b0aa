// SQL statements per customer turn, by engine and turn kind, with the statements grouped by text:
// the input for a statements-per-turn budget. A desk runs in this process with its background jobs
// slowed down; every statement the database drivers see while a request is open is counted.
//
//   npx tsx bench/statements.ts            (SQLite; PostgreSQL too when TEST_DATABASE_URL is set)
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { loadConfig } from '../src/server/config.js';
import { createDesk } from '../src/server/desk.js';

let counting: string[] | null = null;
const note = (text: string) => counting?.push(text.replace(/\s+/g, ' ').trim());

// PostgreSQL: every query through a pg client. SQLite: every run of a prepared statement.
const pgQuery = pg.Client.prototype.query as (...a: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...a: unknown[]) {
  const q = a[0] as string | { text?: string };
  note(typeof q === 'string' ? q : (q?.text ?? ''));
  return pgQuery.apply(this, a);
} as typeof pg.Client.prototype.query;
const probe = new SQLite(':memory:');
const stmtProto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<
  string,
  (...a: unknown[]) => unknown
>;
probe.close();
for (const m of ['run', 'get', 'all', 'iterate']) {
  const f = stmtProto[m];
  stmtProto[m] = function (this: { source: string }, ...a: unknown[]) {
    note(this.source);
    return f.apply(this, a);
  };
}

const TURNS: { kind: string; text: string }[] = [
  { kind: 'problem, asks for the customer number (no router work)', text: 'my internet is down completely' },
  { kind: 'customer number, asks for the PIN (no router work)', text: '300001' },
  { kind: 'PIN, verified, diagnosis (router work)', text: '4711' },
];

function grouped(statements: string[]): string[] {
  const byText = new Map<string, number>();
  for (const s of statements) {
    const key = s.replace(/\$\d+|\?/g, '?').slice(0, 110);
    byText.set(key, (byText.get(key) ?? 0) + 1);
  }
  return [...byText].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${String(n).padStart(4)}× ${k}`);
}

async function measure(label: string, databaseUrl: string) {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    PORT: '0',
    ACS_PORT: '0',
    SMTP_PORT: '0',
    HOST: '127.0.0.1',
    DEMO: 'false',
    API_OPEN: 'true',
    RATE_LIMITS: 'false',
  });
  const slow = 3_600_000;
  const desk = await createDesk(config, {
    logger: false,
    schedule: { silenceCheckMs: slow, outageCheckMs: slow, outboxMs: slow, pollSeconds: 3600 },
  });
  const { url } = await desk.start();
  try {
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    await post('/api/v1/import', [
      {
        customerNumber: '300001',
        name: 'Greta Nilsson',
        language: 'en',
        pin: '4711',
        access: 'fiber',
        downMbps: 500,
        upMbps: 500,
        area: 'SE-STO-1',
      },
    ]);
    counting = [];
    const chat = (await (await post('/api/v1/chat/conversations', { language: 'en' })).json()) as {
      conversationId: string;
      token: string;
    };
    console.log(`\n${label} — start a conversation: ${counting.length} statements`);
    for (const turn of TURNS) {
      counting = [];
      const res = await post(
        `/api/v1/chat/conversations/${chat.conversationId}/messages`,
        { text: turn.text },
        { authorization: `Bearer ${chat.token}` },
      );
      await res.text();
      const seen = counting.filter((s) => !/_jobs\.|pgboss\./.test(s));
      console.log(`\n${label} — ${turn.kind}: ${seen.length} statements`);
      for (const line of grouped(seen)) console.log(`  ${line}`);
    }
  } finally {
    counting = null;
    await desk.stop();
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
