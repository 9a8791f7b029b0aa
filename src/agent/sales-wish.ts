// A discount, a faster plan or sales itself asked for beside a fault (and an invoice question, for billing) ("…and whether I can get a discount",
// "also can i get a faster plan", "can you pass me to sales?"): sales decides it, so the wish is kept in the
// customer's words and goes to sales as a linked case when the fault case ends (finalize.ts). It is
// acknowledged once when first heard; asked again while the case goes on, the customer hears that it is
// noted for sales — never the general discount text again, nor "I can't answer that from here".
import type { ConversationState } from './conversation-state.js';
import { teamName } from './handoff.js';
import type { AgentKernel } from './kernel.js';
import type { MessageKey } from './messages/index.js';
import { invoiceQuestionOf, namesTeamTopic, salesWishOf, teamDisowned } from './secondary-topics.js';
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
  const before = keepFor(conv, 'account_change', words);
  const params = teamParams(k, conv, 'account_change');
  if (!before) {
    turn.say('secondary.noted', params);
    turn.sayInstead(SAID_INSTEAD, null);
  } else turn.sayInstead(SAID_INSTEAD, { key: 'secondary.noted.again', params });
  return true;
}

/**
 * "pin: 5747. och btw min räkning gick upp förra månaden, varför?" beside the customer number or PIN: the invoice
 * question is billing's, kept in the customer's words for a linked case at the close and acknowledged in this
 * reply; named again later ("och du svarade inte om räkningen"), told that it is noted. In the case itself an
 * aside for billing is answer-rest.ts's (taken up after the case, or with its close). True when the message
 * held the question (its sentences are then no question for this case).
 */
export function keepInvoiceQuestion(
  k: Pick<AgentKernel, 'label'>,
  conv: ConversationState,
  turn: Turn,
  text: string,
): boolean {
  if (!salesWaitsForCase(conv)) return false;
  const words = invoiceQuestionOf(text);
  const kept = conv.secondaryAsked?.billing;
  // "Jag har ingen fråga om fakturan, jag undrade bara var PIN stod": the question kept was never one — dropped
  // and said so, never passed to billing after the fix. (The rest of the message goes on as usual.)
  if (kept && !words && teamDisowned(text, 'billing')) {
    conv.secondaryAsked = { ...conv.secondaryAsked, billing: undefined };
    conv.secondaryIntents = conv.secondaryIntents.filter((i) => i !== 'billing');
    turn.say('secondary.denied');
    return false;
  }
  if (kept && (words || namesTeamTopic(text, 'billing'))) {
    // (Beside "it works" the close passes it on in this very reply.)
    if (conv.pendingAsk !== 'resolution.confirm')
      turn.say('secondary.noted.again', teamParams(k, conv, 'billing'));
    turn.sayInstead(SAID_INSTEAD, null);
    return true;
  }
  if (!words || !conv.phase.startsWith('identify_')) return false;
  keepFor(conv, 'billing', words);
  turn.say('secondary.noted', teamParams(k, conv, 'billing'));
  turn.sayInstead(SAID_INSTEAD, null);
  return true;
}

/** Keeps `words` for `intent`'s team, added to what was kept before; returns what was kept before. */
function keepFor(conv: ConversationState, intent: 'account_change' | 'billing', words: string) {
  const before = conv.secondaryAsked?.[intent];
  if (!conv.secondaryIntents.includes(intent)) conv.secondaryIntents = [...conv.secondaryIntents, intent];
  conv.secondaryAsked = {
    ...conv.secondaryAsked,
    [intent]: before && !before.includes(words) ? `${before} ${words}`.slice(0, 300) : (before ?? words),
  };
  return before;
}

function teamParams(
  k: Pick<AgentKernel, 'label'>,
  conv: ConversationState,
  intent: 'account_change' | 'billing',
) {
  return {
    topic: k.label(conv.language, intent),
    team: teamName(intent === 'billing' ? 'billing' : 'sales', conv.language),
  };
}
