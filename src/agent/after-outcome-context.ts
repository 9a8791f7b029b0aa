// What every after-outcome module shares: the dependencies, the helpers built once per agent (answers
// from the case, rename remarks, the visit changes), the reply parameters (reference, when, team) and
// the answer to a question from what the case knows.
import type { Customer, CustomerWords, Incident, Service, Ticket } from '../domain/index.js';
import type { Logger } from 'pino';
import type { IspPorts } from '../isp/ports.js';
import type { EngineState } from '../runbooks/engine.js';
import type { TriageApi, TriageLike } from '../runbooks/ports.js';
import type { QuestionTopic } from '../triage/reply.js';
import type { TicketStore } from '../tickets/ports.js';
import { createAfterAnswers } from './after-answers.js';
import type { ConversationState } from './conversation-state.js';
import { teamName, type CaseFacts } from './handoff.js';
import { hasMessage, t, type MessageKey } from './messages/index.js';
import { actionsDone, answerFor, findingCodes } from './question-answers.js';
import { createRenameRemarks } from './rename-remarks.js';
import type { Turn } from './turn.js';
import { createVisitCancel } from './visit-cancel.js';
import { createVisitLater } from './visit-later.js';
import { createVisitMove } from './visit-move.js';
import { createVisitHold } from './visit-hold.js';
import { createVisitRebook } from './visit-rebook.js';

export interface AfterOutcomeDeps {
  tickets: TicketStore;
  /** The operator's portal name and time zone in what customers read. */
  words: CustomerWords;
  triage: TriageApi;
  clarifyThreshold: number;
  context(conv: ConversationState): Promise<{ customer: Customer | null; service: Service | null }>;
  packet(facts: CaseFacts): Promise<Parameters<TicketStore['escalate']>[3]>;
  /** The closed-case path of old: help centre, or a new problem on the same ticket. */
  reopen(ticket: Ticket, conv: ConversationState, turn: Turn, text: string, tri: TriageLike): Promise<void>;
  /** The root cause the case was handed over for (answers depend on it), if any. */
  cause(ticket: Ticket): Promise<string | null>;
  /** The case's runbook state (findings, what was done), for answers from what the case knows. */
  state(ticket: Ticket): Promise<EngineState | null>;
  /**
   * The fault this conversation fixed: this case's, or — for a request linked after the fix (an invoice,
   * the subscription) — the conversation's own case's. Null when none was fixed.
   */
  fixedCause?(ticket: Ticket): Promise<string | null>;
  now(): Date;
  /** An incident by id, for the words of an outage ("a fibre cut in Limhamn"). */
  incident?(id: string): Promise<Pick<Incident, 'kind' | 'title' | 'areas'> | null>;
  /** The ISP's field service, for moving a booked visit. */
  isp?: IspPorts;
  log?: Logger;
}

/** "How long?" after the customer said no to a visit: the field team's next step, never a booking. */
export function declinedVisit(conv: ConversationState, key: MessageKey | null): MessageKey {
  return conv.visitDeclined && conv.handoff?.queue === 'field'
    ? 'case.how_long.field.declined'
    : (key ?? 'case.how_long');
}

/** The text answering `topic` for the stage the case is in — `.after.<team>`, `.after.resolved` or `.after` — if any. */
function stageKey(topic: QuestionTopic, ticket: Ticket, conv?: ConversationState): MessageKey | null {
  const queue = conv?.handoff?.queue ?? (ticket.status === 'escalated' ? ticket.queue : null);
  const fixed = !queue && (ticket.status === 'resolved' || ticket.status === 'closed');
  if (!queue && !fixed) return null;
  // An outage's answers are the fault's own (area_outage): no team has the case.
  if (queue === 'outage') return null;
  const keys = [`reply.${topic}.after.${queue ?? 'resolved'}`, queue ? `reply.${topic}.after` : null];
  return keys.find((k): k is MessageKey => k !== null && hasMessage(k)) ?? null;
}

