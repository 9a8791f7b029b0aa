// Answers to port-forward questions: what they give kept, the forward carried on, a customer
// looking the address up waited for, another device than the one found.
import type { ParsedAnswer } from './ports.js';
import { procedureFor } from './procedures.js';
import { CONSENT_FOR_ACTION, isHomeDeviceAddress } from '../domain/index.js';
import {
  MAX_PORT_RANGE,
  morePortsRule,
  parsePortForward,
  withProtocol,
  type ForwardRule,
} from '../triage/port-forward.js';
import { fold } from '../triage/normalize.js';
import { topicsOf } from '../triage/topics-of.js';
import { consentAsk } from './action-asks.js';
import {
  asksHowToFind,
  doesNotKnow,
  findIpMessage,
  lookingItUp,
  waitingMessage,
} from './port-forward-host.js';
import type { Facts } from './types.js';
import type { EngineContext, EngineOutput, Pending, EngineState } from './engine-types.js';
import { factFromAnswer } from './fact-answers.js';
import { causeRef, skipAfterFact } from './cause-plan.js';
import type { CaseClosing } from './case-closing.js';
import type { PortForwardQuestions } from './port-forward-questions.js';
import type { Advance } from './advance.js';
import type { RunAction } from './run-action.js';

/** Words that make a number at the permission question a port ("port 25566", "tcp", "udp"). */
const RULE_WORDS = /\b(port\w*|tcp|udp)\b/;

/**
 * The rule the customer's words at the permission question ask for, when they name one: "no i mean both
 * tcp and udp. on 25566", "ja men ta udp också". `changed` tells whether it differs from the rule asked about.
 */
export function ruleAskedAtConsent(
  rule: ForwardRule,
  text: string,
): { rule: ForwardRule; changed: boolean } | null {
  const said = parsePortForward(text);
  if (said.badPorts) return null;
  const t = fold(String(text ?? '').slice(0, 1000));
  // A bare small number ("2 min", "30 sec") is no port; a protocol, the word port or an address is.
  const names =
    said.protocol !== null ||
    said.ip !== null ||
    (said.port !== null && (RULE_WORDS.test(t) || said.port >= 1024));
  if (!names) return null;
  const port = said.port ?? rule.port;
  const portEnd = said.port ? (said.portEnd ?? undefined) : rule.portEnd;
  const next: ForwardRule = {
    port,
    protocol: withProtocol(rule.protocol, said) ?? rule.protocol,
    ip: said.ip ?? rule.ip,
    ...(portEnd ? { portEnd } : {}),
  };
  const changed =
    next.port !== rule.port ||
    next.protocol !== rule.protocol ||
    next.ip !== rule.ip ||
    (next.portEnd ?? null) !== (rule.portEnd ?? null);
  // "not udp 25566": a rule said only to be refused is no restatement of it, nor "is udp 25566 safe?".
  if (!changed && (NEGATED_RULE.test(t) || asksAboutRule(t))) return null;
  return { rule: next, changed };
}

/** A sentence naming the rule is a question: "is udp 25566 safe?", "vad gör tcp 25566?". */
function asksAboutRule(t: string): boolean {
  const sentences = t.match(/[^.?!]+[.?!]*/g) ?? [];
  return sentences.some(
    (s) =>
      /\b(port\w*|tcp|udp|\d{2,5})\b/.test(s) &&
      (s.includes('?') ||
        /^\s*(is|are|will|does|do|what|why|how|which|ar|blir|vad|varfor|hur|vilken|gor)\b/.test(s)),
  );
}

