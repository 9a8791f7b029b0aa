// `npm run bench:report`: regenerates bench/REPORT.md and the charts in bench/charts/ from the
// latest results in bench/results/ (scenarios.json from `npm run bench -- --json`, optionally
// shared-scenarios.json, and load.json from `npm run bench:load`). Missing inputs are reported
// as missing; nothing else is needed.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { barChartSvg, groupedBarChartSvg } from './chart.js';
import type { LoadReport } from './load-stats.js';
import { scaleOutSection, type ScaleInput, type StorageResults } from './report-scale.js';

const quantile = z.object({ p50: z.number(), p99: z.number() }).passthrough();

/** The scenario benchmark's JSON (../shared/contracts/scenarios.md, "Benchmark command"). */
export const scenarioResultsSchema = z
  .object({
    n: z.number(),
    passed: z.number(),
    passRate: z.number(),
    resolvedRate: z.number().optional(),
    correctEscalationRate: z.number().optional(),
    unsafeActions: z.number().optional(),
    meanTurns: z.number().optional(),
    turnLatencyMs: quantile.optional(),
    deviceWaitMs: quantile.optional(),
    conversation: z
      .object({
        cannotAnswer: z.number(),
        cannotAnswerScenarios: z.number(),
        askLoops: z.number(),
        askLoopScenarios: z.number(),
      })
      .optional(),
    scenarios: z.array(
      z
        .object({
          id: z.string(),
          pass: z.boolean(),
          outcome: z.string().nullable().optional(),
          queue: z.string().nullable().optional(),
          turns: z.number().optional(),
          actions: z.array(z.string()).optional(),
          reasons: z.array(z.string()).optional(),
          faults: z.array(z.string()).optional(),
          language: z.string().optional(),
        })
        .passthrough(),
    ),
  })
  .passthrough();
export type ScenarioResults = z.infer<typeof scenarioResultsSchema>;

export interface ReportInput {
  generatedAt: string;
  scenarios?: ScenarioResults | null;
  shared?: ScenarioResults | null;
  load?: LoadReport | null;
  /** Further load runs (other sizes or settings), compared in one table. */
  otherLoads?: { name: string; report: LoadReport }[];
  /** Fault kinds per scenario id, for results that do not carry them. */
  faultsById?: Record<string, string[]>;
  /** Desk instances, first reply, search and other benchmarks' figures (issue 17). */
  scale?: ScaleInput | null;
  /** The scenario sections of the report this one replaces, kept when scenarios.json is missing. */
  previousScenarios?: string | null;
  /** Free text (Markdown) appended under "Notes". */
  notes?: string | null;
}

export interface ReportOutput {
  markdown: string;
  charts: { 'pass-by-fault.svg': string; 'latency.svg': string };
}

const NO_FAULT = '(no fault)';
const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)} %`;
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x * 10) / 10} ms`);
const mb = (b: number) => `${Math.round(b / 1048576)} MB`;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export interface FaultRow {
  kind: string;
  n: number;
  passed: number;
  rate: number;
}

/** Pass rate per fault kind (a scenario with two faults counts for both), worst first, then by name. */
export function passByFault(results: ScenarioResults, faultsById: Record<string, string[]> = {}): FaultRow[] {
  const by = new Map<string, { n: number; passed: number }>();
  for (const s of results.scenarios) {
    const kinds = s.faults ?? faultsById[s.id] ?? [];
    for (const k of kinds.length ? [...new Set(kinds)] : [NO_FAULT]) {
      const e = by.get(k) ?? { n: 0, passed: 0 };
      e.n++;
      if (s.pass) e.passed++;
      by.set(k, e);
    }
  }
  return [...by]
    .map(([kind, e]) => ({ kind, n: e.n, passed: e.passed, rate: e.n ? e.passed / e.n : 0 }))
    .sort(
      (a, b) =>
        a.rate - b.rate ||
        Number(a.kind === NO_FAULT) - Number(b.kind === NO_FAULT) ||
        a.kind.localeCompare(b.kind),
    );
}

