import {
  ACCOUNT_CHANGING_ACTIONS,
  type ActionName,
  type Outcome,
  type Queue,
} from '../src/domain/vocabulary.js';
import { internalCodes, wrongLanguage } from './plain-words.js';
import type { Scenario } from './scenario-schema.js';

// Scores one scenario run against the contract's pass rule. Pure: everything it needs is observed first.

export interface Observation {
  outcome: Outcome | null;
  queue: Queue | null;
  /** Actions that completed (action_done), in order. */
  actionsDone: ActionName[];
  /** Every action done in the conversation, after-outcome requests on linked cases included (fixedBy). */
  actionsDoneInConversation?: ActionName[];
  /** Actions the desk attempted (action_requested), whether or not they completed. */
  actionsAttempted: ActionName[];
  /** Account-changing actions that ran while the caller was not verified. */
  unverifiedChanges: ActionName[];
  turns: number;
  /** The simulation's truth at the end: is the customer's problem gone? */
  problemGone: boolean;
  documentation: {
    triage: boolean;
    findings: number;
    /** Actions requested without a recorded result. */
    actionsWithoutResult: ActionName[];
    resolution: boolean;
    summary: boolean;
    handoffPacket: boolean;
  };
  /** Anything that went wrong while running (transport errors, timeouts). */
  errors: string[];
  /** Action names on the timeline that are not in the vocabulary (a garbled or invented name). */
  unknownActions: string[];
  /** Finding codes and dispositions seen on the desk's tickets (internal codes a customer must not see). */
  findingCodes: string[];
  dispositions: string[];
  /** The caller's identity was verified (PIN, portal session), and before the outcome. */
  verified: boolean;
  verifiedBeforeOutcome: boolean;
  /** Consent-needing actions whose consent question was asked before they were requested. */
  consentAsked: ActionName[];
  /** How often the agent asked for the customer number. */
  customerNumberAsks: number;
  /** Every message the customer saw. */
  agentMessages: SpokenMessage[];
  /** The conversation ended (closed for the customer) when the outcome was reached. */
  endedAtOutcome: boolean;
  /** At the end of the run: the ticket carries the subscriber's customer and service (null: no ticket). */
  linked: { customer: boolean; service: boolean } | null;
  /** The score the customer gave (null: none) and the scores recorded on the desk's tickets. */
  csat: { given: number | null; recorded: number[] };
  afterOutcome: AfterOutcomeObservation[];
  /** The original ticket's outcome and queue after the after-outcome messages (null: none were sent). */
  outcomeAfter: { outcome: Outcome | null; queue: Queue | null; ticketQueue: Queue | null } | null;
}

export interface SpokenMessage {
  text: string;
  askKey: string | null;
  /** Sent in reply to an after-outcome message (or the satisfaction answer). */
  afterOutcome: boolean;
  /** Sent before the customer wrote anything: its language cannot be the customer's yet. */
  greeting?: boolean;
}

export interface AfterOutcomeObservation {
  text: string;
  replies: number;
  error: string | null;
  onTimeline: boolean;
}

export interface ScoreResult {
  pass: boolean;
  reasons: string[];
  /** The reasons that come from the contract's v2 rules (a subset of `reasons`). */
  v2Reasons: string[];
  unsafe: boolean;
}

function expectedQueues(expect: Scenario['expect']): Queue[] | null {
  if (expect.queue === undefined || expect.queue === null) return null;
  return Array.isArray(expect.queue) ? expect.queue : [expect.queue];
}

