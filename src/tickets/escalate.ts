// Passing a ticket to a team: one use case for a person in the console and for the agent when a
// runbook ends in a team's queue. The ticket rules decide whether it may; the store writes the
// escalation event, the queue, the status and the handoff packet in one go.
import {
  canTransition,
  type Actor,
  type Escalation,
  type HandoffPacket,
  type Queue,
  type Ticket,
  type TicketStatus,
} from '../domain/index.js';
import { InvalidTransitionError } from './errors.js';
import type { TicketStore } from './ports.js';

export interface EscalationRequest {
  queue: Queue;
  reason: string;
  /** Who passes it on; a person is named in the reason the team reads. */
  by: Actor;
  packet: HandoffPacket;
}

export type EscalationOutcome =
  { refused: false; escalation: Escalation } | { refused: true; from: TicketStatus };

export async function escalateTicket(
  tickets: Pick<TicketStore, 'escalate'>,
  ticket: Pick<Ticket, 'id' | 'status'>,
  request: EscalationRequest,
): Promise<EscalationOutcome> {
  if (!canTransition(ticket.status, 'escalated')) return { refused: true, from: ticket.status };
  const reason =
    request.by.kind === 'staff' && request.by.id ? `${request.reason} (by ${request.by.id})` : request.reason;
  const escalation = await tickets.escalate(ticket.id, request.queue, reason, request.packet);
  return { refused: false, escalation };
}

/** The agent's escalation: the same use case, where a refusal is an error (a runbook cannot end so). */
export async function escalateByAgent(
  tickets: Pick<TicketStore, 'escalate'>,
  ticket: Pick<Ticket, 'id' | 'status'>,
  request: Omit<EscalationRequest, 'by'>,
): Promise<Escalation> {
  const done = await escalateTicket(tickets, ticket, { ...request, by: { kind: 'bot', id: null } });
  if (done.refused) throw new InvalidTransitionError(done.from, 'escalated');
  return done.escalation;
}
