// "7464. kommer ni stänga av mitt internet om jag inte betalar hela?": a question written beside the
// customer number or the PIN. The identity answer is acted on first (verified, the case looked at or
// handed over), then the question is answered for the case it is now about — its cause, what the case
// did, the question now pending — never "I cannot answer that" before "you are verified". Only a
// question nothing on the case answers gets the honest no-answer (unanswered.ts).
import { findingsFacts } from './wan-facts.js';
import type { Ticket } from '../domain/index.js';
import type { AskKey } from '../domain/index.js';
import { askTopicOf, topicsOf } from '../triage/topics-of.js';
import type { ConversationState } from './conversation-state.js';
import type { AgentKernel } from './kernel.js';
import { rootCauseOf } from './knowledge.js';
import { actionsDone, findingCodes, questionAnswers } from './question-answers.js';
import type { Turn } from './turn.js';
import { asksBeyondIdentity, noAnswer } from './unanswered.js';
import { rememberSaid } from './reask.js';
import { hasMessage, type MessageKey } from './messages/index.js';
import { namesPin, PIN_TOPICS, questionClauses } from './side-questions.js';

/** Questions whose answer is acted on before a question beside it can be answered for the case. */
const IDENTITY_ASKS: ReadonlySet<AskKey> = new Set<AskKey>(['identity.customer_number', 'identity.pin']);

/**
 * "hur lång tid tar det här?" beside the number or PIN asks how long the case takes: where the check ends at a
 * permission, the action's own minutes are said as what a yes would take, never as agreed already.
 */
function heldHowLong(key: MessageKey, askKey: AskKey | null): MessageKey {
  if (!askKey?.startsWith('consent.') || !key.startsWith('reply.how_long')) return key;
  const own = `reply.how_long.held.${askKey}`;
  return hasMessage(own) ? own : 'reply.how_long.held.consent';
}

/** Holds `text`'s question until the identity answer in it is acted on; false for other questions. */
export function holdBesideIdentity(conv: ConversationState, askKey: AskKey, text: string): boolean {
  if (!IDENTITY_ASKS.has(askKey)) return false;
  conv.heldQuestion = text.slice(0, 300);
  return true;
}

/** After the turn: the held question answered for the case (its team's answer), or the honest no-answer. */
export async function answerHeldQuestion(
  k: AgentKernel,
  conv: ConversationState,
  turn: Turn,
  ticket: Ticket,
): Promise<void> {
  // A check beside the identity answer ("is that right?") was answered by its outcome this turn.
  conv.identityCheck = null;
  const text = conv.heldQuestion;
  if (!text) return;
  conv.heldQuestion = null;
  // Still waiting for the PIN (a wrong one): the question waits with it.
  if (turn.pendingAsk && IDENTITY_ASKS.has(turn.pendingAsk)) {
    conv.heldQuestion = text;
    return;
  }
  const work = (conv.workTicketId ? await k.deps.tickets.get(conv.workTicketId) : null) ?? ticket;
  // "ok. 5557. Will it be fixed before 19? What do I do otherwise?" at an outage: the expected end and the
  // hotspot meanwhile, from the outage just told (after-answers.ts) — never "nothing you need to do".
  if (
    conv.handoff?.queue === 'outage' &&
    (await k.parts.afterOutcome.answerFromCase(work, conv, turn, text)).length
  )
    return;
  if (conv.handoff && (await k.parts.afterOutcome.answerAboutCase(work, conv, turn, text, null))) return;
  // "PIN? Är det samma som bankkoden? … 7488.": what asked about the identity question was settled by it.
  if (!asksBeyondIdentity(text)) return;
  // "200143. did you guys turn it off?": answered from what the case found and did, for the question now asked.
  // "cant you just tell me what it is?" beside the number of a Wi-Fi key case: the topic the ask now pending gives it.
  const asked = askTopicOf(turn.pendingAsk ?? null, text);
  const topics = [...topicsOf(text), ...(asked ? [asked] : [])];
  if (topics.length) {
    const state = await k.engine.get(work.id);
    if (state) turn.facts = { ...turn.facts, ...findingsFacts(state.findings, conv.language) };
    const { service } = await k.customerContext(conv);
    // "PIN is 7486. And is it safe to send a PIN by e-mail?": a PIN topic asked of the PIN named in the
    // question itself is answered for the PIN, never for the permission asked now.
    const pinAsked =
      PIN_TOPICS.has(topics[0]) &&
      questionClauses(text).some((q) => namesPin(q) && topicsOf(q).includes(topics[0]));
    const askKey = pinAsked ? 'identity.pin' : (turn.pendingAsk ?? null);
    const keys = questionAnswers(
      text,
      topics[0],
      {
        askKey,
        askMessage: pinAsked ? null : (turn.pendingAskSpec?.message ?? null),
        cause: rootCauseOf(state),
        access: service?.access ?? null,
        actions: actionsDone(state),
        findings: findingCodes(state),
        request: conv.intent,
      },
      'reply.other',
    )
      .filter((x) => x !== 'reply.other')
      .map((x) => heldHowLong(x, askKey));
    if (keys.length) {
      for (const key of keys) turn.sayBeforeAsk(key, { reference: work.reference });
      rememberSaid(conv, askKey, keys);
      return;
    }
  }
  const none = noAnswer(conv, turn.pendingAsk ?? null, text, {
    closing: conv.phase === 'closed' && !conv.handoff,
  });
  if (none.note)
    await k.deps.tickets.append(work.id, [
      {
        type: 'note',
        actor: { kind: 'bot', id: null },
        text: `question for a colleague to answer: "${text}"`,
        internal: true,
      },
    ]);
  turn.say(none.keys[0], { reference: work.reference });
}
