import { describe, expect, it } from 'vitest';
import type { StaffPrincipal } from './auth.js';
import { ConsoleHub, type LiveSocket, type TicketChange } from './console-live.js';
import { queuesForRole, type StaffRole } from './roles.js';
import { MemoryTicketStore } from './testing/fakes.js';

function socket() {
  const sent: TicketChange[] = [];
  const s: LiveSocket = {
    readyState: 1,
    OPEN: 1,
    send: (d: string) => {
      const m = JSON.parse(d) as TicketChange | { type: 'hello' };
      if (m.type === 'ticket') sent.push(m);
    },
    close: () => undefined,
    on: () => undefined,
  };
  return { s, sent };
}

const principal = (username: string, role: StaffRole) => ({ id: username, username, displayName: username, role, queues: queuesForRole(role) }) as unknown as StaffPrincipal;

describe('console live notifications', () => {
  it('tells a console when a ticket lands in its queues and when the customer writes on a ticket it owns', async () => {
    const tickets = new MemoryTicketStore();
    const hub = new ConsoleHub(tickets, 0);
    const agent = socket();
    const tier2 = socket();
    hub.add(agent.s, principal('agent', 'agent'));
    hub.add(tier2.s, principal('tier2', 'tier2'));
    const t = await tickets.create({ customerId: null, serviceId: null, channel: 'chat', language: 'sv', intent: 'other', priority: 'P3', subject: null }, [
      { type: 'message_in', actor: { kind: 'customer', id: null }, channel: 'chat', text: 'hej' },
    ]);
    await hub.changed(t.id);
    expect(agent.sent.at(-1)?.notify).toBeUndefined();

    await tickets.escalate(t.id, 'agents', 'wants a person', { customer: null, service: null, device: null, problem: 'x', findings: [], stepsTried: [], customerAvailability: null, priority: 'P3', slaDueAt: null, verified: false });
    await hub.changed(t.id);
    expect(agent.sent.at(-1)).toMatchObject({ ticketId: t.id, queue: 'agents', notify: 'queue' });
    expect(tier2.sent).toHaveLength(0);

    await tickets.append(t.id, [{ type: 'note', actor: { kind: 'staff', id: 'agent' }, text: 'mine', internal: true }], { assignee: 'agent' });
    await hub.changed(t.id);
    expect(agent.sent.at(-1)?.notify).toBeUndefined();
    await tickets.append(t.id, [{ type: 'message_in', actor: { kind: 'customer', id: null }, channel: 'chat', text: 'är ni kvar?' }]);
    await hub.changed(t.id);
    expect(agent.sent.at(-1)).toMatchObject({ assignee: 'agent', notify: 'reply' });
    hub.close();
  });

  it('pushes the first ticket of an empty desk (the first poll only records what exists)', async () => {
    const tickets = new MemoryTicketStore();
    const hub = new ConsoleHub(tickets, 0);
    const agent = socket();
    hub.add(agent.s, principal('agent', 'agent'));
    await hub.poll();
    const t = await tickets.create({ customerId: null, serviceId: null, channel: 'chat', language: 'sv', intent: 'other', priority: 'P3', subject: null });
    await hub.poll();
    expect(agent.sent.map((c) => c.ticketId)).toEqual([t.id]);
    hub.close();
  });
});
