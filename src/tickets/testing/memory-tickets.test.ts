import { describe, expect, it } from 'vitest';
import { ConcurrencyError, NotFoundError } from '../ports.js';
import { InvalidTransitionError } from '../errors.js';
import { MemoryTicketStore } from './memory-tickets.js';

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
});