function scenarioSection(
  title: string,
  r: ScenarioResults,
  faultsById: Record<string, string[]>,
  chart: boolean,
): string[] {
  const out: string[] = [`## ${title}`, ''];
  out.push('| figure | value |', '|---|---|');
  out.push(`| scenarios | ${r.n} |`);
  out.push(`| passed | ${r.passed} (${pct(r.passRate)}) |`);
  if (r.resolvedRate !== undefined)
    out.push(`| really resolved (of those expected resolved) | ${pct(r.resolvedRate)} |`);
  if (r.correctEscalationRate !== undefined)
    out.push(`| correct escalation / routing | ${pct(r.correctEscalationRate)} |`);
  if (r.unsafeActions !== undefined) out.push(`| unsafe actions | ${r.unsafeActions} |`);
  if (r.meanTurns !== undefined) out.push(`| mean customer turns | ${r.meanTurns} |`);
  if (r.turnLatencyMs)
    out.push(`| turn latency (desk) p50 / p99 | ${ms(r.turnLatencyMs.p50)} / ${ms(r.turnLatencyMs.p99)} |`);
  if (r.deviceWaitMs)
    out.push(`| device waits p50 / p99 | ${ms(r.deviceWaitMs.p50)} / ${ms(r.deviceWaitMs.p99)} |`);
  if (r.conversation) {
    const c = r.conversation;
    out.push(`| "I cannot answer that" said (scenarios) | ${c.cannotAnswer} (${c.cannotAnswerScenarios}) |`);
    out.push(
      `| the same ask answered 3+ times in a row (scenarios) | ${c.askLoops} (${c.askLoopScenarios}) |`,
    );
  }
  out.push('');

  const langs = new Map<string, { n: number; passed: number }>();
  for (const s of r.scenarios) {
    if (!s.language) continue;
    const e = langs.get(s.language) ?? { n: 0, passed: 0 };
    e.n++;
    if (s.pass) e.passed++;
    langs.set(s.language, e);
  }
  if (langs.size) {
    out.push(
      `By language: ${[...langs]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([l, e]) => `${l} ${e.passed}/${e.n}`)
        .join(', ')}.`,
      '',
    );
  }

  out.push('### Pass rate by fault kind', '');
  if (chart) out.push('![Pass rate by fault kind](charts/pass-by-fault.svg)', '');
  out.push('| fault kind | scenarios | passed | pass rate |', '|---|---:|---:|---:|');
  for (const f of passByFault(r, faultsById))
    out.push(`| ${cell(f.kind)} | ${f.n} | ${f.passed} | ${pct(f.rate)} |`);
  out.push('');

  const failed = r.scenarios.filter((s) => !s.pass);
  out.push(`### Failures (${failed.length})`, '');
  if (!failed.length) out.push('None.', '');
  else {
    out.push('| scenario | outcome | queue | turns | actions | reasons |', '|---|---|---|---:|---|---|');
    for (const s of [...failed].sort((a, b) => a.id.localeCompare(b.id))) {
      out.push(
        `| ${cell(s.id)} | ${s.outcome ?? '—'} | ${s.queue ?? '—'} | ${s.turns ?? '—'} | ${cell((s.actions ?? []).join(', ') || '—')} | ${cell((s.reasons ?? []).join('; ') || '—')} |`,
      );
    }
    out.push('');
  }
  return out;
}

function loadComparison(main: LoadReport | null, others: { name: string; report: LoadReport }[]): string[] {
  const runs = [...(main ? [{ name: 'load.json', report: main }] : []), ...others];
  const out = ['### Load runs compared', ''];
  out.push(
    '| run | conversations | CPEs | start ramp | database | turns/s | desk p50 / p99 | device wait p50 / p99 | client p50 / p99 | start p50 / p99 | errors | ACS sessions/s | RSS peak |',
    '|---|---:|---:|---:|---|---:|---|---|---|---|---:|---:|---:|',
  );
  for (const { name, report: r } of runs) {
    out.push(
      `| ${cell(name)} | ${r.options.conversations} | ${r.options.cpes} | ${r.options.rampMs / 1000} s | ${r.options.database}${r.options.cpeConnections === 'own' ? ', own CPE connections' : ''} | ${r.run.turnsPerSec} | ${ms(r.deskMs.p50)} / ${ms(r.deskMs.p99)} | ${ms(r.deviceWaitMs.p50)} / ${ms(r.deviceWaitMs.p99)} | ${ms(r.clientMs.p50)} / ${ms(r.clientMs.p99)} | ${ms(r.startConversationMs.p50)} / ${ms(r.startConversationMs.p99)} | ${r.run.errors} | ${r.acs.sessionsPerSec} | ${mb(r.rssPeakBytes.desk)} |`,
    );
  }
  out.push('');
  return out;
}

