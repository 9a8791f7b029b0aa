// What a person does to a ticket from the console — set a status, add a note, assign or move,
// escalate, resolve — each one use case with the ticket rules, apart from HTTP. The console routes
// call these; a refusal comes back as a value the route turns into a problem answer.
import {
  canTransition,
  type Queue,
  type Ticket,
  type TicketStatus,
  type TimelineEvent,
} from '../domain/index.js';
import { escalateTicket } from '../tickets/escalate.js';
import { ConcurrencyError, type CustomerDirectory, type TicketStore } from '../tickets/ports.js';
import type { ConsoleAgent, ConsoleDeps, TicketGrants } from './console-deps.js';
import { handoffFromTimeline } from './handoff.js';
import { TAKEOVER_STATE } from './takeover.js';

export interface StaffMember {
  username: string;
}

export interface TicketWorkDeps {
  tickets: TicketStore;
  directory: CustomerDirectory;
  devices: Pick<ConsoleDeps['devices'], 'findByService'>;
  agent: Pick<ConsoleAgent, 'staffResolved'>;
  grantsOf(ticketId: string): Promise<TicketGrants>;
  /** Called after every change, e.g. to refresh live views. */
  changed(ticketId: string): void;
  /** Where a lookup that only enriches the handoff notes its failure. */
  warn(details: object, message: string): void;
}

export type Refusal = { refused: true; status: 400 | 404 | 409; title: string; detail?: string };
export type Done<T> = { refused: false } & T;

const refuse = (status: Refusal['status'], title: string, detail?: string): Refusal => ({
  refused: true,
  status,
  title,
  detail,
});
const CHANGED = refuse(409, 'Ticket changed', 'Someone else changed the ticket; reload and try again.');
const actor = (s: StaffMember) => ({ kind: 'staff' as const, id: s.username });

/** Appends events (and a patch) to the ticket; a concurrent change is a refusal, not an error. */
export async function record(
  d: TicketWorkDeps,
  ticketId: string,
  events: TimelineEvent[],
  patch?: Parameters<TicketStore['append']>[2],
): Promise<Done<{ ticket: Ticket }> | Refusal> {
  try {
    const ticket = await d.tickets.append(ticketId, events, patch);
    d.changed(ticketId);
    return { refused: false, ticket };
  } catch (e) {
    if (e instanceof ConcurrencyError) return CHANGED;
    throw e;
  }
}

/** A status other than resolved/escalated (those need a summary, or a queue and reason). */
export async function setStatus(
  d: TicketWorkDeps,
  t: Ticket,
  staff: StaffMember,
  input: { status: TicketStatus; note?: string },
) {
  if (input.status === 'resolved' || input.status === 'escalated')
    return refuse(
      400,
      'Use resolve or escalate',
      'Resolving needs a summary and escalating a queue and reason.',
    );
  if (!canTransition(t.status, input.status))
    return refuse(409, 'Cannot change status', `A ${t.status} ticket cannot become ${input.status}.`);
  const text = `status ${t.status} → ${input.status} by ${staff.username}${input.note ? `: ${input.note}` : ''}`;
  return record(d, t.id, [{ type: 'note', actor: actor(staff), text, internal: true }], {
    status: input.status,
  });
}

/** An internal note on the timeline. */
export async function addNote(d: TicketWorkDeps, t: Ticket, staff: StaffMember, text: string) {
  return record(d, t.id, [{ type: 'note', actor: actor(staff), text, internal: true }]);
}

/** Assigns (or unassigns) and/or moves the ticket to a queue; a move is recorded as such. */
export async function assign(
  d: TicketWorkDeps,
  t: Ticket,
  staff: StaffMember,
  input: { assignee?: string | null; queue?: Queue },
): Promise<Done<{ ticket: Ticket }> | Refusal> {
  const events: TimelineEvent[] = [];
  if (input.assignee !== undefined)
    events.push({
      type: 'note',
      actor: actor(staff),
      text: `${input.assignee ? `assigned to ${input.assignee}` : 'unassigned'} by ${staff.username}`,
      internal: true,
    });
  // The queue's staff are notified of a move (console and e-mail).
  if (input.queue && input.queue !== t.queue)
    events.push({ type: 'queue_change', actor: actor(staff), from: t.queue, to: input.queue });
  if (events.length === 0) return { refused: false, ticket: t };
  return record(d, t.id, events, {
    ...(input.assignee !== undefined ? { assignee: input.assignee } : {}),
    ...(input.queue ? { queue: input.queue } : {}),
  });
}

/** Passes the ticket to a team with the handoff packet built from what the timeline already holds. */
export async function escalate(
  d: TicketWorkDeps,
  t: Ticket,
  staff: StaffMember,
  input: { queue: Queue; reason: string },
) {
  const [timeline, customer, service, grants] = await Promise.all([
    d.tickets.timeline(t.id),
    t.customerId ? d.directory.byId(t.customerId) : null,
    t.serviceId ? d.directory.service(t.serviceId) : null,
    d.grantsOf(t.id),
  ]);
  const router = service
    ? await d.devices.findByService(service.id).catch((e: unknown) => {
        d.warn({ ticketId: t.id, err: e }, 'escalation: finding the router failed; handoff without it');
        return null;
      })
    : null;
  const packet = handoffFromTimeline(
    t,
    customer,
    service,
    timeline,
    grants.verified,
    router ? { id: router.id, model: router.model, firmware: router.firmware, snapshot: {} } : null,
  );
  const done = await escalateTicket(d.tickets, t, { ...input, by: actor(staff), packet });
  if (done.refused) return refuse(409, 'Cannot escalate', `A ${done.from} ticket cannot be escalated.`);
  d.changed(t.id);
  return done;
}

/** Resolves with the summary the customer is told; the agent closes the conversation. */
export async function resolve(
  d: TicketWorkDeps,
  t: Ticket,
  staff: StaffMember,
  input: { summary: string; disposition: string },
) {
  if (!canTransition(t.status, 'resolved'))
    return refuse(409, 'Cannot resolve', `A ${t.status} ticket cannot be resolved.`);
  const done = await record(
    d,
    t.id,
    [
      {
        type: 'resolution',
        actor: actor(staff),
        outcome: 'resolved',
        queue: t.queue,
        disposition: input.disposition,
        summary: { customer: input.summary, staff: input.summary },
      },
    ],
    { status: 'resolved', disposition: input.disposition },
  );
  if (!done.refused) {
    // Nobody holds the conversation any more: the agent tells the customer and takes the score.
    await d.tickets.setState(t.id, TAKEOVER_STATE, null);
    await d.agent.staffResolved?.(t.id, input.summary);
  }
  return done;
}
