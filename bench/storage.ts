// Storage benchmark: N tickets with 10 timeline events each through the repositories, then the
// queue view ("open tickets of a queue, newest first, page of 50") and full-text search latency.
// SQLite always (temp file); PostgreSQL too when TEST_DATABASE_URL or DATABASE_URL is postgres://.
//   npm run bench:storage -- [--tickets 100000] [--samples 300] [--engine sqlite|postgres|both]
//                            [--schema NAME]  (PostgreSQL: fill that schema once, keep it, measure again on later runs)
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SingleBar, Presets } from 'cli-progress';
import { sql } from 'kysely';
import pg from 'pg';
import type { Queue, TicketStatus, TimelineEvent } from '../src/domain/index.js';
import { createSecretBox } from '../src/security/secrets.js';
import { isPostgresUrl, openDatabase, type Db, type Engine } from '../src/storage/db.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import { createRepositories, type Repositories } from '../src/storage/repositories.js';
import { SEARCH_WORDS } from './search-words.js';

const args = process.argv.slice(2);
const arg = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const TICKETS = Number(arg('tickets', '100000'));
const SAMPLES = Number(arg('samples', '300'));
const ENGINE_ARG = arg('engine', 'both');
const EVENTS_PER_TICKET = 10;
const KEEP_SCHEMA = arg('schema', '');

const QUEUES: Queue[] = ['agents', 'tier2', 'noc', 'field', 'billing', 'sales', 'security'];
const OPEN: TicketStatus[] = ['new', 'open', 'pending_customer', 'pending_internal', 'escalated'];
const WORDS = SEARCH_WORDS;
const NAMES = [
  'Anna',
  'Erik',
  'Maria',
  'Lars',
  'Karin',
  'Johan',
  'Sara',
  'Nils',
  'Emma',
  'Olof',
  'Priya',
  'Ahmed',
];

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]);
  out.push(`ref${Math.floor(r() * 1e6)}`, NAMES[Math.floor(r() * NAMES.length)]);
  return out.join(' ');
}

function ticketEvents(r: () => number): TimelineEvent[] {
  const customer = { kind: 'customer' as const, id: null };
  const bot = { kind: 'bot' as const, id: null };
  return [
    { type: 'message_in', channel: 'chat', text: sentence(r, 12), actor: customer },
    {
      type: 'triage',
      intent: 'no_connection',
      confidence: 0.9,
      runnerUp: null,
      language: 'sv',
      priority: 'P3',
      reasons: ['kw'],
      actor: bot,
    },
    {
      type: 'message_out',
      channel: 'chat',
      text: sentence(r, 10),
      askKey: 'identity.customer_number',
      actor: bot,
    },
    { type: 'message_in', channel: 'chat', text: sentence(r, 4), actor: customer },
    {
      type: 'finding',
      probe: 'line',
      finding: {
        code: 'line.ok',
        severity: 'ok',
        evidence: { values: { rxDbm: -19.5 }, source: 'isp:access-node' },
        explanation: { sv: 'Linjen är ok', en: 'The line is fine' },
      },
      actor: bot,
    },
    { type: 'action_requested', action: 'cpe_reboot', reason: 'stalled', actor: bot },
    { type: 'action_done', action: 'cpe_reboot', result: { ok: true }, actor: bot },
    { type: 'message_out', channel: 'chat', text: sentence(r, 8), actor: bot },
    { type: 'customer_step', step: 'step.power_cycle', result: 'done', actor: customer },
  ];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    n: s.length,
    p50: r(percentile(s, 50)),
    p95: r(percentile(s, 95)),
    p99: r(percentile(s, 99)),
    max: r(s[s.length - 1]),
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const v = await fn();
  return [performance.now() - t0, v];
}