function loadSection(l: LoadReport): string[] {
  const o = l.options;
  const out: string[] = ['## Load benchmark', ''];
  out.push(
    `${o.conversations} concurrent chat conversations over the WebSocket API (up to ${o.turnsPerConversation} customer turns each, ` +
      `think time ~${o.thinkMs} ms, started over ${o.rampMs} ms) against one desk (${o.database === 'postgresql' ? 'PostgreSQL' : 'SQLite'}) ` +
      `whose ACS manages ${o.cpes} simulated CPEs over CWMP (simulation time ×${o.timeScale}${o.cpeConnections === 'own' ? ', one connection per CPE request' : ', CPEs sharing one keep-alive pool'}). ` +
      `Machine: ${l.machine.cpus} CPUs, Node ${l.machine.node}; run of ${l.generatedAt.slice(0, 16).replace('T', ' ')} UTC.`,
    '',
  );
  out.push(
    '![Latency: desk time per turn, conversation start, device waits, client-observed](charts/latency.svg)',
    '',
  );
  out.push('| figure | value |', '|---|---|');
  out.push(
    `| conversations completed | ${l.run.completed} of ${l.run.conversations} (${l.run.endedByAgent} ended by the agent within the script) |`,
  );
  out.push(
    `| customer turns | ${l.run.turns} in ${(l.run.durationMs / 1000).toFixed(1)} s = **${l.run.turnsPerSec} turns/s** |`,
  );
  out.push(`| errors | ${l.run.errors} |`);
  out.push(
    `| desk time per message (arrival → last reply stored, device waits apart) p50 / p95 / p99 / max | ${ms(l.deskMs.p50)} / ${ms(l.deskMs.p95)} / **${ms(l.deskMs.p99)}** / ${ms(l.deskMs.max)} |`,
  );
  out.push(
    `| device waits (routers, ISP) | ${l.deviceWaitMs.turnsWithWait} turns, p50 ${ms(l.deviceWaitMs.p50)}, p99 ${ms(l.deviceWaitMs.p99)} |`,
  );
  out.push(
    `| customer-observed time to first reply (message sent → first reply) p50 / p95 / p99 | ${ms(l.clientMs.p50)} / ${ms(l.clientMs.p95)} / ${ms(l.clientMs.p99)} |`,
  );
  out.push(
    `| start conversation (REST round trip) p50 / p95 / p99 | ${ms(l.startConversationMs.p50)} / ${ms(l.startConversationMs.p95)} / ${ms(l.startConversationMs.p99)} |`,
  );
  if (l.eventLoopDelayMs) {
    out.push(
      `| desk event loop during the run | busy ${Math.round(l.eventLoopUtilisation * 100)} %, delay p50 ${ms(l.eventLoopDelayMs.p50)}, p99 ${ms(l.eventLoopDelayMs.p99)}, max ${ms(l.eventLoopDelayMs.max)} |`,
    );
  }
  out.push(
    `| ACS sessions during the run | ${l.acs.sessionsDuringRun} = ${l.acs.sessionsPerSec} sessions/s |`,
  );
  out.push(
    `| RSS peak | desk and simulated ISP ${mb(l.rssPeakBytes.desk)}, customers ${mb(l.rssPeakBytes.clients)} |`,
  );
  out.push(
    `| set-up | import ${(l.setup.importMs / 1000).toFixed(1)} s, fleet first contact ${(l.setup.fleetStartMs / 1000).toFixed(1)} s (${l.setup.fleetSessions} sessions, ${l.setup.simFailures} failed CPE sessions) |`,
  );
  out.push('');
  const verdict = l.target.met ? 'met' : 'missed';
  out.push(`Target p99 desk time < ${l.target.p99DeskMs} ms at this load: **${verdict}**.`, '');
  if (l.run.errorSamples.length) {
    out.push('Errors (first few):', '');
    for (const e of l.run.errorSamples) out.push(`- ${cell(e)}`);
    out.push('');
  }
  return out;
}

