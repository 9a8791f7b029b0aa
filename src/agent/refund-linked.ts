// "och pengarna då? för avbrotten" after the refund already went to billing as a linked case in this
// conversation: the customer hears which case has it and when billing answers, and the words go onto
// that case — never a second billing case, nor a question left for the team that has the fault.
import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import type { ConversationState } from './conversation-state.js';
import { t } from './messages/index.js';
import type { Turn } from './turn.js';

/** The billing case opened in this conversation, if any (the latest). */
async function linkedBilling(tickets: TicketStore, conv: ConversationState): Promise<Ticket | null> {
  for (const reference of [...(conv.linkedTickets ?? [])].reverse()) {
    const linked = await tickets.getByReference(reference);
    if (linked?.queue === 'billing') return linked;
  }
  return null;
}

/** True when billing already has a linked case: the refund wish is added to it and the customer told. */
export async function refundWithBilling(
  tickets: TicketStore,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<boolean> {
  if (conv.handoff?.queue === 'billing') return false;
  const billing = await linkedBilling(tickets, conv);
  if (!billing) return false;
  await tickets.append(billing.id, [
    {
      type: 'note',
      actor: { kind: 'customer', id: null },
      text: `customer asks again about a reduction for the days without service: "${text.slice(0, 300)}"`,
      internal: true,
    },
  ]);
  turn.say('compensation.with_billing', {
    linked: billing.reference,
    when: t(conv.language, `when.${billing.priority}`),
  });
  return true;
}
