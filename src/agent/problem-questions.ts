// A question asked in the message that gives the problem ("…or do I need to buy something?", "is this
// your fault?", "måste jag vara hemma?"): remembered at the opening and answered once, where the desk
// can answer it — right after the first diagnosis, from the topic texts for the step or question then
// pending, the root cause and the access type (side-questions.ts), before that question is put. "How
// long?" is answered at the opening itself (how-long.ts); a question no text answers stays as it is.
import type { AccessKind, Ticket } from '../domain/index.js';
import type { ConversationState } from './conversation-state.js';
import type { AgentKernel } from './kernel.js';
import { rootCauseOf } from './knowledge.js';
import { actionsDone, findingCodes } from './question-answers.js';
import { questionClauses, sideAnswers } from './side-questions.js';
import { rememberSaid } from './reask.js';
import { chargeRefund } from './refund-linked.js';
import { findingsFacts } from './wan-facts.js';
import { salesWishOf } from './secondary-topics.js';
import { noAnswer } from './unanswered.js';
import type { Turn } from './turn.js';

/** Answered where they are asked, never a second time after the diagnosis. */
const ANSWERED_AT_OPENING = /^reply\.how_long\b/;
const ANSWER_TAG = 'problem-question';

/** Remembers the questions of the message that gives the problem (the last such message counts). */
export function noteProblemQuestions(conv: ConversationState, text: string) {
  // "also can i get a faster plan" kept for sales (sales-wish.ts) is theirs to answer, not asked again here.
  const clauses = questionClauses(text).filter(
    (c) => !conv.secondaryAsked?.account_change || !salesWishOf(c),
  );
  conv.problemQuestions = clauses.length ? clauses.join(' ').slice(0, 600) : null;
}

/** Answers the remembered questions once, before the question the first diagnosis puts. */
export async function answerProblemQuestions(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  access: AccessKind | null,
  outcome: string | null = null,
) {
  const asked = conv.problemQuestions;
  const promised = conv.earlyPromised;
  conv.earlyPromised = false;
  if (!asked) return;
  conv.problemQuestions = null;
  const state = await k.engine.get(ticket.id);
  if (!state) return;
  // What the diagnosis of this very turn read ("can I see the drop log myself?": the fibre level measured).
  // ("is the modem broken?" after tests that could not reach it: what they found, never "nothing wrong".)
  turn.facts = { ...turn.facts, ...findingsFacts(state.findings, conv.language) };
  const spec = turn.pendingAskSpec;
  const { keys } = sideAnswers(asked, {
    askKey: spec?.key ?? null,
    askMessage: spec?.message ?? null,
    cause: rootCauseOf(state),
    access,
    actions: actionsDone(state),
    findings: findingCodes(state),
    outcome,
    request: conv.intent ?? null,
    charge: chargeRefund(conv, rootCauseOf(state), asked),
  });
  // What was answered beside the customer number or PIN is not answered again (early-questions.ts).
  const answers = keys.filter(
    (key) => !ANSWERED_AT_OPENING.test(key) && !(conv.earlyAnswers ?? []).includes(key),
  );
  // Promised at the customer-number question: an honest word now rather than silence. A question held
  // beside the number or PIN is the one promised: it is answered after this (identity-question.ts).
  if (!answers.length && promised && !keys.length && !conv.heldQuestion) {
    const none = noAnswer(conv, spec?.key ?? null, asked);
    if (none.note) await k.note(ticket.id, `question for a colleague to answer: "${asked.slice(0, 300)}"`);
    turn.beforeAsk(none.keys[0]);
  }
  if (!answers.length) return;
  // The question closes the message: the answers go just before its paragraph.
  const at = spec ? Math.max(0, turn.mark() - 1) : turn.mark();
  turn.answering(ANSWER_TAG);
  for (const key of answers) turn.say(key);
  turn.answering(null);
  turn.orderSince(at, (tag) => (tag === ANSWER_TAG ? 0 : 1));
  rememberSaid(conv, spec?.key ?? null, answers);
}
