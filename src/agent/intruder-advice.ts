// "Someone is on my network right now, what do I do?" while the desk still waits for the PIN: the
// caller gets what they can do at once (pull the router's power) and where the PIN is, then the same
// question again — never "as soon as I have your answer I continue". Nothing is changed unverified.
import { afterQuestions } from './after-questions.js';
import type { ConversationState } from './conversation-state.js';
import type { Turn } from './turn.js';

/** True when the message was such a question and was answered (the PIN question is put again). */
export function adviseIntruderBeforePin(conv: ConversationState, turn: Turn, text: string): boolean {
  if (conv.phase !== 'identify_pin' || conv.verification === 'verified') return false;
  // A PIN given in the same message is the answer; it is not swallowed by the advice.
  if (/\d{4}/.test(text) || !afterQuestions(text).includes('intruder_now')) return false;
  turn.say('after.intruder_now.pin');
  if (conv.pendingAskSpec) turn.askAgain(conv.pendingAskSpec);
  else turn.ask('identity.pin');
  return true;
}
