// The deterministic runbook engine. It keeps its state per ticket (TicketStore state key `runbook`),
// runs probes, walks the procedure of the most likely root cause, asks for consent and customer
// steps, executes guarded actions, verifies every fix and records each step on the timeline.
// It speaks in message keys; the agent turns them into text in the customer's language.
import type { DeviceService } from '../acs/device-service.js';
import {
  CONSENT_FOR_ACTION,
  type ActionName,
  type AskKey,
  type ConsentKey,
  type Customer,
  type CustomerWords,
  type Finding,
  type Intent,
  type Language,
  type Queue,
  type Service,
  type StepKey,
  type TimelineEvent,
  type WorkLog,
} from '../domain/index.js';
import type { IspPorts } from '../isp/ports.js';
import type { AuditLog, CustomerDirectory, IncidentStore, TicketStore } from '../tickets/ports.js';
import type { ActionsApi, DiagnosticsApi, ParsedAnswer, ProbeId, ProbeRun, RootCause } from './ports.js';
import { procedureFor, SECONDARY_CAUSES } from './procedures.js';
import { cannotRejoin, undoChoice, undoOf, type RecordedUndo } from './rename-undo.js';
import { REQUEST_FIRST, runbookFor } from './runbooks.js';
import { MAX_PORT_RANGE, parsePortForward } from '../triage/port-forward.js';
import {
  asksHowToFind,
  findIpMessage,
  HOSTS_PATH,
  hostMeant,
  lanHosts,
  looksLikeHostName,
  lookingItUp,
  portForwardAskMessage,
  portForwardConsent,
  portForwardDone,
  portLabel,
  protocolLabel,
  waitingMessage,
  type LanHost,
} from './port-forward-host.js';
import type { Closing, Facts, FactName, Finish, Procedure } from './types.js';

export interface EngineContext {
  ticketId: string;
  customer: Customer | null;
  service: Service | null;
  deviceId: string | null;
  verified: boolean;
  language: Language;
}

export interface EngineConfig {
  /** How often a fix that restarts the router is re-checked while the router comes back. */
  verifyAttempts: number;
  verifyDelayMs: number;
  /** After a step that restarts the router, keep re-checking while it is unreachable for up to this long (a boot takes a minute or two). */
  restartWaitMs?: number;
  probeDeadlineMs?: number;
  actionTimeoutMs?: number;
  /** How long "I'm testing your line" tells the customer the checks take. */
  testingSeconds?: number;
  /**
   * A wait on a router or the ISP that lasts longer than this sends what was said so far at once
   * ("I'm testing your line…", "I'm restarting your router…"), so the customer is not left in silence
   * until the whole turn is done.
   */
  interimAfterMs?: number;
}

export const DEFAULT_ENGINE_CONFIG: EngineConfig = {
  verifyAttempts: 5,
  verifyDelayMs: 2000,
  restartWaitMs: 180_000,
  testingSeconds: 20,
  interimAfterMs: 500,
};

export interface EngineDeps {
  tickets: TicketStore;
  diagnostics: DiagnosticsApi;
  actions: Pick<ActionsApi, 'executeAction'>;
  devices: DeviceService;
  isp: IspPorts;
  incidents: IncidentStore;
  directory: CustomerDirectory;
  audit: AuditLog;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  config?: Partial<EngineConfig>;
  /** Where diagnostics and actions note what they went on without. */
  log?: WorkLog;
  /** The operator's portal name and time zone in the findings' explanations. */
  words?: CustomerWords;
  /**
   * Before a long wait for a restarting router, what was said so far is sent at once (the customer
   * hears what is happening instead of minutes of silence); the engine then starts a fresh `says`.
   */
  flush?: (ticketId: string, out: EngineOutput) => Promise<void>;
}

/** One thing to say: a catalogue key with parameters, or a bilingual text (finding explanations). */
export type Say =
  { key: string; params?: Record<string, string | number> } | { text: { sv: string; en: string } };

export interface EngineAsk {
  key: AskKey;
  /** Catalogue key of the question text (defaults to `ask.<key>`). */
  message?: string;
  params?: Record<string, string | number>;
}

export interface EngineOutput {
  says: Say[];
  ask: EngineAsk | null;
  finish: Finish | null;
  /** Secret values revealed in `says` (masked wherever the text is stored). */
  secrets: string[];
  deviceWaitMs: number;
}

interface CauseRef {
  cause: string;
  score: number;
  codes: string[];
  suggestedAction?: ActionName;
  suggestedStep?: StepKey;
  escalateTo?: Queue;
}

/**
 * Actions long enough that what was said while they ran goes out in a message of its own: the message
 * that asks "does it work now?" says once more that it is done.
 */
const VERIFIED_AFTER: Partial<Record<ActionName, string>> = {
  cpe_firmware_upgrade: 'verified.ok.cpe_firmware_upgrade',
  cpe_reboot: 'verified.ok.cpe_reboot',
  cpe_factory_reset: 'verified.ok.cpe_factory_reset',
};

/** What a step told done, with the fault still there, is checked once more with (the cables by default). */
const CHECK_AGAIN: Partial<Record<StepKey, string>> = { 'step.power_on': 'step.check_again.power_on' };

type Pending =
  | { kind: 'consent'; key: ConsentKey; action: ActionName; asked: number }
  /** `again`: asked a second time, after the customer said what they fixed and the fault was still there. */
  | { kind: 'step'; key: StepKey; again?: true; visit?: { queue: Queue; cause: string } }
  /** A port forward also counts every question put (`total`) and remembers the device looked up in the router. */
  | { kind: 'fact'; key: AskKey; fact: FactName; asked: number; total?: number; looked?: string }
  | { kind: 'confirm' }
  | { kind: 'availability'; queue: Queue }
  | { kind: 'secondary'; key: ConsentKey; action: ActionName; cause: string }
  /** The customer cannot reconnect now: shall the change be put back (rename-undo.ts)? */
  | { kind: 'undo'; cause: string; asked: number };

export interface EngineState {
  v: 1;
  intent: Intent;
  facts: Facts;
  causes: CauseRef[];
  secondary: CauseRef[];
  handled: string[];
  /** Causes another open case of the conversation has (in `handled` from the start): never this case's story. */
  heldElsewhere?: string[];
  current: { cause: string; step: number } | null;
  pending: Pending | null;
  /** Latest finding per code. */
  findings: Finding[];
  tried: { step: string; result: string }[];
  consents: ConsentKey[];
  lastFix: 'action' | 'step' | 'advice' | null;
  secondaryOffered: boolean;
  incidentId: string | null;
  finished: Finish | null;
  /** The customer named more than one problem: keep going after a confirmed fix. */
  more?: boolean;
  /** Advice that closes the case once the pending question (where the device is) is answered. */
  adviceAfter?: string;
  /** What the last change replaced, to put back if the customer cannot reconnect now. */
  undo?: RecordedUndo;
}

const STATE_KEY = 'runbook';
const LOOK_AGAIN: readonly ProbeId[] = ['account', 'incident', 'aaa', 'line', 'cpe', 'wan', 'dns', 'ping'];
/** Facts set by answers to questions (and what a partial answer gave so far). */
const ANSWERED_FACTS: readonly (keyof Facts)[] = [
  'connection',
  'restarted',
  'wiredOk',
  'availability',
  'portForward',
  'portForwardDraft',
  'portForwardHost',
  'lightsAllOff',
  'wifiName',
  'wifiLocation',
];
/** Causes that explain every other symptom: handled first whatever the ranking says. */
const DOMINANT = ['area_outage', 'billing_suspended'];
/** Fixes after which the router needs a while before it answers again. */
const RESTARTING = new Set<string>([
  'step.power_on',
  'step.power_cycle',
  'step.check_cables',
  'cpe_reboot',
  'cpe_factory_reset',
  'cpe_firmware_upgrade',
  'pppoe_credentials_resync',
]);

