// One page of a table newest first by (created_at, id), after an opaque cursor: the customers' and
// the devices' lists page the same way.
import { sql, type SelectQueryBuilder } from 'kysely';
import { clampLimit, decodeCursor, encodeCursor } from './common.js';

export async function newestFirstPage<
  DB,
  TB extends keyof DB,
  Row,
  T extends { createdAt: string; id: string },
>(
  query: SelectQueryBuilder<DB, TB, Row>,
  opts: { cursor?: string; limit?: number },
  toItem: (row: Row) => T,
): Promise<{ items: T[]; nextCursor: string | null }> {
  const limit = clampLimit(opts.limit);
  let q = query;
  if (opts.cursor) {
    const c = decodeCursor(opts.cursor);
    q = q.where(sql<boolean>`(created_at < ${c.at} or (created_at = ${c.at} and id < ${c.id}))`);
  }
  const rows = await q
    .orderBy(sql`created_at`, 'desc')
    .orderBy(sql`id`, 'desc')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map((r) => toItem(r as Row));
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
