// A discount, a faster plan or sales itself asked for beside a fault ("…and whether I can get a discount",
// "also can i get a faster plan", "can you pass me to sales?"): sales decides it, so the wish is kept in the
// customer's words and goes to sales as a linked case when the fault case ends (finalize.ts). It is
// acknowledged once when first heard; asked again while the case goes on, the customer hears that it is
// noted for sales — never the general discount text again, nor "I can't answer that from here".
import type { ConversationState } from './conversation-state.js';
import { teamName } from './handoff.js';
import type { AgentKernel } from './kernel.js';
import type { MessageKey } from './messages/index.js';
import { salesWishOf } from './secondary-topics.js';
import type { Turn } from './turn.js';

/** What would otherwise answer a wish for sales while the fault case goes on. */
const SAID_INSTEAD: MessageKey[] = [
  'reply.discount',
  'reply.cannot_answer',
  'reply.cannot_answer.here',
  'repair.later',
];

/** Cases that are sales' or billing's own, or a person's: the wish is theirs already. */
const OWN = new Set(['account_change', 'billing', 'human_agent']);

/** A fault case still with the desk: a wish for sales told now waits for its end (not a case of its own at once). */
export function salesWaitsForCase(conv: ConversationState): boolean {
  return !conv.handoff && conv.phase !== 'closed' && !(conv.intent && OWN.has(conv.intent));
}

/** Keeps a wish for sales told beside the fault (see above); true when the message held one. */
export function keepSalesWish(
  k: Pick<AgentKernel, 'label'>,
  conv: ConversationState,
  turn: Turn,
  text: string,
): boolean {
  if (!salesWaitsForCase(conv)) return false;
  const words = salesWishOf(text);
  if (!words) return false;
  const before = conv.secondaryAsked?.account_change;
  if (!conv.secondaryIntents.includes('account_change'))
    conv.secondaryIntents = [...conv.secondaryIntents, 'account_change'];
  conv.secondaryAsked = {
    ...conv.secondaryAsked,
    account_change:
      before && !before.includes(words) ? `${before} ${words}`.slice(0, 300) : (before ?? words),
  };
  const params = {
    topic: k.label(conv.language, 'account_change'),
    team: teamName('sales', conv.language),
  };
  if (!before) {
    turn.say('secondary.noted', params);
    turn.sayInstead(SAID_INSTEAD, null);
  } else turn.sayInstead(SAID_INSTEAD, { key: 'secondary.noted.again', params });
  return true;
}
