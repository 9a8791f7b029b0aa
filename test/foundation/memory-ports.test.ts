// The one in-memory directory, incident store and audit log (src/tickets/testing/memory-ports.ts)
// answer as the repositories do (issue 20: three hand-written fakes had drifted — audit entries
// oldest first, a limit ignored or taken from the wrong end, an unknown incident a TypeError).
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/domain/index.js';
import { NotFoundError, type AuditLog, type IncidentStore } from '../../src/tickets/ports.js';
import { MemoryAudit, MemoryIncidents } from '../../src/tickets/testing/memory-ports.js';
import { openTestDb, steppingClock, testEngines, type TestDb } from './helpers.js';

const open: TestDb[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.destroy()));
});

async function bothWays(): Promise<{ name: string; audit: AuditLog; incidents: IncidentStore }[]> {
  const now = steppingClock();
  const stores = [{ name: 'memory', audit: new MemoryAudit(now), incidents: new MemoryIncidents(now) }] as {
    name: string;
    audit: AuditLog;
    incidents: IncidentStore;
  }[];
  for (const engine of testEngines()) {
    const db = await openTestDb(engine, steppingClock());
    open.push(db);
    stores.push({ name: engine, audit: db.repos.audit, incidents: db.repos.incidents });
  }
  return stores;
}

const failed = (target: string, attempts: number): AuditEntry => ({
  action: 'identity.failed',
  actor: { kind: 'bot', id: null },
  target,
  reason: 'wrong PIN',
  attempts,
});

describe('the in-memory ports answer as the repositories', () => {
  it('audit: newest first, filtered by target, at most the limit', async () => {
    for (const s of await bothWays()) {
      for (const n of [1, 2, 3]) await s.audit.append(failed('100482', n));
      await s.audit.append(failed('100588', 9));
      const two = await s.audit.list({ target: '100482', limit: 2 });
      expect(
        two.map((e) => (e.action === 'identity.failed' ? e.attempts : null)),
        s.name,
      ).toEqual([3, 2]);
      expect(
        (await s.audit.list()).map((e) => e.target),
        s.name,
      ).toEqual(['100588', '100482', '100482', '100482']);
    }
  });

  it('incidents: newest first, resolving stamps the time and leaves the open list, an unknown id is not found', async () => {
    for (const s of await bothWays()) {
      const a = await s.incidents.create({ areas: ['SE-A', 'SE-A'], kind: 'fiber_cut', title: 'A' });
      const b = await s.incidents.create({ areas: ['SE-B'], kind: 'power', title: 'B' });
      expect(a.areas, s.name).toEqual(['SE-A']);
      expect(a.reference, s.name).toMatch(/^INC-\d{6}$/);
      expect(
        (await s.incidents.list()).map((i) => i.title),
        s.name,
      ).toEqual(['B', 'A']);
      const done = await s.incidents.resolve(b.id);
      expect(done.resolvedAt, s.name).not.toBeNull();
      expect(
        (await s.incidents.list({ status: 'open' })).map((i) => i.title),
        s.name,
      ).toEqual(['A']);
      expect(await s.incidents.openInArea('SE-B'), s.name).toEqual([]);
      await expect(s.incidents.update('no-such-incident', { title: 'x' }), s.name).rejects.toBeInstanceOf(
        NotFoundError,
      );
    }
  });
});
