// "and forget the refund thing, I get it now", "strunta i återbetalningen": money back the customer asked for,
// taken back. While the desk still holds the wish it is dropped (no billing case at the close) and said so;
// a billing case already opened for it is withdrawn (withdrawn-case.ts).
import type { Ticket } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import type { AgentKernel } from './kernel.js';
import type { Turn } from './turn.js';

const REFUND =
  '(refund\\w*|money back|reduction|discount|compensation|credit|the billing( thing| part| case)?|aterbetalning\\w*|avdrag\\w*|pengarna tillbaka|pengar tillbaka|ersattning\\w*|kompensation\\w*|rabatt\\w*)';
const DROPPED = new RegExp(
  `(?<!\\b(?:don'?t|dont|do not|never|not) )\\b(forget|never ?mind|skip|drop|scrap|ignore|no need for|(don'?t|dont|do not) (need|want)|(strunta|skit|struntar) i|glom|skippa|stryk|(behover|vill) (inte|inget) (ha )?)( about)?( the| that| my| det dar| den dar| det dar med)? ${REFUND}\\b`,
);

/** The customer takes back a wish for money back. */
export function dropsRefund(text: string): boolean {
  return DROPPED.test(fold(text).replace(/[’`´]/g, "'"));
}

/** Drops a refund wish the desk holds for the close; the message is read on as usual. */
export async function dropRefundWish(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<void> {
  if (!conv.secondaryIntents.includes('billing') || !dropsRefund(text)) return;
  conv.secondaryIntents = conv.secondaryIntents.filter((i) => i !== 'billing');
  if (conv.secondaryAsked) delete conv.secondaryAsked.billing;
  await k.note(ticket.id, `the customer took back the refund wish: "${text.slice(0, 200)}"`);
  turn.say('secondary.refund_dropped');
}
