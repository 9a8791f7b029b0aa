// Messages after the case's outcome. After a close, a message is a satisfaction score only if it is
// one; thanks get a short reply; a new request is handled as one. After a handoff to a person (or an
// outage notice) the conversation stays open: messages reach the ticket, questions are answered, and
// a new request opens a linked ticket — the first case never leaves its queue.
import type { Customer, CustomerWords, Intent, Queue, Service, Ticket } from '../domain/index.js';
import type { Logger } from 'pino';
import type { IspPorts } from '../isp/ports.js';
import type { EngineState } from '../runbooks/engine.js';
import type { TriageApi, TriageLike } from '../runbooks/ports.js';
import type { QuestionTopic, ReplyAct } from '../triage/reply.js';
import { escalateByAgent } from '../tickets/escalate.js';
import type { TicketStore } from '../tickets/ports.js';
import { fold } from '../triage/normalize.js';
import { scoreBeside } from '../triage/score-beside.js';
import { topicsOf } from '../triage/topics-of.js';
import { createAfterAnswers } from './after-answers.js';
import type { AfterQuestion } from './after-questions.js';
import type { ConversationState } from './conversation-state.js';
import { caseAnswerKey, caseQuestions, type CaseQuestion } from './case-questions.js';
import { onlyOtherService } from './other-service.js';
import {
  isDeskRequest,
  isNewFault,
  namedRenameRequest,
  questionsBesideRequest,
  requestAfterTurn,
} from './follow-up-case.js';
import { buildSummary, teamName, type CaseFacts } from './handoff.js';
import { markUrgent } from './handoff-urgency.js';
import { noteForTeam } from './team-note.js';
import { answerDeskLimit } from './desk-limits.js';
import { askedOrder } from './answer-order.js';
import { compensationKey } from './compensation-kind.js';
import { outageVisit } from './outage-visit.js';
import { asksToCall } from './phone-question.js';
import { brandParams, hasMessage, t, type MessageKey } from './messages/index.js';
import { actionsDone, answerFor } from './question-answers.js';
import { raisedSecondaries } from './secondary-topics.js';
import { createRenameRemarks, renameRequest } from './rename-remarks.js';
import type { Turn } from './turn.js';
import { visitCostAsked, visitCostKey } from './visit-cost.js';
import { answerFieldQuestions } from './field-questions.js';
import { refundWithBilling } from './refund-linked.js';
import { createVisitCancel } from './visit-cancel.js';
import { createVisitLater } from './visit-later.js';
import { createVisitMove } from './visit-move.js';
import { createVisitHold } from './visit-hold.js';
import { createVisitRebook } from './visit-rebook.js';
import { keepVisitForPerson, personNotTime } from './visit-person.js';

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
  now(): Date;
  /** The ISP's field service, for moving a booked visit. */
  isp?: IspPorts;
  log?: Logger;
}

/** Teams with technicians, and the words that ask for them. */
const TECHNICIAN_QUEUES: ReadonlySet<string> = new Set(['tier2', 'field']);
const TECHNICIAN_WORDS = /\b(tekniker\w*|technician\w*|engineer\w*|techs?)\b/i;

/** Answers after a handoff that already say who has the case and when they answer. */
const TEAM_TOLD: ReadonlySet<AfterQuestion> = new Set<AfterQuestion>([
  'contact_myself',
  'intruder_now',
  'service_back',
  'recurrence',
]);

/** Follow-up requests that belong to another team: opened as their own ticket, linked to this one. */
const FOLLOW_UP_QUEUE: Partial<Record<Intent, Queue>> = { billing: 'billing', account_change: 'sales' };

/** A customer who would rather pay less than leave ("kanske bara billigare", "a cheaper plan instead"). */
const CHEAPER =
  /\b(billigare|cheaper|lagre (hastighet|pris)|lower (speed|price|plan)|slower plan|downgrade|nedgradera\w*|mindre abonnemang|smaller plan|less expensive|lagre kostnad)\b/;

