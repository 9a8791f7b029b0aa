import { sql } from 'kysely';
import type { Engine } from './db.js';
import { maskSecretText } from '../security/mask.js';
import type { Executor } from './common.js';

// Full-text search over ticket subjects, messages and notes: one document per ticket keyed by
// the ticket's seq. User text never reaches the query language directly: it is split into word
// tokens and each becomes a required prefix term. Secrets are masked before anything is indexed.

const MAX_DOC_CHARS = 200_000;

export function searchTokens(q: string): string[] {
  return (q.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12).map((t) => t.toLowerCase());
}

/** The engine's query string for the tokens (FTS5 MATCH / PostgreSQL to_tsquery). */
export function ftsQuery(tokens: string[], engine: Engine): string {
  return engine === 'postgres' ? tokens.map((t) => `${t}:*`).join(' & ') : tokens.map((t) => `"${t}"*`).join(' ');
}

/** Creates the ticket's search document. */
export async function createSearchDoc(db: Executor, engine: Engine, seq: number, texts: (string | null | undefined)[]): Promise<void> {
  const text = maskSecretText(texts.filter((t): t is string => !!t && !!t.trim()).join('\n')).slice(0, MAX_DOC_CHARS);
  if (engine === 'postgres') {
    await sql`INSERT INTO ticket_search (ticket_seq, text) VALUES (${seq}, ${text})`.execute(db);
  } else {
    await sql`INSERT INTO ticket_search (rowid, text) VALUES (${seq}, ${text})`.execute(db);
  }
}

/** Appends text to the ticket's search document (re-indexes that one document). */
export async function appendSearchDoc(db: Executor, engine: Engine, seq: number, texts: (string | null | undefined)[]): Promise<void> {
  const add = maskSecretText(texts.filter((t): t is string => !!t && !!t.trim()).join('\n'));
  if (!add) return;
  if (engine === 'postgres') {
    await sql`UPDATE ticket_search SET text = left(text || E'\n' || ${add}, ${MAX_DOC_CHARS}) WHERE ticket_seq = ${seq}`.execute(db);
  } else {
    await sql`UPDATE ticket_search SET text = substr(text || char(10) || ${add}, 1, ${MAX_DOC_CHARS}) WHERE rowid = ${seq}`.execute(db);
  }
}
