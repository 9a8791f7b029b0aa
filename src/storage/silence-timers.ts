// The agent's SilenceWatch in the database: the ticket row's `silent_since` (migration 025), so the
// reminder job finds every waiting conversation whichever instance answered it, and after a restart,
// and a turn sets the timer with its one write of the ticket.
import type { Kysely } from 'kysely';
import type { SilenceWatch } from '../agent/silence.js';
import type { CoreTables } from './tables/core.js';

export class KyselySilenceWatch implements SilenceWatch {
  constructor(private readonly db: Kysely<CoreTables>) {}

  async wait(ticketId: string, sinceMs: number): Promise<void> {
    await this.set(ticketId, new Date(sinceMs).toISOString());
  }

  async clear(ticketId: string): Promise<void> {
    await this.set(ticketId, null);
  }

  private async set(ticketId: string, since: string | null): Promise<void> {
    await this.db.updateTable('tickets').set({ silent_since: since }).where('id', '=', ticketId).execute();
  }

  /** Waiting since the cutoff or earlier; a conversation in a turn (its lease held) is not due. */
  async due(cutoffMs: number, limit: number): Promise<{ ticketId: string; sinceMs: number }[]> {
    const cutoff = new Date(cutoffMs).toISOString();
    const rows = await this.db
      .selectFrom('tickets')
      .select(['id', 'silent_since'])
      .where('silent_since', '<=', cutoff)
      .where((eb) => eb.or([eb('turn_owner', 'is', null), eb('turn_until', '<', cutoff)]))
      .orderBy('silent_since')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ticketId: r.id, sinceMs: Date.parse(r.silent_since!) }));
  }
}
