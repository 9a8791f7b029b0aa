import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { createInProcessBus, type LiveBus } from '../live/bus.js';
import { createPgBus } from '../live/pg-bus.js';
import type { StaffPrincipal } from './auth.js';
import { ConsoleHub, type LiveSocket, type TicketChange, type ViewersFrame } from './console-live.js';
import { queuesForRole, type StaffRole } from './roles.js';
import { EMPTY_PACKET } from '../tickets/testing/memory-tickets.js';
import { MemoryTicketStore } from './testing/fakes.js';
import { newChat } from './testing/session.js';

function socket() {
  const sent: TicketChange[] = [];
  const viewers: ViewersFrame[] = [];
  const listeners: Record<string, ((data?: unknown) => void)[]> = {};
  const s: LiveSocket = {
    readyState: 1,
    OPEN: 1,
    send: (d: string) => {
      const m = JSON.parse(d) as TicketChange | ViewersFrame | { type: 'hello' };
      if (m.type === 'ticket') sent.push(m);
      if (m.type === 'viewers') viewers.push(m);
    },
    close: () => undefined,
    on: (event: string, l: (data?: unknown) => void) => {
      (listeners[event] ??= []).push(l);
    },
  };
  const emit = (event: string, data?: unknown) => listeners[event]?.forEach((l) => l(data));
  return {
    s,
    sent,
    viewers,
    say: (frame: object) => emit('message', JSON.stringify(frame)),
    drop: () => emit('close'),
  };
}

const principal = (username: string, role: StaffRole) =>
  ({
    id: username,
    username,
    displayName: username,
    role,
    queues: queuesForRole(role),
  }) as unknown as StaffPrincipal;

/** A console signed in as `username` (role: the same name unless given), connected to the hub. */
function connect(hub: ConsoleHub, username: string, role = username as StaffRole) {
  const c = socket();
  hub.add(c.s, principal(username, role));
  return c;
}

describe('console live notifications', () => {
  it('tells a console when a ticket lands in its queues and when the customer writes on a ticket it owns', async () => {
    const tickets = new MemoryTicketStore();
    const hub = new ConsoleHub(tickets, 0);
    const agent = connect(hub, 'agent');
    const tier2 = connect(hub, 'tier2');
    const t = await newChat(tickets, {
      events: [{ type: 'message_in', actor: { kind: 'customer', id: null }, channel: 'chat', text: 'hej' }],
    });
    await hub.changed(t.id);
    expect(agent.sent.at(-1)?.notify).toBeUndefined();

    await tickets.escalate(t.id, 'agents', 'wants a person', EMPTY_PACKET);
    await hub.changed(t.id);
    expect(agent.sent.at(-1)).toMatchObject({ ticketId: t.id, queue: 'agents', notify: 'queue' });
    expect(tier2.sent).toHaveLength(0);

    await tickets.append(
      t.id,
      [{ type: 'note', actor: { kind: 'staff', id: 'agent' }, text: 'mine', internal: true }],
      { assignee: 'agent' },
    );
    await hub.changed(t.id);
    expect(agent.sent.at(-1)?.notify).toBeUndefined();
    await tickets.append(t.id, [
      { type: 'message_in', actor: { kind: 'customer', id: null }, channel: 'chat', text: 'är ni kvar?' },
    ]);
    await hub.changed(t.id);
    expect(agent.sent.at(-1)).toMatchObject({ assignee: 'agent', notify: 'reply' });
    hub.close();
  });

  it("tells a queue's consoles when a ticket is moved there, as a move; not the one who owns it", async () => {
    const tickets = new MemoryTicketStore();
    const hub = new ConsoleHub(tickets, 0);
    const agent = connect(hub, 'agent');
    const tier2 = connect(hub, 'tier2');
    const t = await newChat(tickets);
    await tickets.append(t.id, [], { queue: 'agents', assignee: 'agent' });
    await hub.changed(t.id);
    await tickets.append(
      t.id,
      [{ type: 'queue_change', actor: { kind: 'staff', id: 'agent' }, from: 'agents', to: 'tier2' }],
      { queue: 'tier2' },
    );
    await hub.changed(t.id);
    expect(tier2.sent.at(-1)).toMatchObject({ ticketId: t.id, queue: 'tier2', notify: 'moved' });
    expect(agent.sent.at(-1)?.notify).toBeUndefined();
    hub.close();
  });

  it('pushes the first ticket of an empty desk (the first poll only records what exists)', async () => {
    const tickets = new MemoryTicketStore();
    const hub = new ConsoleHub(tickets, 0);
    const agent = connect(hub, 'agent');
    await hub.poll();
    const t = await newChat(tickets);
    await hub.poll();
    expect(agent.sent.map((c) => c.ticketId)).toEqual([t.id]);
    hub.close();
  });

  it('collision detection: consoles on the same ticket see each other, and who is typing', () => {
    const hub = new ConsoleHub(new MemoryTicketStore(), 0);
    const a = connect(hub, 'agent');
    const b = connect(hub, 'supervisor');
    a.say({ type: 'viewing', ticketId: 't1' });
    expect(a.viewers.at(-1)).toEqual({ type: 'viewers', ticketId: 't1', viewers: [] });
    b.say({ type: 'viewing', ticketId: 't1' });
    expect(a.viewers.at(-1)?.viewers).toEqual([
      { username: 'supervisor', displayName: 'supervisor', typing: false },
    ]);
    expect(b.viewers.at(-1)?.viewers.map((v) => v.username)).toEqual(['agent']);
    b.say({ type: 'typing', ticketId: 't1' });
    expect(a.viewers.at(-1)?.viewers[0].typing).toBe(true);
    // Typing on a ticket one does not have open is ignored; garbage is ignored.
    b.say({ type: 'typing', ticketId: 't2' });
    a.say({ type: 'nonsense' });
    b.drop();
    expect(a.viewers.at(-1)?.viewers).toEqual([]);
    hub.close();
  });

  it('SLA about to breach: the owner is told once, then once more when it breaches; others are not', async () => {
    const tickets = new MemoryTicketStore();
    let now = new Date('2026-03-16T09:00:00Z');
    const hub = new ConsoleHub(tickets, 0, { now: () => now });
    const agent = connect(hub, 'agent');
    const other = connect(hub, 'agent2', 'agent');
    const t = await newChat(tickets, { priority: 'P2' });
    await tickets.append(t.id, [], { queue: 'agents', assignee: 'agent' });
    tickets.tickets.set(t.id, { ...(await tickets.get(t.id))!, slaDueAt: '2026-03-16T09:45:00.000Z' });
    await hub.poll();
    await hub.poll();
    expect(agent.sent.filter((c) => c.notify === 'sla')).toHaveLength(1);
    expect(other.sent.filter((c) => c.notify === 'sla')).toHaveLength(0);
    now = new Date('2026-03-16T10:00:00Z');
    await hub.poll();
    expect(agent.sent.filter((c) => c.notify === 'sla')).toHaveLength(2);
    hub.close();
  });
});

