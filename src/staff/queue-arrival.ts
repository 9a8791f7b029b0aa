// When a ticket came into its queue, for the staff notices (console badge and e-mail).
import type { Queue, StoredTimelineEvent } from '../domain/index.js';

/** The newest event that brought the ticket into `queue`: an escalation (or routing) there, or a move there. */
export function queueArrival(events: StoredTimelineEvent[], queue: Queue): StoredTimelineEvent | undefined {
  return events.findLast(
    (e) => (e.type === 'escalation' && e.queue === queue) || (e.type === 'queue_change' && e.to === queue),
  );
}