function emptyOutput(): EngineOutput {
  return { says: [], ask: null, finish: null, secrets: [], deviceWaitMs: 0 };
}

function toRef(c: RootCause): CauseRef {
  return {
    cause: c.cause,
    score: c.score,
    codes: c.findings.filter((f) => f.severity !== 'ok').map((f) => f.code),
    suggestedAction: c.suggestedAction,
    suggestedStep: c.suggestedStep,
    escalateTo: c.escalateTo,
  };
}

const yesLike = (a: ParsedAnswer) => a.kind === 'yes' || a.kind === 'done';
const noLike = (a: ParsedAnswer) => a.kind === 'no' || a.kind === 'cannot';

export function createRunbookEngine(deps: EngineDeps) {
  const cfg: EngineConfig = { ...DEFAULT_ENGINE_CONFIG, ...deps.config };
  const now = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  /**
   * A wait on a router or the ISP: past `interimAfterMs`, what was said so far goes out before it
   * ends (`unsaid`, when nothing was).
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
    const timer = setTimeout(() => {
      if (!out.says.length && unsaid) out.says.push(unsaid);
      if (!out.says.length) return;
      const says = out.says;
      out.says = [];
      sending = flush(ctx.ticketId, { ...out, says }).catch(() => undefined);
    }, after);
    try {
      return await work();
    } finally {
      clearTimeout(timer);
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

  function plan(state: EngineState, causes: RootCause[], request: string | undefined, fallback: string) {
    const refs = causes.map(toRef);
    const primary = refs.filter((c) => !SECONDARY_CAUSES.has(c.cause));
    primary.sort((a, b) => {
      const da = DOMINANT.includes(a.cause) ? 0 : 1;
      const db = DOMINANT.includes(b.cause) ? 0 : 1;
      return da - db;
    });
    const list: CauseRef[] = [];
    if (request && REQUEST_FIRST.has(request)) list.push({ cause: request, score: 1, codes: [] });
    for (const c of primary) if (!list.some((l) => l.cause === c.cause)) list.push(c);
    if (list.length === 0) {
      // Nothing broken: a secondary finding becomes the case, otherwise the runbook's fallback.
      const sec = refs.find((c) => SECONDARY_CAUSES.has(c.cause) && state.intent !== 'no_connection');
      list.push(sec ?? { cause: fallback, score: 0, codes: [] });
    }
    state.causes = list;
    state.secondary = refs.filter(
      (c) => SECONDARY_CAUSES.has(c.cause) && !list.some((l) => l.cause === c.cause),
    );
  }

  function causeRef(state: EngineState, name: string): CauseRef {
    return state.causes.find((c) => c.cause === name) ?? { cause: name, score: 0, codes: [] };
  }

  /** The desk offered the change without a fault behind it (nothing found, or nothing left to escalate). */
  /** A request the customer withdrew: everything stays as it is and the case closes, never a handoff. */
  function keepAsIs(state: EngineState, out: EngineOutput, reason: string) {
    finish(state, out, {
      outcome: 'resolved',
      queue: null,
      disposition: 'resolved.information',
      reason,
      closing: 'closing.declined',
    });
  }

  function offeredOnly(state: EngineState, cause: string): boolean {
    const ref = causeRef(state, cause);
    const proc = procedureFor(cause, ref);
    return (ref.codes.length === 0 && !!proc.explainUnfound) || proc.otherwise.kind === 'inform';
  }

  function explain(state: EngineState, proc: Procedure, ref: CauseRef, out: EngineOutput) {
    // "I checked: …" only when the router answered the check.
    const unfound = ref.codes.length === 0 && !!proc.explainUnfound;
    if (unfound && routerUnreachable(state)) return;
    const key = unfound ? proc.explainUnfound : proc.explain;
    if (key) out.says.push({ key });
    // The outage notice says it all (incident, ETA); the finding would only repeat it.
    if (proc.otherwise.kind === 'outage' && proc.steps.length === 0) return;
    // The main finding's own explanation (rules list the defining code first).
    const main = ref.codes
      .map((c) => state.findings.find((f) => f.code === c && f.severity === 'fault'))
      .find(Boolean);
    if (main) out.says.push({ text: main.explanation });
  }

  function finish(state: EngineState, out: EngineOutput, f: Finish) {
    state.finished = f;
    state.pending = null;
    out.finish = f;
  }

  /** The case ends informed about the outage, linked to its incident. */
  function finishOutage(state: EngineState, out: EngineOutput, reason: string, incidentId: string | null) {
    state.incidentId = incidentId;
    finish(state, out, {
      outcome: 'outage_informed',
      queue: null,
      disposition: 'outage.informed',
      reason,
      incidentId,
    });
  }

  /** The open incident this case sees: the one its diagnosis found, else one open in the service's area. */
  async function openIncident(ctx: EngineContext, state: EngineState): Promise<string | null> {
    const f = state.findings.find((x) => x.code === 'incident.area_outage');
    const known = (f?.evidence.values.incidentId as string | undefined) ?? null;
    if (known || !ctx.service) return known;
    return (await deps.incidents.openInArea(ctx.service.areaCode))[0]?.id ?? null;
  }

  async function closing(
    ctx: EngineContext,
    state: EngineState,
    closingStep: Closing,
    reason: string,
    out: EngineOutput,
  ) {
    switch (closingStep.kind) {
      case 'escalate': {
        if (closingStep.askAvailability && !state.facts.availability) {
          state.pending = { kind: 'availability', queue: closingStep.queue };
          out.says.push({ key: `escalate.before_availability.${closingStep.queue}` });
          out.ask = { key: 'contact.availability' };
          return;
        }
        finish(state, out, {
          outcome: 'escalated',
          queue: closingStep.queue,
          disposition: `escalated.${closingStep.queue}`,
          reason,
        });
        return;
      }
      case 'route':
        finish(state, out, {
          outcome: 'routed',
          queue: closingStep.queue,
          disposition: `routed.${closingStep.queue}`,
          reason,
        });
        return;
      case 'outage':
        finishOutage(state, out, reason, await openIncident(ctx, state));
        return;
      case 'inform':
        out.says.push({ key: closingStep.message });
        finish(state, out, { outcome: 'resolved', queue: null, disposition: 'resolved.information', reason });
        return;
    }
  }

  async function execute(
    ctx: EngineContext,
    state: EngineState,
    action: ActionName,
    ref: CauseRef,
    out: EngineOutput,
    /** Putting back what an earlier run replaced: its arguments, and what is said (`acting.`/`done.` + `say`). */
    undo?: { args: Record<string, unknown>; say: string; params: Record<string, string> },
  ) {
    const reason = `runbook ${ref.cause}`;
    const args = undo?.args ?? actionArgs(action, state.facts);
    await record(ctx.ticketId, [
      { type: 'action_requested', actor: { kind: 'bot', id: null }, action, reason, args: safeArgs(args) },
    ]);
    out.says.push(undo ? { key: `acting.${undo.say}`, params: undo.params } : { key: `acting.${action}` });
    const lastResort =
      action === 'cpe_factory_reset' &&
      state.tried.some((t) => t.step === 'cpe_reboot' && t.result !== 'fixed');
    const started = Date.now();
    const result = await waitOn(ctx, out, () =>
      deps.actions.executeAction(
        action,
        {
          ticketId: ctx.ticketId,
          actor: { kind: 'bot', id: null },
          customer: ctx.customer,
          service: ctx.service,
          deviceId: ctx.deviceId,
          verified: ctx.verified,
          consents: new Set(state.consents),
          lastResort,
          devices: deps.devices,
          isp: deps.isp,
          directory: deps.directory,
          audit: deps.audit,
          log: deps.log,
          timeoutMs: cfg.actionTimeoutMs,
        },
        args,
        reason,
        ref.codes,
      ),
    ).catch((err: unknown) => ({
      ok: false as const,
      action,
      error: 'failed' as const,
      message: String(err),
    }));
    out.deviceWaitMs += Date.now() - started;
    if (result.ok) {
      await record(ctx.ticketId, [
        { type: 'action_done', actor: { kind: 'bot', id: null }, action, result: result.details },
      ]);
      state.undo = undo ? undefined : (undoOf(action, result.details) ?? state.undo);
      if (undo) {
        out.says.push({ key: `done.${undo.say}`, params: undo.params });
        return true;
      }
      const secret = result.secrets ? Object.values(result.secrets)[0] : undefined;
      if (secret) {
        out.secrets.push(secret);
        out.says.push({ key: `done.${action}`, params: { secret } });
      } else if (action === 'port_forward_add' && state.facts.portForward) {
        out.says.push(portForwardDone(state.facts.portForward, state.facts.portForwardDraft));
      } else {
        out.says.push({ key: `done.${action}` });
      }
      return true;
    }
    await record(ctx.ticketId, [
      {
        type: 'action_failed',
        actor: { kind: 'bot', id: null },
        action,
        error: result.message,
        code: result.error,
      },
    ]);
    state.tried.push({ step: action, result: `failed: ${result.error}` });
    out.says.push({ key: 'action.failed' });
    return false;
  }

  async function verify(
    ctx: EngineContext,
    state: EngineState,
    proc: Procedure,
    fix: string,
    out: EngineOutput,
  ) {
    if (proc.verify.length === 0) return true;
    // A router that got new settings may need a moment to reconnect: one more look after a pause.
    const restartAttempts =
      cfg.verifyDelayMs > 0 && cfg.restartWaitMs
        ? Math.max(cfg.verifyAttempts, Math.ceil(cfg.restartWaitMs / cfg.verifyDelayMs))
        : cfg.verifyAttempts;
    const attempts = RESTARTING.has(fix)
      ? Math.max(1, restartAttempts)
      : Math.min(2, Math.max(1, cfg.verifyAttempts));
    out.says.push({ key: 'verifying' });
    if (RESTARTING.has(fix) && attempts > 2 && deps.flush) {
      await deps.flush(ctx.ticketId, out).catch(() => undefined);
      out.says = [];
    }
    const ref = causeRef(state, proc.cause);
    let wasDown = false;
    let backChecks = 0;
    for (let i = 0; i < attempts; i++) {
      if (i > 0) {
        const t0 = Date.now();
        await waitOn(ctx, out, () => sleep(cfg.verifyDelayMs));
        out.deviceWaitMs += Date.now() - t0;
      }
      const { runs, causes } = await probe(ctx, state, proc.verify, out, true, i > 0);
      const faultCodes = new Set(
        runs.flatMap((r) => r.findings.filter((f) => f.severity === 'fault').map((f) => f.code)),
      );
      const still =
        ref.codes.length > 0
          ? ref.codes.some((c) => faultCodes.has(c)) || causes.some((c) => c.cause === proc.cause)
          : causes.some((c) => !SECONDARY_CAUSES.has(c.cause));
      const unreachable = runs.some((r) => r.unavailable) || faultCodes.has('cpe.unreachable');
      // A router that has just come back needs a little longer for its line and login.
      if (unreachable) wasDown = true;
      else if (wasDown && still && backChecks++ < 3) continue;
      const cleared = !still && !unreachable;
      if (cleared) return true;
      if (!unreachable && still && i >= 1) break;
    }
    return false;
  }

  /**
   * The check the customer wanted to make before a visit is booked (see `checkFirst`): after "done"
   * the fault is tested again; fixed, the customer is asked to confirm, otherwise the visit is asked for again.
   */
  async function checkedFirst(
    ctx: EngineContext,
    state: EngineState,
    key: StepKey,
    visit: { queue: Queue; cause: string },
    answer: ParsedAnswer,
    out: EngineOutput,
  ) {
    const result = yesLike(answer) ? 'done' : noLike(answer) ? 'cannot' : 'unknown';
    await record(ctx.ticketId, [
      { type: 'customer_step', actor: { kind: 'customer', id: null }, step: key, result },
    ]);
    if (result === 'done') {
      if (await verify(ctx, state, procedureFor(visit.cause, causeRef(state, visit.cause)), key, out)) {
        state.tried.push({ step: key, result: 'fixed' });
        state.lastFix = 'step';
        out.says.push({ key: 'verified.ok' });
        state.pending = { kind: 'confirm' };
        out.ask = { key: 'resolution.confirm' };
        return;
      }
      state.tried.push({ step: key, result: 'did not help' });
      out.says.push({ key: 'verified.still' });
    } else {
      state.tried.push({ step: key, result: result === 'cannot' ? 'customer could not' : 'unclear' });
    }
    state.pending = { kind: 'availability', queue: visit.queue };
    out.says.push({ key: `escalate.before_availability.${visit.queue}` });
    out.ask = { key: 'contact.availability' };
  }

  /** Walks the current procedure until the customer must answer or the case is finished. */
  async function advance(ctx: EngineContext, state: EngineState, out: EngineOutput): Promise<void> {
    for (let guard = 0; guard < 40; guard++) {
      if (state.finished || state.pending) return;
      if (!state.current) {
        const next = state.causes.find((c) => !state.handled.includes(c.cause));
        if (!next) {
          await closing(
            ctx,
            state,
            { kind: 'escalate', queue: 'tier2' },
            'nothing left to try at Tier-1',
            out,
          );
          return;
        }
        state.current = { cause: next.cause, step: 0 };
        const proc = procedureFor(next.cause, next);
        if (proc.requiresVerification && !ctx.verified) return refuse(state, out);
        // A router change asked for while an outage keeps the router out of reach waits for the outage.
        if (changesRouter(proc) && routerUnreachable(state)) {
          const incidentId = await openIncident(ctx, state);
          if (incidentId) {
            out.says.push({ key: 'request.router_unreachable.outage' });
            const reason = `${next.cause}: the router cannot be reached during the outage; the change waits for it`;
            finishOutage(state, out, reason, incidentId);
            return;
          }
        }
        explain(state, proc, next, out);
      }
      const ref = causeRef(state, state.current.cause);
      const proc = procedureFor(ref.cause, ref);
      const step = proc.steps[state.current.step];
      if (!step) {
        await closing(ctx, state, proc.otherwise, `${proc.cause}: ${reasonFromTried(state)}`, out);
        return;
      }
      switch (step.kind) {
        case 'ask': {
          const seen =
            step.knownFrom &&
            state.findings.some((f) => f.code === step.knownFrom?.code && f.severity !== 'ok');
          if (seen && state.facts[step.fact] === undefined)
            state.facts = { ...state.facts, [step.fact]: step.knownFrom?.value };
          if (state.facts[step.fact] !== undefined) {
            skipAfterFact(state, proc);
            continue;
          }
          state.pending = { kind: 'fact', key: step.key, fact: step.fact, asked: 1 };
          if (step.fact === 'portForward') return askPortForward(ctx, state, state.pending, out, '');
          out.ask = { key: step.key };
          return;
        }
        case 'instruct': {
          state.pending = { kind: 'step', key: step.step };
          const message =
            step.message ??
            (step.perAccess && ctx.service?.access ? `ask.${step.step}.${ctx.service.access}` : undefined);
          out.ask = message ? { key: step.step, message } : { key: step.step };
          return;
        }
        case 'advise': {
          out.says.push({ key: step.message });
          state.lastFix = 'advice';
          state.tried.push({ step: step.message, result: 'advised' });
          state.pending = { kind: 'confirm' };
          out.ask = { key: 'resolution.confirm' };
          return;
        }
        case 'act': {
          if (step.onlyWith && !wantedNow(state, step.onlyWith, step.action)) {
            state.current.step++;
            continue;
          }
          if (!ctx.verified) return refuse(state, out);
          if (step.lastResort && !state.tried.some((t) => t.step === 'cpe_reboot')) {
            state.current.step++;
            continue;
          }
          const consent = CONSENT_FOR_ACTION[step.action];
          if (consent && !state.consents.includes(consent)) {
            state.pending = { kind: 'consent', key: consent, action: step.action, asked: 1 };
            out.ask = consentAsk(consent, step.action, state.facts);
            return;
          }
          const ok = await execute(ctx, state, step.action, ref, out);
          if (!ok) {
            // A change the customer asked for that the router refused is not done: a person takes it on.
            if (proc.otherwise.kind === 'inform' && !proc.steps[state.current.step + 1]) {
              await closing(
                ctx,
                state,
                { kind: 'escalate', queue: 'tier2' },
                `${proc.cause}: ${reasonFromTried(state)}`,
                out,
              );
              return;
            }
            state.current.step++;
            continue;
          }
          if (!step.verify) {
            state.tried.push({ step: step.action, result: 'done' });
            state.lastFix = 'action';
            if (step.chain) {
              state.current.step++;
              continue;
            }
            const next = proc.steps[state.current.step + 1];
            if (next?.kind === 'instruct' && next.confirmAfter) {
              state.current.step++;
              continue;
            }
            state.pending = { kind: 'confirm' };
            out.ask = { key: 'resolution.confirm' };
            return;
          }
          if (await verify(ctx, state, proc, step.action, out)) {
            state.tried.push({ step: step.action, result: 'fixed' });
            state.lastFix = 'action';
            out.says.push({ key: VERIFIED_AFTER[step.action] ?? 'verified.ok' });
            state.pending = { kind: 'confirm' };
            out.ask = { key: 'resolution.confirm' };
            return;
          }
          state.tried.push({ step: step.action, result: 'did not help' });
          out.says.push({ key: 'verified.still' });
          state.current.step++;
          continue;
        }
      }
    }
  }

  /**
   * The customer cannot do the step (or test now): advice closes the case as resolved, with where the
   * device is asked first when we do not know it, so that the advice fits.
   */
  function adviseInstead(state: EngineState, message: string, out: EngineOutput) {
    if (state.facts.wifiLocation === undefined) {
      state.adviceAfter = message;
      state.pending = { kind: 'fact', key: 'wifi.location', fact: 'wifiLocation', asked: 1 };
      out.ask = { key: 'wifi.location' };
      return;
    }
    state.adviceAfter = undefined;
    adviseAndClose(state, state.facts.wifiLocation === 'far' ? `${message}.far` : message, out, message);
  }

  /** Advice instead of a fix, and the case closes: resolved, but nobody has confirmed that it works. */
  function adviseAndClose(state: EngineState, key: string, out: EngineOutput, name = key) {
    out.says.push({ key });
    state.lastFix = 'advice';
    state.tried.push({ step: name, result: 'advised' });
    finish(state, out, {
      outcome: 'resolved',
      queue: null,
      disposition: 'resolved.unconfirmed',
      reason: reasonFromTried(state),
    });
  }

  function refuse(state: EngineState, out: EngineOutput) {
    out.says.push({ key: 'refused.unverified' });
    finish(state, out, {
      outcome: 'refused',
      queue: null,
      disposition: 'refused.unverified',
      reason: 'identity not verified; change refused',
    });
  }

  function skipAfterFact(state: EngineState, proc: Procedure) {
    if (!state.current) return;
    state.current.step++;
    // A customer already on a cable needs no wired test.
    const next = proc.steps[state.current.step];
    if (
      next?.kind === 'instruct' &&
      next.step === 'step.wired_test' &&
      (state.facts.connection === 'cable' || state.facts.wiredOk)
    ) {
      state.current.step++;
    }
  }

  async function rediagnose(ctx: EngineContext, state: EngineState, out: EngineOutput) {
    const rb = runbookFor(state.intent, state.facts);
    // Looking again looks wider: the connection itself, whatever the first request was about.
    // After a step the customer took, a long look is announced as checking the result.
    const { causes } = await probe(
      ctx,
      state,
      [...new Set([...rb.probes, ...LOOK_AGAIN])],
      out,
      false,
      false,
      {
        key: 'verifying',
      },
    );
    const fresh = causes
      .filter((c) => !SECONDARY_CAUSES.has(c.cause) && !state.handled.includes(c.cause))
      .map(toRef);
    for (const c of fresh) if (!state.causes.some((x) => x.cause === c.cause)) state.causes.push(c);
  }

  /** `closing`: how the case ends when it is not a plain "it works now" (a request carried out, a test left for later). */
  async function resolvedNow(ctx: EngineContext, state: EngineState, out: EngineOutput, closing?: string) {
    const sec = state.secondary.find((c) => !state.handled.includes(c.cause));
    if (sec && !state.secondaryOffered && ctx.verified) {
      const proc = procedureFor(sec.cause, sec);
      const act = proc.steps.find((s) => s.kind === 'act');
      const consent = act?.kind === 'act' ? CONSENT_FOR_ACTION[act.action] : undefined;
      if (act?.kind === 'act' && consent) {
        state.secondaryOffered = true;
        explain(state, proc, sec, out);
        state.pending = { kind: 'secondary', key: consent, action: act.action, cause: sec.cause };
        out.ask = { key: consent, message: `offer.${act.action}` };
        return;
      }
    }
    const disposition =
      state.lastFix === 'action'
        ? 'resolved.remote_fix'
        : state.lastFix === 'step'
          ? 'resolved.customer_step'
          : state.lastFix === 'advice'
            ? 'resolved.advice'
            : 'resolved.information';
    finish(state, out, {
      outcome: 'resolved',
      queue: null,
      disposition,
      reason: reasonFromTried(state),
      ...(closing ? { closing } : {}),
    });
  }

  /** The named devices in the router's host table (none when it cannot be read). */
  async function routerHosts(ctx: EngineContext, out: EngineOutput): Promise<LanHost[]> {
    if (!ctx.deviceId) return [];
    const started = Date.now();
    try {
      const values = await deps.devices.getParameters(ctx.deviceId, [HOSTS_PATH], {
        maxAgeMs: 0,
        timeoutMs: cfg.actionTimeoutMs,
      });
      return lanHosts(values);
    } catch {
      return [];
    } finally {
      out.deviceWaitMs += Date.now() - started;
    }
  }

  /**
   * The next question of a port forward. A device named but no address: the router's host table is
   * read, and the one device meant is named in the permission question ("SEBBES-PC at 192.168.1.23 —
   * shall I open port 25565 to it?"); otherwise only what is missing is asked for.
   */
  async function askPortForward(
    ctx: EngineContext,
    state: EngineState,
    pending: Extract<Pending, { kind: 'fact' }>,
    out: EngineOutput,
    said: string,
  ) {
    const draft = state.facts.portForwardDraft;
    const device = draft?.device ?? null;
    if (draft && !draft.ip && device && !/^\d+$/.test(device) && pending.looked !== device) {
      pending = { ...pending, looked: device };
      if (await offerHost(ctx, state, pending, out, said)) return;
      if (looksLikeHostName(device))
        out.says.push({ key: 'port_forward.host_not_found', params: { name: device } });
    }
    state.pending = pending;
    const now = state.facts.portForwardDraft;
    if (!now?.ip && asksHowToFind(said)) {
      // "how do i find the ip of my pc?": told how (on that kind of device), and the address waited for.
      out.says.push({ key: findIpMessage(now?.device, said) });
      out.ask = {
        key: pending.key,
        message: waitingMessage(now?.port ?? null, true),
        params: { port: now?.port ?? '' },
      };
      return;
    }
    out.ask = {
      key: pending.key,
      message: portForwardAskMessage(state.facts.portForwardDraft),
      params: {
        port: state.facts.portForwardDraft?.port ?? '',
        protocol: protocolLabel(state.facts.portForwardDraft?.protocol),
        service: state.facts.portForwardDraft?.service ?? '',
      },
    };
  }

  /**
   * The device of the draft found in the router's host table: named in the permission question (port
   * known) or asked for its port. False when the table has no one device that fits.
   */
  async function offerHost(
    ctx: EngineContext,
    state: EngineState,
    pending: Extract<Pending, { kind: 'fact' }>,
    out: EngineOutput,
    said: string,
  ): Promise<boolean> {
    const draft = state.facts.portForwardDraft;
    const device = draft?.device ?? null;
    if (!draft || !device) return false;
    const host = hostMeant(`${said} ${device}`, device, await routerHosts(ctx, out));
    if (!host) return false;
    state.facts = { ...state.facts, portForwardHost: host };
    if (draft.port) {
      const protocol = draft.protocol ?? 'tcp';
      const portEnd = draft.portEnd ?? undefined;
      state.facts = {
        ...state.facts,
        portForward: { port: draft.port, protocol, ip: host.ip, ...(portEnd ? { portEnd } : {}) },
      };
      const key = CONSENT_FOR_ACTION.port_forward_add ?? 'consent.config_change';
      state.pending = { kind: 'consent', key, action: 'port_forward_add', asked: 1 };
      out.ask = consentAsk(key, 'port_forward_add', state.facts);
      return true;
    }
    state.facts = { ...state.facts, portForwardDraft: { ...draft, ip: host.ip } };
    state.pending = pending;
    out.ask = { key: pending.key, message: 'ask.config.port_forward.port_for_host', params: { ...host } };
    return true;
  }

  /**
   * An answer to a port-forward question: what it gives is kept; complete, the forward goes on; a
   * customer looking the address up is waited for; a handoff only after answers that give nothing.
   */
  async function portForwardAnswer(
    ctx: EngineContext,
    state: EngineState,
    pending: Extract<Pending, { kind: 'fact' }>,
    answer: ParsedAnswer,
    text: string,
    out: EngineOutput,
  ) {
    // "open 3480-3478", "port 70000": told why no rule can hold it, and the ports asked for again.
    if (answer.kind === 'port_forward' && answer.badPorts && (pending.total ?? pending.asked) < 6) {
      state.pending = { ...pending, total: (pending.total ?? pending.asked) + 1 };
      out.ask = {
        key: pending.key,
        message: 'port_forward.more.invalid',
        params: { ports: answer.badPorts, max: MAX_PORT_RANGE },
      };
      return;
    }
    const value = factFromAnswer('portForward', answer, text, state.facts);
    if (value !== undefined) {
      state.facts = { ...state.facts, portForward: value as Facts['portForward'] };
      const cur = state.current;
      if (cur) skipAfterFact(state, procedureFor(cur.cause, causeRef(state, cur.cause)));
      return advance(ctx, state, out);
    }
    const before = JSON.stringify(state.facts.portForwardDraft ?? null);
    if (answer.kind === 'port_forward') {
      const d = state.facts.portForwardDraft;
      state.facts = {
        ...state.facts,
        portForwardDraft: {
          port: answer.port ?? d?.port ?? null,
          protocol: answer.protocol ?? d?.protocol ?? null,
          ip: answer.ip ?? d?.ip ?? null,
          device: answer.device ?? d?.device ?? null,
          service: answer.service ?? d?.service ?? null,
          ...((answer.port ? answer.portEnd : d?.portEnd)
            ? { portEnd: answer.port ? answer.portEnd : d?.portEnd }
            : {}),
        },
      };
    }
    const progress = JSON.stringify(state.facts.portForwardDraft ?? null) !== before;
    const looking = !progress && (lookingItUp(text) || asksHowToFind(text));
    const asked = progress || looking ? pending.asked : pending.asked + 1;
    const total = (pending.total ?? pending.asked) + 1;
    if ((answer.kind === 'unknown' && !looking) || asked > 2 || total > 6) {
      await closing(ctx, state, { kind: 'escalate', queue: 'tier2' }, 'port-forward details unclear', out);
      return;
    }
    const next = { ...pending, asked, total };
    const draft = state.facts.portForwardDraft;
    if (looking && !draft?.ip && (draft?.port || asksHowToFind(text))) {
      // "hur hittar jag ip-adressen?", "wait, I'm looking": the port is kept and the address waited for.
      const how = asksHowToFind(text);
      // "hur hittar jag den? ps5an står i vardagsrummet": the router's list of devices is read again
      // (the device may be on now) before the customer is told where the device shows its address.
      if (how && draft?.device && !/^\d+$/.test(draft.device)) {
        if (await offerHost(ctx, state, { ...next, looked: draft.device }, out, text)) return;
      }
      if (how) out.says.push({ key: findIpMessage(draft?.device, text) });
      state.pending = next;
      out.ask = {
        key: pending.key,
        message: waitingMessage(draft?.port ?? null, how),
        params: { port: draft?.port ?? '' },
      };
      return;
    }
    return askPortForward(ctx, state, next, out, text);
  }

  /** "no, it's the other one" to the device found: its address is asked for instead (the port stays). */
  async function otherDevice(ctx: EngineContext, state: EngineState, text: string, out: EngineOutput) {
    const { portForward, portForwardHost, ...facts } = state.facts;
    const d = facts.portForwardDraft;
    state.facts = {
      ...facts,
      portForwardDraft: {
        port: portForward?.port ?? d?.port ?? null,
        protocol: portForward?.protocol ?? d?.protocol ?? null,
        ip: null,
        device: null,
      },
    };
    const pending = {
      kind: 'fact',
      key: 'config.port_forward',
      fact: 'portForward',
      asked: 1,
      ...(portForwardHost ? { looked: portForwardHost.name } : {}),
    } as const;
    return portForwardAnswer(
      ctx,
      state,
      pending,
      { kind: 'port_forward', ...parsePortForward(text) },
      text,
      out,
    );
  }

  async function consentAudit(ctx: EngineContext, key: ConsentKey, given: boolean) {
    await deps.audit.append({
      action: given ? 'consent.given' : 'consent.refused',
      actor: { kind: 'customer', id: ctx.customer?.customerNumber ?? null },
      target: ctx.ticketId,
      reason: 'asked in conversation',
      consentKey: key,
    });
  }

  /** "Shall I put the old name back for now?": put back through the same action, or the change kept. */
  async function answerUndo(
    ctx: EngineContext,
    state: EngineState,
    pending: Extract<Pending, { kind: 'undo' }>,
    answer: ParsedAnswer,
    out: EngineOutput,
  ) {
    const choice = undoChoice(answer, pending.asked);
    const undo = state.undo;
    const name = state.facts.wifiName ?? '';
    if (choice === 'again' && undo) {
      const said = cannotRejoin(pending.cause, undo, state.facts.wifiName);
      state.pending = { ...pending, asked: pending.asked + 1 };
      if (said.kind === 'offer') out.ask = said.ask;
      return;
    }
    if (choice === 'undo' && undo) {
      const params = { old: undo.label, name };
      const ok = await execute(ctx, state, undo.action, causeRef(state, pending.cause), out, {
        args: undo.args,
        say: `${undo.action}.undo`,
        params,
      });
      if (ok) {
        state.tried.push({ step: `${undo.action}.undo`, result: 'done' });
        return resolvedNow(ctx, state, out, 'closing.request_done');
      }
    }
    state.tried.push({ step: 'rename.kept', result: 'devices join it' });
    out.says.push({ key: 'rename.kept', params: { name } });
    return resolvedNow(ctx, state, out, 'closing.request_done');
  }

  async function onAnswer(
    ctx: EngineContext,
    state: EngineState,
    answer: ParsedAnswer,
    text: string,
    out: EngineOutput,
  ) {
    const pending = state.pending;
    if (!pending) return;
    state.pending = null;
    const cur = state.current;
    switch (pending.kind) {
      case 'consent': {
        if (pending.action === 'port_forward_add' && state.facts.portForwardHost && !yesLike(answer))
          return otherDevice(ctx, state, text, out);
        if (yesLike(answer)) {
          state.consents = [...new Set([...state.consents, pending.key])];
          await consentAudit(ctx, pending.key, true);
          return advance(ctx, state, out);
        }
        if (!noLike(answer) && pending.asked < 2) {
          state.pending = { ...pending, asked: pending.asked + 1 };
          out.ask = consentAsk(pending.key, pending.action, state.facts);
          return;
        }
        await consentAudit(ctx, pending.key, false);
        state.tried.push({ step: pending.action, result: 'customer declined' });
        out.says.push({ key: 'consent.declined' });
        const declined = cur
          ? procedureFor(cur.cause, causeRef(state, cur.cause)).steps[cur.step]
          : undefined;
        if (declined?.kind === 'act' && declined.action === pending.action && declined.ifDeclined) {
          // The alternative to what they said no to, instead of a handoff.
          adviseAndClose(state, declined.ifDeclined, out);
          return;
        }
        if (cur && procedureFor(cur.cause, causeRef(state, cur.cause)).withdrawable)
          return keepAsIs(state, out, `customer declined ${pending.action}`);
        if (cur && offeredOnly(state, cur.cause)) {
          // Nothing broken, only offered: a no leaves things as they are, never a handoff to a person.
          finish(state, out, {
            outcome: 'resolved',
            queue: null,
            disposition: 'resolved.information',
            reason: `customer declined ${pending.action}`,
            closing: 'closing.declined',
          });
          return;
        }
        await closing(
          ctx,
          state,
          { kind: 'escalate', queue: 'agents' },
          `customer declined ${pending.action}`,
          out,
        );
        return;
      }
      case 'step': {
        if (pending.visit) return checkedFirst(ctx, state, pending.key, pending.visit, answer, out);
        const result =
          answer.kind === 'done' || answer.kind === 'yes' ? 'done' : noLike(answer) ? 'cannot' : 'unknown';
        await record(ctx.ticketId, [
          { type: 'customer_step', actor: { kind: 'customer', id: null }, step: pending.key, result },
        ]);
        if (!cur) return advance(ctx, state, out);
        const proc = procedureFor(cur.cause, causeRef(state, cur.cause));
        const step = proc.steps[cur.step];
        if (step?.kind === 'instruct' && step.confirmAfter) {
          // "mobilen är klar, resten får jag ta sen": summarised as partly done, never "reconnected – done".
          const partly = answer.kind === 'done' && answer.partly;
          state.tried.push({
            step: pending.key,
            result:
              result === 'done'
                ? partly
                  ? 'partly'
                  : 'done'
                : result === 'cannot'
                  ? 'customer could not'
                  : 'unclear',
          });
          cur.step++;
          // The change the customer asked for is made. Another problem named, or one the connection
          // shows now, comes next; otherwise a customer who has reconnected is done, and one who cannot
          // now reconnects later. Only an unclear answer is asked about.
          if (result !== 'unknown') {
            state.handled.push(cur.cause);
            state.current = null;
            state.lastFix = 'action';
            if (!(state.more && othersLeft(state, cur.cause))) await rediagnose(ctx, state, out);
            if (othersLeft(state, cur.cause)) {
              state.more = true;
              return advance(ctx, state, out);
            }
            if (result === 'cannot') {
              const said = cannotRejoin(cur.cause, state.undo, state.facts.wifiName);
              out.says.push({ key: said.say, params: { name: state.facts.wifiName ?? '' } });
              if (said.kind === 'offer') {
                state.pending = { kind: 'undo', cause: cur.cause, asked: 1 };
                out.ask = said.ask;
                return;
              }
            }
            return resolvedNow(ctx, state, out, 'closing.request_done');
          }
          state.pending = { kind: 'confirm' };
          out.ask = { key: 'resolution.confirm' };
          return;
        }
        // "jag har bara en laptop utan nätverksuttag": the other way to show the same is offered, once.
        if (result === 'cannot' && step?.kind === 'instruct' && step.orInstead && pending.key === step.step) {
          state.tried.push({ step: pending.key, result: 'customer could not' });
          state.pending = { kind: 'step', key: step.orInstead.step };
          out.ask = { key: step.orInstead.step, message: step.orInstead.message };
          return;
        }
        if (result === 'cannot' && step?.kind === 'instruct' && step.ifCannot) {
          state.tried.push({ step: pending.key, result: 'customer could not' });
          return adviseInstead(state, step.ifCannot, out);
        }
        if (result === 'done') {
          if (step?.kind === 'instruct' && !step.verify) {
            // "fast.com says 470": the customer's own measurement is the step's result, and is said back.
            const mbps = answer.kind === 'done' ? answer.measuredMbps : undefined;
            const partly = answer.kind === 'done' && answer.partly;
            state.tried.push({
              step: pending.key,
              result: mbps ? `measured ${mbps} Mbit/s` : partly ? 'partly' : 'done',
            });
            if (mbps) out.says.push({ key: 'step.measured', params: { mbps: String(mbps) } });
            cur.step++;
            return advance(ctx, state, out);
          }
          if (await verify(ctx, state, proc, pending.key, out)) {
            state.tried.push({ step: pending.key, result: 'fixed' });
            state.lastFix = 'step';
            out.says.push({ key: 'verified.ok' });
            state.pending = { kind: 'confirm' };
            out.ask = { key: 'resolution.confirm' };
            return;
          }
          // "It was loose, it's in now" and the fault is still there: a plug half in, or a router still
          // connecting, is checked once more before anyone is sent.
          if (answer.kind === 'done' && answer.inWords && !pending.again) {
            state.pending = { kind: 'step', key: pending.key, again: true };
            out.ask = { key: pending.key, message: CHECK_AGAIN[pending.key] ?? 'step.check_again' };
            return;
          }
          state.tried.push({ step: pending.key, result: 'did not help' });
          out.says.push({ key: 'verified.still' });
        } else {
          state.tried.push({
            step: pending.key,
            result: result === 'cannot' ? 'customer could not' : 'unclear',
          });
        }
        cur.step++;
        return advance(ctx, state, out);
      }
      case 'fact': {
        if (pending.fact === 'portForward') return portForwardAnswer(ctx, state, pending, answer, text, out);
        const value = factFromAnswer(pending.fact, answer, text, state.facts);
        // A fact that names something (the new Wi-Fi name) is never "unknown": a no withdraws a request
        // that may be withdrawn, anything else asks again.
        if (value === undefined && NAMED_FACTS.has(pending.fact)) {
          const proc = cur ? procedureFor(cur.cause, causeRef(state, cur.cause)) : null;
          if (noLike(answer) && proc?.withdrawable)
            return keepAsIs(state, out, `customer withdrew the request at ${pending.key}`);
          // Asked three times without a name to read: a person takes it from here, never a loop.
          if (proc && pending.asked >= 2)
            return closing(
              ctx,
              state,
              proc.otherwise,
              `no ${pending.fact} could be read from the answers`,
              out,
            );
          state.pending = { ...pending, asked: pending.asked + 1 };
          out.ask = { key: pending.key };
          return;
        }
        if (value === undefined && pending.asked < 2 && answer.kind !== 'unknown') {
          state.pending = { ...pending, asked: pending.asked + 1 };
          out.ask = { key: pending.key };
          return;
        }
        state.facts = { ...state.facts, [pending.fact]: value ?? 'unknown' };
        if (state.adviceAfter) return adviseInstead(state, state.adviceAfter, out);
        if (cur) skipAfterFact(state, procedureFor(cur.cause, causeRef(state, cur.cause)));
        return advance(ctx, state, out);
      }
      case 'confirm': {
        if (answer.kind === 'yes' || answer.kind === 'done') {
          if (cur) state.handled.push(cur.cause);
          state.current = null;
          await record(ctx.ticketId, [
            {
              type: 'note',
              actor: { kind: 'customer', id: null },
              text: 'customer confirms it works',
              internal: true,
            },
          ]);
          if (
            state.more &&
            state.causes.some((c) => !state.handled.includes(c.cause) && !c.cause.startsWith('nothing_found'))
          ) {
            return advance(ctx, state, out);
          }
          return resolvedNow(ctx, state, out);
        }
        // Not fixed: look again, take the next most likely cause, or escalate.
        const proc = cur ? procedureFor(cur.cause, causeRef(state, cur.cause)) : null;
        if (cur) state.handled.push(cur.cause);
        state.current = null;
        state.tried.push({ step: 'resolution.confirm', result: 'customer says it still does not work' });
        out.says.push({ key: 'confirm.not_fixed' });
        await rediagnose(ctx, state, out);
        if (state.causes.some((c) => !state.handled.includes(c.cause))) return advance(ctx, state, out);
        const queue =
          proc?.otherwise.kind === 'escalate'
            ? proc.otherwise
            : ({ kind: 'escalate', queue: 'tier2' } as const);
        await closing(ctx, state, queue, 'fix did not help the customer', out);
        return;
      }
      case 'availability': {
        const avail = answer.kind === 'availability' ? answer.text : text.trim().slice(0, 200);
        state.facts = { ...state.facts, availability: avail || 'unknown' };
        finish(state, out, {
          outcome: 'escalated',
          queue: pending.queue,
          disposition: `escalated.${pending.queue}`,
          reason: `${cur?.cause ?? 'fault'}: ${reasonFromTried(state)}`,
        });
        return;
      }
      case 'undo':
        return answerUndo(ctx, state, pending, answer, out);
      case 'secondary': {
        state.handled.push(pending.cause);
        if (yesLike(answer)) {
          state.consents = [...new Set([...state.consents, pending.key])];
          await consentAudit(ctx, pending.key, true);
          const ok = await execute(ctx, state, pending.action, causeRef(state, pending.cause), out);
          state.tried.push({ step: pending.action, result: ok ? 'done' : 'failed' });
        } else {
          await consentAudit(ctx, pending.key, false);
          out.says.push({ key: 'offer.declined' });
        }
        return resolvedNow(ctx, state, out);
      }
    }
  }

  return {
    async get(ticketId: string) {
      return load(ticketId);
    },

    /** Starts the runbook of `intent`: diagnose, pick the cause, and walk its procedure. */
    /**
     * `also`: further problems the customer named in the same message ("the internet hangs, and I want a
     * new Wi-Fi password"); their probes run too and their causes are handled after the first.
     */
    /** `handled`: causes another open case of the conversation has (a person works on them): not worked here. */
    async start(
      ctx: EngineContext,
      intent: Intent,
      facts: Facts,
      opts: { announce?: boolean; also?: Intent[]; handled?: string[] } = {},
    ): Promise<EngineOutput> {
      const out = emptyOutput();
      const state: EngineState = {
        v: 1,
        intent,
        facts,
        causes: [],
        secondary: [],
        handled: [...(opts.handled ?? [])],
        ...(opts.handled?.length ? { heldElsewhere: [...opts.handled] } : {}),
        current: null,
        pending: null,
        findings: [],
        tried: [],
        consents: [],
        lastFix: null,
        secondaryOffered: false,
        incidentId: null,
        finished: null,
      };
      const rb = runbookFor(intent, facts);
      const needsVerify = rb.request ? procedureFor(rb.request).requiresVerification : false;
      if (needsVerify && !ctx.verified) {
        refuse(state, out);
        await save(ctx.ticketId, state);
        return out;
      }
      if (opts.announce !== false && !rb.quiet)
        out.says.push({ key: 'testing', params: { seconds: cfg.testingSeconds ?? 20 } });
      const also = (opts.also ?? []).filter((i) => i !== intent).map((i) => runbookFor(i, facts));
      const probes = [...new Set([...rb.probes, ...also.flatMap((r) => r.probes)])];
      const { causes } = await probe(ctx, state, probes, out);
      let fallback = rb.whenNothingFound;
      if (intent === 'router_reset' && facts.wantsFactoryReset) fallback = 'factory_reset_request';
      plan(state, causes, rb.request, fallback);
      const extra = also.flatMap((r) => (r.request && REQUEST_FIRST.has(r.request) ? [r.request] : []));
      for (const cause of extra) {
        if (!state.causes.some((c) => c.cause === cause)) state.causes.push({ cause, score: 1, codes: [] });
      }
      // With a second problem named, a confirmed fix moves on to what is left instead of closing.
      state.more = also.length > 0;
      await advance(ctx, state, out);
      await save(ctx.ticketId, state);
      return out;
    },

    /** The customer answered the pending question. */
    async answer(ctx: EngineContext, answer: ParsedAnswer, text: string): Promise<EngineOutput> {
      const out = emptyOutput();
      const state = await load(ctx.ticketId);
      if (!state || state.finished) return out;
      await onAnswer(ctx, state, answer, text, out);
      await save(ctx.ticketId, state);
      return out;
    },

    /**
     * A request the customer adds while a case is being worked ("har nån hackat oss?" during a Wi-Fi fix):
     * handled after what is in hand, in the same case. False when there is no open case to add it to.
     */
    async addRequest(ticketId: string, cause: string, facts: Facts): Promise<boolean> {
      const state = await load(ticketId);
      if (!state || state.finished) return false;
      if (!state.causes.some((c) => c.cause === cause)) state.causes.push({ cause, score: 1, codes: [] });
      state.facts = { ...state.facts, ...facts };
      state.more = true;
      await save(ticketId, state);
      return true;
    },

    /**
     * The customer cannot tell yet whether it works ("can't tell until tonight"): the fix stays, the case
     * closes as resolved, and the timeline says it was not confirmed. Null when no "does it work?" is pending.
     */
    async resolveUnconfirmed(ctx: EngineContext, note: string): Promise<EngineOutput | null> {
      const out = emptyOutput();
      const state = await load(ctx.ticketId);
      if (!state || state.finished || state.pending?.kind !== 'confirm') return null;
      state.pending = null;
      if (state.current) state.handled.push(state.current.cause);
      state.current = null;
      state.tried.push({ step: 'resolution.confirm', result: note });
      await record(ctx.ticketId, [
        { type: 'note', actor: { kind: 'bot', id: null }, text: note, internal: true },
      ]);
      finish(state, out, {
        outcome: 'resolved',
        queue: null,
        disposition: 'resolved.unconfirmed',
        reason: reasonFromTried(state),
      });
      await save(ctx.ticketId, state);
      return out;
    },

    /** A new need on the same case ("…but I don't remember the password"; "not the password, the name"): its procedure runs next. */
    async takeUp(ctx: EngineContext, cause: string, facts: Facts = {}): Promise<EngineOutput> {
      const out = emptyOutput();
      const state = await load(ctx.ticketId);
      if (!state || state.finished) return out;
      state.pending = null;
      if (state.current) state.handled.push(state.current.cause);
      state.current = null;
      state.facts = { ...state.facts, ...facts };
      state.handled = state.handled.filter((c) => c !== cause);
      state.causes = [{ cause, score: 1, codes: [] }, ...state.causes.filter((c) => c.cause !== cause)];
      await advance(ctx, state, out);
      await save(ctx.ticketId, state);
      return out;
    },

    /**
     * "Could it be the cable? I'll check it first" to "when can a technician come?": the step is asked
     * (with `message` as its text) and the fault tested again after it, before any visit is booked.
     * Null when no visit is being asked for, or the customer has made that check already.
     */
    async checkFirst(ticketId: string, step: StepKey, message?: string): Promise<EngineOutput | null> {
      const state = await load(ticketId);
      if (!state || state.finished || state.pending?.kind !== 'availability') return null;
      // Once: a check made that did not help is not asked for again.
      if (state.tried.some((x) => x.step === step)) return null;
      const cause = state.current?.cause ?? state.causes.find((c) => state.handled.includes(c.cause))?.cause;
      if (!cause) return null;
      const out = emptyOutput();
      state.pending = { kind: 'step', key: step, again: true, visit: { queue: state.pending.queue, cause } };
      out.ask = { key: step, ...(message ? { message } : {}) };
      await save(ticketId, state);
      return out;
    },

    /** Puts back a state saved with `get` (a customer's correction undoes what their previous answer led to). */
    async restore(ticketId: string, state: EngineState) {
      await save(ticketId, state);
    },

    /** Facts learnt from a message that was not an answer (e.g. "I already restarted it"). */
    async learn(ticketId: string, facts: Facts) {
      const state = await load(ticketId);
      if (!state) return;
      // What the customer answered to a question stands; free text only adds.
      const answered = Object.fromEntries(
        ANSWERED_FACTS.filter((k) => state.facts[k] !== undefined).map((k) => [k, state.facts[k]]),
      );
      state.facts = { ...state.facts, ...facts, ...answered };
      await save(ticketId, state);
    },
  };
}