/** "How long?" after the customer said no to a visit: the field team's next step, never a booking. */
function declinedVisit(conv: ConversationState, key: MessageKey | null): MessageKey {
  return conv.visitDeclined && conv.handoff?.queue === 'field'
    ? 'case.how_long.field.declined'
    : (key ?? 'case.how_long');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a rename request may be read as by the classifier. */
const RENAME_READINGS: ReadonlySet<string> = new Set(['wifi_password', 'wifi_problem', 'other']);

export function createAfterOutcome(deps: AfterOutcomeDeps) {
  /** The text answering `topic` from what this case knows: what it did on the router, its root cause. */
  async function caseTopic(ticket: Ticket, topic: QuestionTopic): Promise<MessageKey> {
    const ctx = {
      askKey: null,
      cause: await deps.cause(ticket),
      actions: actionsDone(await deps.state(ticket)),
    };
    // A case that changed nothing on the router says so ("no new password yet"), never "as soon as it is set".
    const noneDone = `reply.${topic}.none_done`;
    if (ctx.actions.length === 0 && hasMessage(noneDone)) return noneDone;
    return answerFor(topic, ctx) ?? 'reply.other';
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
    words: deps.words,
    plan: async (conv) => (await deps.context(conv)).service?.plan ?? null,
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

  function classify(conv: ConversationState, text: string): ReplyAct | null {
    const ask = conv.pendingAsk === 'csat.score' || conv.csatOpen ? 'csat.score' : null;
    return (
      deps.triage.classifyReply?.(ask, text, conv.language, { intent: conv.intent ?? undefined }) ?? null
    );
  }

  async function recordScore(ticket: Ticket, conv: ConversationState, turn: Turn, score: number) {
    conv.csatOpen = false;
    await deps.tickets.append(conv.csatTicketId ?? ticket.id, [
      { type: 'csat', actor: { kind: 'customer', id: null }, score: Math.round(score) },
    ]);
    turn.say('csat.thanks');
    turn.final();
  }

  /** Returns false when the old closed-case handling should take the message. */
  async function onClosed(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
  ): Promise<boolean> {
    const act = classify(conv, text);
    if (!act) return false;
    const asked = conv.pendingAsk === 'csat.score' || conv.csatOpen;
    // "4 i guess. what if it happens again?", "ok tack, 3 för att…": the score the message opens with.
    const beside = asked ? scoreBeside(text) : null;
    const score = act.act === 'score' ? act.score : beside?.score;
    if (asked && score !== undefined && score >= 1 && score <= 5) {
      await recordScore(ticket, conv, turn, score);
      // "5. how do i stop it happening again tho?": the score and what stands beside it, handled as what it is.
      const rest = beside?.rest ?? text.replace(/^\s*[1-5]\s*(?:\/\s*5)?\s*[,.!:;–—-]?/, '').trim();
      await besideScore(ticket, conv, turn, rest, tri);
      return true;
    }
    if (conv.handoff) {
      await afterHandoff(ticket, conv, turn, text, tri, act);
      return true;
    }
    // 'its called pizza palace in small letters. i said "Pizza Palace"', "and the printer question?" after a rename.
    const renamed = await renameRemarks.afterClose(ticket, conv, turn, text, (x) =>
      deps.triage.parseWifiName ? deps.triage.parseWifiName(x) : null,
    );
    if (renamed.rename) {
      conv.pendingAsk = null;
      const request = renameRequest(conv.language, renamed.rename);
      await deps.reopen(ticket, conv, turn, request, deps.triage.triage(request));
      return true;
    }
    if (renamed.handled) {
      turn.say('closed.more');
      turn.final();
      return true;
    }
    // "Is WPS off too?", "and if it drops again tomorrow?": answered from the case, never a new case.
    const answered =
      (await visit.onMessage(ticket, conv, turn, text)) ||
      (await answers.answer(ticket, conv, turn, text, params(ticket, conv))).length > 0;
    if (answered) {
      if (topicsOf(text).includes('compensation')) await compensation(ticket, conv, turn, text);
      turn.say('closed.more');
      turn.final();
      return true;
    }
    if (act.act === 'thanks') {
      turn.say('closed.thanks');
      turn.final();
      return true;
    }
    if (act.act === 'question' && act.topic === 'compensation') {
      // A refund after a closed case is billing's: its own linked case, the closed one stays as it is.
      await compensation(ticket, conv, turn, text);
      return true;
    }
    if (act.act === 'question' && act.topic !== 'other') {
      turn.say(await caseTopic(ticket, act.topic), params(ticket, conv));
      turn.say('closed.more');
      turn.final();
      return true;
    }
    // Anything else is a new request (or a question for the help centre), never a score.
    conv.pendingAsk = null;
    await reopenAsked(ticket, conv, turn, text, tri);
    return true;
  }

  /** A new request after the outcome; a rename that names the network is taken up with that name. */
  async function reopenAsked(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
  ) {
    // Only when nothing else stands out: "…and it's slow too" keeps its own reading.
    const plain = tri.confidence < deps.clarifyThreshold || RENAME_READINGS.has(tri.intent);
    const rename = plain
      ? namedRenameRequest(conv.language, text, (x) => deps.triage.parseWifiName?.(x) ?? null)
      : null;
    await deps.reopen(ticket, conv, turn, rename ?? text, rename ? deps.triage.triage(rename) : tri);
  }

  /** What follows a score: a refund asked for goes to billing, a question is answered, a new request is taken up. */
  async function besideScore(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    rest: string,
    tri: TriageLike,
  ) {
    if (!rest) return;
    if (topicsOf(rest).includes('compensation')) return compensation(ticket, conv, turn, rest);
    const asks = /\?|\b(how|why|what|when|can|could|will|hur|varfor|varför|vad|när|nar|kan|kommer)\b/i.test(
      rest,
    );
    // "…ni svarade inte på frågan": a question passed over earlier is answered too.
    if ((await answers.answer(ticket, conv, turn, rest, params(ticket, conv))).length > 0) return;
    // "4 antar jag. varför hängde den sig?": a question about the case is answered from the case.
    const act = asks ? classify(conv, rest) : null;
    if (act?.act === 'question' && act.topic !== 'other' && act.topic !== 'compensation') {
      turn.say(await caseTopic(ticket, act.topic), params(ticket, conv));
      return;
    }
    // "…för att ni missade tv frågan", "but the wait was long": a comment on the score, not a request.
    const requests =
      asks ||
      /\b(please|pls|snalla|snälla|vill|want|need|behover|behöver|change|byt|ändra|andra|fixa?)\b/i.test(
        rest,
      );
    if (requests && classify(conv, rest)?.act === 'new_topic') {
      conv.pendingAsk = null;
      await deps.reopen(ticket, conv, turn, rest, tri);
    }
  }

  function params(ticket: Ticket, conv: ConversationState, queue = conv.handoff?.queue ?? 'agents') {
    const ourTeam = teamName(queue, conv.language);
    return {
      reference: ticket.reference,
      when: t(conv.language, `when.${conv.priority}`),
      team: capitalise(ourTeam),
      ourTeam,
    };
  }

  /**
   * Questions about the case in hand ("can I borrow a router meanwhile?", "do I have to pay before
   * they answer?"): answered for this case, or noted on it for the team. False when there are none.
   */
  async function answerAboutCase(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    act: ReplyAct | null,
    answeredBefore: AfterQuestion[] = [],
    answeredBeside: (q: CaseQuestion) => boolean = () => false,
  ): Promise<boolean> {
    // With the outage's expected end told, "how long?" needs no second answer about the team.
    // "250 or 1000?" told from the subscription is not a question about our offers.
    const asked = caseQuestions(text).filter(
      (q) =>
        !(q === 'how_long' && answeredBefore.includes('service_back')) &&
        !(q === 'offer' && answeredBefore.includes('my_plan')),
    );
    if (!asked.length) return false;
    // "When does the technician get back to me?" while billing has a later case: the technicians' case.
    const held = conv.heldCase?.handoff.queue;
    const technicians =
      held && TECHNICIAN_QUEUES.has(held) && !TECHNICIAN_QUEUES.has(conv.handoff?.queue ?? '')
        ? TECHNICIAN_WORDS.test(text)
        : false;
    const queue = technicians && held ? held : (conv.handoff?.queue ?? 'agents');
    // A TV or mobile question passed on as it stood ran no checks: its answers speak of that device, not our line.
    const found = (await deps.cause(ticket)) ?? (onlyOtherService(conv) ? 'other_service_request' : null);
    // "other_service_request.tv": the self-help for that device (the TV box), then for any such question.
    const service = conv.facts.otherService;
    const cause = found === 'other_service_request' && service ? `${found}.${service}` : found;
    const p = params(ticket, conv, queue);
    const keys: { key: MessageKey; tag: string | null }[] = [];
    // A question back the reply classifier knows ("when does the technician come?") is answered too.
    // The field team's visit text only when the field team has the case.
    if (
      act?.act === 'question' &&
      !['other', 'compensation', 'how_know_fixed', 'how_long', 'cost'].includes(act.topic) &&
      // "who will get back to me, you or them?" is the team's answer, not what the desk does next.
      !(act.topic === 'what_happens_next' && asked.includes('who_contacts')) &&
      // "will the neighbour be kicked out now?" answered from the new key: once is enough.
      !(act.topic === 'devices_drop' && answeredBefore.includes('devices_out')) &&
      (act.topic !== 'technician_when' || queue === 'field')
    )
      keys.push({ key: await caseTopic(ticket, act.topic), tag: null });
    const unanswered: string[] = [];
    for (const q of asked) {
      const key = caseAnswerKey(q, queue, cause);
      if (key)
        keys.push({
          key: q === 'how_long' && queue === 'field' ? declinedVisit(conv, key) : key,
          tag: `case:${q}`,
        });
      // "…and do i have to pay for the visit?" answered by the visit's cost: no "I cannot answer that".
      else if (!answeredBeside(q)) unanswered.push(q);
    }
    for (const { key, tag } of keys) {
      turn.answering(tag);
      turn.say(key, p);
      turn.answering(null);
    }
    if (unanswered.length) turn.say('case.noted', p);
    const answered = asked.filter((q) => !unanswered.includes(q));
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'bot', id: null },
        text: `customer asked about the case after the handoff (${asked.join(', ')})${answered.length ? `; answered: ${answered.join(', ')}` : ''}${unanswered.length ? `; for the team to answer: "${text.slice(0, 300)}"` : ''}`,
        internal: true,
      },
    ]);
    return true;
  }

  async function afterHandoff(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
    act: ReplyAct,
  ) {
    const outage = conv.handoff?.queue === 'outage';
    const teamFollowUp = tri.confidence >= deps.clarifyThreshold ? FOLLOW_UP_QUEUE[tri.intent] : undefined;
    // "kostar det nåt? för besöket alltså": what the visit costs (visit-cost.ts), never an invoice case.
    const visitCost = conv.handoff?.queue === 'field' ? visitCostAsked(text, await deps.cause(ticket)) : null;
    // A subscription change only when the words name one ("do I have to pay first?" is not one).
    const followUp =
      visitCost || (teamFollowUp === 'sales' && !raisedSecondaries(text, ['account_change']).length)
        ? undefined
        : teamFollowUp;
    // "Cancel the visit" is the technician visit, never the subscription.
    // "ok behåll besöket då. får vi pengar tillbaka för dagarna utan internet?": every part answered.
    if (await visitHold.onMessage(ticket, conv, turn, text)) return besideVisit(ticket, conv, turn, text);
    // "ge mig en människa istället, det här funkar inte": a person, never a new time for the visit.
    const person = personNotTime(act, text, deps.now(), deps.words.timeZone);
    if (
      (await visit.onMessage(ticket, conv, turn, text)) ||
      (!person && (await visitRebook.onMessage(ticket, conv, turn, text))) ||
      (!person && (await visitLater.onMessage(ticket, conv, turn, text))) ||
      (!person && (await visitMove.onMessage(ticket, conv, turn, text)))
    )
      return besideVisit(ticket, conv, turn, text);
    // "will they call me? and another thing, … can you change it": the request after the turning words.
    const turned = requestAfterTurn(text);
    const deskRequest = (part: string) =>
      isDeskRequest(conv, part, deps.triage.triage(part), { act: 'new_topic' }, deps.clarifyThreshold);
    const whole = isDeskRequest(conv, text, tri, act, deps.clarifyThreshold);
    const requestPart = !whole && turned && deskRequest(turned) ? turned : null;
    /** The request after the turning words, taken up after what was asked before it was answered. */
    const requestNext = async () => {
      if (!requestPart) return;
      conv.pendingAsk = null;
      await reopenAsked(ticket, conv, turn, requestPart, deps.triage.triage(requestPart));
    };
    if (await personOrCheaper(ticket, conv, turn, requestPart ? text.replace(requestPart, '') : text, act))
      return requestNext();
    if (outage && outageVisit(ticket, turn, text)) return;
    // "inom 24 timmar?? jag vill se matchen ikväll": marked urgent for the team, and said so.
    const urgent = await markUrgent(deps.tickets, ticket, conv, text);
    // The promised time follows the case's urgency: read once the message may have marked it urgent.
    const p = params(ticket, conv);
    if (urgent) turn.say('handoff.urgent', p);
    // "can i call someone?": how to reach a person by phone, or here; never a question left for a colleague.
    if (!outage && asksToCall(fold(text))) {
      await noteForTeam(deps.tickets, ticket, text, conv.verification === 'verified');
      turn.say('handoff.phone', p);
      // "… and another thing, can you change my wifi password": taken up after the answer.
      return requestNext();
    }
    if (
      whole ||
      requestPart ||
      (isNewFault(conv, tri, act, deps.clarifyThreshold) && !caseQuestions(text).length)
    ) {
      // Something the desk does itself (rename the Wi-Fi…), or a connection fault written to billing
      // or sales: its own linked case, worked here now; the first case stays with its team.
      // "ringer dom mig eller mejlar dom? och en sak till, …": what is asked beside it is answered first.
      const asked = questionsBesideRequest(text, deskRequest);
      if (asked) {
        const mine = await answers.answer(ticket, conv, turn, asked, p);
        if (!mine.length) await answerAboutCase(ticket, conv, turn, asked, null, mine);
      }
      conv.pendingAsk = null;
      if (requestPart) await reopenAsked(ticket, conv, turn, requestPart, deps.triage.triage(requestPart));
      else await reopenAsked(ticket, conv, turn, text, tri);
      return;
    }
    // "kan ni inte öppna nätet tills dess?": what the desk cannot do for this team's case, and why.
    // Every answer below is put in the order its question was asked (answer-order.ts).
    const mark = turn.mark();
    const order = askedOrder(text);
    turn.answering('desk_limit');
    const limit = await answerDeskLimit(deps.tickets, ticket, turn, text, {
      queue: conv.handoff?.queue ?? 'agents',
      cause: await deps.cause(ticket),
      urgent,
      params: p,
    });
    turn.answering('cost');
    if (visitCost) turn.say(visitCost, p);
    turn.answering(null);
    // "will it come back by itself?", "does the technician bring a new router?": from the fault found.
    const field = await answerFieldQuestions(
      deps.tickets,
      ticket,
      conv,
      turn,
      text,
      await deps.cause(ticket),
    );
    const mine = await answers.answer(ticket, conv, turn, text, p);
    const told = new Set(turn.tagsSince(mark).map(order));
    const about = await answerAboutCase(ticket, conv, turn, text, act, mine, (q) =>
      told.has(order(`case:${q}`)),
    );
    if (about || mine.length || field.length || visitCost || limit) {
      // "…how long? and do I get money back for the days?": the refund is billing's, whatever else was asked.
      if (topicsOf(text).includes('compensation')) await compensation(ticket, conv, turn, text);
      turn.orderSince(mark, order);
      if (!about && !limit && !outage && !field.length && !mine.some((q) => TEAM_TOLD.has(q)))
        turn.say('handoff.next', p);
      return;
    }
    if (topicsOf(text).includes('compensation') || (act.act === 'question' && act.topic === 'compensation')) {
      // Billing with the case gets the refund wish on it; another team's case, a linked billing case.
      await compensation(ticket, conv, turn, text);
      return;
    }
    if (followUp && followUp === conv.handoff?.queue) {
      // That team already has this case: the message goes onto it, never into a second case for them.
      if (!urgent) turn.say('handoff.noted', p);
      return;
    }
    if (act.act === 'question' && act.topic === 'compensation') {
      await compensation(ticket, conv, turn, text);
      return;
    }
    if (followUp && conv.verification !== 'verified' && !outage) {
      // A caller handed to a person without a PIN: the follow-up is for that person, who verifies
      // them another way; a case of its own would ask for the PIN again and sit in no queue.
      await noteForTeam(deps.tickets, ticket, text, false);
      turn.say('handoff.unverified_follow_up', p);
      return;
    }
    if (followUp && (act.act === 'new_topic' || act.act === 'answer' || act.act === 'question')) {
      // A request for another team (an invoice, the subscription): its own linked case, worked in this
      // conversation; the first stays with its team. Anything else is for the person who has the case.
      conv.pendingAsk = null;
      await deps.reopen(ticket, conv, turn, text, tri);
      return;
    }
    if (act.act === 'thanks') {
      if (await visitMove.onThanks(ticket, conv, turn)) return;
      turn.say(outage ? 'outage.noted' : 'handoff.thanks', p);
      return;
    }
    if (act.act === 'question' && act.topic === 'how_long') {
      // "How long?" here is about the team's answer, not the minute a restart takes.
      turn.say(declinedVisit(conv, caseAnswerKey('how_long', conv.handoff?.queue ?? 'agents', null)), p);
      return;
    }
    if (act.act === 'question' && act.topic !== 'other') {
      turn.say(await caseTopic(ticket, act.topic), p);
      if (!outage) turn.say('handoff.next', p);
      return;
    }
    // A question the desk cannot answer: said so, with who answers it and when.
    if (act.act === 'question' && !outage && !urgent) {
      await deps.tickets.append(ticket.id, [
        {
          type: 'note',
          actor: { kind: 'bot', id: null },
          text: `customer asked after the handoff, for the team to answer: "${text.slice(0, 300)}"`,
          internal: true,
        },
      ]);
      turn.say('case.noted', p);
      return;
    }
    if (!urgent) turn.say(outage ? 'outage.noted' : 'handoff.noted', p);
  }

  /** "…och får jag pengar tillbaka?", "…does he bring a new router?" beside a change to the visit: answered too. */
  async function besideVisit(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    await answerFieldQuestions(deps.tickets, ticket, conv, turn, text, await deps.cause(ticket));
    if (topicsOf(text).includes('compensation')) await compensation(ticket, conv, turn, text);
  }

  /**
   * "nej vänta, kanske bara billigare… kan jag prata med en människa?" while sales has the case: the
   * change of mind goes onto the case for sales, and the customer hears that a person answers here.
   */
  async function personOrCheaper(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    act: ReplyAct,
  ): Promise<boolean> {
    const queue = conv.handoff?.queue;
    if (!queue || queue === 'outage') return false;
    const cheaper = queue === 'sales' && CHEAPER.test(fold(text));
    if (!cheaper && act.act !== 'person') return false;
    let p = params(ticket, conv);
    if (cheaper) {
      await deps.tickets.append(ticket.id, [
        {
          type: 'note',
          actor: { kind: 'customer', id: null },
          text: `Sales: the customer would rather look at a cheaper or slower plan than cancel ("${text.slice(0, 300)}").`,
          internal: true,
        },
      ]);
      turn.say('handoff.sales.cheaper', p);
    }
    // "24 hours?? the match is tonight at 8. can i talk to a real person now": marked urgent, and said so.
    if (act.act === 'person' && (await markUrgent(deps.tickets, ticket, conv, text))) {
      p = params(ticket, conv);
      turn.say('handoff.urgent', p);
    }
    const kept =
      act.act === 'person' &&
      (await keepVisitForPerson(
        { tickets: deps.tickets, timeZone: deps.words.timeZone },
        ticket,
        conv,
        turn,
        text,
      ));
    if (act.act === 'person' && !kept) turn.say('handoff.person', p);
    // "…is there a phone number?": how to reach a person by phone, never left unanswered.
    if (act.act === 'person' && asksToCall(fold(text))) turn.say('handoff.phone', p);
    // "can i talk to a real person now? and you didnt answer about paying by card": the case question too.
    if (act.act === 'person' && caseQuestions(text).length)
      await answerAboutCase(ticket, conv, turn, text, null);
    // "kan jag prata med en människa nu istället. och jag vill ha pengar tillbaka": the refund is answered too.
    if (topicsOf(text).includes('compensation')) await compensation(ticket, conv, turn, text);
    return true;
  }

  /** Compensation is answered as compensation; the billing team gets it as its own linked case. */
  async function compensation(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    // "does it cost anything. and can i get money back": what the visit costs is answered too.
    const cost = visitCostKey(text, await deps.cause(ticket));
    turn.answering('cost');
    if (cost) turn.say(cost);
    turn.answering('compensation');
    try {
      await refund(ticket, conv, turn, text);
    } finally {
      turn.answering(null);
    }
  }

  /** The refund wish: onto billing's case, or a linked billing case. */
  async function refund(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    // "och pengarna då?" once billing has the refund as its own case: that case, never a second one.
    if (await refundWithBilling(deps.tickets, conv, turn, text)) return;
    turn.say(compensationKey(await deps.cause(ticket)));
    if (conv.handoff?.queue === 'billing') {
      // Billing has this case already: the refund wish goes onto it, never into a second case for them.
      await deps.tickets.append(ticket.id, [
        {
          type: 'note',
          actor: { kind: 'bot', id: null },
          text: `customer asks for a reduction for the days without service: "${text.slice(0, 300)}"`,
          internal: true,
        },
      ]);
      turn.say('compensation.same_case', params(ticket, conv));
      return;
    }
    await openLinked(ticket, conv, turn, 'billing', 'billing', text);
  }

  /** A second request after the outcome: its own ticket for `queue`, linked both ways by notes. */
  async function openLinked(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    queue: Queue,
    intent: Intent,
    text: string,
    told: MessageKey = 'handoff.linked',
  ) {
    const verified = conv.verification === 'verified';
    if (queue === 'sales' && !verified) {
      turn.say('refused.unverified');
      return;
    }
    const { customer, service } = await deps.context(conv);
    const linked = await deps.tickets.create({
      customerId: verified ? conv.customerId : null,
      serviceId: verified ? conv.serviceId : null,
      channel: conv.channel,
      language: conv.language,
      intent,
      priority: conv.priority,
      subject: text.slice(0, 200),
    });
    const label = t('en', `intent.${intent}`, brandParams(deps.words, 'en'));
    const facts: CaseFacts = {
      ticket: linked,
      customer: verified ? customer : null,
      service: verified ? service : null,
      deviceId: null,
      verified,
      priority: conv.priority,
      problem: {
        customer: capitalise(t(conv.language, `intent.${intent}`, brandParams(deps.words, conv.language))),
        en: `${capitalise(label)} (follow-up to ${ticket.reference})`,
      },
      engine: null,
    };
    const finish = {
      outcome: 'routed' as const,
      queue,
      disposition: `routed.${queue}`,
      reason: `follow-up request after case ${ticket.reference}`,
    };
    const packet = await deps.packet(facts);
    await escalateByAgent(deps.tickets, linked, { queue, reason: finish.reason, packet });
    await deps.tickets.append(
      linked.id,
      [
        {
          type: 'note',
          actor: { kind: 'bot', id: null },
          text: `opened from case ${ticket.reference} (customer's follow-up request)`,
          internal: true,
        },
        {
          type: 'resolution',
          actor: { kind: 'bot', id: null },
          ...finish,
          summary: buildSummary(facts, finish, conv.language, deps.words),
        },
      ],
      { disposition: finish.disposition },
    );
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'bot', id: null },
        text: `follow-up request opened as linked case ${linked.reference} (${queue})`,
        internal: true,
      },
    ]);
    conv.linkedTickets = [...(conv.linkedTickets ?? []), linked.reference];
    turn.say(told, {
      linked: linked.reference,
      team: teamName(queue, conv.language),
      reference: ticket.reference,
    });
  }

  return { onClosed, answerAboutCase, openLinked };
}