/** "not udp", "inte tcp", "no port 25566", "without udp": a part of the rule refused. */
const NEGATED_RULE =
  /\b(?:not|no|never|without|dont|don'?t|inte|ej|utan|aldrig)\s+(?:(?:just|only|bara|the|den|a)\s+)?(?:port\w*|tcp|udp|\d{2,5})\b/;

type PortForwardAnswer = Extract<ParsedAnswer, { kind: 'port_forward' }>;

/** What the customer said of the forward, over what was said before; `ip` as decided by the caller. */
function mergedDraft(
  d: Facts['portForwardDraft'],
  answer: PortForwardAnswer,
  ip: string | null,
): NonNullable<Facts['portForwardDraft']> {
  const portEnd = answer.port ? answer.portEnd : d?.portEnd;
  return {
    port: answer.port ?? d?.port ?? null,
    protocol: withProtocol(d?.protocol, answer),
    ip,
    device: answer.device ?? d?.device ?? null,
    service: answer.service ?? d?.service ?? null,
    ...(portEnd ? { portEnd } : {}),
  };
}

export function createPortForwardAnswers(parts: CaseClosing & PortForwardQuestions & Advance & RunAction) {
  const { closing, askPortForward, offerHost, advance, execute } = parts;

  /**
   * "no i mean both tcp and udp. on 25566" at the permission question: a rule changed is taken and the
   * permission asked again for exactly that rule ('asked'); the rule asked about said back is the go-ahead
   * ('same'). A correction, never a no. Null when the message names no rule.
   */
  function ruleAtConsent(
    state: EngineState,
    pending: Extract<Pending, { kind: 'consent' }>,
    text: string,
    out: EngineOutput,
  ): 'asked' | 'same' | null {
    const rule = state.facts.portForward;
    if (pending.action !== 'port_forward_add' || !rule) return null;
    const asked = ruleAskedAtConsent(rule, text);
    if (!asked) return null;
    if (!asked.changed) return 'same';
    const { portForwardHost, ...facts } = state.facts;
    const d = facts.portForwardDraft;
    // The device found in the router keeps its name; another address is no longer that device.
    const device = asked.rule.ip === rule.ip ? (portForwardHost?.name ?? d?.device ?? null) : null;
    state.facts = {
      ...facts,
      portForward: asked.rule,
      portForwardDraft: {
        port: asked.rule.port,
        protocol: asked.rule.protocol,
        ip: asked.rule.ip,
        device,
        service: d?.service ?? null,
        ...(asked.rule.portEnd ? { portEnd: asked.rule.portEnd } : {}),
      },
    };
    state.pending = { ...pending, asked: 1 };
    // "its .52 now, it changed after i restarted the pc. does that matter?": the forward follows one address,
    // so a device whose address changes needs a fixed one — said before the permission is asked again.
    if (asked.rule.ip !== rule.ip && topicsOf(text).includes('address_changes'))
      out.says.push({ key: 'reply.address_changes' });
    out.ask = consentAsk(pending.key, pending.action, state.facts);
    return 'asked';
  }

  /**
   * "yeah add those too pls" to the game's other ports the desk offered, "I still want TCP too": at "does it
   * work now?" after the forward, the customer's own request for more of it is done in the same case (the
   * request is the go-ahead), and the question put again. Returns the consent key given, or null.
   */
  async function moreAtConfirm(
    ctx: EngineContext,
    state: EngineState,
    text: string,
    out: EngineOutput,
  ): Promise<string | null> {
    const rule = state.facts.portForward;
    const cur = state.current;
    if (!rule || !cur || !state.tried.some((t) => t.step === 'port_forward_add' && t.result === 'done'))
      return null;
    const more = morePortsRule(text, { ...rule, service: state.facts.portForwardDraft?.service ?? null });
    if (!more) return null;
    state.pending = { kind: 'confirm' };
    out.ask = { key: 'resolution.confirm' };
    if ('bad' in more) {
      out.says.push({ key: 'port_forward.more.invalid', params: { ports: more.bad, max: MAX_PORT_RANGE } });
      return null;
    }
    const key = CONSENT_FOR_ACTION.port_forward_add ?? 'consent.config_change';
    state.consents = [...new Set([...state.consents, key])];
    state.facts = { ...state.facts, portForward: more.rule };
    const ok = await execute(ctx, state, 'port_forward_add', causeRef(state, cur.cause), out);
    state.tried.push({ step: 'port_forward_add', result: ok ? 'done' : 'failed' });
    if (!ok) state.facts = { ...state.facts, portForward: rule };
    return key;
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
    // "to my pc, 192.168.0.23": no device on the home network has that address — asked again, the port kept.
    if (
      answer.kind === 'port_forward' &&
      answer.ip &&
      !isHomeDeviceAddress(answer.ip) &&
      (pending.total ?? pending.asked) < 6
    ) {
      state.facts = {
        ...state.facts,
        portForwardDraft: mergedDraft(state.facts.portForwardDraft, answer, null),
      };
      state.pending = { ...pending, total: (pending.total ?? pending.asked) + 1 };
      out.ask = { key: pending.key, message: 'port_forward.more.outside', params: { ip: answer.ip } };
      return;
    }
    const value = factFromAnswer('portForward', answer, text, state.facts);
    if (value !== undefined) {
      // "how do I find that? maybe 192.168.1.50? not sure": told where the device shows it, then asked.
      if (asksHowToFind(text))
        out.says.push({ key: findIpMessage(state.facts.portForwardDraft?.device ?? null, text) });
      state.facts = { ...state.facts, portForward: value as Facts['portForward'] };
      const cur = state.current;
      if (cur) skipAfterFact(state, procedureFor(cur.cause, causeRef(state, cur.cause)));
      return advance(ctx, state, out);
    }
    const before = JSON.stringify(state.facts.portForwardDraft ?? null);
    if (answer.kind === 'port_forward') {
      const d = state.facts.portForwardDraft;
      state.facts = { ...state.facts, portForwardDraft: mergedDraft(d, answer, answer.ip ?? d?.ip ?? null) };
    }
    const progress = JSON.stringify(state.facts.portForwardDraft ?? null) !== before;
    // "i dont know the ip lol. its my gaming pc": how to find it is what is asked for, in other words.
    const howToFind = asksHowToFind(text) || (!state.facts.portForwardDraft?.ip && doesNotKnow(text));
    const looking = (!progress || howToFind) && (lookingItUp(text) || howToFind);
    const asked = progress || looking ? pending.asked : pending.asked + 1;
    const total = (pending.total ?? pending.asked) + 1;
    if ((answer.kind === 'unknown' && !looking) || asked > 2 || total > 6) {
      await closing(ctx, state, { kind: 'escalate', queue: 'tier2' }, 'port-forward details unclear', out);
      return;
    }
    const next = { ...pending, asked, total };
    const draft = state.facts.portForwardDraft;
    if (looking && !draft?.ip && (draft?.port || howToFind)) {
      // "hur hittar jag ip-adressen?", "wait, I'm looking": the port is kept and the address waited for.
      const how = howToFind;
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

  return { portForwardAnswer, otherDevice, ruleAtConsent, moreAtConfirm };
}

export type PortForwardAnswers = ReturnType<typeof createPortForwardAnswers>;
