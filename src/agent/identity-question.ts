// "7464. kommer ni stänga av mitt internet om jag inte betalar hela?": a question written beside the
// customer number or the PIN. The identity answer is acted on first (verified, the case looked at or
// handed over), then the question is answered for the case it is now about — never "I cannot answer
// that" before "you are verified". Only a question nothing on the case answers is left for a colleague.
import type { Ticket } from '../domain/index.js';
import type { AskKey } from '../domain/index.js';
import type { ConversationState } from './conversation-state.js';
import type { AgentKernel } from './kernel.js';
import { promiseAnswer } from './promised-follow-up.js';
import type { Turn } from './turn.js';

/** Questions whose answer is acted on before a question beside it can be answered for the case. */
const IDENTITY_ASKS: ReadonlySet<AskKey> = new Set<AskKey>(['identity.customer_number', 'identity.pin']);

/** Holds `text`'s question until the identity answer in it is acted on; false for other questions. */
export function holdBesideIdentity(conv: ConversationState, askKey: AskKey, text: string): boolean {
  if (!IDENTITY_ASKS.has(askKey)) return false;
  conv.heldQuestion = text.slice(0, 300);
  return true;
}

/** After the turn: the held question answered for the case (its team's answer), or noted for a colleague. */
export async function answerHeldQuestion(
  k: AgentKernel,
  conv: ConversationState,
  turn: Turn,
  ticket: Ticket,
): Promise<void> {
  const text = conv.heldQuestion;
  if (!text) return;
  conv.heldQuestion = null;
  // Still waiting for the PIN (a wrong one): the question waits with it.
  if (turn.pendingAsk && IDENTITY_ASKS.has(turn.pendingAsk)) {
    conv.heldQuestion = text;
    return;
  }
  const work = (conv.workTicketId ? await k.deps.tickets.get(conv.workTicketId) : null) ?? ticket;
  if (conv.handoff && (await k.parts.afterOutcome.answerAboutCase(work, conv, turn, text, null))) return;
  await k.deps.tickets.append(work.id, [
    {
      type: 'note',
      actor: { kind: 'bot', id: null },
      text: `question for a colleague to answer: "${text}"`,
      internal: true,
    },
  ]);
  if (conv.phase !== 'closed') promiseAnswer(conv, text);
  turn.say('reply.cannot_answer', { reference: work.reference });
}