async function fill(repos: Repositories, engine: Engine) {
  const r = rng(42);
  const bar = new SingleBar(
    {
      format: `${engine} insert [{bar}] {percentage}% | {value}/{total} tickets | {rate}/s | eta {eta}s`,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(TICKETS, 0, { rate: 0 });
  const concurrency = engine === 'postgres' ? 8 : 1;
  let next = 0;
  let done = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < TICKETS) {
      next++;
      const events = ticketEvents(r);
      const t = await repos.tickets.create(
        {
          channel: 'chat',
          language: r() < 0.6 ? 'sv' : 'en',
          intent: 'no_connection',
          priority: 'P3',
          subject: sentence(r, 3),
        },
        events,
      );
      const open = r() < 0.2;
      const status: TicketStatus = open
        ? OPEN[Math.floor(r() * OPEN.length)]
        : r() < 0.5
          ? 'resolved'
          : 'closed';
      await repos.tickets.append(
        t.id,
        [{ type: 'note', text: sentence(r, 5), internal: true, actor: { kind: 'staff', id: 'bench' } }],
        { status, queue: QUEUES[Math.floor(r() * QUEUES.length)] },
      );
      done++;
      if (done % 500 === 0 || done === TICKETS)
        bar.update(done, { rate: Math.round(done / ((performance.now() - t0) / 1000)) });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  bar.stop();
  const seconds = (performance.now() - t0) / 1000;
  return {
    tickets: TICKETS,
    events: TICKETS * EVENTS_PER_TICKET,
    seconds: Math.round(seconds * 10) / 10,
    ticketsPerSecond: Math.round(TICKETS / seconds),
    eventsPerSecond: Math.round((TICKETS * EVENTS_PER_TICKET) / seconds),
  };
}

async function measure(repos: Repositories) {
  const r = rng(7);
  const queueView: number[] = [];
  const queueNext: number[] = [];
  const search: number[] = [];
  const searchTwo: number[] = [];
  const searchRare: number[] = [];
  // Warm-up.
  await repos.tickets.list({ queue: 'tier2', status: OPEN, limit: 50 });
  await repos.tickets.list({ q: 'router', limit: 50 });
  for (let i = 0; i < SAMPLES; i++) {
    const queue = QUEUES[i % QUEUES.length];
    const [ms, page] = await timed(() => repos.tickets.list({ queue, status: OPEN, limit: 50 }));
    queueView.push(ms);
    if (page.nextCursor)
      queueNext.push(
        (
          await timed(() => repos.tickets.list({ queue, status: OPEN, limit: 50, cursor: page.nextCursor! }))
        )[0],
      );
    const word = WORDS[Math.floor(r() * WORDS.length)];
    search.push((await timed(() => repos.tickets.list({ q: word, limit: 50 })))[0]);
    const two = `${WORDS[Math.floor(r() * WORDS.length)]} ${NAMES[Math.floor(r() * NAMES.length)]}`;
    searchTwo.push((await timed(() => repos.tickets.list({ q: two, limit: 50 })))[0]);
    // A reference-like word: in one ticket or none, so no page fills among the newest tickets.
    searchRare.push(
      (await timed(() => repos.tickets.list({ q: `ref${Math.floor(r() * 1e6)}`, limit: 50 })))[0],
    );
  }
  const rare = await timed(() => repos.tickets.list({ q: `ref${123456}`, limit: 50 }));
  return {
    queueViewPage1: stats(queueView),
    queueViewPage2: stats(queueNext),
    searchOneWord: stats(search),
    searchTwoWords: stats(searchTwo),
    searchRare: stats(searchRare),
    searchRareMs: Math.round(rare[0] * 100) / 100,
  };
}

async function runEngine(engine: Engine, url: string) {
  let db: Db;
  let cleanup: () => Promise<void>;
  if (engine === 'postgres') {
    const schema = KEEP_SCHEMA || `bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await admin.end();
    db = openDatabase(url, { pgSchema: schema, poolMax: 10 });
    cleanup = async () => {
      if (KEEP_SCHEMA) return;
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-bench-'));
    db = openDatabase(join(dir, 'bench.db'));
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  try {
    await migrateToLatest(db.db as never, db.engine);
    let t = Date.parse('2025-01-01T00:00:00Z');
    const repos = createRepositories({
      db: db.db,
      engine,
      secrets: createSecretBox(Buffer.alloc(32, 1)),
      now: () => new Date((t += 30_000)),
    });
    const filled = KEEP_SCHEMA
      ? Number((await sql<{ n: string }>`SELECT count(*) AS n FROM tickets`.execute(db.db)).rows[0].n)
      : 0;
    const insert =
      filled >= TICKETS
        ? {
            tickets: filled,
            events: filled * EVENTS_PER_TICKET,
            seconds: 0,
            ticketsPerSecond: 0,
            eventsPerSecond: 0,
          }
        : await fill(repos, engine);
    await sql`ANALYZE`.execute(db.db);
    const queries = await measure(repos);
    return { engine, insert, queries };
  } finally {
    await db.close();
    await cleanup();
  }
}

async function main() {
  const results = [];
  const pgUrl = [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find((u) => u && isPostgresUrl(u));
  if (ENGINE_ARG !== 'postgres') results.push(await runEngine('sqlite', ''));
  if (ENGINE_ARG !== 'sqlite' && pgUrl) results.push(await runEngine('postgres', pgUrl));
  else if (ENGINE_ARG === 'postgres')
    console.error('no postgres:// URL in TEST_DATABASE_URL or DATABASE_URL');
  for (const r of results) {
    console.log(
      `\n${r.engine}: ${r.insert.tickets} tickets, ${r.insert.events} events in ${r.insert.seconds}s` +
        ` (${r.insert.ticketsPerSecond} tickets/s, ${r.insert.eventsPerSecond} events/s)`,
    );
    for (const [name, s] of Object.entries(r.queries)) console.log(`  ${name}: ${JSON.stringify(s)}`);
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/storage.json',
    JSON.stringify(
      // The machine's load average: other work on it shows in the tail latencies.
      { at: new Date().toISOString(), tickets: TICKETS, loadAverage: loadavg(), results },
      null,
      2,
    ),
  );
  console.log('\nwritten to bench/results/storage.json');
}

await main();
