import type { Kysely } from 'kysely';
import type { HttpGuardTables } from './tables/http-guards.js';

// Fixed-window request counters in the database, so every desk instance counts against the same
// limit. One atomic upsert per hit: a row whose window has ended starts again at 1.

export interface RateCounter {
  /** Counts one hit on `key`; the count so far in the current window and when that window ends. */
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: Date }>;
}

export function createRateCounter(
  db: Kysely<HttpGuardTables>,
  opts: { now?: () => Date; sweepEvery?: number } = {},
): RateCounter {
  const now = opts.now ?? (() => new Date());
  const sweepEvery = opts.sweepEvery ?? 1000;
  let hits = 0;

  return {
    async hit(key, windowMs) {
      const at = now();
      const t = at.toISOString();
      const reset = new Date(at.getTime() + windowMs).toISOString();
      const row = await db
        .insertInto('rate_limit_hits')
        .values({ key, hits: 1, reset_at: reset })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => ({
            hits: eb
              .case()
              .when('rate_limit_hits.reset_at', '<=', t)
              .then(1)
              .else(eb('rate_limit_hits.hits', '+', 1))
              .end(),
            reset_at: eb
              .case()
              .when('rate_limit_hits.reset_at', '<=', t)
              .then(reset)
              .else(eb.ref('rate_limit_hits.reset_at'))
              .end(),
          })),
        )
        .returning(['hits', 'reset_at'])
        .executeTakeFirstOrThrow();
      if (++hits % sweepEvery === 0)
        await db.deleteFrom('rate_limit_hits').where('reset_at', '<=', t).execute();
      return { count: Number(row.hits), resetAt: new Date(row.reset_at) };
    },
  };
}
