// "will my smart tv and stuff disconnect? ok fine, yes do it": a question back and the answer in one
// message. The question is answered, and the yes (or no) after it is taken — the customer is not
// asked the same thing again.
import type { AskKey, Language, Service, Ticket } from '../domain/index.js';
import type { ParsedAnswer, TriageApi, TriageLike } from '../runbooks/ports.js';
import { fold } from '../triage/normalize.js';
import { REPLY_PATTERNS } from '../triage/reply-patterns.js';
import type { ConversationState } from './conversation-state.js';
import { t } from './messages/index.js';
import { topicMessage } from './repair.js';
import type { Turn } from './turn.js';

/** Yes/no questions where an answer can follow a question back in the same message. */
const YES_NO_ASK = (k: AskKey) => k.startsWith('consent.') || k === 'device.restarted' || k === 'resolution.confirm';

/** The plain yes or no after the last question in `text`, or null when the message ends asking. */
export function answerAfterQuestion(askKey: AskKey, text: string, lang: Language, triage: TriageApi): ParsedAnswer | null {
  if (!YES_NO_ASK(askKey)) return null;
  const end = text.lastIndexOf('?');
  if (end < 0) return null;
  const tail = text.slice(end + 1).trim();
  // Only a reply that opens with a yes or a no ("ok fine, yes do it"); "jag har inte ändrat nåt" informs.
  const folded = fold(tail).replace(/^[\s,.!-]+/, '');
  if (!tail || !(REPLY_PATTERNS.leadingYes.test(folded) || REPLY_PATTERNS.leadingNo.test(folded))) return null;
  const parsed = triage.parseAnswer(askKey, tail, lang);
  if (parsed.kind !== 'yes' && parsed.kind !== 'no') return null;
  // "…? ok but wait" or "…? maybe" is not an answer yet.
  const act = triage.classifyReply?.(askKey, tail, lang)?.act;
  return act === undefined || act === 'answer' || act === 'refusal' ? parsed : null;
}

export interface QuestionWithAnswerDeps {
  triage: TriageApi;
  context(conv: ConversationState): Promise<{ service: Service | null }>;
  note(ticketId: string, text: string): Promise<void>;
  /** Gives the runbook the answer as if the customer had only said it. */
  answer(ticket: Ticket, conv: ConversationState, turn: Turn, text: string, tri: TriageLike, forced: ParsedAnswer): Promise<void>;
}

/** Answers the question back, then takes the yes or no that followed it. False when the message is not one. */
export function createQuestionWithAnswer(deps: QuestionWithAnswerDeps) {
  return async function questionWithAnswer(ticket: Ticket, conv: ConversationState, turn: Turn, text: string, tri: TriageLike): Promise<boolean> {
    const askKey = conv.pendingAsk;
    if (conv.phase !== 'runbook' || !askKey) return false;
    const after = answerAfterQuestion(askKey, text, conv.language, deps.triage);
    const act = after ? deps.triage.classifyReply?.(askKey, text, conv.language, { intent: conv.intent ?? undefined }) : null;
    if (!after || act?.act !== 'question') return false;
    const { service } = await deps.context(conv);
    turn.say(topicMessage(act.topic, askKey, service?.access ?? null), { when: t(conv.language, `when.${conv.priority}`), reference: ticket.reference });
    await deps.note(ticket.id, `customer asked back while ${askKey} was pending and answered in the same message (${after.kind}); answered and took the answer`);
    await deps.answer(ticket, conv, turn, text, tri, after);
    return true;
  };
}
