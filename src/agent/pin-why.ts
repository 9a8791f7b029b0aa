// "why do you need my PIN?", "behöver ni verkligen min PIN för att kolla hastigheten?", "do I need it just to
// move?" asked beside the PIN, its lack or a corrected customer number: the answer for the request in hand.
import { IT_NEEDED, PIN_NEEDED } from '../triage/pin-needed.js';
import { fold } from '../triage/normalize.js';
import { topicsOf } from '../triage/topics-of.js';
import type { ConversationState } from './conversation-state.js';
import type { MessageKey } from './messages/index.js';

/** "behöver ni verkligen min PIN för att kolla hastigheten?", "do I need it just to move?": asked without a why. */
function asksPinNeeded(text: string): boolean {
  const t = fold(text).replace(/[’`´]/g, "'");
  return PIN_NEEDED.test(t) || IT_NEEDED.test(t);
}

/**
 * The answer to "why do you need my PIN?" asked beside the PIN itself, if it was asked: for a change of the
 * subscription (a move) that it needs the PIN, not only "before I change anything on your router".
 */
export function whyPinBeside(text: string, conv: ConversationState): MessageKey | null {
  const t = fold(text);
  if (!/\b(why|how come|varfor|varfo|vafor|vrf)\b/.test(t))
    return asksPinNeeded(text) ? pinForRequest(conv) : null;
  // "7464. varför blev kontot låst förresten?": a why about something else, answered for the case.
  const why = t.slice(t.search(/\b(why|how come|varfor|varfo|vafor|vrf)\b/)).split(/[.?!]/)[0];
  if (!/\b(pin\w*|kod(en)?|code)\b/.test(why) && topicsOf(why).some((x) => x !== 'why_pin')) return null;
  return /\b(outage|avbrott\w*|storning\w*|driftstorning\w*|fel hos er|your (end|side))\b/.test(t)
    ? 'reply.why_pin.outage'
    : pinForRequest(conv);
}

/** What the PIN is needed for in this request: a move or another change of the subscription, or in general. */
function pinForRequest(conv: ConversationState): MessageKey {
  if (conv.facts.houseMove && !conv.facts.cancellation) return 'reply.why_pin.move';
  return conv.facts.cancellation || conv.intent === 'account_change'
    ? 'reply.why_pin.account_change'
    : 'reply.why_pin';
}
