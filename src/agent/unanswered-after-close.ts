// "you didnt answer my question", "i meant my outside ip, not the pc one" after the close: the customer is
// still waiting for an answer. The question is answered by its topic — the one this message names, else the
// one of the customer's last question before it (the one about the subject it names: "the question about
// logging in") — from what the case knows; never "thank you for your
// feedback", never an answer to a question asked and answered long before.
import type { Ticket } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { QuestionTopic } from '../triage/reply.js';
import { techQuestionOf } from '../triage/tech-questions.js';
import { topicsOf } from '../triage/topics-of.js';
import type { AfterOutcomeCtx } from './after-outcome-context.js';
import { afterQuestions, complainsUnanswered } from './after-questions.js';
import type { ConversationState } from './conversation-state.js';
import { sentencesOf } from './general-questions.js';
import { narrowest } from './question-answers.js';
import type { Turn } from './turn.js';

/** "i meant …", "jag menade …", "no, the one …": the question put again in other words (folded). */
const MEANT = /\b(i meant|i mean|i was asking (about|for)|jag menade|jag menar|jag fragade (om|efter))\b/;

/** "svara på frågan om inloggning", "the question about my router": the question named by its subject (folded). */
const NAMED_SUBJECT =
  /\b(?:(?:fragan|fragorna|fragan jag stallde|question|questions|q|det|den biten|delen|the (?:bit|part|thing)) (?:om|kring|angaende|rorande|med|about|on|regarding|re|of)|(?:explain\w*|forklar\w*|tell me|told me|berattat?|berattade)(?: (?:aldrig|inte|never))? (?:about|om|what|vad)?) ?(?:(?:min|mitt|mina|the|my|our|var|vart|den|det|that|this)\s+)?([a-z][a-z-]{3,})/;

/** Whether a message speaks of the subject (a shared stem: "inloggning" and "logga in", "router" and "routern"). */
function speaksOf(message: string, subject: string): boolean {
  const stems = new Set<string>();
  for (let i = 0; i + 4 <= subject.length; i++) stems.add(subject.slice(i, i + 4));
  return (fold(message).match(/[a-z]{4,}/g) ?? []).some((w) => [...stems].some((s) => w.includes(s)));
}

/** The topics of a question in `text` that the catalogue can answer by topic. */
function askedTopics(text: string): QuestionTopic[] {
  const all = topicsOf(text);
  return all.map((x) => narrowest(x, text)).filter((x, i, a) => a.indexOf(x) === i);
}

/** The customer's last message before this one that asks something the topics read. */
async function lastQuestion(
  c: AfterOutcomeCtx,
  ticketId: string,
  subject: string | null,
): Promise<string | null> {
  const said = (await c.deps.tickets.timeline(ticketId)).flatMap((e) =>
    e.type === 'message_in' ? [e.text] : [],
  );
  // The last one is the complaint itself.
  // ("you never explained the blinking light": a question named by its subject may stand further back.)
  for (const m of said
    .slice(0, -1)
    .reverse()
    .slice(0, subject ? 12 : 3))
    if (
      /\?/.test(m) &&
      (askedTopics(m).length || afterQuestions(m).length) &&
      (!subject || speaksOf(m, subject))
    )
      return m;
  return null;
}

/** Answers the question the customer says was not answered; false when there is none to answer. */
export async function answerUnanswered(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<boolean> {
  // (A question of its own that the case answers, "you didn't answer: is WPS off?", is after-answers.ts's.)
  if (afterQuestions(text).length) return false;
  // "Sorry, that's not what I asked. Is it ok to switch it off at night?": the question put again is answered
  // as itself (general-questions.ts), never by the topics of the message before it.
  if (sentencesOf(text).some((s) => techQuestionOf(s) !== null)) return false;
  if (!complainsUnanswered(text) && !MEANT.test(fold(text))) return false;
  const own = askedTopics(text);
  // A question named by its subject is that one, never the last one asked about something else.
  const subject = NAMED_SUBJECT.exec(fold(text))?.[1] ?? null;
  // "you never explained the blinking light", "you didn't tell me what the light means": the question about the
  // case's own lights and findings, asked before, answered from the case (after-answers.ts) first.
  const before = subject || !own.length ? await lastQuestion(c, ticket.id, subject) : null;
  if (before && afterQuestions(before).length) {
    const params = c.params(ticket, conv);
    if ((await c.answers.answer(ticket, conv, turn, before, params, { unanswered: true })).length)
      return true;
  }
  const asked = own.length ? text : before;
  if (!asked) return false;
  let said = false;
  for (const topic of own.length ? own : askedTopics(asked)) {
    const key = await c.caseTopic(ticket, topic, conv);
    if (key === 'reply.other') continue;
    turn.say(key, c.params(ticket, conv));
    said = true;
  }
  return said;
}
