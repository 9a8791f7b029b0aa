// `npm run bench -- --scenarios DIR --json FILE`: every scenario against a fresh desk, scored.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { scenarioSchema, type Scenario } from './scenario-schema.js';
import { failuresMarkdown } from './failure-groups.js';
import { runScenario, type AaaMode, type ScenarioRun } from './harness.js';
import { portsMode } from './isp-over-http.js';
import { ASK_LOOP_LENGTH, conversationQuality } from './conversation-quality.js';

export interface BenchSummary {
  n: number;
  passed: number;
  passRate: number;
  resolvedRate: number;
  correctEscalationRate: number;
  unsafeActions: number;
  meanTurns: number;
  turnLatencyMs: { p50: number; p99: number };
  deviceWaitMs: { p50: number; p99: number };
  /** What the scorer cannot see (bench/conversation-quality.ts): over all scenarios, and how many had any. */
  conversation: {
    cannotAnswer: number;
    cannotAnswerScenarios: number;
    askLoops: number;
    askLoopScenarios: number;
  };
  scenarios: {
    id: string;
    pass: boolean;
    outcome: string | null;
    queue: string | null;
    turns: number;
    actions: string[];
    reasons: string[];
    faults: string[];
    language: string;
    cannotAnswer: number;
    askLoops: number;
  }[];
}

export function loadScenarios(dir: string): {
  scenarios: Scenario[];
  invalid: { file: string; error: string }[];
} {
  const scenarios: Scenario[] = [];
  const invalid: { file: string; error: string }[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    try {
      scenarios.push(scenarioSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
    } catch (err) {
      invalid.push({ file: f, error: (err as Error).message.slice(0, 300) });
    }
  }
  return { scenarios, invalid };
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[idx] * 100) / 100;
}

export function summarise(runs: ScenarioRun[]): BenchSummary {
  const n = runs.length;
  const passed = runs.filter((r) => r.score.pass).length;
  const expectResolved = runs.filter((r) => r.scenario.expect.outcome === 'resolved');
  const expectEscalated = runs.filter((r) => ['escalated', 'routed'].includes(r.scenario.expect.outcome));
  const escalationCorrect = expectEscalated.filter(
    (r) =>
      r.observation.outcome === r.scenario.expect.outcome &&
      !r.score.reasons.some((x) => x.startsWith('queue ')),
  );
  const turnMs = runs.flatMap((r) => r.turnLatenciesMs);
  const waitMs = runs.flatMap((r) => r.deviceWaitsMs);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const quality = runs.map((r) => conversationQuality(r.transcript));
  return {
    n,
    passed,
    passRate: n ? round(passed / n) : 0,
    resolvedRate: expectResolved.length
      ? round(
          expectResolved.filter((r) => r.observation.outcome === 'resolved' && r.observation.problemGone)
            .length / expectResolved.length,
        )
      : 0,
    correctEscalationRate: expectEscalated.length
      ? round(escalationCorrect.length / expectEscalated.length)
      : 0,
    unsafeActions: runs.filter((r) => r.score.unsafe).length,
    meanTurns: n ? Math.round((runs.reduce((s, r) => s + r.observation.turns, 0) / n) * 10) / 10 : 0,
    turnLatencyMs: { p50: percentile(turnMs, 50), p99: percentile(turnMs, 99) },
    deviceWaitMs: { p50: percentile(waitMs, 50), p99: percentile(waitMs, 99) },
    conversation: {
      cannotAnswer: quality.reduce((s, q) => s + q.cannotAnswer, 0),
      cannotAnswerScenarios: quality.filter((q) => q.cannotAnswer > 0).length,
      askLoops: quality.reduce((s, q) => s + q.askLoops, 0),
      askLoopScenarios: quality.filter((q) => q.askLoops > 0).length,
    },
    scenarios: runs.map((r, i) => ({
      id: r.scenario.id,
      pass: r.score.pass,
      outcome: r.observation.outcome,
      queue: r.observation.queue,
      turns: r.observation.turns,
      actions: r.observation.actionsDone,
      reasons: r.score.reasons,
      faults: r.scenario.faults.map((f) => f.kind),
      language: r.scenario.language,
      cannotAnswer: quality[i]!.cannotAnswer,
      askLoops: quality[i]!.askLoops,
    })),
  };
}

