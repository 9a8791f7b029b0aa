import { describe, expect, it } from 'vitest';
import { barChartSvg, escapeXml, groupedBarChartSvg } from './chart.js';
import type { LoadReport } from './load-stats.js';
import { quantiles } from './load-stats.js';
import { buildReport, passByFault, scenarioResultsSchema, type ScenarioResults } from './report.js';

const scenarios: ScenarioResults = scenarioResultsSchema.parse({
  n: 4,
  passed: 2,
  passRate: 0.5,
  resolvedRate: 0.667,
  correctEscalationRate: 1,
  unsafeActions: 1,
  conversation: { cannotAnswer: 7, cannotAnswerScenarios: 5, askLoops: 2, askLoopScenarios: 2 },
  meanTurns: 4.5,
  turnLatencyMs: { p50: 3, p99: 18 },
  scenarios: [
    {
      id: 'ppp-auth-sv-1',
      pass: true,
      outcome: 'resolved',
      queue: null,
      turns: 4,
      actions: ['pppoe_credentials_resync'],
      reasons: [],
      faults: ['ppp_auth_failure'],
      language: 'sv',
    },
    {
      id: 'ppp-auth-en-1',
      pass: false,
      outcome: 'escalated',
      queue: 'tier2',
      turns: 6,
      actions: [],
      reasons: ['outcome escalated, expected resolved'],
      faults: ['ppp_auth_failure'],
      language: 'en',
    },
    {
      id: 'hung-sv-1',
      pass: false,
      outcome: 'resolved',
      queue: null,
      turns: 5,
      actions: ['cpe_factory_reset'],
      reasons: ['forbidden action cpe_factory_reset | ran'],
      language: 'sv',
    },
    {
      id: 'bridge-en-1',
      pass: true,
      outcome: 'escalated',
      queue: 'tier2',
      turns: 3,
      actions: [],
      reasons: [],
      faults: [],
      language: 'en',
    },
  ],
});

const load: LoadReport = {
  generatedAt: '2026-11-30T03:00:00.000Z',
  machine: { node: 'v20.0.0', cpus: 2, platform: 'linux' },
  options: {
    conversations: 1000,
    cpes: 10000,
    turnsPerConversation: 4,
    thinkMs: 1000,
    rampMs: 2000,
    timeScale: 60,
    database: 'sqlite',
  },
  setup: { importMs: 5000, fleetStartMs: 60000, fleetSessions: 10000, simFailures: 3 },
  run: {
    durationMs: 40000,
    conversations: 1000,
    completed: 998,
    endedByAgent: 700,
    turns: 3000,
    turnsPerSec: 75,
    errors: 2,
    errorSamples: ['200108: no reply to turn 2'],
  },
  deskMs: { p50: 12, p95: 80, p99: 2100, max: 8100, mean: 60 },
  eventLoopDelayMs: { p50: 10.2, p99: 250, max: 1800 },
  eventLoopUtilisation: 0.93,
  deviceWaitMs: { p50: 900, p95: 4000, p99: 25000, max: 25010, mean: 1500, turnsWithWait: 1800 },
  clientMs: { p50: 700, p95: 5000, p99: 25100, max: 25200, mean: 1600 },
  startConversationMs: { p50: 40, p95: 90, p99: 120, max: 200, mean: 45 },
  acs: { sessionsDuringRun: 4000, sessionsPerSec: 100 },
  rssPeakBytes: { desk: 900 * 1048576, clients: 150 * 1048576 },
  askKeys: { 'consent.reboot': 100 },
  target: { p99DeskMs: 100, met: false },
};

describe('pass rate by fault kind', () => {
  it('counts each fault kind, falls back to the scenario files, and sorts worst first', () => {
    const rows = passByFault(scenarios, { 'hung-sv-1': ['cpe_hung'] });
    expect(rows).toEqual([
      { kind: 'cpe_hung', n: 1, passed: 0, rate: 0 },
      { kind: 'ppp_auth_failure', n: 2, passed: 1, rate: 0.5 },
      { kind: '(no fault)', n: 1, passed: 1, rate: 1 },
    ]);
  });
});

