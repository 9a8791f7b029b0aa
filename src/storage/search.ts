import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Engine } from './db.js';
import type { Executor } from './common.js';

// Full-text search over ticket subjects and messages. User text never reaches the query
// language directly: it is split into word tokens and each becomes a prefix term, all required.

export function searchTokens(q: string): string[] {
  return (q.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12).map((t) => t.toLowerCase());
}

function ftsQuery(tokens: string[], engine: Engine): string {
  return engine === 'postgres' ? tokens.map((t) => `${t}:*`).join(' & ') : tokens.map((t) => `"${t}"*`).join(' ');
}

/** A condition `tickets.id IN (matching tickets)`; null when the query has no words. */
export function ticketSearchCondition(q: string, engine: Engine): RawBuilder<SqlBool> | null {
  const tokens = searchTokens(q);
  if (tokens.length === 0) return null;
  const query = ftsQuery(tokens, engine);
  return engine === 'postgres'
    ? sql<SqlBool>`tickets.id IN (SELECT ticket_id FROM ticket_search WHERE doc @@ to_tsquery('simple', ${query}))`
    : sql<SqlBool>`tickets.id IN (SELECT ticket_id FROM ticket_search WHERE ticket_search MATCH ${query})`;
}

export async function indexTicketText(db: Executor, ticketId: string, text: string | null | undefined): Promise<void> {
  if (!text || !text.trim()) return;
  await db.insertInto('ticket_search').values({ ticket_id: ticketId, text: text.slice(0, 20_000) }).execute();
}
