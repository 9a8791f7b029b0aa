// "you didnt answer my question", "i meant my outside ip, not the pc one" after the close: the customer is
// still waiting for an answer. The question is answered by its topic — the one this message names, else the
// one of the customer's last question before it — from what the case knows; never "thank you for your
// feedback", never an answer to a question asked and answered long before.
import type { Ticket } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { QuestionTopic } from '../triage/reply.js';
import { topicsOf } from '../triage/topics-of.js';
import type { AfterOutcomeCtx } from './after-outcome-context.js';
import { afterQuestions, complainsUnanswered } from './after-questions.js';
import type { ConversationState } from './conversation-state.js';
import { narrowest } from './question-answers.js';
import type { Turn } from './turn.js';

/** "i meant …", "jag menade …", "no, the one …": the question put again in other words (folded). */
const MEANT = /\b(i meant|i mean|i was asking (about|for)|jag menade|jag menar|jag fragade (om|efter))\b/;

/** The topics of a question in `text` that the catalogue can answer by topic. */
function askedTopics(text: string): QuestionTopic[] {
  const all = topicsOf(text);
  return all.map((x) => narrowest(x, text)).filter((x, i, a) => a.indexOf(x) === i);
}

/** The customer's last message before this one that asks something the topics read. */
async function lastQuestion(c: AfterOutcomeCtx, ticketId: string): Promise<string | null> {
  const said = (await c.deps.tickets.timeline(ticketId)).flatMap((e) =>
    e.type === 'message_in' ? [e.text] : [],
  );
  // The last one is the complaint itself.
  for (const m of said.slice(0, -1).reverse().slice(0, 3))
    if (/\?/.test(m) && askedTopics(m).length) return m;
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
  if (!complainsUnanswered(text) && !MEANT.test(fold(text))) return false;
  const own = askedTopics(text);
  const asked = own.length ? text : await lastQuestion(c, ticket.id);
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