/** Two hubs (desk instances) on one bus: who views and types crosses over. */
async function crossInstance(busA: LiveBus, busB: LiveBus) {
  const a = new ConsoleHub(new MemoryTicketStore(), 0, { bus: busA });
  const b = new ConsoleHub(new MemoryTicketStore(), 0, { bus: busB });
  const onA = socket();
  const onB = socket();
  try {
    a.add(onA.s, principal('agent', 'agent'));
    b.add(onB.s, principal('supervisor', 'supervisor'));
    onA.say({ type: 'viewing', ticketId: 't1' });
    onB.say({ type: 'viewing', ticketId: 't1' });
    await vi.waitFor(
      () =>
        expect(onA.viewers.at(-1)?.viewers).toEqual([
          { username: 'supervisor', displayName: 'supervisor', typing: false },
        ]),
      { timeout: 5000 },
    );
    await vi.waitFor(() => expect(onB.viewers.at(-1)?.viewers.map((v) => v.username)).toEqual(['agent']), {
      timeout: 5000,
    });
    onB.say({ type: 'typing', ticketId: 't1' });
    await vi.waitFor(() => expect(onA.viewers.at(-1)?.viewers[0]?.typing).toBe(true), { timeout: 5000 });
    // Moving to another ticket (and closing the console) takes the name away on the other instance.
    onB.say({ type: 'viewing', ticketId: 't2' });
    await vi.waitFor(() => expect(onA.viewers.at(-1)?.viewers).toEqual([]), { timeout: 5000 });
    onB.say({ type: 'viewing', ticketId: 't1' });
    await vi.waitFor(() => expect(onA.viewers.at(-1)?.viewers).toHaveLength(1), { timeout: 5000 });
    b.close();
    await vi.waitFor(() => expect(onA.viewers.at(-1)?.viewers).toEqual([]), { timeout: 5000 });
  } finally {
    a.close();
    b.close();
  }
}

describe('collision detection across desk instances', () => {
  it('over the in-process bus', async () => {
    const bus = createInProcessBus();
    await crossInstance(bus, bus);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('over PostgreSQL LISTEN/NOTIFY', async () => {
    const log = pino({ level: 'silent' });
    const namespace = `presence_${process.pid}`;
    const busA = await createPgBus({ connectionString: process.env.TEST_DATABASE_URL!, namespace, log });
    const busB = await createPgBus({ connectionString: process.env.TEST_DATABASE_URL!, namespace, log });
    try {
      await new Promise((r) => setTimeout(r, 50)); // LISTEN is issued asynchronously
      await crossInstance(busA, busB);
    } finally {
      await Promise.all([busA.close(), busB.close()]);
    }
  });
});

describe('console hub failures are logged, not swallowed', () => {
  it('logs a poll round that fails, with the error', async () => {
    const lines: unknown[] = [];
    const tickets = new MemoryTicketStore();
    tickets.list = async () => Promise.reject(new Error('database gone'));
    const log = pino({ level: 'warn' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const hub = new ConsoleHub(tickets, 0, { log });
    await hub.poll();
    expect(lines).toMatchObject([
      { msg: 'console poll failed; trying again next round', err: { message: 'database gone' } },
    ]);
  });
});
