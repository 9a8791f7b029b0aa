// Figures of a load-benchmark run (bench/load.ts), as written to bench/results/load.json and read
// by bench/report.ts.
import { cpus } from 'node:os';
import type { ClientResult } from './load-client.js';
import type { DeskFigures } from './load-desk.js';

export const P99_DESK_TARGET_MS = 100;

export interface Quantiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export interface LoadReport {
  generatedAt: string;
  machine: { node: string; cpus: number; platform: string };
  options: {
    conversations: number;
    cpes: number;
    turnsPerConversation: number;
    thinkMs: number;
    rampMs: number;
    timeScale: number;
    database: 'sqlite' | 'postgresql';
    /** shared: the simulated CPEs share one keep-alive pool; own: one connection per request. */
    cpeConnections?: 'shared' | 'own';
    /** Desk processes on one database, the simulated ISP in a process of its own (absent: all in one process). */
    instances?: number;
  };
  /** The machine's 1/5/15-minute load average when the run ended (other work on the machine shows here). */
  loadAverage?: number[];
  setup: { importMs: number; fleetStartMs: number; fleetSessions: number; simFailures: number };
  run: {
    durationMs: number;
    conversations: number;
    completed: number;
    endedByAgent: number;
    turns: number;
    turnsPerSec: number;
    errors: number;
    errorSamples: string[];
  };
  /**
   * Desk time per customer message: arrival at the agent to the last reply stored (accept, lease,
   * turn, storage), waits on routers and the ISP left out; the desk's frontline_desk_time_seconds.
   * Reports written before it existed hold the agent's turnMs − deviceWaitMs here.
   */
  deskMs: Quantiles;
  /** The agent's own turnMs − deviceWaitMs (taken before the replies are stored), for comparison. */
  agentTurnMs?: Quantiles;
  /** Each desk process's own figures (with --instances); the event-loop figures above are the busiest one's. */
  perDesk?: {
    samples: number;
    deskMs: Quantiles;
    eventLoopUtilisation: number;
    eventLoopDelayMs: { p50: number; p99: number; max: number };
    acsSessions: number;
    rssPeakBytes: number;
  }[];
  /** Event-loop delay of the desk process during the conversations (ms). */
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  /** Share of the run the desk's event loop was busy (0–1). */
  eventLoopUtilisation: number;
  /** Waits on routers and the ISP, over the turns that had any. */
  deviceWaitMs: Quantiles & { turnsWithWait: number };
  /** Customer-observed time to the first reply: message sent → first reply frame received. */
  clientMs: Quantiles;
  /** Customer-observed time to the first reply by what the message answered (the agent's ask key; 'opening'). */
  clientMsByAnswered?: Record<string, Quantiles & { n: number }>;
  /** POST /api/v1/chat/conversations round trip. */
  startConversationMs: Quantiles;
  acs: { sessionsDuringRun: number; sessionsPerSec: number };
  rssPeakBytes: { desk: number; clients: number };
  askKeys: Record<string, number>;
  target: { p99DeskMs: number; met: boolean };
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** Nearest-rank quantiles (0 for no values), rounded to 0.1 ms. */
export function quantiles(values: number[]): Quantiles {
  if (!values.length) return { p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  const s = Float64Array.from(values).sort();
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  const sum = s.reduce((a, b) => a + b, 0);
  return {
    p50: r1(at(0.5)),
    p95: r1(at(0.95)),
    p99: r1(at(0.99)),
    max: r1(s[s.length - 1]),
    mean: r1(sum / s.length),
  };
}

function byAnswered(turns: ClientResult['turns']): Record<string, Quantiles & { n: number }> {
  const groups = new Map<string, number[]>();
  for (const t of turns) {
    const k = t.answered ?? '(unknown)';
    groups.set(k, [...(groups.get(k) ?? []), t.clientMs]);
  }
  return Object.fromEntries(
    [...groups]
      .sort((a, b) => b[1].length - a[1].length)
      .map(([k, v]) => [k, { n: v.length, ...quantiles(v) }]),
  );
}

export function summariseLoad(input: {
  options: LoadReport['options'];
  setup: LoadReport['setup'];
  client: ClientResult;
  /** Desk-time samples (ms) taken by the desk during the run. */
  deskSamplesMs: number[];
  runMs: number;
  acsSessionsDuringRun: number;
  deskRssPeakBytes: number;
  eventLoop: { delayMs: { p50: number; p99: number; max: number }; utilisation: number };
  perDesk?: DeskFigures[];
  loadAverage?: number[];
  now?: Date;
}): LoadReport {
  const { client } = input;
  const turns = client.turns;
  const desk = quantiles(input.deskSamplesMs);
  const agentTurn = quantiles(turns.map((t) => Math.max(0, t.turnMs - t.deviceWaitMs)));
  const waits = turns.filter((t) => t.deviceWaitMs > 0).map((t) => t.deviceWaitMs);
  const seconds = input.runMs / 1000;
  return {
    generatedAt: (input.now ?? new Date()).toISOString(),
    machine: { node: process.version, cpus: cpus().length, platform: process.platform },
    options: input.options,
    ...(input.loadAverage ? { loadAverage: input.loadAverage.map((x) => Math.round(x * 100) / 100) } : {}),
    setup: {
      ...input.setup,
      importMs: Math.round(input.setup.importMs),
      fleetStartMs: Math.round(input.setup.fleetStartMs),
    },
    run: {
      durationMs: Math.round(input.runMs),
      conversations: client.conversations,
      completed: client.completed,
      endedByAgent: client.ended,
      turns: turns.length,
      turnsPerSec: seconds > 0 ? r1(turns.length / seconds) : 0,
      errors: client.errors,
      errorSamples: client.errorSamples,
    },
    deskMs: desk,
    agentTurnMs: agentTurn,
    ...(input.perDesk && input.perDesk.length > 1
      ? {
          perDesk: input.perDesk.map((d) => ({
            samples: d.deskSamplesMs.length,
            deskMs: quantiles(d.deskSamplesMs),
            eventLoopUtilisation: Math.round(d.eventLoop.utilisation * 1000) / 1000,
            eventLoopDelayMs: d.eventLoop.delayMs,
            acsSessions: d.acsSessions,
            rssPeakBytes: d.rssPeakBytes,
          })),
        }
      : {}),
    eventLoopDelayMs: input.eventLoop.delayMs,
    eventLoopUtilisation: Math.round(input.eventLoop.utilisation * 1000) / 1000,
    deviceWaitMs: { ...quantiles(waits), turnsWithWait: waits.length },
    clientMs: quantiles(turns.map((t) => t.clientMs)),
    clientMsByAnswered: byAnswered(turns),
    startConversationMs: quantiles(client.startMs),
    acs: {
      sessionsDuringRun: input.acsSessionsDuringRun,
      sessionsPerSec: seconds > 0 ? r1(input.acsSessionsDuringRun / seconds) : 0,
    },
    rssPeakBytes: { desk: input.deskRssPeakBytes, clients: client.rssPeakBytes },
    askKeys: client.askKeys,
    target: {
      p99DeskMs: P99_DESK_TARGET_MS,
      met: input.deskSamplesMs.length > 0 && desk.p99 < P99_DESK_TARGET_MS,
    },
  };
}
