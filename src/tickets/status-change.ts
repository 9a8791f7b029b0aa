import {
  canTransition,
  statusType,
  type Actor,
  type TicketStatus,
  type TimelineEvent,
} from '../domain/index.js';
import { InvalidTransitionError } from './errors.js';

const SYSTEM: Actor = { kind: 'system', id: null };

/** Who made a change: the actor of the last event written with it, else the system. */
export function actorOfChange(events: readonly TimelineEvent[]): Actor {
  return events.length > 0 ? events[events.length - 1]!.actor : SYSTEM;
}

export interface StatusChange {
  status: TicketStatus;
  /** Set by the first close (a closed-type status), kept while closed, cleared on reopening. */
  resolvedAt: string | null;
  /** The status_change event to add; null when the caller wrote one itself. */
  event: TimelineEvent | null;
}

/**
 * A status change by the ticket rules, the same in the repository and in every in-memory store, so
 * that a fake cannot accept what the database refuses: allowed by canTransition or refused, the
 * resolution time, and one status_change event. Null when the status stays as it is.
 */
export function statusChange(
  from: TicketStatus,
  to: TicketStatus | undefined,
  change: { resolvedAt: string | null; at: string; actor: Actor; given: readonly TimelineEvent[] },
): StatusChange | null {
  if (to === undefined || to === from) return null;
  if (!canTransition(from, to)) throw new InvalidTransitionError(from, to);
  const written = change.given.some((e) => e.type === 'status_change' && e.to === to);
  return {
    status: to,
    resolvedAt: statusType(to) === 'closed' ? (change.resolvedAt ?? change.at) : null,
    event: written ? null : { actor: change.actor, type: 'status_change', from, to },
  };
}
