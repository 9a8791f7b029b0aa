// The agent's SilenceWatch in the database: one row per conversation that waits for the customer,
// so the reminder job finds every waiting conversation whichever instance answered it, and after a restart.
import type { Kysely } from 'kysely';
import type { SilenceWatch } from '../agent/silence.js';
import type { SilenceTables } from './tables/silence.js';

export class KyselySilenceWatch implements SilenceWatch {
  constructor(private readonly db: Kysely<SilenceTables>) {}

  async wait(ticketId: string, sinceMs: number): Promise<void> {
    const since = new Date(sinceMs).toISOString();
    await this.db
      .insertInto('silence_timers')
      .values({ ticket_id: ticketId, since })
      .onConflict((oc) => oc.column('ticket_id').doUpdateSet({ since }))
      .execute();
  }

  async clear(ticketId: string): Promise<void> {
    await this.db.deleteFrom('silence_timers').where('ticket_id', '=', ticketId).execute();
  }

  async due(cutoffMs: number, limit: number): Promise<{ ticketId: string; sinceMs: number }[]> {
    const rows = await this.db
      .selectFrom('silence_timers')
      .selectAll()
      .where('since', '<=', new Date(cutoffMs).toISOString())
      .orderBy('since')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ticketId: r.ticket_id, sinceMs: Date.parse(r.since) }));
  }
}
