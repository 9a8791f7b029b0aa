// An incident fixed: every customer linked to it is told, and their cases are closed.
import { CONVERSATION_KEY, type ConversationState } from './conversation-state.js';
import { incidentWords } from './incident-words.js';
import type { AgentKernel } from './kernel.js';

/** Tells every customer linked to the incident that it is fixed, and closes their cases. */
export async function notifyIncidentResolved(k: AgentKernel, incidentId: string): Promise<number> {
  const incident = await k.deps.incidents.get(incidentId);
  let cursor: string | undefined;
  let count = 0;
  do {
    const page = await k.deps.tickets.list({ incidentId, cursor, limit: 200 });
    for (const ticket of page.items) {
      if (ticket.status === 'resolved' || ticket.status === 'closed') continue;
      const conv = await k.deps.tickets.getState<ConversationState>(ticket.id, CONVERSATION_KEY);
      if (!conv) continue;
      await k.push(ticket.id, 'agent', (turn) =>
        turn.say('outage.resolved', {
          title: incident ? incidentWords(incident, conv.language) : '',
          reference: ticket.reference,
        }),
      );
      await k.deps.tickets.append(
        ticket.id,
        [
          {
            type: 'note',
            actor: { kind: 'system', id: null },
            text: `incident ${incident?.reference ?? incidentId} resolved; customer notified`,
            internal: true,
          },
        ],
        { status: 'resolved' },
      );
      count++;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return count;
}