/** Questions about what caused the fault: answered from the fault the conversation fixed. */
const CAUSE_TOPICS = new Set<QuestionTopic>(['why_broke', 'my_side', 'your_fault', 'changed_by_us']);

/** The caller could not or would not give the PIN. */
const UNVERIFIED = new Set(['skipped', 'locked', 'failed']);

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The after-outcome helpers, built once around `deps`; every after-outcome module takes them first. */
export type AfterOutcomeCtx = ReturnType<typeof createAfterOutcomeContext>;

export function createAfterOutcomeContext(deps: AfterOutcomeDeps) {
  /** The text answering `topic` from what this case knows: what it did on the router, its root cause. */
  async function caseTopic(
    ticket: Ticket,
    topic: QuestionTopic,
    conv?: ConversationState,
  ): Promise<MessageKey> {
    // "why did it happen, did I do something?" on billing's linked case: about the fault fixed before it.
    const fixed = CAUSE_TOPICS.has(topic) ? await deps.fixedCause?.(ticket) : null;
    const state = await deps.state(ticket);
    const ctx = {
      askKey: null,
      cause: fixed ?? (await deps.cause(ticket)),
      actions: actionsDone(state),
      // "so was there an outage or not?": what the case's checks found (the area's incident check).
      findings: findingCodes(state),
    };
    // "should i restart it now?", "so i just wait?", "what will you do?": the answer of the case's stage
    // (fixed, or with a team) comes before the one for the fault found (fault-facts-en.ts).
    const staged = stageKey(topic, ticket, conv);
    if (staged) return staged;
    // A case that changed nothing on the router says so ("no new password yet"), never "as soon as it is set".
    const noneDone = `reply.${topic}.none_done`;
    if (ctx.actions.length === 0 && hasMessage(noneDone)) return noneDone;
    const key = answerFor(topic, ctx) ?? 'reply.other';
    // "so what do i do now?" after a case closed for want of the PIN: the way on is the PIN, not "we write to you".
    const unverified = `reply.${topic}.unverified`;
    const general = key === `reply.${topic}.no_ask` || key === `reply.${topic}`;
    if (general && conv && !conv.handoff && UNVERIFIED.has(conv.verification) && hasMessage(unverified))
      return unverified;
    return key;
  }

  const renameRemarks = createRenameRemarks({
    state: deps.state,
    note: (id, text) =>
      deps.tickets
        .append(id, [{ type: 'note', actor: { kind: 'bot', id: null }, text, internal: true }])
        .then(() => undefined),
  });
  const answers = createAfterAnswers({
    tickets: deps.tickets,
    state: deps.state,
    fixedCause: deps.fixedCause,
    words: deps.words,
    plan: async (conv) => (await deps.context(conv)).service?.plan ?? null,
    incident: deps.incident,
  });
  const visit = createVisitCancel({ tickets: deps.tickets, now: deps.now });
  const visitDeps = {
    ...deps,
    facts: async (ticket: Ticket) => ({
      availability: ((await deps.state(ticket))?.facts.availability as string | undefined) ?? null,
      reason: (await deps.cause(ticket)) ?? 'field visit',
    }),
  };
  const visitMove = createVisitMove(visitDeps);
  const visitLater = createVisitLater(visitDeps);
  const visitRebook = createVisitRebook(visitDeps);
  const visitHold = createVisitHold(visitDeps);

  /** What replies after the outcome fill in: the case's reference, when the team answers, the team. */
  function params(ticket: Ticket, conv: ConversationState, queue = conv.handoff?.queue ?? 'agents') {
    const ourTeam = teamName(queue, conv.language);
    return {
      reference: ticket.reference,
      when: t(conv.language, `when.${conv.priority}`),
      team: capitalise(ourTeam),
      ourTeam,
    };
  }

  return {
    deps,
    caseTopic,
    renameRemarks,
    answers,
    visit,
    visitMove,
    visitLater,
    visitRebook,
    visitHold,
    params,
  };
}
