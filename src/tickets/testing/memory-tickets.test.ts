import { describe, expect, it } from 'vitest';
import { ConcurrencyError, NotFoundError } from '../ports.js';
import { InvalidTransitionError } from '../errors.js';
import { MemoryTicketStore } from './memory-tickets.js';
import { faultWorld, memoryDesk } from '../../agent/testing/memory-desk.js';

describe('the shared in-memory ticket store keeps the ticket rules', () => {
  it('refuses a status change the rules do not allow, as the repository does', async () => {
    const store = new MemoryTicketStore();
    const t = await store.create({ channel: 'chat', language: 'sv' });
    await store.append(t.id, [], { status: 'closed' });
    await expect(store.append(t.id, [], { status: 'escalated' })).rejects.toBeInstanceOf(
      InvalidTransitionError,
    );
    expect((await store.get(t.id))!.status).toBe('closed');
  });

  it('refuses a stale version and an unknown ticket, and records a status change on the timeline', async () => {
    const store = new MemoryTicketStore();
    const t = await store.create({ channel: 'chat', language: 'sv' });
    const next = await store.append(t.id, [], { status: 'open' }, t.version);
    await expect(store.append(t.id, [], { status: 'resolved' }, t.version)).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
    await expect(store.append('nope', [])).rejects.toBeInstanceOf(NotFoundError);
    expect(next.version).toBe(t.version + 1);
    expect((await store.timeline(t.id)).map((e) => e.type)).toEqual(['status_change']);
  });

  it('is the store the agent’s test desk runs on (issue 20: the agent had its own, without the rules)', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    expect(desk.tickets).toBeInstanceOf(MemoryTicketStore);
    const t = await desk.tickets.create({ channel: 'chat', language: 'en' });
    await desk.tickets.append(t.id, [], { status: 'closed' });
    await expect(desk.tickets.append(t.id, [], { status: 'escalated' })).rejects.toBeInstanceOf(
      InvalidTransitionError,
    );
  });

  it('keeps copies: changing what was saved or read changes nothing stored', async () => {
    const store = new MemoryTicketStore();
    const t = await store.create({ channel: 'chat', language: 'sv' });
    const state = { step: 1, tried: ['reboot'] };
    await store.setState(t.id, 'runbook', state);
    state.tried.push('factory_reset');
    const read = await store.getState<typeof state>(t.id, 'runbook');
    read!.step = 9;
    expect(await store.getState(t.id, 'runbook')).toEqual({ step: 1, tried: ['reboot'] });
    const got = (await store.get(t.id))!;
    got.status = 'resolved';
    expect((await store.get(t.id))!.status).toBe('new');
  });
});