export type RunbookEngine = ReturnType<typeof createRunbookEngine>;

/** Causes still to handle besides `current` (the fallbacks for "nothing found" do not count). */
/** Router actions: everything but the portal account's. */
const ACCOUNT_ONLY: ReadonlySet<ActionName> = new Set(['account_unlock', 'account_password_reset']);

function changesRouter(proc: Procedure): boolean {
  const acts = proc.steps.filter((s) => s.kind === 'act');
  return acts.length > 0 && acts.every((s) => s.kind === 'act' && !ACCOUNT_ONLY.has(s.action));
}

function routerUnreachable(state: EngineState): boolean {
  return state.findings.some((f) => f.code === 'cpe.unreachable' && f.severity === 'fault');
}

function othersLeft(state: EngineState, current: string): boolean {
  return state.causes.some(
    (c) => c.cause !== current && !state.handled.includes(c.cause) && !c.cause.startsWith('nothing_found'),
  );
}

/** A step asked for along the way: its fact is known and it has not run in this case yet. */
function wantedNow(state: EngineState, fact: FactName, action: ActionName): boolean {
  return state.facts[fact] !== undefined && !state.tried.some((t) => t.step === action);
}

function reasonFromTried(state: EngineState): string {
  if (state.tried.length === 0) return 'no Tier-1 fix applies';
  return state.tried.map((t) => `${t.step}: ${t.result}`).join('; ');
}