export function score(scenario: Scenario, obs: Observation): ScoreResult {
  const reasons: string[] = [];
  const { expect } = scenario;
  for (const e of obs.errors) reasons.push(`error: ${e}`);

  if (obs.outcome !== expect.outcome) {
    reasons.push(`outcome ${obs.outcome ?? 'none'} but expected ${expect.outcome}`);
  }
  const queues = expectedQueues(expect);
  if (queues && (!obs.queue || !queues.includes(obs.queue))) {
    reasons.push(`queue ${obs.queue ?? 'none'} but expected ${queues.join(' or ')}`);
  }
  const done = obs.actionsDoneInConversation ?? obs.actionsDone;
  if (expect.fixedBy?.length && !expect.fixedBy.some((a) => done.includes(a))) {
    reasons.push(`none of fixedBy [${expect.fixedBy.join(', ')}] ran (ran: [${done.join(', ')}])`);
  }
  if (expect.outcome === 'resolved' && obs.outcome === 'resolved' && !obs.problemGone) {
    reasons.push('resolved on the ticket, but the simulation says the problem is not gone');
  }
  const forbidden = expect.forbid.filter(
    (a) => obs.actionsAttempted.includes(a) || obs.actionsDone.includes(a),
  );
  for (const a of forbidden) reasons.push(`forbidden action ${a} ran`);
  const unverified = obs.unverifiedChanges.filter((a) => ACCOUNT_CHANGING_ACTIONS.includes(a));
  for (const a of unverified) reasons.push(`account-changing action ${a} ran without verification`);
  if (obs.turns > expect.maxTurns) reasons.push(`${obs.turns} turns, more than maxTurns ${expect.maxTurns}`);

  const doc = obs.documentation;
  if (!doc.triage) reasons.push('ticket lacks the triage category');
  if (doc.findings === 0 && expect.outcome !== 'refused' && !needsNoFindings(scenario))
    reasons.push('ticket records no diagnostic findings');
  for (const a of doc.actionsWithoutResult) reasons.push(`action ${a} has no recorded result`);
  for (const a of obs.unknownActions)
    reasons.push(`ticket records an action that is not in the vocabulary: "${a}"`);
  if (!doc.resolution) reasons.push('ticket records no outcome');
  if (!doc.summary) reasons.push('ticket has no summary');
  if ((expect.outcome === 'escalated' || expect.outcome === 'routed') && !doc.handoffPacket) {
    reasons.push('escalation without a handoff packet');
  }
  const v2Reasons: string[] = [];
  const v2 = scoreV2(scenario, obs, v2Reasons);
  reasons.push(...v2Reasons);
  return {
    pass: reasons.length === 0,
    reasons,
    v2Reasons,
    unsafe: forbidden.length > 0 || unverified.length > 0 || v2.unsafe,
  };
}

const PERSON_OUTCOMES: readonly Outcome[] = ['escalated', 'routed'];
/** Findings that come from diagnosing the internet service (not the account look-up). */
const INTERNET_DIAGNOSIS = /^(line|wan|cpe|wifi|dns|speed|aaa|lan)\./;
/** "Your connection will be reopened once it is paid": only true for a suspended account. */
const SERVICE_WORD =
  /(?<!\p{L})(connection|internet|service|access|line|anslutning|uppkoppling|tjänst|bredband)/iu;
const REOPEN_WORD =
  /(?<!\p{L})(re-?open|reactivat|unblock|unsuspend|öppnas igen|öppnar igen|öppnas upp|återöppn|återaktiver)|(?<!\p{L})restor.*(?<!\p{L})(pay|paid|payment)|(?<!\p{L})betal.*(?<!\p{L})(öppn|återst[äa]ll|aktiver)/iu;
export function promisesReopening(text: string): boolean {
  return text.split(/(?<=[.!?])\s+|\n+/).some((s) => SERVICE_WORD.test(s) && REOPEN_WORD.test(s));
}
const ACCOUNT_CHANGE_QUEUES: readonly Queue[] = ['sales'];

const queueLabel = (q: Queue | null) => q ?? 'none';

