// The engine kernel: config and clock, its state per ticket (load/save), the timeline (record),
// waits that send what was said so far (waitOn), and probes with the diagnosis of their findings.
import type { TimelineEvent } from '../domain/index.js';
import type { ProbeId, ProbeRun, RootCause } from './ports.js';
import {
  type EngineContext,
  type EngineConfig,
  type EngineDeps,
  type Say,
  type EngineOutput,
  type EngineState,
  DEFAULT_ENGINE_CONFIG,
} from './engine-types.js';

const STATE_KEY = 'runbook';

export function createEngineKernel(deps: EngineDeps) {
  const cfg: EngineConfig = { ...DEFAULT_ENGINE_CONFIG, ...deps.config };
  const now = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  /**
   * A wait on a router or the ISP: once the turn is `interimAfterMs` past the customer's message (or
   * past the wait's start, when the arrival is unknown), what was said so far goes out before the
   * wait ends (`unsaid`, when nothing was) — at once when the turn is past it already.
   */
  async function waitOn<T>(
    ctx: EngineContext,
    out: EngineOutput,
    work: () => Promise<T>,
    unsaid?: Say,
  ): Promise<T> {
    const { flush } = deps;
    const after = cfg.interimAfterMs;
    if (!flush || after === undefined) return work();
    let sending: Promise<void> | null = null;
    const send = () => {
      if (!out.says.length && unsaid) out.says.push(unsaid);
      if (!out.says.length) return;
      const says = out.says;
      out.says = [];
      sending = flush(ctx.ticketId, { ...out, says }).catch(() => undefined);
    };
    const arrived = deps.arrivedAt?.(ctx.ticketId);
    const due = arrived === undefined ? after : arrived + after - Date.now();
    let timer: ReturnType<typeof setTimeout> | null = null;
    if (due <= 0) send();
    else timer = setTimeout(send, due);
    try {
      return await work();
    } finally {
      if (timer) clearTimeout(timer);
      // What comes next is stored after the interim message, never beside it.
      if (sending) await sending;
    }
  }

  async function record(ticketId: string, events: TimelineEvent[]) {
    if (events.length) await deps.tickets.append(ticketId, events);
  }

  async function load(ticketId: string) {
    return deps.tickets.getState<EngineState>(ticketId, STATE_KEY);
  }
  async function save(ticketId: string, state: EngineState) {
    await deps.tickets.setState(ticketId, STATE_KEY, state);
  }

  /** `fresh`: read the router live (verification after a fix must not see the cached fault). */
  async function probe(
    ctx: EngineContext,
    state: EngineState,
    probes: ProbeId[],
    out: EngineOutput,
    fresh = false,
    quiet = false,
    unsaid?: Say,
  ) {
    const started = Date.now();
    let runs: ProbeRun[];
    try {
      runs = await waitOn(
        ctx,
        out,
        () =>
          deps.diagnostics.runProbes(
            {
              customer: ctx.customer,
              service: ctx.service,
              deviceId: ctx.deviceId,
              devices: deps.devices,
              isp: deps.isp,
              incidents: deps.incidents,
              now,
              log: deps.log,
              deadlineMs: cfg.probeDeadlineMs,
              ...(deps.words ? { words: deps.words } : {}),
              ...(fresh ? { paramMaxAgeMs: 0 } : {}),
            },
            probes,
          ),
        unsaid,
      );
    } catch (err) {
      runs = probes.map((p) => ({ probe: p, findings: [], unavailable: String(err), durationMs: 0 }));
    }
    out.deviceWaitMs += Date.now() - started;
    const events: TimelineEvent[] = [];
    for (const run of runs) {
      for (const finding of run.findings) {
        // While waiting for a router, a re-check that sees the same thing adds nothing to the timeline.
        const same = state.findings.some((f) => f.code === finding.code && f.severity === finding.severity);
        if (!(quiet && same))
          events.push({ type: 'finding', actor: { kind: 'bot', id: null }, probe: run.probe, finding });
        state.findings = [...state.findings.filter((f) => f.code !== finding.code), finding];
      }
      if (run.unavailable && !quiet) {
        events.push({
          type: 'note',
          actor: { kind: 'bot', id: null },
          text: `probe ${run.probe} unavailable: ${run.unavailable}`,
          internal: true,
        });
      }
    }
    await record(ctx.ticketId, events);
    let causes: RootCause[];
    try {
      causes = deps.diagnostics.diagnose(runs).filter((c) => c.score > 0);
    } catch (err) {
      // The case goes on without a cause; the failure stays with the ticket for whoever takes it.
      deps.log?.warn({ err, ticketId: ctx.ticketId }, 'diagnosis failed');
      await record(ctx.ticketId, [
        {
          type: 'note',
          actor: { kind: 'bot', id: null },
          text: `diagnosis failed: ${String(err)}`,
          internal: true,
        },
      ]);
      causes = [];
    }
    return { runs, causes };
  }

  return { deps, cfg, now, sleep, waitOn, record, load, save, probe };
}

export type EngineKernel = ReturnType<typeof createEngineKernel>;