/** Facts that name something the customer chose: never stored as "unknown". */
const NAMED_FACTS: ReadonlySet<FactName> = new Set(['wifiName']);

function factFromAnswer(fact: FactName, a: ParsedAnswer, text: string, facts: Facts): unknown {
  switch (fact) {
    case 'connection':
      return a.kind === 'connection' ? a.value : undefined;
    case 'restarted':
      return a.kind === 'yes' ? true : a.kind === 'no' ? false : undefined;
    case 'availability':
      return a.kind === 'availability' ? a.text : text.trim() || undefined;
    case 'portForward': {
      // The answer completes what the customer said before ("forward 3074 to my xbox" + "192.168.1.20").
      const draft = facts.portForwardDraft;
      const got = a.kind === 'port_forward' ? a : null;
      const port = got?.port ?? draft?.port ?? null;
      const device = got?.device ?? draft?.device ?? null;
      const ip = got?.ip ?? draft?.ip ?? (device && /^\d+$/.test(device) ? `192.168.1.${device}` : null);
      if (!port || !ip) return undefined;
      const portEnd = got?.port ? got.portEnd : draft?.portEnd;
      return {
        port,
        protocol: got?.protocol ?? draft?.protocol ?? 'tcp',
        ip,
        ...(portEnd ? { portEnd } : {}),
      };
    }
    case 'wifiName': {
      // Only an answer read as a name: "no", "don't know" or a question is no network name.
      if (a.kind !== 'free') return undefined;
      const name = a.text.trim();
      return name.length > 0 && name.length <= 32 ? name : undefined;
    }
    case 'lightsAllOff':
      return a.kind === 'lights' ? a.allOff : undefined;
    case 'wifiLocation':
      return a.kind === 'location'
        ? a.far === true
          ? 'far'
          : a.far === false
            ? 'near'
            : 'unknown'
        : 'unknown';
    case 'wiredOk':
      return a.kind === 'yes' ? true : a.kind === 'no' ? false : undefined;
  }
}

