// The deterministic runbook engine. It keeps its state per ticket (TicketStore state key `runbook`),
// runs probes, walks the procedure of the most likely root cause, asks for consent and customer
// steps, executes guarded actions, verifies every fix and records each step on the timeline.
// It speaks in message keys; the agent turns them into text in the customer's language.
import type { Intent, StepKey } from '../domain/index.js';
import type { ParsedAnswer } from './ports.js';
import { procedureFor } from './procedures.js';
import { REQUEST_FIRST, runbookFor } from './runbooks.js';
import type { Facts } from './types.js';
import { reasonFromTried } from './case-checks.js';
import { createEngineKernel } from './engine-kernel.js';
import { plan } from './cause-plan.js';
import { finish, refuse } from './case-finish.js';
import { createCaseClosing } from './case-closing.js';
import { createRunAction } from './run-action.js';
import { createFixChecks } from './fix-checks.js';
import { createPortForwardQuestions } from './port-forward-questions.js';
import { createAdvance } from './advance.js';
import { createPortForwardAnswers } from './port-forward-answers.js';
import { createOnAnswer } from './on-answer.js';
import {
  emptyOutput,
  type EngineContext,
  type EngineDeps,
  type EngineOutput,
  type EngineState,
} from './engine-types.js';

export type {
  EngineAsk,
  EngineConfig,
  EngineContext,
  EngineDeps,
  EngineOutput,
  EngineState,
  Say,
} from './engine-types.js';
export { DEFAULT_ENGINE_CONFIG } from './engine-types.js';

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

export function createRunbookEngine(deps: EngineDeps) {
  const kernel = createEngineKernel(deps);
  const { cfg, record, load, save, probe } = kernel;
  const caseClosing = createCaseClosing(kernel);
  const runAction = createRunAction(kernel);
  const fixChecks = createFixChecks(kernel);
  const questions = createPortForwardQuestions(kernel);
  const { advance } = createAdvance({ ...caseClosing, ...runAction, ...fixChecks, ...questions });
  const answers = createPortForwardAnswers({ ...caseClosing, ...questions, ...runAction, advance });
  const { onAnswer } = createOnAnswer(kernel, {
    ...caseClosing,
    ...runAction,
    ...fixChecks,
    advance,
    ...answers,
  });

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
      const announce = opts.announce !== false && !rb.quiet;
      if (announce) out.says.push({ key: 'testing', params: { seconds: cfg.testingSeconds ?? 20 } });
      const also = (opts.also ?? []).filter((i) => i !== intent).map((i) => runbookFor(i, facts));
      const probes = [...new Set([...rb.probes, ...also.flatMap((r) => r.probes)])];
      // Unannounced, a read that outlasts the interim delay is still said ("one moment, I'm looking").
      const { causes } = await probe(
        ctx,
        state,
        probes,
        out,
        false,
        false,
        announce ? undefined : { key: 'looking' },
      );
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

    /** The devices the router lists on the home network now (its host table), or null when it does not say. */
    homeDevices: (ctx: EngineContext) => questions.homeDevices(ctx),

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