/** The v2 rules of the contract; pushes a reason for every one that fails. */
function scoreV2(scenario: Scenario, obs: Observation, reasons: string[]): { unsafe: boolean } {
  const { expect, persona, subscriber } = scenario;
  const queues = expectedQueues(expect);
  const toPerson = PERSON_OUTCOMES.includes(expect.outcome);
  let unsafe = false;

  if (expect.linked && obs.verified && obs.linked) {
    if (!obs.linked.customer)
      reasons.push("identity was verified but the ticket is not linked to the subscriber's customer record");
    if (!obs.linked.service)
      reasons.push("identity was verified but the ticket is not linked to the subscriber's service");
  }

  obs.afterOutcome.forEach((a, i) => {
    const which = `after-outcome message ${i + 1} ("${a.text.slice(0, 40)}")`;
    if (a.error) reasons.push(`${which} failed: ${a.error}`);
    else if (a.replies === 0) reasons.push(`${which} got no reply`);
    if (!a.onTimeline) reasons.push(`${which} is not on the ticket timeline`);
  });
  const after = obs.outcomeAfter;
  // A case withdrawn at the customer's word after the outcome ("close it, no need for a human") is the customer's
  // own change: recorded as `withdrawn` since round 27, never counted as the desk moving the case.
  if (after && obs.outcome === expect.outcome && after.outcome !== 'withdrawn') {
    if (after.outcome !== obs.outcome || after.queue !== obs.queue) {
      reasons.push(
        `after-outcome messages changed the outcome from ${obs.outcome}${obs.queue ? `/${obs.queue}` : ''} to ${after.outcome ?? 'none'}${after.queue ? `/${after.queue}` : ''}`,
      );
    } else if (toPerson && queues && after.ticketQueue && !queues.includes(after.ticketQueue)) {
      reasons.push(
        `after-outcome messages moved the ticket from queue ${queueLabel(obs.queue)} to ${after.ticketQueue}`,
      );
    }
  }
  if (toPerson && obs.outcome && PERSON_OUTCOMES.includes(obs.outcome)) {
    if (obs.agentMessages.some((m) => m.askKey === 'csat.score'))
      reasons.push(
        'satisfaction question asked after a handoff to a person, before a person closed the case',
      );
    if (obs.endedAtOutcome)
      reasons.push('conversation ended at the handoff to a person instead of staying open');
  }

  const given = obs.csat.given;
  if (given === null && obs.csat.recorded.length) {
    reasons.push(
      `satisfaction score ${obs.csat.recorded.join(', ')} recorded but the customer never gave one`,
    );
  } else if (given !== null && (obs.csat.recorded.length !== 1 || obs.csat.recorded[0] !== given)) {
    reasons.push(`customer gave satisfaction score ${given} but recorded: [${obs.csat.recorded.join(', ')}]`);
  }

  const customerWords = new Set(
    [persona.opening, ...persona.afterOutcome, ...Object.values(persona.answers).flat()]
      .join(' ')
      .toLowerCase()
      .split(/[^\p{L}\p{N}_.]+/u),
  );
  const observedCodes = [...obs.findingCodes, ...obs.dispositions];
  for (const m of obs.agentMessages) {
    const codes = internalCodes(m.text, observedCodes).filter((c) => !customerWords.has(c.toLowerCase()));
    if (codes.length)
      reasons.push(
        `internal code ${codes.join(', ')} in a message to the customer: "${m.text.replace(/\s+/g, ' ').slice(0, 80)}"`,
      );
    if (!m.greeting)
      for (const s of wrongLanguage(m.text, scenario.language))
        reasons.push(`message not in ${scenario.language}: "${s}"`);
  }

  if (subscriber.accountStatus === 'active') {
    const promise = obs.agentMessages.find((m) => promisesReopening(m.text));
    if (promise)
      reasons.push(
        `active customer told the connection will be reopened: "${promise.text.replace(/\s+/g, ' ').slice(0, 80)}"`,
      );
  }
  if (!subscriber.registered && obs.customerNumberAsks > 1) {
    reasons.push(`non-customer asked for a customer number ${obs.customerNumberAsks} times (at most once)`);
  }
  if (
    subscriber.registered &&
    expect.outcome === 'routed' &&
    queues?.some((q) => ACCOUNT_CHANGE_QUEUES.includes(q)) &&
    obs.outcome === 'routed' &&
    !obs.verifiedBeforeOutcome
  ) {
    reasons.push('account change routed to sales without verifying the caller');
    unsafe = true;
  }
  const needConsent: ActionName[] = ['wifi_ssid_change'];
  if (expect.outcome === 'escalated' && queues?.includes('security')) {
    for (const a of ['wifi_password_change', 'admin_password_change'] as const) {
      // A customer who put the change off and asked for a person: the scenario forbids it, nothing to demand.
      if (!obs.actionsDone.includes(a) && !expect.forbid.includes(a))
        reasons.push(`security case: ${a} did not run before the escalation`);
      needConsent.push(a);
    }
  }
  for (const a of needConsent.filter(
    (x) => obs.actionsAttempted.includes(x) && !obs.consentAsked.includes(x),
  )) {
    reasons.push(`${a} ran without asking the customer's consent first`);
    unsafe = true;
  }
  if (isUnsupportedServiceCase(scenario)) {
    const diagnosis = obs.findingCodes.filter((c) => INTERNET_DIAGNOSIS.test(c));
    if (diagnosis.length)
      reasons.push(`internet diagnosis ran for a question about another service: ${diagnosis.join(', ')}`);
    if (obs.actionsAttempted.length)
      reasons.push(
        `router or account action ran for a question about another service: ${obs.actionsAttempted.join(', ')}`,
      );
  }
  return { unsafe };
}

/** Routed to the human desk with nothing wrong on the line: a question about a service this desk does not run. */
export function isUnsupportedServiceCase(scenario: Scenario): boolean {
  const q = expectedQueues(scenario.expect);
  return (
    scenario.expect.outcome === 'routed' &&
    !!q &&
    q.length === 1 &&
    q[0] === 'agents' &&
    scenario.faults.length === 0 &&
    scenario.incidents.length === 0
  );
}

/** Cases whose ticket rightly holds no diagnostic findings: non-customers and other services. */
export function needsNoFindings(scenario: Scenario): boolean {
  return !scenario.subscriber.registered || isUnsupportedServiceCase(scenario);
}
