import { describe, expect, it } from 'vitest';
import type { LoadReport } from './load-stats.js';
import { flatten, scaleOutSection, type StorageResults } from './report-scale.js';

const q = (p50: number, p95: number, p99: number) => ({ p50, p95, p99, max: p99, mean: p50 });

const SIZE = {
  conversations: 1000,
  cpes: 10000,
  turnsPerConversation: 4,
  thinkMs: 1000,
  rampMs: 1e4,
  timeScale: 60,
};

function run(over: {
  database: 'sqlite' | 'postgresql';
  instances?: number;
  deskP99: number;
  firstReplyP99: number;
  errors?: number;
}): LoadReport {
  return {
    generatedAt: '2026-12-05T10:00:00.000Z',
    machine: { node: 'v20.0.0', cpus: 2, platform: 'linux' },
    options: { ...SIZE, database: over.database, ...(over.instances ? { instances: over.instances } : {}) },
    loadAverage: [3.2, 4, 5],
    setup: { importMs: 1, fleetStartMs: 1, fleetSessions: 10000, simFailures: 0 },
    run: {
      durationMs: 80000,
      conversations: 1000,
      completed: 1000 - (over.errors ?? 0),
      endedByAgent: 900,
      turns: 3000,
      turnsPerSec: 37.5,
      errors: over.errors ?? 0,
      errorSamples: [],
    },
    deskMs: q(3, 10, over.deskP99),
    eventLoopDelayMs: { p50: 10, p99: 90, max: 300 },
    eventLoopUtilisation: 0.5,
    deviceWaitMs: { ...q(900, 4000, 25000), turnsWithWait: 1800 },
    clientMs: q(300, 900, over.firstReplyP99),
    clientMsByAnswered: { opening: { n: 1000, ...q(400, 800, 1200) } },
    startConversationMs: q(40, 90, 120),
    acs: { sessionsDuringRun: 4000, sessionsPerSec: 50 },
    rssPeakBytes: { desk: 1, clients: 1 },
    askKeys: {},
    target: { p99DeskMs: 100, met: over.deskP99 < 100 },
  };
}

const storage: StorageResults = {
  at: '2026-12-05T10:10:00.000Z',
  tickets: 100000,
  loadAverage: [2, 2, 2],
  results: [
    {
      engine: 'postgres',
      insert: { tickets: 100000, events: 1000000 },
      queries: {
        searchOneWord: { n: 300, p50: 2, p95: 9, p99: 20 },
        searchRare: { n: 300, p50: 4, p95: 24.5, p99: 40 },
        searchRareMs: 3,
      },
    },
  ],
};

describe('scale-out section of the report', () => {
  it('holds each run to its goals and says which are missed', () => {
    const md = scaleOutSection({
      loads: [
        {
          name: 'load-pg-2.json',
          report: run({ database: 'postgresql', instances: 2, deskP99: 45, firstReplyP99: 2400 }),
        },
        { name: 'load-sqlite.json', report: run({ database: 'sqlite', deskP99: 15, firstReplyP99: 1100 }) },
      ],
      storage,
    }).join('\n');
    expect(md).toMatch(
      /load-pg-2\.json: desk p99 < 100 ms, 0 errors, every conversation completed \| p99 45 ms, 0 errors, 1000 of 1000 completed \| \*\*met\*\*/,
    );
    expect(md).toMatch(
      /load-pg-2\.json: customer-observed first reply p99 < 1\.50 s \| p99 2\.40 s \| \*\*missed\*\*/,
    );
    expect(md).toMatch(
      /load-sqlite\.json: customer-observed first reply p99 < 1\.50 s \| p99 1\.10 s \| \*\*met\*\*/,
    );
    expect(md).toMatch(/load-sqlite\.json: SQLite in one process .* \| p99 15 ms \| \*\*met\*\*/);
    expect(md).toMatch(/one word: p95 < 20 ms \| p95 9 ms \| \*\*met\*\*/);
    expect(md).toMatch(/rare word \(one ticket or none\): p95 < 20 ms \| p95 24\.5 ms \| \*\*missed\*\*/);
    expect(md).toContain('PostgreSQL, 2 desk processes, simulated ISP apart');
    expect(md).toContain('| opening | 1000 | 400 ms / 800 ms / 1.20 s |');
  });

  it('says when there is no run with two PostgreSQL instances', () => {
    const md = scaleOutSection({
      loads: [{ name: 'load.json', report: run({ database: 'sqlite', deskP99: 30, firstReplyP99: 900 }) }],
    }).join('\n');
    expect(md).toMatch(/PostgreSQL, 2 desk instances, 1000 conversations \/ 10000 routers \| no run/);
    expect(md).toMatch(/SQLite in one process .* \| p99 30 ms \| \*\*higher\*\*/);
  });

  it("shows other benchmarks' figures as they are", () => {
    expect(
      flatten({ sessionsPerSec: 1012.5, engine: 'sqlite', by: { turn: { statements: 9 } }, list: [1, 2] }),
    ).toEqual([
      ['sessionsPerSec', '1012.5'],
      ['engine', 'sqlite'],
      ['by.turn.statements', '9'],
      ['list', '[1,2]'],
    ]);
    const md = scaleOutSection({
      loads: [],
      extras: [{ name: 'acs.json', data: { sessionsPerSec: 1012.5 } }],
    }).join('\n');
    expect(md).toContain('| sessionsPerSec | 1012.5 |');
  });
});
