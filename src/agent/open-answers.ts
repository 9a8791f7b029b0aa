// A question none of the desk's texts answers ("I can't answer that from here") goes to the optional open
// answerer (src/llm); its text, when it passes the screen (domain/open-answer-screen.ts), is said in place of
// that sentence. Either way the case gets an internal note for quality review. The desk's own reading still
// decides everything else in the turn: the open answer only explains.
import { maskLongNumbers, screenOpenAnswer } from '../domain/index.js';
import type { OpenQuestion } from '../runbooks/ports.js';
import { asksSomething } from './answer-openers.js';
import type { ConversationState } from './conversation-state.js';
import type { AgentKernel } from './kernel.js';
import type { MessageKey } from './messages/index.js';
import type { Turn } from './turn.js';

/** The sentences that say a question cannot be answered here (what an open answer replaces). */
export const CANNOT_ANSWER: readonly MessageKey[] = ['reply.cannot_answer.here', 'closed.cannot_answer'];
/** How many earlier messages of the conversation go with the question. */
const RECENT = 6;

export async function answerOpenly(
  k: AgentKernel,
  conv: ConversationState,
  turn: Turn,
  conversationId: string,
  text: string,
): Promise<void> {
  const port = k.deps.openAnswers;
  if (!port || !asksSomething(text)) return;
  const key = CANNOT_ANSWER.find((x) => turn.keysSaid.includes(x));
  if (!key) return;
  const before = (await k.transcript(conversationId)).slice(0, -1).slice(-RECENT);
  const question: OpenQuestion = {
    language: conv.language,
    question: maskLongNumbers(text.slice(0, 2000)),
    recent: before
      .filter((m) => m.role !== 'system')
      .map((m) => ({ role: m.role === 'customer' ? 'customer' : 'desk', text: maskLongNumbers(m.text) })),
    topic: conv.intent,
  };
  const reply = await port.answer(question).catch(() => null);
  if (!reply) return;
  const verdict = screenOpenAnswer(reply.text, conv.language);
  const used = verdict.ok && turn.replaceSaid(key, verdict.text);
  // On the case the conversation works on now (a linked case opened in this turn gets it).
  const caseId = conv.workTicketId ?? conversationId;
  await k.deps.tickets.append(caseId, [
    {
      type: 'note',
      actor: { kind: 'bot', id: null },
      internal: true,
      text: used
        ? `Answered by the language model (${reply.model}): none of the desk's texts answered the question. Review the answer.`
        : `The language model's answer (${reply.model}) was not used: ${verdict.ok ? 'the reply had changed' : verdict.reason.replace(/_/g, ' ')}.`,
    },
  ]);
  k.log.info(
    { ticketId: caseId, model: reply.model, used, ...(verdict.ok ? {} : { screened: verdict.reason }) },
    'open answer',
  );
}
