// What a conversation turn needs from storage to run as one unit of work: the ticket and its state
// read once (with the turn's lease), changes kept in memory, and everything the turn changed written
// in one transaction. Implemented over Kysely in src/storage/repos/tickets.ts.
import type { Ticket, TimelineEvent } from '../domain/index.js';
import type { TicketPatch } from './ports.js';

/** A ticket as a turn holds it: the public fields plus what the rules and the search need. */
export interface TicketRecord {
  ticket: Ticket;
  slaRemainingMs: number | null;
  seq: number;
}

/** A ticket with every state key as stored (JSON text). */
export interface TicketSnapshot extends TicketRecord {
  state: Record<string, string>;
}

export interface StagedAppend {
  events: TimelineEvent[];
  patch: TicketPatch;
  expectedVersion?: number;
}

/** One ticket's changes in a batch. */
export interface StagedTicket {
  id: string;
  /** The ticket as the turn read it (the batch's update holds only while the row is still this version). */
  base: TicketRecord;
  /** The ticket after the appends, as computed in memory. */
  next: TicketRecord;
  /** The appends in order, for a re-run on the current row when someone else changed it meanwhile. */
  appends: StagedAppend[];
  /** Validated events with the ones the rules added, each with its time. */
  events: { event: TimelineEvent; at: string }[];
  /** Changed state keys, encoded. */
  state: Record<string, string>;
}

export interface TurnBatch {
  tickets: StagedTicket[];
  /** Silence timers set (epoch ms) or cleared (null). */
  silence: { ticketId: string; sinceMs: number | null }[];
  pendingAdd: { ticketId: string; messageId: string; acceptedAt: string }[];
  pendingDone: { ticketId: string; messageId: string }[];
  /** The turn's lease, released with the writes. */
  release: { ticketId: string; holder: string } | null;
}

export interface TurnStorage {
  /** Takes the ticket's turn lease and reads it with its state: 'held' while another holder has it, null when there is no such ticket. */
  lease(ticketId: string, holder: string, now: Date, until: Date): Promise<TicketSnapshot | 'held' | null>;
  /** Extends held leases in one statement; returns the ids of the tickets whose lease was still held. */
  renew(leases: readonly { ticketId: string; holder: string }[], until: Date): Promise<Set<string>>;
  /** Releases a lease without writing anything else. */
  release(ticketId: string, holder: string): Promise<void>;
  /** The ticket with its state, without a lease. */
  load(ticketId: string): Promise<TicketSnapshot | null>;
  /** What `append` would make of the ticket, without writing; throws as `append` would. */
  preview(
    cur: TicketRecord,
    append: StagedAppend,
  ): { next: TicketRecord; events: { event: TimelineEvent; at: string }[] };
  /** A state value as stored (secrets masked). */
  encodeState(value: unknown): string;
  /** Writes the batch in one transaction; returns the tickets as written. */
  commit(batch: TurnBatch): Promise<Map<string, TicketRecord>>;
}
