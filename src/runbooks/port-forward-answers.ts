// Answers to port-forward questions: what they give kept, the forward carried on, a customer
// looking the address up waited for, another device than the one found.
import type { ParsedAnswer } from './ports.js';
import { procedureFor } from './procedures.js';
import { MAX_PORT_RANGE, parsePortForward } from '../triage/port-forward.js';
import { asksHowToFind, findIpMessage, lookingItUp, waitingMessage } from './port-forward-host.js';
import type { Facts } from './types.js';
import type { EngineContext, EngineOutput, Pending, EngineState } from './engine-types.js';
import { factFromAnswer } from './fact-answers.js';
import { causeRef, skipAfterFact } from './cause-plan.js';
import type { CaseClosing } from './case-closing.js';
import type { PortForwardQuestions } from './port-forward-questions.js';
import type { Advance } from './advance.js';

export function createPortForwardAnswers(parts: CaseClosing & PortForwardQuestions & Advance) {
  const { closing, askPortForward, offerHost, advance } = parts;

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

  return { portForwardAnswer, otherDevice };
}

export type PortForwardAnswers = ReturnType<typeof createPortForwardAnswers>;
