// "wait what?? i didnt decline anything … yes turn it on please", "i never said no. i just asked a question. ok
// just change it then": a no to a permission that ended the case is taken back while the case can still act.
// The case opens again where it was, with the permission pending; a yes in the same message is acted on at
// once, otherwise the permission is asked again. (The no is kept in conversation-state.ts `declined`.)
import type { Ticket } from '../domain/index.js';
import type { TriageLike } from '../runbooks/ports.js';
import { closingAnswer } from '../triage/answers.js';
import { innerGoAhead } from '../triage/inner-go-ahead.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import type { AgentKernel } from './kernel.js';
import type { Turn } from './turn.js';

/** "i didnt decline", "i never said no", "i was just asking", "jag sa aldrig nej", "jag frågade ju bara". */
const DENIES_NO =
  /\b(?:i|we) (?:didn'?t|didnt|did not|never|haven'?t|havent|have not) (?:say|said|decline\w*|refuse\w*|answer(?:ed)? no|turn(?:ed)? (?:it|that|you) down)\b|\b(?:never|didn'?t|didnt|did not) (?:said|say) (?:no|that)\b|\b(?:i|we) (?:was|were|am|'m|m) (?:just|only) asking\b|\b(?:i|we) (?:just|only) asked\b|\bit was (?:just |only )?a question\b|\bjag (?:sa|har) (?:ju )?(?:inte|aldrig) (?:sagt )?nej\b|\b(?:jag|vi) (?:har )?(?:inte|aldrig) (?:nekat|tackat nej|sagt nej|avbojt|vagrat)\b|\b(?:jag|vi) (?:fragade|undrade) (?:ju )?bara\b|\bdet var (?:ju )?(?:bara )?en fraga\b/;
/** "actually yes", "changed my mind", "ångrar mig": a change of mind, which counts only with a yes beside it. */
const CHANGED_MIND =
  /\b(?:actually|changed my mind|on second thought|second thoughts|andrat mig|andrar mig|angrar mig|angrade mig|tankte om|forresten)\b/;

/** Whether the message says yes to the permission in so many words ("… yes turn it on please"). */
function saysYes(askKey: string, text: string): boolean {
  if (!askKey.startsWith('consent.')) return false;
  return closingAnswer(askKey as never, text)?.kind === 'yes' || innerGoAhead(fold(text));
}

/** Takes back a no that ended the case when the customer says it was no no; true when done. */
export async function takeBackDecline(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  tri: TriageLike,
): Promise<boolean> {
  const declined = conv.declined;
  if (!declined || declined.ticketId !== ticket.id) return false;
  const t = fold(text).replace(/[’`´]/g, "'");
  const yes = saysYes(declined.ask.key, text);
  if (!DENIES_NO.test(t) && !(CHANGED_MIND.test(t) && yes)) return false;
  conv.declined = null;
  await k.engine.restore(ticket.id, declined.engine as never);
  conv.facts = declined.facts;
  await k.deps.tickets.append(
    ticket.id,
    [
      {
        type: 'note',
        actor: { kind: 'bot', id: null },
        text: `customer took back the no to ${declined.ask.key} ("${text.slice(0, 200)}"): the case is open again`,
        internal: true,
      },
    ],
    { status: 'open', queue: null },
  );
  conv.phase = 'runbook';
  conv.handoff = null;
  conv.csatOpen = false;
  conv.outcomes.pop();
  conv.pendingAsk = declined.ask.key;
  conv.pendingAskSpec = declined.ask;
  turn.say('repair.decline_taken_back');
  if (!yes) {
    turn.askAgain(declined.ask);
    return true;
  }
  const current = (await k.deps.tickets.get(ticket.id)) ?? ticket;
  await k.parts.runbookAnswers.onRunbookAnswer(current, conv, turn, text, tri, { kind: 'yes' });
  return true;
}
