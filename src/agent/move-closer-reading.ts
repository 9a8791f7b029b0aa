// "I can't move the bed" to "move closer to the router": about the furniture, not the device — the device
// (or, when the router cannot move, the device only) is asked to move instead, once.
import type { Ticket } from '../domain/index.js';
import type { RunbookEngine } from '../runbooks/engine.js';
import type { Facts } from '../runbooks/types.js';
import { classifyReply } from '../triage/reply.js';
import { cannotMoveFixedThing, fixedThing } from '../triage/step-replies.js';
import type { ConversationState } from './conversation-state.js';
import { questionAnswers } from './question-answers.js';
import type { Turn } from './turn.js';

export interface MoveCloserDeps {
  engine: Pick<RunbookEngine, 'learn'>;
  learnFacts(facts: Facts, text: string): Facts;
}

/** True when the reply to "move closer" was read here. */
export async function onMoveCloser(
  deps: MoveCloserDeps,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<boolean> {
  if (conv.deviceHintGiven || !cannotMoveFixedThing(text)) return false;
  conv.deviceHintGiven = true;
  if (fixedThing(text) === 'router') conv.routerStays = true;
  // What they said about the room still counts ("the bedroom is at the other end of the flat").
  conv.facts = deps.learnFacts(conv.facts, text);
  await deps.engine.learn(ticket.id, conv.facts);
  // "…can't you boost it?" is answered as well — every question in it ("would mesh help? what does it cost?").
  const act = classifyReply('step.move_closer', text, conv.language);
  const asked =
    'topic' in act && act.topic
      ? questionAnswers(text, act.topic, { askKey: 'step.move_closer' }, 'reply.other').filter(
          (k) => k !== 'reply.other',
        )
      : [];
  for (const key of asked) turn.say(key);
  turn.ask(
    'step.move_closer',
    fixedThing(text) === 'router' ? 'repair.move_device.router' : 'repair.move_device',
  );
  return true;
}
