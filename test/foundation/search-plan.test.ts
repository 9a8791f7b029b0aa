import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgSearch, pgSearchPage, PG_RECENT_WINDOW, type PgSearchShape } from '../../src/storage/search.js';
import { openTestDb, type TestDb } from './helpers.js';
import { SEARCH_WORDS } from '../../bench/search-words.js';

// PostgreSQL search on a table large enough for the planner to care (40,000 documents of random
// words, as in bench:storage): both query shapes use an index, and the repository's pages equal a
// plain scan's answer for common words, two words, a rare word and the next page of each.

const DOCS = 40_000;
const WORDS = SEARCH_WORDS;
const NAMES = [
  'anna',
  'erik',
  'maria',
  'lars',
  'karin',
  'johan',
  'sara',
  'nils',
  'emma',
  'olof',
  'priya',
  'ahmed',
];

describe.skipIf(!process.env.TEST_DATABASE_URL)('PostgreSQL search plans', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb('postgres');
    const template = await t.repos.tickets.create({
      channel: 'chat',
      language: 'sv',
      intent: 'no_connection',
      priority: 'P3',
      subject: 'template',
    });
    const { rows } = await sql<{
      column_name: string;
    }>`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'tickets' AND column_name NOT IN ('id', 'reference', 'seq')`.execute(
      t.db,
    );
    const cols = sql.join(rows.map((r) => sql.ref(r.column_name)));
    await sql`INSERT INTO tickets (${cols}, id, reference, seq) SELECT ${cols}, 'plan-' || g, 'PLAN-' || g, (SELECT max(seq) FROM tickets) + g FROM tickets CROSS JOIN generate_series(1, ${DOCS}) g WHERE tickets.id = ${template.id}`.execute(
      t.db,
    );
    const words = sql.raw(`ARRAY[${WORDS.map((w) => `'${w}'`).join(',')}]`);
    const names = sql.raw(`ARRAY[${NAMES.map((w) => `'${w}'`).join(',')}]`);
    await sql`INSERT INTO ticket_search (ticket_seq, text)
      SELECT tickets.seq,
        (SELECT string_agg((${words})[1 + floor(random() * ${WORDS.length})::int], ' ') FROM generate_series(1, 40 + 0 * tickets.seq))
        || ' ref' || tickets.seq || ' ' || (${names})[1 + tickets.seq % ${NAMES.length}]
      FROM tickets WHERE tickets.id LIKE 'plan-%'`.execute(t.db);
    await sql`ANALYZE`.execute(t.db);
  }, 120_000);
  afterAll(async () => {
    await t?.destroy();
  });

  async function plan(shape: PgSearchShape, query: string, before: number | null): Promise<string> {
    const q = pgSearchPage(shape, { query, filters: [], before, limit: 51 });
    const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN ${q}`.execute(t.db);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }

  it('reads the newest documents along the primary key, and the rest through the GIN index, never scanning the table', async () => {
    const middle = (await sql<{ seq: number }>`SELECT seq FROM tickets WHERE id = 'plan-20000'`.execute(t.db))
      .rows[0].seq;
    for (const query of ['router:*', 'router:* & anna:*', 'ref12345:*']) {
      for (const before of [null, middle]) {
        const recent = await plan('recent', query, before);
        expect(recent, recent).toMatch(/Index Scan Backward using ticket_search_pkey/);
        expect(recent, recent).not.toMatch(/Seq Scan/);
        const indexed = await plan('indexed', query, before);
        expect(indexed, indexed).toMatch(/Bitmap Index Scan on ticket_search_doc/);
        expect(indexed, indexed).not.toMatch(/Seq Scan/);
      }
    }
  });

  it('pages equal a plain scan for a common word, two words and a rare word', async () => {
    const scan = async (words: string[], before: number | null) => {
      const query = words.map((w) => `${w}:*`).join(' & ');
      const { rows } = await sql<{
        id: string;
      }>`SELECT tickets.id FROM tickets JOIN ticket_search ON ticket_search.ticket_seq = tickets.seq
        WHERE ticket_search.doc @@ to_tsquery('simple', ${query}) ${before === null ? sql`` : sql`AND tickets.seq < ${before}`}
        ORDER BY tickets.seq DESC LIMIT 50`.execute(t.db);
      return rows.map((r) => r.id);
    };
    const seqOf = async (id: string) =>
      (await sql<{ seq: number }>`SELECT seq FROM tickets WHERE id = ${id}`.execute(t.db)).rows[0].seq;
    // `ref1234` is a prefix of ref1234 and ref12340…ref12349: fewer matches than a page among the newest documents.
    for (const words of [['router'], ['router', 'anna'], ['ref1234'], ['zzzz']]) {
      const first = await t.repos.tickets.list({ q: words.join(' '), limit: 50 });
      expect(first.items.map((x) => x.id)).toEqual(await scan(words, null));
      if (!first.nextCursor) continue;
      const second = await t.repos.tickets.list({ q: words.join(' '), limit: 50, cursor: first.nextCursor });
      expect(second.items.map((x) => x.id)).toEqual(await scan(words, await seqOf(first.items.at(-1)!.id)));
    }
    expect(PG_RECENT_WINDOW).toBeLessThan(DOCS);
  });

  it('one statement per page: the index branch runs only when the newest documents hold less than a page', async () => {
    const analyse = async (query: string) => {
      const q = pgSearch({ query, filters: [], before: null, limit: 51 });
      const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN (ANALYZE, COSTS OFF) ${q}`.execute(t.db);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    };
    const common = await analyse('router:*');
    expect(common, common).toMatch(/Bitmap Index Scan on ticket_search_doc \(never executed\)/);
    const rare = await analyse('ref12345:*');
    expect(rare, rare).toMatch(/Bitmap Index Scan on ticket_search_doc \(actual/);
  });

  it("keeps the search index's pending list small, so a search never reads megabytes of unmerged terms", async () => {
    const { rows } = await sql<{
      reloptions: string[] | null;
    }>`SELECT reloptions FROM pg_class WHERE oid = 'ticket_search_doc'::regclass`.execute(t.db);
    expect(rows[0].reloptions).toContain('gin_pending_list_limit=128');
  });
});
