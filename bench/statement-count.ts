// Counts the SQL statements the database drivers run while a desk answers one chat request, by turn
// kind: every query through a pg client, every run of a better-sqlite3 prepared statement. Used by
// bench/statements.ts (printed, grouped by text) and by the statements-per-turn budget test.
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { loadConfig } from '../src/server/config.js';
import { createDesk } from '../src/server/desk.js';
import { TicketRepository } from '../src/storage/repos/tickets.js';
import { testDeskEnv } from '../test/helpers/desk-env.js';

let counting: string[] | null = null;
let installed = false;

/** Hooks the drivers once per process; statements are only kept while a count is open. */
function install(): void {
  if (installed) return;
  installed = true;
  const note = (text: string) => counting?.push(text.replace(/\s+/g, ' ').trim());
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
}

export const TURN_KINDS = ['start', 'problem', 'customer number', 'PIN and diagnosis'] as const;
export type TurnKind = (typeof TURN_KINDS)[number];

export const TURNS: { kind: Exclude<TurnKind, 'start'>; text: string }[] = [
  { kind: 'problem', text: 'my internet is down completely' },
  { kind: 'customer number', text: '300001' },
  { kind: 'PIN and diagnosis', text: '4711' },
];

export const TURN_LABELS: Record<TurnKind, string> = {
  start: 'start a conversation',
  problem: 'problem, asks for the customer number (no router work)',
  'customer number': 'customer number, asks for the PIN (no router work)',
  'PIN and diagnosis': 'PIN, verified, diagnosis (no device registered)',
};

/** The customer the scripted chat identifies as (import row; customer number and PIN of `TURNS`). */
export const CUSTOMER = {
  customerNumber: '300001',
  name: 'Greta Nilsson',
  language: 'en',
  pin: '4711',
  access: 'fiber',
  downMbps: 500,
  upMbps: 500,
  area: 'SE-STO-1',
};

/**
 * A desk in this process with its background jobs slowed down (and SQLite's search indexing left to
 * `flushSearch`), and a REST client for it; `stop()` restores what was changed.
 */
export async function quietDesk(databaseUrl: string, interimAfterMs?: number) {
  const config = loadConfig({
    ...testDeskEnv(databaseUrl),
    DEMO: 'false',
    API_OPEN: 'true',
    RATE_LIMITS: 'false',
  });
  const slow = 3_600_000;
  // Text for the search documents is indexed in batches in the background on SQLite (one flush for
  // many turns' text); it runs between the measured turns here, not inside whichever turn its timer hits.
  const flushDelay = TicketRepository.searchFlushDelayMs;
  TicketRepository.searchFlushDelayMs = slow;
  const desk = await createDesk(config, {
    logger: false,
    // A turn that passes `interimAfterMs` on a loaded machine sends what it said so far at once (one
    // more write); the budget counts the turn's own statements, not when the machine let it finish.
    agentConfig: { engine: { interimAfterMs: interimAfterMs ?? slow } },
    schedule: { silenceCheckMs: slow, outageCheckMs: slow, outboxMs: slow, pollSeconds: 3600 },
  });
  const { url } = await desk.start();
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  return {
    desk,
    post,
    /** Starts a REST chat. */
    async start(): Promise<{ conversationId: string; token: string }> {
      const res = await post('/api/v1/chat/conversations', { language: 'en' });
      if (res.status !== 201) throw new Error(`starting a conversation: HTTP ${res.status}`);
      return (await res.json()) as { conversationId: string; token: string };
    },
    /** One customer message, answered. */
    async say(chat: { conversationId: string; token: string }, kind: string, text: string): Promise<void> {
      const r = await post(
        `/api/v1/chat/conversations/${chat.conversationId}/messages`,
        { text },
        { authorization: `Bearer ${chat.token}` },
      );
      if (r.status !== 200) throw new Error(`${kind}: HTTP ${r.status}`);
      await r.text();
    },
    async stop(): Promise<void> {
      TicketRepository.searchFlushDelayMs = flushDelay;
      await desk.stop();
    },
  };
}

/** The statements of each turn of one REST chat (the job engine's own tables left out). */
export async function countTurnStatements(
  databaseUrl: string,
  interimAfterMs?: number,
): Promise<Record<TurnKind, string[]>> {
  install();
  const q = await quietDesk(databaseUrl, interimAfterMs);
  const seen = () => (counting ?? []).filter((s) => !/_jobs\.|pgboss\./.test(s));
  const out = {} as Record<TurnKind, string[]>;
  try {
    await q.post('/api/v1/import', [CUSTOMER]);
    await q.desk.services.repos.tickets.flushSearch();
    counting = [];
    const chat = await q.start();
    out.start = seen();
    for (const turn of TURNS) {
      await q.desk.services.repos.tickets.flushSearch();
      counting = [];
      await q.say(chat, turn.kind, turn.text);
      out[turn.kind] = seen();
    }
  } finally {
    counting = null;
    await q.stop();
  }
  return out;
}

/** Statements grouped by text, most frequent first. */
export function grouped(statements: string[]): string[] {
  const byText = new Map<string, number>();
  for (const s of statements) {
    const key = s.replace(/\$\d+|\?/g, '?').slice(0, 110);
    byText.set(key, (byText.get(key) ?? 0) + 1);
  }
  return [...byText].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${String(n).padStart(4)}× ${k}`);
}