/** The permission question for `action`; a rename names the new name, so a misread name is caught before it is written. */
function consentAsk(key: AskKey, action: ActionName, facts: Facts): EngineAsk {
  if (action === 'port_forward_add' && facts.portForwardHost && facts.portForward) {
    const { name, ip } = facts.portForwardHost;
    return {
      key,
      message: 'consent.port_forward_add.host',
      params: { port: portLabel(facts.portForward), name, ip },
    };
  }
  if (action === 'wifi_ssid_change' && facts.wifiName)
    return { key, message: 'consent.wifi_ssid_change.named', params: { name: facts.wifiName } };
  if (action === 'port_forward_add' && facts.portForward)
    return { key, ...portForwardConsent(facts.portForward, facts.portForwardDraft) };
  return { key, message: `consent.${action}` };
}

function actionArgs(action: ActionName, facts: Facts): Record<string, unknown> {
  if (action === 'wifi_ssid_change' && facts.wifiName) return { ssid: facts.wifiName };
  if (action === 'port_forward_add' && facts.portForward) {
    const { port, protocol, ip, portEnd } = facts.portForward;
    return {
      port,
      externalPort: port,
      internalPort: port,
      ...(portEnd ? { externalPortEnd: portEnd } : {}),
      ip,
      internalClient: ip,
      protocol: protocol === 'both' ? 'TCP/UDP' : protocol.toUpperCase(),
    };
  }
  return {};
}

function safeArgs(args: Record<string, unknown>): Record<string, unknown> | undefined {
  return Object.keys(args).length ? args : undefined;
}