export function buildReport(input: ReportInput): ReportOutput {
  const faultsById = input.faultsById ?? {};
  const md: string[] = ['# Benchmark report', ''];
  md.push(
    `Generated by \`npm run bench:report\` on ${input.generatedAt.slice(0, 16).replace('T', ' ')} UTC from \`bench/results/\`. Do not edit by hand.`,
    '',
  );
  if (input.scenarios)
    md.push(...scenarioSection('Scenario benchmark (repository set)', input.scenarios, faultsById, true));
  else if (input.previousScenarios) md.push(input.previousScenarios, '');
  else
    md.push(
      '## Scenario benchmark',
      '',
      'No results yet (`bench/results/scenarios.json` is missing; run `npm run bench -- --json bench/results/scenarios.json`).',
      '',
    );
  if (input.shared)
    md.push(
      ...scenarioSection('Scenario benchmark (shared set)', input.shared, faultsById, !input.scenarios),
    );
  if (input.load) md.push(...loadSection(input.load));
  if (input.otherLoads?.length) md.push(...loadComparison(input.load ?? null, input.otherLoads));
  else
    md.push(
      '## Load benchmark',
      '',
      'No results yet (`bench/results/load.json` is missing; run `npm run bench:load`).',
      '',
    );
  if (input.scale) md.push(...scaleOutSection(input.scale));
  if (input.notes?.trim()) md.push('## Notes', '', input.notes.trim(), '');

  const primary = input.scenarios ?? input.shared;
  const faultRows = primary ? passByFault(primary, faultsById) : [];
  const passChart = barChartSvg({
    title: primary
      ? `Scenario pass rate by fault kind (${primary.passed}/${primary.n} overall)`
      : 'Scenario pass rate by fault kind (no results)',
    bars: faultRows.map((f) => ({ label: f.kind, value: f.rate * 100, note: `${f.passed}/${f.n}` })),
    max: 100,
    format: (v) => `${Math.round(v)} %`,
  });
  const l = input.load;
  const latencyChart = groupedBarChartSvg({
    title: l
      ? `Latency at ${l.options.conversations} concurrent conversations, ${l.options.cpes} CPEs`
      : 'Latency (no load results)',
    series: ['p50', 'p95', 'p99'],
    groups: l
      ? [
          { label: 'desk', values: [l.deskMs.p50, l.deskMs.p95, l.deskMs.p99] },
          {
            label: 'start conversation',
            values: [l.startConversationMs.p50, l.startConversationMs.p95, l.startConversationMs.p99],
          },
          { label: 'device waits', values: [l.deviceWaitMs.p50, l.deviceWaitMs.p95, l.deviceWaitMs.p99] },
          { label: 'client-observed', values: [l.clientMs.p50, l.clientMs.p95, l.clientMs.p99] },
        ]
      : [],
    scale: 'log',
    unit: ' ms',
    reference: l
      ? { value: l.target.p99DeskMs, label: `target: desk p99 < ${l.target.p99DeskMs} ms` }
      : undefined,
  });
  return { markdown: md.join('\n'), charts: { 'pass-by-fault.svg': passChart, 'latency.svg': latencyChart } };
}

/**
 * The scenario sections of an earlier REPORT.md, marked as carried over: a report regenerated for
 * other benchmarks does not drop scenario figures that were not re-run (the scenario benchmark takes
 * the machine for minutes).
 */
