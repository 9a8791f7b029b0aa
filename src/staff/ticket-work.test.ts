// The console's ticket work as use cases apart from HTTP (issue 20): the ticket rules hold whoever
// calls them, a refusal is a value, and every change refreshes the live views once.
import { describe, expect, it } from 'vitest';
import { DeviceError } from '../acs/device-service.js';
import type { Service } from '../domain/index.js';
import { ConcurrencyError } from '../tickets/ports.js';
import { TAKEOVER_STATE } from './takeover.js';
import { assign, escalate, resolve, setStatus, type TicketWorkDeps } from './ticket-work.js';
import { FakeDevices, MemoryDirectory, MemoryTicketStore } from './testing/fakes.js';

function world() {
  const tickets = new MemoryTicketStore();
  const devices = new FakeDevices();
  const changed: string[] = [];
  const warnings: string[] = [];
  const resolved: { ticketId: string; summary: string }[] = [];
  const deps: TicketWorkDeps = {
    tickets,
    directory: new MemoryDirectory(),
    devices,
    agent: { staffResolved: (ticketId, summary) => void resolved.push({ ticketId, summary }) },
    grantsOf: async () => ({ verified: false, consents: [] }),
    changed: (id) => void changed.push(id),
    warn: (_d, message) => void warnings.push(message),
  };
  return { tickets, devices, deps, changed, warnings, resolved };
}
const ANNA = { username: 'anna' };

async function openTicket(w: ReturnType<typeof world>) {
  return w.tickets.create({ channel: 'chat', language: 'sv', subject: 'Inget internet' });
}

describe('console ticket work', () => {
  it('resolved and escalated are refused as plain statuses; a forbidden transition is a 409', async () => {
    const w = world();
    const t = await openTicket(w);
    await w.tickets.setState(t.id, TAKEOVER_STATE, { staffId: 'anna', at: t.createdAt });
    expect(await setStatus(w.deps, t, ANNA, { status: 'resolved' })).toMatchObject({
      refused: true,
      status: 400,
    });
    const done = await resolve(w.deps, t, ANNA, { summary: 'Fixed', disposition: 'resolved.staff' });
    expect(done).toMatchObject({ refused: false, ticket: { status: 'resolved' } });
    const closed = (await w.tickets.get(t.id))!;
    expect(await escalate(w.deps, closed, ANNA, { queue: 'tier2', reason: 'again' })).toMatchObject({
      refused: true,
      status: 409,
    });
    expect(w.resolved).toEqual([{ ticketId: t.id, summary: 'Fixed' }]);
    expect(await w.tickets.getState(t.id, TAKEOVER_STATE)).toBeNull();
  });

  it('a concurrent change is a refusal, not an error', async () => {
    const w = world();
    const t = await openTicket(w);
    w.tickets.append = async () => {
      throw new ConcurrencyError(t.id);
    };
    expect(await assign(w.deps, t, ANNA, { assignee: 'anna' })).toMatchObject({ refused: true, status: 409 });
    expect(w.changed).toEqual([]);
  });

  it('a move is recorded as a queue change, and a router lookup that fails still escalates', async () => {
    const w = world();
    const t = await openTicket(w);
    const moved = await assign(w.deps, t, ANNA, { queue: 'billing' });
    expect(moved.refused).toBe(false);
    const events = await w.tickets.timeline(t.id);
    expect(events.map((e) => e.type)).toContain('queue_change');

    w.devices.findByService = async () => {
      throw new DeviceError('timeout', 'acs busy');
    };
    w.deps.directory.service = async (id) => ({ id }) as Service;
    const withService = { ...(await w.tickets.get(t.id))!, serviceId: 'svc-1' };
    const r = await escalate(w.deps, withService, ANNA, { queue: 'tier2', reason: 'line fault' });
    expect(r.refused).toBe(false);
    expect(w.warnings).toHaveLength(1);
    expect(w.changed.length).toBeGreaterThanOrEqual(2);
  });
});
