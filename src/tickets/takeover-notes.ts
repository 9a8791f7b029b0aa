// What the timeline and the ticket get when a person takes a conversation over from the automated
// agent and hands it back: one place, so the agent and every stand-in for it write the same.
import type { TicketStore } from './ports.js';

export function recordTakeover(tickets: Pick<TicketStore, 'append'>, ticketId: string, staffId: string) {
  const note = `${staffId} took over the conversation`;
  return tickets.append(
    ticketId,
    [{ type: 'note', actor: { kind: 'staff', id: staffId }, text: note, internal: true }],
    { assignee: staffId },
  );
}

export function recordHandBack(
  tickets: Pick<TicketStore, 'append'>,
  ticketId: string,
  staffId: string | null,
) {
  const note = 'conversation handed back to the automated agent';
  return tickets.append(ticketId, [
    { type: 'note', actor: { kind: 'staff', id: staffId }, text: note, internal: true },
  ]);
}
