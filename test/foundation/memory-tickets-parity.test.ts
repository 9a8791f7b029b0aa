// The shared in-memory ticket store changes a status as the repository does (issue 20: the fake wrote
// every status change as the system's, and a second status_change beside one the caller wrote).
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor, TicketStatus } from '../../src/domain/index.js';
import type { TicketStore } from '../../src/tickets/ports.js';
import { MemoryTicketStore } from '../../src/tickets/testing/memory-tickets.js';
import { openTestDb, steppingClock, testEngines, type TestDb } from './helpers.js';

const open: TestDb[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.destroy()));
});

async function bothWays(): Promise<{ name: string; tickets: TicketStore }[]> {
  const stores: { name: string; tickets: TicketStore }[] = [
    { name: 'memory', tickets: new MemoryTicketStore(steppingClock()) },
  ];
  for (const engine of testEngines()) {
    const db = await openTestDb(engine, steppingClock());
    open.push(db);
    stores.push({ name: engine, tickets: db.repos.tickets });
  }
  return stores;
}

const tove: Actor = { kind: 'staff', id: 'tove' };

describe('a status change in the in-memory store and in the repository', () => {
  it('is by whoever wrote with it, written once, and sets and clears the resolution time alike', async () => {
    const seen: Record<string, unknown> = {};
    for (const { name, tickets } of await bothWays()) {
      const t = await tickets.create({ channel: 'chat', language: 'sv' });
      await tickets.append(t.id, [{ type: 'note', actor: tove, text: 'tar över', internal: true }], {
        status: 'open',
      });
      const resolved = await tickets.append(
        t.id,
        [{ type: 'status_change', actor: tove, from: 'open', to: 'resolved' }],
        { status: 'resolved' },
      );
      const reopened = await tickets.append(t.id, [], { status: 'open' });
      const changes = (await tickets.timeline(t.id))
        .filter((e) => e.type === 'status_change')
        .map((e) => ({ to: (e as { to: TicketStatus }).to, actor: e.actor.kind }));
      seen[name] = {
        changes,
        resolvedAtSet: resolved.resolvedAt !== null,
        resolvedAtAfterReopening: reopened.resolvedAt,
      };
    }
    expect(seen.memory).toEqual({
      changes: [
        { to: 'open', actor: 'staff' },
        { to: 'resolved', actor: 'staff' },
        { to: 'open', actor: 'system' },
      ],
      resolvedAtSet: true,
      resolvedAtAfterReopening: null,
    });
    for (const name of Object.keys(seen)) expect(seen[name], name).toEqual(seen.memory);
  });
});
