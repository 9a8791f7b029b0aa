// Messages answered beside the pending question, which is then put again: the questions inside a
// cancellation, and a late satisfaction score for an earlier case.
import type { AskKey, Ticket } from '../domain/index.js';
import type { TriageLike } from '../runbooks/ports.js';
import { lacksPin } from '../triage/pin-replies.js';
import { answerCancelQuestions, asksUnverifiedCancel } from './cancel-questions.js';
import { caseQuestions } from './case-questions.js';
import type { ConversationState } from './conversation-state.js';
import { scoreGiven } from './csat-once.js';
import type { AgentKernel } from './kernel.js';
import { followLanguage } from './language-hold.js';
import type { Turn } from './turn.js';

/** Questions answered with a number: a bare digit there is an answer, not a late satisfaction score. */
const NUMBER_ASKS: ReadonlySet<AskKey> = new Set<AskKey>([
  'identity.customer_number',
  'identity.pin',
  'config.port_forward',
  'contact.availability',
  'clarify.intent',
]);

/** A question after the handoff, noted on the case for the team. */
export async function noteForTeam(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
) {
  await k.deps.tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'customer', id: null },
      text: `question after the handoff, for the team: "${text.slice(0, 300)}"`,
      internal: true,
    },
  ]);
  turn.say('cancel.noted', { reference: ticket.reference });
}

/**
 * The questions inside a cancellation, answered; true when that was all the message held (the
 * pending question is put again), false when the case goes on with the message.
 */
export async function cancelQuestions(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  tri: TriageLike,
) {
  const opening = conv.phase === 'opening';
  if (opening) {
    followLanguage(conv, tri, text, true);
    turn.language = conv.language;
  }
  // Asked again at the PIN after the answer ("kan ni inte bara säga upp det ändå?" twice): no PIN is coming,
  // and the case ends as a cancellation without verification must — never the same answer in a loop.
  if (
    conv.phase === 'identify_pin' &&
    (conv.cancelAnswered ?? []).includes('cancel.answer.verify') &&
    asksUnverifiedCancel(text) &&
    !/\d/.test(text)
  ) {
    await k.parts.identify.onPin(ticket, conv, turn, text);
    return true;
  }
  if (!answerCancelQuestions(conv, turn, text, opening ? tri.intent : conv.intent, !opening)) return false;
  // "i dont have any pin here… cant you just cancel it?": where the PIN is comes next, as without the question.
  // (After a handoff a date — "can the last day be 31 january?" — is no PIN: the answer stands.)
  if (opening || (/\d/.test(text) && !conv.handoff) || (conv.pendingAsk === 'identity.pin' && lacksPin(text)))
    return false;
  // With a person: the answer is what the desk can say, the question goes on the case for them too.
  // ("men det är alltså inte uppsagt nu? och finns ni i uppsala?": the question about the case answered too.)
  if (
    conv.handoff &&
    !(
      caseQuestions(text).length &&
      (await k.parts.afterOutcome.answerAboutCase(ticket, conv, turn, text, null))
    )
  )
    await noteForTeam(k, ticket, conv, turn, text);
  // After the outcome the satisfaction question is not put again beside the answer.
  if (conv.pendingAsk && conv.phase !== 'closed')
    turn.askAgain(conv.pendingAskSpec ?? { key: conv.pendingAsk });
  return true;
}

/**
 * A bare "4" while the satisfaction question of an earlier case is still open and the pending
 * question does not take a number: it is that score (then the pending question again).
 */
export async function lateScore(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<boolean> {
  const m = /^\s*([1-5])\s*[.!]?\s*$/.exec(text);
  const ask = conv.pendingAsk;
  if (!m || !conv.csatOpen || !conv.csatTicketId || !ask || NUMBER_ASKS.has(ask) || ask === 'csat.score')
    return false;
  conv.csatOpen = false;
  scoreGiven(conv);
  await k.deps.tickets.append(conv.csatTicketId, [
    { type: 'csat', actor: { kind: 'customer', id: null }, score: Number(m[1]) },
  ]);
  turn.say('csat.thanks');
  turn.askAgain(conv.pendingAskSpec ?? { key: ask });
  return true;
}