function printTable(summary: BenchSummary): void {
  const rows = summary.scenarios.map((s) => ({
    scenario: s.id,
    pass: s.pass ? 'PASS' : 'FAIL',
    outcome: `${s.outcome ?? '-'}${s.queue ? `/${s.queue}` : ''}`,
    turns: s.turns,
    actions: s.actions.join(',') || '-',
  }));
  console.table(rows);
  for (const s of summary.scenarios.filter((x) => !x.pass))
    console.log(`FAIL ${s.id}: ${s.reasons.join('; ')}`);
  console.log(
    `\n${summary.passed}/${summary.n} passed (${(summary.passRate * 100).toFixed(1)} %), unsafe ${summary.unsafeActions}, ` +
      `mean turns ${summary.meanTurns}, turn latency p50 ${summary.turnLatencyMs.p50} ms p99 ${summary.turnLatencyMs.p99} ms ` +
      `(device waits apart: p50 ${summary.deviceWaitMs.p50} ms, p99 ${summary.deviceWaitMs.p99} ms)`,
  );
  const c = summary.conversation;
  console.log(
    `conversation: "cannot answer" ${c.cannotAnswer} times in ${c.cannotAnswerScenarios} scenarios, ` +
      `an ask put ${ASK_LOOP_LENGTH}+ times in a row ${c.askLoops} times in ${c.askLoopScenarios} scenarios`,
  );
}

async function main(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const program = new Command()
    .option('--scenarios <dir>', 'folder of scenario JSON files', join(here, 'scenarios'))
    .option('--json <file>', 'write the result JSON here')
    .option('--filter <text>', 'only scenarios whose id contains this')
    .option('--explain <file>', 'write the transcript and timeline of every failed scenario to this file')
    .option('--explain-all', 'with --explain: passed scenarios too')
    .option('--failures <file>', 'write the failure reasons grouped by kind (markdown) to this file')
    .option(
      '--ports <mode>',
      'ISP ports in-process, or http: through the ISP HTTP contract (default FRONTLINE_BENCH_PORTS)',
    )
    .option(
      '--aaa <mode>',
      'in-process, or radius: routers log in through FreeRADIUS and the desk reads its SQL (FRONTLINE_RADIUS_*)',
      process.env.FRONTLINE_BENCH_AAA ?? 'in-process',
    )
    .parse();
  const opts = program.opts<{
    scenarios: string;
    json?: string;
    filter?: string;
    explain?: string;
    explainAll?: boolean;
    failures?: string;
    aaa: string;
    ports?: string;
  }>();
  const ports = portsMode(opts.ports);
  if (opts.aaa !== 'in-process' && opts.aaa !== 'radius')
    throw new Error(`--aaa is in-process or radius, not ${opts.aaa}`);
  const aaa: AaaMode = opts.aaa;
  const { scenarios: all, invalid } = loadScenarios(resolve(opts.scenarios));
  for (const i of invalid) console.error(`invalid scenario ${i.file}: ${i.error}`);
  const scenarios = opts.filter ? all.filter((s) => s.id.includes(opts.filter!)) : all;
  const bar = new cliProgress.SingleBar(
    { format: 'scenarios [{bar}] {value}/{total} {id}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(scenarios.length, 0, { id: '' });
  const runs: ScenarioRun[] = [];
  for (const s of scenarios) {
    bar.update(runs.length, { id: s.id });
    runs.push(await runScenario(s, { aaa, ports }));
    bar.update(runs.length, { id: s.id });
  }
  bar.stop();
  const summary = summarise(runs);
  printTable(summary);
  console.log(`ISP ports: ${ports}`);
  console.log(`AAA: ${aaa}`);
  if (opts.explain) {
    const text = runs
      .filter((r) => opts.explainAll || !r.score.pass)
      .map((r) =>
        [
          `## ${r.scenario.id}: ${r.score.pass ? 'PASS' : r.score.reasons.join('; ')}`,
          ...r.transcript.map(
            (m) =>
              `${m.role === 'customer' ? '>' : '<'} ${m.askKey ? `[${m.askKey}] ` : ''}${m.text.replace(/\s+/g, ' ')}`,
          ),
          '-- timeline',
          ...r.timeline,
          '',
        ].join('\n'),
      )
      .join('\n');
    writeFileSync(resolve(opts.explain), text);
  }
  if (opts.failures) writeFileSync(resolve(opts.failures), failuresMarkdown(opts.scenarios, summary) + '\n');
  if (opts.json) {
    mkdirSync(dirname(resolve(opts.json)), { recursive: true });
    writeFileSync(resolve(opts.json), JSON.stringify(summary, null, 2) + '\n');
    console.log(`wrote ${opts.json}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
