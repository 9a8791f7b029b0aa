// One escalation for the console and the agent (issue 20): what a person's escalation writes and what
// the agent's writes when its runbook ends in a team's queue are the same — one escalation event (and the
// status change) on the timeline, the queue and status on the ticket, one handoff packet for the team.
import { describe, expect, it } from 'vitest';
import type { StoredTimelineEvent, TicketStatus } from '../domain/index.js';
import { converse, faultWorld, memoryDesk } from '../agent/testing/memory-desk.js';
import { handoffFromTimeline } from '../staff/handoff.js';
import { escalate, type TicketWorkDeps } from '../staff/ticket-work.js';
import { FakeDevices, MemoryDirectory } from '../staff/testing/fakes.js';
import { escalateTicket } from './escalate.js';
import { MemoryTicketStore } from './testing/memory-tickets.js';

/** Records what each call of `escalate` adds to the timeline. */
function watchEscalations(tickets: MemoryTicketStore) {
  const written: StoredTimelineEvent[][] = [];
  const escalate = tickets.escalate.bind(tickets);
  tickets.escalate = async (ticketId, queue, reason, packet) => {
    const before = (await tickets.timeline(ticketId)).length;
    const esc = await escalate(ticketId, queue, reason, packet);
    written.push((await tickets.timeline(ticketId)).slice(before));
    return esc;
  };
  return written;
}

/** What an escalation wrote, without ids, times and the reason's words. */
async function written(tickets: MemoryTicketStore, ticketId: string, events: StoredTimelineEvent[]) {
  const ticket = (await tickets.get(ticketId))!;
  const escalations = await tickets.escalations(ticketId);
  return {
    events: events.map((e) => ({ type: e.type, actor: e.actor, queue: 'queue' in e ? e.queue : null })),
    ticket: { status: ticket.status, queue: ticket.queue },
    escalations: escalations.map((x) => ({ queue: x.queue, packetFields: Object.keys(x.packet).sort() })),
  };
}

describe('escalation, one use case', () => {
  it("the agent's escalation writes what the console's does: one event, the queue, one handoff packet", async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const byAgent = watchEscalations(desk.tickets);
    const res = await converse(desk, {
      customer: { customerNumber: '100482', name: 'Karin Lind', pin: '4711' },
      language: 'en',
      opening: 'I want to talk to a real person please',
      answers: { 'identity.customer_number': '100482', 'identity.pin': '4711' },
    });
    expect(res.queue).toBe('agents');
    expect(byAgent).toHaveLength(1);

    const tickets = new MemoryTicketStore();
    const byConsole = watchEscalations(tickets);
    const deps: TicketWorkDeps = {
      tickets,
      directory: new MemoryDirectory(),
      devices: new FakeDevices(),
      agent: {},
      grantsOf: async () => ({ verified: true, consents: [] }),
      changed: () => {},
      warn: () => {},
    };
    const t = await tickets.create({ channel: 'chat', language: 'en', subject: 'Talk to a person' });
    const done = await escalate(
      deps,
      t,
      { username: 'anna' },
      { queue: 'agents', reason: 'asked for a person' },
    );
    expect(done.refused).toBe(false);
    expect(byConsole).toHaveLength(1);

    const agentWrote = await written(desk.tickets, res.ticketId, byAgent[0]);
    expect(agentWrote.events.map((e) => e.type)).toEqual(['escalation', 'status_change']);
    expect(agentWrote).toEqual(await written(tickets, t.id, byConsole[0]));
  });

  it('the ticket rules decide for both: a closed ticket is not escalated, and a person is named', async () => {
    const tickets = new MemoryTicketStore();
    const t = await tickets.create({ channel: 'chat', language: 'sv' });
    const packet = handoffFromTimeline(t, null, null, [], false, null);
    const closed = { id: t.id, status: 'closed' as TicketStatus };
    const by = { kind: 'staff' as const, id: 'anna' };
    expect(await escalateTicket(tickets, closed, { queue: 'tier2', reason: 'x', by, packet })).toEqual({
      refused: true,
      from: 'closed',
    });
    expect(await tickets.escalations(t.id)).toEqual([]);
    const done = await escalateTicket(tickets, t, { queue: 'tier2', reason: 'line fault', by, packet });
    expect(done).toMatchObject({ refused: false, escalation: { reason: 'line fault (by anna)' } });
  });
});
