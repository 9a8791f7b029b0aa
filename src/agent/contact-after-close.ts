// "4. btw kan ni ringa mig nästa gång istället? 070-1234567", "next time could you just email me": after a
// close, how the customer would rather be reached from now on. It is noted on the case with the number or
// address they gave and acknowledged — never "I can't answer that from here", never a new case.
import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import type { ConversationState } from './conversation-state.js';
import { contactWay, wayWords } from './handoff-contact.js';
import { extractEntities } from '../triage/entities.js';
import { namesPerson } from '../triage/signals.js';
import { phoneForCustomer } from './phone-display.js';
import { questionClauses } from './side-questions.js';
import type { Turn } from './turn.js';

/** The phone number in `text`, shown as the desk writes numbers ("070-123 45 67"), or null. */
export function phoneIn(text: string): string | null {
  const e164 = extractEntities(text).phones[0];
  return e164 ? phoneForCustomer(e164) : null;
}

/**
 * Notes the way of contact asked for after the close and says so; false when the message asks for no way
 * or asks something else too (that is handled as it comes).
 */
export async function contactAfterClose(
  tickets: Pick<TicketStore, 'append'>,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<boolean> {
  const way = contactWay(text);
  // "I want to talk to a human about the parental controls. call me please": a person asked for, with how.
  if (!way || namesPerson(text)) return false;
  const others = questionClauses(text).filter((c) => !contactWay(c));
  if (others.length) return false;
  const phone = way === 'call' || way === 'text' ? phoneIn(text) : null;
  await tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'customer', id: null },
      text: `the customer would rather be contacted by ${wayWords(way)} from now on${phone ? ` on ${phone}` : ''}: "${text.slice(0, 200)}"`,
      internal: true,
    },
  ]);
  conv.pendingAsk = null;
  if (phone && way !== 'email') turn.say(`closed.contact_noted.${way}.number`, { phone });
  else turn.say(`closed.contact_noted.${way}`);
  turn.say('closed.more');
  turn.final();
  return true;
}
