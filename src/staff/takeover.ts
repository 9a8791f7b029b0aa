// Taking over a conversation from the automated agent and handing it back: one use case for the
// takeover route and for a consent question a person asks. The agent writes the timeline note and
// the assignee; the console only records who holds the conversation.
import type { TicketStore } from '../tickets/ports.js';
import type { ConsoleAgent } from './console-deps.js';

export const TAKEOVER_STATE = 'console.takeover';

export interface Takeover {
  staffId: string;
  at: string;
}

export interface TakeoverDeps {
  agent: Pick<ConsoleAgent, 'takeOver' | 'handBack'>;
  tickets: Pick<TicketStore, 'getState' | 'setState'>;
  now?: () => Date;
}

export async function takenOver(d: TakeoverDeps, ticketId: string): Promise<Takeover | null> {
  return d.tickets.getState<Takeover>(ticketId, TAKEOVER_STATE);
}

export async function takeOver(d: TakeoverDeps, ticketId: string, staffId: string): Promise<Takeover> {
  await d.agent.takeOver(ticketId, staffId);
  const takeover = { staffId, at: (d.now?.() ?? new Date()).toISOString() };
  await d.tickets.setState(ticketId, TAKEOVER_STATE, takeover);
  return takeover;
}

export async function handBack(d: TakeoverDeps, ticketId: string): Promise<void> {
  await d.agent.handBack(ticketId);
  await d.tickets.setState(ticketId, TAKEOVER_STATE, null);
}
