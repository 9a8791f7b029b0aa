// What a queue list shows per ticket beyond the ticket itself: the customer's name, the last
// message, since when the customer has been waiting for an answer, and whether the customer has
// written at all (a chat opened and left empty is no conversation yet and stays out of the queues).
import type { StoredTimelineEvent, Ticket } from '../domain/index.js';
import type { CustomerDirectory } from '../tickets/ports.js';

export interface QueueRow extends Ticket {
  customerName: string | null;
  customerNumber: string | null;
  lastMessage: { at: string; from: 'customer' | 'agent' | 'staff'; text: string } | null;
  /** The customer's oldest message that nobody has answered yet; null when nobody is waiting. */
  waitingSince: string | null;
  customerWrote: boolean;
}

const PREVIEW = 140;

export function conversationFacts(
  events: StoredTimelineEvent[],
): Pick<QueueRow, 'lastMessage' | 'waitingSince' | 'customerWrote'> {
  let lastMessage: QueueRow['lastMessage'] = null;
  let waitingSince: string | null = null;
  let customerWrote = false;
  for (const e of events) {
    if (e.type === 'message_in') {
      customerWrote = true;
      waitingSince ??= e.at;
      lastMessage = { at: e.at, from: 'customer', text: e.text.slice(0, PREVIEW) };
    } else if (e.type === 'message_out' && !e.internal) {
      waitingSince = null;
      lastMessage = {
        at: e.at,
        from: e.actor.kind === 'staff' ? 'staff' : 'agent',
        text: e.text.slice(0, PREVIEW),
      };
    }
  }
  return { lastMessage, waitingSince, customerWrote };
}

/** Loads the list facts of each ticket (one timeline read per ticket; customers read once each). */
export async function queueRows(
  items: Ticket[],
  deps: {
    timeline(ticketId: string): Promise<StoredTimelineEvent[]>;
    directory: Pick<CustomerDirectory, 'byId'>;
    log: { warn(obj: object, msg?: string): void };
  },
): Promise<QueueRow[]> {
  const customers = new Map<string, Promise<{ name: string; customerNumber: string } | null>>();
  const customer = (id: string) => {
    // A row without the customer's name still lists the ticket; the failure is logged.
    const read = () =>
      deps.directory.byId(id).catch((err: unknown) => {
        deps.log.warn({ err, customerId: id }, 'customer unreadable; listing the ticket without a name');
        return null;
      });
    if (!customers.has(id)) customers.set(id, read());
    return customers.get(id)!;
  };
  return Promise.all(
    items.map(async (t) => {
      const [events, c] = await Promise.all([
        deps.timeline(t.id),
        t.customerId ? customer(t.customerId) : null,
      ]);
      return {
        ...t,
        customerName: c?.name ?? null,
        customerNumber: c?.customerNumber ?? null,
        ...conversationFacts(events),
      };
    }),
  );
}
