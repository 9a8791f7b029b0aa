// Acknowledged customer messages that have no reply yet. A row is written when the message is
// stored and deleted once the reply is; rows left behind by a crash are what recovery answers.
import type { Kysely } from 'kysely';
import type { TurnTables } from './tables/turns.js';

export interface PendingTurn {
  ticketId: string;
  messageId: string;
  acceptedAt: string;
}

export class KyselyPendingTurns {
  constructor(private readonly db: Kysely<TurnTables>) {}

  async add(ticketId: string, messageId: string, acceptedAt: string): Promise<void> {
    await this.db
      .insertInto('pending_turns')
      .values({ ticket_id: ticketId, message_id: messageId, accepted_at: acceptedAt })
      .onConflict((oc) => oc.columns(['ticket_id', 'message_id']).doNothing())
      .execute();
  }

  async done(ticketId: string, messageId: string): Promise<void> {
    await this.db
      .deleteFrom('pending_turns')
      .where('ticket_id', '=', ticketId)
      .where('message_id', '=', messageId)
      .execute();
  }

  async has(ticketId: string, messageId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('pending_turns')
      .select('message_id')
      .where('ticket_id', '=', ticketId)
      .where('message_id', '=', messageId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Oldest first: turns accepted before `cutoff` that still have no reply. */
  async acceptedBefore(cutoff: string, limit: number): Promise<PendingTurn[]> {
    const rows = await this.db
      .selectFrom('pending_turns')
      .selectAll()
      .where('accepted_at', '<=', cutoff)
      .orderBy('accepted_at')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ticketId: r.ticket_id, messageId: r.message_id, acceptedAt: r.accepted_at }));
  }
}
