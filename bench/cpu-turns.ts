// CPU time per customer turn, by turn kind, of one desk in this process: scripted REST chats (start, a
// problem, the customer number, the PIN and a diagnosis without a router), one request at a time, so
// each request's `process.cpuUsage()` is that turn's (the in-process client's few HTTP calls included).
// No router waits and no timeouts, so unlike bench:load a turn does the same work however loaded the
// machine is: the figure to compare two commits by on a shared machine (alternate the runs). On
// PostgreSQL the server's backends for the bench database are read from /proc over the measured
// conversations (Linux) and given per turn. The PIN turn includes the PIN's scrypt check (about 37 ms
// of CPU by design, on libuv's thread pool); bench:load's customers come verified by a portal token.
//
//   npx tsx bench/cpu-turns.ts [--conversations 150] [--warmup 30] [--database-url postgres://…] [--json FILE]
//
// Without --database-url: SQLite in a temporary file. With a PostgreSQL URL the desk runs in a schema
// of its own, dropped at the end.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { isPostgresUrl } from '../src/storage/db.js';
import { cpuBetween, snapshotCpu } from './machine-cpu.js';
import { CUSTOMER, quietDesk, TURNS } from './statement-count.js';

const { values: args } = parseArgs({
  options: {
    conversations: { type: 'string', default: '150' },
    warmup: { type: 'string', default: '30' },
    'database-url': { type: 'string' },
    json: { type: 'string' },
  },
});
const CONVERSATIONS = Number(args.conversations);
const WARMUP = Number(args.warmup);
const KINDS = ['start', ...TURNS.map((t) => t.kind)] as const;

const cpuMs = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

async function run(databaseUrl: string, pgDatabase?: string) {
  const q = await quietDesk(databaseUrl);
  try {
    // A customer of its own for each conversation: no conversation finds another's open case.
    const n = WARMUP + CONVERSATIONS;
    const number = (i: number) => String(300001 + i);
    await q.post(
      '/api/v1/import',
      Array.from({ length: n }, (_, i) => ({
        ...CUSTOMER,
        customerNumber: number(i),
        name: `Customer ${i}`,
      })),
    );
    await q.desk.services.repos.tickets.flushSearch();
    const samples = new Map<string, number[]>(KINDS.map((k) => [k, []]));
    let pgBefore: ReturnType<typeof snapshotCpu> = null;
    const measured = async (i: number, kind: string, f: () => Promise<void>) => {
      const t = process.cpuUsage();
      await f();
      if (i >= WARMUP) samples.get(kind)!.push(cpuMs(t));
    };
    for (let i = 0; i < n; i++) {
      if (i === WARMUP && pgDatabase) pgBefore = snapshotCpu({ desks: [], database: pgDatabase });
      let chat: { conversationId: string; token: string } | null = null;
      await measured(i, 'start', async () => void (chat = await q.start()));
      for (const turn of TURNS) {
        const text = turn.kind === 'customer number' ? number(i) : turn.text;
        await measured(i, turn.kind, () => q.say(chat!, turn.kind, text));
      }
      // SQLite's search indexing, between conversations (in bench:load it runs in the background).
      await q.desk.services.repos.tickets.flushSearch();
    }
    const pgCpu = pgDatabase
      ? cpuBetween(pgBefore, snapshotCpu({ desks: [], database: pgDatabase })).get('postgres backends')
      : undefined;
    const turns = CONVERSATIONS * KINDS.length;
    const byKind = Object.fromEntries(
      [...samples].map(([k, xs]) => [
        k,
        {
          n: xs.length,
          meanMs: Math.round((100 * xs.reduce((a, x) => a + x, 0)) / xs.length) / 100,
          p50Ms: Math.round(100 * quantile(xs, 0.5)) / 100,
          p90Ms: Math.round(100 * quantile(xs, 0.9)) / 100,
        },
      ]),
    );
    const all = [...samples.values()].flat();
    return {
      engine: pgDatabase ? 'postgresql' : 'sqlite',
      conversations: CONVERSATIONS,
      warmup: WARMUP,
      byKind,
      meanPerTurnMs: Math.round((100 * all.reduce((a, x) => a + x, 0)) / all.length) / 100,
      ...(pgCpu
        ? { postgresBackendsPerTurnMs: Math.round((100_000 * (pgCpu.user + pgCpu.system)) / turns) / 100 }
        : {}),
      loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
    };
  } finally {
    await q.stop();
  }
}

const given = args['database-url'];
const tmp = mkdtempSync(join(tmpdir(), 'frontline-cpu-turns-'));
try {
  let result;
  if (given && isPostgresUrl(given)) {
    const schema = `cpu_turns_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: given });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      const url = `${given}${given.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      result = await run(url, new URL(given).pathname.slice(1));
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.query(`DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
      await admin.end();
    }
  } else {
    result = await run(join(tmp, 'desk.db'));
  }
  console.log(
    `${result.engine}, ${result.conversations} conversations (after ${result.warmup} to warm up), load average ${result.loadAverage.join(' / ')}`,
  );
  for (const [k, v] of Object.entries(result.byKind))
    console.log(
      `  ${k.padEnd(18)} CPU per turn mean ${v.meanMs} ms, p50 ${v.p50Ms}, p90 ${v.p90Ms} (${v.n})`,
    );
  console.log(`  all turns: mean ${result.meanPerTurnMs} ms per turn in this process`);
  if (result.postgresBackendsPerTurnMs !== undefined)
    console.log(`  PostgreSQL backends: ${result.postgresBackendsPerTurnMs} ms per turn`);
  if (args.json) writeFileSync(args.json, JSON.stringify(result, null, 2) + '\n');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
