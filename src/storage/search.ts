import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Engine } from './db.js';
import { maskSecretText } from '../security/mask.js';
import type { Executor } from './common.js';
import type { Database } from './schema.js';

// Full-text search over ticket subjects, messages and notes: one document per ticket keyed by
// the ticket's seq. User text never reaches the query language directly: it is split into word
// tokens and each becomes a required prefix term. Secrets are masked before anything is indexed.

const MAX_DOC_CHARS = 200_000;

export function searchTokens(q: string): string[] {
  return (q.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12).map((t) => t.toLowerCase());
}

/** The engine's query string for the tokens (FTS5 MATCH / PostgreSQL to_tsquery). */
export function ftsQuery(tokens: string[], engine: Engine): string {
  return engine === 'postgres'
    ? tokens.map((t) => `${t}:*`).join(' & ')
    : tokens.map((t) => `"${t}"*`).join(' ');
}

/** Creates the ticket's search document. */
export async function createSearchDoc(
  db: Executor,
  engine: Engine,
  seq: number,
  texts: (string | null | undefined)[],
): Promise<void> {
  const text = maskSecretText(texts.filter((t): t is string => !!t && !!t.trim()).join('\n')).slice(
    0,
    MAX_DOC_CHARS,
  );
  if (engine === 'postgres') {
    await sql`INSERT INTO ticket_search (ticket_seq, text) VALUES (${seq}, ${text})`.execute(db);
  } else {
    await sql`INSERT INTO ticket_search (rowid, text) VALUES (${seq}, ${text})`.execute(db);
  }
}

/** The text an append adds to a search document (masked; '' when there is none). */
export function searchAppendText(texts: (string | null | undefined)[]): string {
  return maskSecretText(texts.filter((t): t is string => !!t && !!t.trim()).join('\n'));
}

/** PostgreSQL: the append as a statement that a caller can put into a larger one (a CTE). */
export function pgSearchAppend(seq: number, add: string): RawBuilder<unknown> {
  return sql`UPDATE ticket_search SET text = left(text || E'\n' || ${add}, ${MAX_DOC_CHARS}) WHERE ticket_seq = ${seq}`;
}

/** Appends text to the ticket's search document (re-indexes that one document). */
export async function appendSearchDoc(
  db: Executor,
  engine: Engine,
  seq: number,
  texts: (string | null | undefined)[],
): Promise<void> {
  const add = searchAppendText(texts);
  if (!add) return;
  if (engine === 'postgres') {
    await pgSearchAppend(seq, add).execute(db);
  } else {
    await sql`UPDATE ticket_search SET text = substr(text || char(10) || ${add}, 1, ${MAX_DOC_CHARS}) WHERE rowid = ${seq}`.execute(
      db,
    );
  }
}

/**
 * SQLite: queues text for the ticket's search document instead of re-indexing it inside the
 * caller's transaction. An FTS5 update under secure-delete (migration 009) costs ~10 ms, more as
 * the document grows, and SQLite runs on the desk's one event loop: done in every turn's write it
 * held the loop for most of its time under load, so new customers' connections waited in the
 * kernel. The queue is applied in batches by `flushSearchQueue`, before every search and shortly
 * after each write, in the order it was written. Text is masked before it is queued.
 */
export async function queueSearchText(
  db: Executor,
  seq: number,
  texts: (string | null | undefined)[],
): Promise<boolean> {
  const add = maskSecretText(texts.filter((t): t is string => !!t && !!t.trim()).join('\n'));
  if (!add) return false;
  await sql`INSERT INTO ticket_search_queue (seq, text) VALUES (${seq}, ${add})`.execute(db);
  return true;
}

/**
 * How much of the queue one transaction takes: at most this many documents, and no further document
 * once this long has passed. Between transactions the loop gets its turn (connections, timers, other
 * statements). A transaction of one FTS5 update under secure-delete costs about twice as much per
 * update as one of a few dozen, so a transaction is bounded by time rather than kept small.
 */
const FLUSH_DOCS = 32;
const FLUSH_BUDGET_MS = 40;

/**
 * Applies the queued text (SQLite) to the search documents, oldest first: every piece queued for a
 * document is joined, in the order written, and appended in one update — a document is re-indexed
 * once per flush however many pieces wait for it (the cost of an update grows with the document, so
 * rewrites are what a flush costs). Documents go in transactions bounded by `FLUSH_DOCS` and
 * `budgetMs`, the loop getting a turn between them. Returns the queue rows applied.
 */
