// "jag har ingen dator med kabelingång... räcker det med min gamla laptop?" at the wired test: the customer
// offers what they have. That is no "I can't": the question is answered and the same step stays open, so the
// customer can still do it with what they have.
import type { Ticket } from '../domain/index.js';
import type { TriageApi } from '../runbooks/ports.js';
import { asksIfOtherWillDo, besideOtherWillDo } from '../triage/other-will-do.js';
import { statementsOf } from '../triage/step-done.js';
import type { ConversationState } from './conversation-state.js';
import { hasMessage, type MessageKey } from './messages/index.js';
import { reask } from './reask.js';
import type { Turn } from './turn.js';

export interface OtherWillDoDeps {
  triage: Pick<TriageApi, 'parseAnswer'>;
  note(ticketId: string, text: string): Promise<void>;
}

/** The step's own answer (it puts the step again in its words), else the general one. */
function answerKey(askKey: string): { key: MessageKey; restatesStep: boolean } {
  const own = `reply.other_will_do.${askKey}`;
  return hasMessage(own)
    ? { key: own as MessageKey, restatesStep: true }
    : { key: 'reply.other_will_do.step', restatesStep: false };
}

/** True when the reply at a step asked, beside "I can't" or "I don't have …", whether something else would do. */
export async function onOtherWillDo(
  deps: OtherWillDoDeps,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<boolean> {
  const askKey = conv.pendingAsk;
  if (!askKey?.startsWith('step.') || !asksIfOtherWillDo(text)) return false;
  // ("I can't, I have no computer at all" asks nothing: the step is not possible, as before.)
  const told = deps.triage.parseAnswer(askKey, statementsOf(besideOtherWillDo(text)), conv.language).kind;
  if (told !== 'cannot' && told !== 'no') return false;
  const { key, restatesStep } = answerKey(askKey);
  await deps.note(
    ticket.id,
    `customer asked whether something else would do for ${askKey}; answered, the step kept open`,
  );
  turn.say(key);
  const spec = conv.pendingAskSpec ?? { key: askKey };
  if (restatesStep) turn.keepAsk(spec);
  else reask(turn, spec, true);
  return true;
}
