// "4 typ. asså en grej till, tror grannen snyltar på vårt wifi, kan ni kolla det?" after the close (rp35a #7): someone
// else on the customer's Wi-Fi is a request the desk acts on — a linked case that offers a new Wi-Fi key with
// consent (every device without it is thrown off) — never only an answer that mentions one. It is no break-in: the
// contract's "hacked" path (both passwords, then security) is for a break-in the customer tells of ("hacked", "kommer
// åt routern"), which the facts read as the security worry instead.
import type { Ticket } from '../domain/index.js';
import { learnFacts } from '../runbooks/facts.js';
import { fold } from '../triage/normalize.js';
import type { AfterOutcomeCtx } from './after-outcome-context.js';
import type { ConversationState } from './conversation-state.js';
import type { Turn } from './turn.js';

/** Only whether others could use it ("can the neighbours use my wifi?"): a question, answered as one. Folded. */
const ONLY_WHETHER =
  /^\W*(\w+\W+){0,3}?(can|could|kan|kunde|is it possible)\s+(my |the |our |min |mina |var |vara |er |era )?(neighbou?rs?|grann\w*|someone|somebody|anyone|nagon|nan|others|andra)\b/;

/** Whether `text` tells of someone else on the customer's Wi-Fi (no break-in told, no rename asked). */
export function freeloaderTold(text: string): boolean {
  const facts = learnFacts({}, text);
  return (
    !!facts.wifiFreeloader && !facts.securityWorry && !facts.ssidRename && !ONLY_WHETHER.test(fold(text))
  );
}

/** Someone else on the Wi-Fi told after the close: the linked case that offers a new key is opened for it. */
export async function freeloaderAfterClose(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<boolean> {
  if (!freeloaderTold(text)) return false;
  conv.pendingAsk = null;
  await c.deps.reopen(ticket, conv, turn, text, c.deps.triage.triage(text));
  return true;
}