export async function flushSearchQueue(
  db: Kysely<Database>,
  opts: { docs?: number; budgetMs?: number } = {},
): Promise<number> {
  const docs = opts.docs ?? FLUSH_DOCS;
  const budgetMs = opts.budgetMs ?? FLUSH_BUDGET_MS;
  let applied = 0;
  for (;;) {
    const n = await db.transaction().execute(async (trx) => {
      const started = performance.now();
      // The oldest documents' queued pieces, every piece of each (the queue is short: well under a
      // few thousand rows).
      const rows = (
        await sql<{ id: number; seq: number; text: string }>`SELECT id, seq, text FROM ticket_search_queue
          WHERE seq IN (SELECT seq FROM ticket_search_queue GROUP BY seq ORDER BY min(id) LIMIT ${docs})
          ORDER BY id`.execute(trx)
      ).rows;
      const bySeq = new Map<number, { ids: number[]; texts: string[] }>();
      for (const r of rows) {
        const seq = Number(r.seq);
        let doc = bySeq.get(seq);
        if (!doc) bySeq.set(seq, (doc = { ids: [], texts: [] }));
        doc.ids.push(Number(r.id));
        doc.texts.push(r.text);
      }
      let done = 0;
      for (const [seq, doc] of bySeq) {
        await sql`UPDATE ticket_search SET text = substr(text || char(10) || ${doc.texts.join('\n')}, 1, ${MAX_DOC_CHARS}) WHERE rowid = ${seq}`.execute(
          trx,
        );
        await sql`DELETE FROM ticket_search_queue WHERE seq = ${seq} AND id <= ${doc.ids[doc.ids.length - 1]!}`.execute(
          trx,
        );
        done += doc.ids.length;
        if (performance.now() - started >= budgetMs) break;
      }
      return { done, more: bySeq.size === docs || done < rows.length };
    });
    applied += n.done;
    if (!n.more) return applied;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/**
 * A PostgreSQL search page in one statement: the `recent` shape, and only when it holds less than
 * `limit` rows, the `indexed` one (the other branch is never executed). One round trip for a rare
 * word instead of two.
 */
export function pgSearch(opts: {
  query: string;
  filters: RawBuilder<SqlBool>[];
  before: number | null;
  limit: number;
}) {
  const full = sql`(SELECT count(*) FROM recent) >= ${opts.limit}`;
  return sql`WITH recent AS MATERIALIZED (${pgSearchPage('recent', opts)})
    SELECT * FROM recent WHERE ${full}
    UNION ALL
    SELECT * FROM (${pgSearchPage('indexed', opts)}) AS indexed WHERE NOT ${full}
    ORDER BY seq DESC`;
}

/** How many of the newest documents a PostgreSQL search reads in key order before it asks the full-text index. */
export const PG_RECENT_WINDOW = 1000;

export type PgSearchShape = 'recent' | 'indexed';

/**
 * One PostgreSQL search page (tickets.*, newest first), in one of two shapes that each use an index:
 * - `recent`: the newest documents read backwards along ticket_search's primary key, at most
 *   PG_RECENT_WINDOW of them, then matched; a word found in many documents fills the page here;
 * - `indexed`: every match from the GIN index on the tsvector column, then the newest of them; for
 *   words too rare to fill a page among the newest documents.
 * Left to itself the planner walks the whole table for rare words, or fetches tens of thousands of
 * rows through the GIN index for common ones (it cannot tell them apart for prefix queries).
 */
export function pgSearchPage(
  shape: PgSearchShape,
  opts: { query: string; filters: RawBuilder<SqlBool>[]; before: number | null; limit: number },
) {
  const tsquery = sql`to_tsquery('simple', ${opts.query})`;
  const before = opts.before === null ? [] : [sql<SqlBool>`s.ticket_seq < ${opts.before}`];
  // The index match stays a subquery of its own (OFFSET 0), with the text condition only, so the
  // planner cannot turn it back into a walk along the key (its estimates for prefixes are guesses).
  const matching =
    shape === 'recent'
      ? sql`(SELECT ticket_seq, doc FROM ticket_search ${opts.before === null ? sql`` : sql`WHERE ticket_seq < ${opts.before}`} ORDER BY ticket_seq DESC LIMIT ${PG_RECENT_WINDOW}) AS s`
      : sql`(SELECT ticket_seq, doc FROM ticket_search WHERE doc @@ ${tsquery} OFFSET 0) AS s`;
  const where = [sql<SqlBool>`s.doc @@ ${tsquery}`, ...before, ...opts.filters];
  return sql`SELECT tickets.* FROM ${matching} JOIN tickets ON tickets.seq = s.ticket_seq WHERE ${sql.join(where, sql` AND `)} ORDER BY s.ticket_seq DESC LIMIT ${opts.limit}`;
}
