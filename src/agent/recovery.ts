// Crash recovery: a customer message that was acknowledged (stored) but never answered — because
// the process died mid-turn — is answered later, by a start-up sweep, a periodic sweep or the
// customer's own retry, whichever comes first. The turn lock makes sure it is answered once.
import type { Logger } from 'pino';
import type { AgentReply } from '../channels/conversation-port.js';

export interface PendingTurn {
  ticketId: string;
  messageId: string;
  acceptedAt: string;
}

/** Where acknowledged-but-unanswered messages are recorded (storage implements it). */
export interface PendingTurns {
  add(ticketId: string, messageId: string, acceptedAt: string): Promise<void>;
  done(ticketId: string, messageId: string): Promise<void>;
  has(ticketId: string, messageId: string): Promise<boolean>;
  acceptedBefore(cutoff: string, limit: number): Promise<PendingTurn[]>;
}

/** What recovery needs from the agent. */
export interface RecoveryHooks {
  withLock<T>(ticketId: string, fn: () => Promise<T>): Promise<T>;
  /** The stored text of a customer message; null when it is gone. `masked`: secrets were removed, it cannot be re-read. */
  storedMessage(ticketId: string, messageId: string): Promise<{ text: string; masked: boolean } | null>;
  /** Runs the normal turn for a stored message (the caller holds the lock). */
  answer(ticketId: string, text: string, messageId: string): Promise<AgentReply[]>;
  /** Asks the customer to send the message again (the caller holds the lock). */
  askAgain(ticketId: string, messageId: string): Promise<AgentReply[]>;
  /** Delivers replies produced outside a request (WebSocket, e-mail). */
  deliver(ticketId: string, replies: AgentReply[]): void;
}

export function createTurnRecovery(
  pending: PendingTurns,
  hooks: RecoveryHooks,
  log: Logger,
  now: () => Date,
) {
  /** Answers one pending message; the caller holds the ticket's lock. */
  async function recoverLocked(ticketId: string, messageId: string): Promise<AgentReply[]> {
    if (!(await pending.has(ticketId, messageId))) return [];
    const stored = await hooks.storedMessage(ticketId, messageId);
    if (!stored) {
      await pending.done(ticketId, messageId);
      return [];
    }
    log.warn({ ticketId, messageId }, 'answering a message left unanswered by an interrupted turn');
    const replies = stored.masked
      ? await hooks.askAgain(ticketId, messageId)
      : await hooks.answer(ticketId, stored.text, messageId);
    await pending.done(ticketId, messageId);
    return replies;
  }

  return {
    recoverLocked,
    /** Answers every message acknowledged more than `olderThanMs` ago that still has no reply. */
    async sweep(opts: { olderThanMs: number; limit?: number } = { olderThanMs: 0 }): Promise<number> {
      const cutoff = new Date(now().getTime() - opts.olderThanMs).toISOString();
      const due = await pending.acceptedBefore(cutoff, opts.limit ?? 100);
      let answered = 0;
      for (const turn of due) {
        try {
          const replies = await hooks.withLock(turn.ticketId, () =>
            recoverLocked(turn.ticketId, turn.messageId),
          );
          if (replies.length) {
            answered += 1;
            hooks.deliver(turn.ticketId, replies);
          }
        } catch (err) {
          log.error(
            { ticketId: turn.ticketId, err: err instanceof Error ? err.message : String(err) },
            'recovering a turn failed',
          );
        }
      }
      return answered;
    },
  };
}