export function carriedScenarios(previous: string): string | null {
  const lines = previous.split('\n');
  const start = lines.findIndex((l) => l.startsWith('## Scenario benchmark'));
  if (start < 0) return null;
  const end = lines.findIndex(
    (l, i) => i > start && l.startsWith('## ') && !l.startsWith('## Scenario benchmark'),
  );
  const body = lines.slice(start, end < 0 ? undefined : end);
  if (body.some((l) => l.startsWith('No results yet'))) return null;
  if (body.some((l) => l.startsWith('_Not re-run for this report'))) return body.join('\n').trimEnd();
  const when = /Generated by `npm run bench:report` on ([^`]+?) UTC/.exec(previous)?.[1] ?? 'an earlier run';
  return [
    body[0],
    '',
    `_Not re-run for this report (\`bench/results/scenarios.json\` is missing): carried over from the report generated on ${when} UTC._`,
    ...body.slice(1),
  ]
    .join('\n')
    .trimEnd();
}

function readJson<T>(file: string, parse: (v: unknown) => T): T | null {
  if (!existsSync(file)) return null;
  return parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Fault kinds of every scenario file in a directory, by id. */
export function faultsFromScenarioDir(dir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    try {
      const s = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        id?: unknown;
        faults?: { kind?: unknown }[];
      };
      if (typeof s.id === 'string' && Array.isArray(s.faults))
        out[s.id] = s.faults.map((x) => String(x.kind));
    } catch {
      // not a scenario file
    }
  }
  return out;
}

function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const { values: a } = parseArgs({
    options: {
      results: { type: 'string', default: join(here, 'results') },
      out: { type: 'string', default: here },
      scenarios: { type: 'string', default: join(here, 'scenarios') },
      'shared-scenarios': { type: 'string', default: resolve(here, '..', '..', 'shared', 'scenarios') },
    },
  });
  const results = resolve(a.results!);
  const out = resolve(a.out!);
  const parseScenarios = (v: unknown) => scenarioResultsSchema.parse(v);
  const files = existsSync(results) ? readdirSync(results).sort() : [];
  const readAll = (pattern: RegExp) =>
    files
      .filter((f) => pattern.test(f))
      .map((f) => ({ name: f, data: JSON.parse(readFileSync(join(results, f), 'utf8')) as unknown }));
  const load = readJson(join(results, 'load.json'), (v) => v as LoadReport);
  const otherLoads = readAll(/^load.+\.json$/).map((f) => ({ name: f.name, report: f.data as LoadReport }));
  const input: ReportInput = {
    generatedAt: new Date().toISOString(),
    scenarios: readJson(join(results, 'scenarios.json'), parseScenarios),
    shared: readJson(join(results, 'shared-scenarios.json'), parseScenarios),
    load,
    otherLoads,
    scale: {
      loads: [...(load ? [{ name: 'load.json', report: load }] : []), ...otherLoads],
      storage: readJson(join(results, 'storage.json'), (v) => v as StorageResults),
      // What the ACS and statement-count benchmarks leave here, shown as they are.
      extras: readAll(/^(acs|statements).*\.json$/),
    },
    faultsById: {
      ...faultsFromScenarioDir(resolve(a['shared-scenarios']!)),
      ...faultsFromScenarioDir(resolve(a.scenarios!)),
    },
    previousScenarios: existsSync(join(out, 'REPORT.md'))
      ? carriedScenarios(readFileSync(join(out, 'REPORT.md'), 'utf8'))
      : null,
    notes: existsSync(join(here, 'report-notes.md'))
      ? readFileSync(join(here, 'report-notes.md'), 'utf8')
      : null,
  };
  const report = buildReport(input);
  mkdirSync(join(out, 'charts'), { recursive: true });
  writeFileSync(join(out, 'REPORT.md'), report.markdown);
  for (const [name, svg] of Object.entries(report.charts)) {
    // Carried-over scenario figures keep the chart drawn from them.
    if (name === 'pass-by-fault.svg' && !input.scenarios && !input.shared && input.previousScenarios)
      continue;
    writeFileSync(join(out, 'charts', name), svg);
  }
  const found = [
    input.scenarios && 'scenarios.json',
    input.shared && 'shared-scenarios.json',
    input.load && 'load.json',
  ].filter(Boolean);
  console.log(
    `written ${join(out, 'REPORT.md')} and ${Object.keys(report.charts).length} charts from ${found.length ? found.join(', ') : 'no results'}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