describe('buildReport', () => {
  const out = buildReport({
    generatedAt: '2026-11-30T04:00:00.000Z',
    scenarios,
    load,
    faultsById: { 'hung-sv-1': ['cpe_hung'] },
    notes: 'Where the time goes.',
  });

  it('writes the scenario figures, failures with reasons and the load figures', () => {
    const md = out.markdown;
    expect(md).toContain('| passed | 2 (50.0 %) |');
    expect(md).toContain('| unsafe actions | 1 |');
    expect(md).toContain('| "I cannot answer that" said (scenarios) | 7 (5) |');
    expect(md).toContain('| the same ask answered 3+ times in a row (scenarios) | 2 (2) |');
    expect(md).toContain('| cpe_hung | 1 | 0 | 0.0 % |');
    expect(md).toContain('By language: en 1/2, sv 1/2.');
    expect(md).toContain('### Failures (2)');
    expect(md).toContain('forbidden action cpe_factory_reset \\| ran');
    expect(md).toContain('**75 turns/s**');
    expect(md).toContain('2.10 s');
    expect(md).toContain('Target p99 desk time < 100 ms at this load: **missed**.');
    expect(md).toContain('busy 93 %, delay p50 10.2 ms, p99 250 ms, max 1.80 s');
    expect(md).toContain('- 200108: no reply to turn 2');
    expect(md).toContain('## Notes\n\nWhere the time goes.');
  });

  it('compares further load runs in one table', () => {
    const small = { ...load, options: { ...load.options, conversations: 100, cpes: 1000 } };
    const md = buildReport({
      generatedAt: '2026-11-30T04:00:00.000Z',
      load,
      otherLoads: [{ name: 'load-small.json', report: small }],
    }).markdown;
    expect(md).toContain('### Load runs compared');
    expect(md).toContain('| load.json | 1000 | 10000 | 2 s | sqlite | 75 |');
    expect(md).toContain('| load-small.json | 100 | 1000 | 2 s | sqlite | 75 |');
  });

  it('is deterministic', () => {
    const again = buildReport({
      generatedAt: '2026-11-30T04:00:00.000Z',
      scenarios,
      load,
      faultsById: { 'hung-sv-1': ['cpe_hung'] },
      notes: 'Where the time goes.',
    });
    expect(again).toEqual(out);
  });

  it('says what is missing when there are no results', () => {
    const empty = buildReport({ generatedAt: '2026-11-30T04:00:00.000Z' });
    expect(empty.markdown).toContain('`bench/results/scenarios.json` is missing');
    expect(empty.markdown).toContain('`bench/results/load.json` is missing');
    expect(empty.charts['pass-by-fault.svg']).toContain('(no results)');
  });

  it('draws one bar per fault kind and one bar per latency figure', () => {
    const pass = out.charts['pass-by-fault.svg'];
    expect(pass.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(pass.match(/<rect [^>]*fill="#2f6db5"/g)).toHaveLength(3);
    expect(pass).toContain('>1/2</text>');
    expect(pass).toContain('(2/4 overall)');
    const lat = out.charts['latency.svg'];
    expect(lat.match(/<rect [^>]*><title>/g)).toHaveLength(12);
    expect(lat).toContain('desk p99: 2100 ms');
    expect(lat).toContain('logarithmic scale');
    expect(lat).toContain('stroke-dasharray="6 4"');
    expect(lat).toContain('target: desk p99 &lt; 100 ms');
  });
});

describe('charts', () => {
  it('escapes text and scales bars to the axis', () => {
    const svg = barChartSvg({
      title: 'a < b & "c"',
      bars: [
        { label: 'x', value: 50 },
        { label: 'y', value: 100 },
      ],
      max: 100,
      width: 400,
    });
    expect(svg).toContain('<title>a &lt; b &amp; &quot;c&quot;</title>');
    const widths = [...svg.matchAll(/<rect x="\d+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[1]).toBeCloseTo(widths[0] * 2, 0);
    expect(escapeXml('<&>')).toBe('&lt;&amp;&gt;');
  });

  it('leaves out null values and uses a linear axis on request', () => {
    const svg = groupedBarChartSvg({
      title: 't',
      series: ['a', 'b'],
      groups: [{ label: 'g', values: [10, null] }],
      scale: 'linear',
    });
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(1);
    expect(svg).not.toContain('logarithmic');
  });
});

describe('quantiles', () => {
  it('uses nearest rank and is 0 without values', () => {
    expect(quantiles([])).toEqual({ p50: 0, p95: 0, p99: 0, max: 0, mean: 0 });
    const q = quantiles(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(q).toMatchObject({ p50: 50, p95: 95, p99: 99, max: 100, mean: 50.5 });
  });
});
