import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Service } from '../../src/domain/index.js';
import { createOutageDetector } from '../../src/outages/detector.js';
import { createInMemoryLineFailures, type LineFailureStore } from '../../src/outages/failures.js';
import { KyselyLineFailures } from '../../src/storage/line-failures.js';
import { openTestDb, testEngines, type TestDb } from './helpers.js';

// Failing lines observed by two desk instances add up per area; the check suggests an area once per
// window, not while an incident covers it, and forgets failures older than the window.

const log = pino({ level: 'silent' });
const WINDOW = 30 * 60_000;
const finding = (code: string, severity: Finding['severity']): Finding => ({
  code,
  severity,
  evidence: { values: {}, source: 'test' },
  explanation: { sv: '', en: '' },
});
const down = [finding('line.no_link', 'fault')];

function service(id: string, areaCode: string): Service {
  return {
    id,
    customerId: `c-${id}`,
    access: 'fiber',
    plan: { downMbps: 100, upMbps: 100 } as Service['plan'],
    areaCode,
    accountStatus: 'active',
    pppoeUsername: null,
    pppoePasswordEnc: null,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

describe.each(testEngines())('outage detection on %s', (engine) => {
  let db: TestDb;
  let clock = Date.parse('2026-03-02T09:00:00.000Z');
  beforeAll(async () => {
    db = await openTestDb(engine);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  function instance(store: LineFailureStore) {
    return createOutageDetector({
      tickets: db.repos.tickets,
      incidents: db.repos.incidents,
      store,
      now: () => new Date(clock),
      config: { lines: 3, windowMs: WINDOW },
      log,
    });
  }

  it('counts the failing lines both instances saw, once per area and window', async () => {
    const a = instance(new KyselyLineFailures(db.db));
    const b = instance(new KyselyLineFailures(db.db));
    expect(await a.observe('t1', service('s1', 'SE-A'), down)).toBe(true);
    expect(await b.observe('t2', service('s2', 'SE-A'), down)).toBe(true);
    // The same line failing again is still one line; a healthy diagnosis is no failure.
    await a.observe('t3', service('s2', 'SE-A'), down);
    expect(await a.observe('t4', service('s9', 'SE-A'), [finding('line.ok', 'ok')])).toBe(false);
    expect(await a.detect()).toEqual([]);
    await b.observe('t5', service('s3', 'SE-A'), down);
    const [noc, ...more] = await a.detect();
    expect(more).toEqual([]);
    const ticket = await db.repos.tickets.get(noc);
    expect(ticket?.subject).toBe('Possible outage in SE-A: 3 lines down within 30 min');
    // Already suggested within the window: neither instance suggests it again.
    clock += 60_000;
    await b.observe('t6', service('s4', 'SE-A'), down);
    expect(await b.detect()).toEqual([]);
    expect(await a.detect()).toEqual([]);
  });

  it('leaves an area covered by an open incident alone, and forgets failures older than the window', async () => {
    const a = instance(new KyselyLineFailures(db.db));
    await db.repos.incidents.create({ areas: ['SE-B'], kind: 'fiber_cut', title: 'Fiber cut' });
    for (const id of ['b1', 'b2', 'b3']) await a.observe(`t-${id}`, service(id, 'SE-B'), down);
    expect(await a.detect()).toEqual([]);
    for (const id of ['c1', 'c2']) await a.observe(`t-${id}`, service(id, 'SE-C'), down);
    clock += WINDOW + 1;
    await a.observe('t-c3', service('c3', 'SE-C'), down);
    expect(await a.detect()).toEqual([]);
  });
});

describe('outage detection in one process (memory)', () => {
  it('suggests the area when enough lines fail', async () => {
    const created: string[] = [];
    const tickets = {
      create: async (t: { subject: string }) => (created.push(t.subject), { id: `noc-${created.length}` }),
      escalate: async () => undefined,
    };
    const detector = createOutageDetector({
      tickets: tickets as never,
      incidents: { openInArea: async () => [] } as never,
      store: createInMemoryLineFailures(),
      now: () => new Date('2026-03-02T09:00:00.000Z'),
      config: { lines: 2, windowMs: WINDOW },
      log,
    });
    await detector.observe('t1', service('s1', 'SE-D'), down);
    await detector.observe('t2', service('s2', 'SE-D'), down);
    expect(await detector.detect()).toEqual(['noc-1']);
    expect(created).toEqual(['Possible outage in SE-D: 2 lines down within 30 min']);
  });
});
