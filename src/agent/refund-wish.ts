// Compensation asked for after the outcome: what the visit costs when asked too, the answer about a
// refund, and the wish onto billing's case or a linked billing case.
import type { Ticket } from '../domain/index.js';
import type { AfterOutcomeCtx } from './after-outcome-context.js';
import { compensationKey } from './compensation-kind.js';
import type { ConversationState } from './conversation-state.js';
import { openLinked } from './linked-case.js';
import { chargeRefund, refundWithBilling } from './refund-linked.js';
import type { Turn } from './turn.js';
import { visitCostKey } from './visit-cost.js';

/** Compensation is answered as compensation; the billing team gets it as its own linked case. */
export async function compensation(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  opts: { person?: boolean } = {},
) {
  const { deps } = c;
  // "does it cost anything. and can i get money back": what the visit costs is answered too.
  const cost = visitCostKey(text, await deps.cause(ticket));
  turn.answering('cost');
  if (cost) turn.say(cost);
  turn.answering('compensation');
  try {
    await refund(c, ticket, conv, turn, text, opts.person ?? false);
  } finally {
    turn.answering(null);
  }
}

/** The refund wish: onto billing's case, or a linked billing case. */
async function refund(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  person: boolean,
) {
  const { deps, params } = c;
  // "och pengarna då?" once billing has the refund as its own case: that case, never a second one.
  if (await refundWithBilling(deps.tickets, conv, turn, text)) return;
  const cause = await deps.cause(ticket);
  // "we were charged twice … there was no fault": money back for a charge, never a reduction for days down.
  const charge = chargeRefund(conv, cause, text);
  turn.say(charge ? 'reply.refund.charge' : compensationKey(cause));
  if (conv.handoff?.queue === 'billing') {
    // Billing has this case already: the refund wish goes onto it, never into a second case for them.
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'bot', id: null },
        text: charge
          ? `customer asks about getting the charged amount back (no service fault named): "${text.slice(0, 300)}"`
          : `customer asks for a reduction for the days without service: "${text.slice(0, 300)}"`,
        internal: true,
      },
    ]);
    turn.say('compensation.same_case', params(ticket, conv));
    return;
  }
  // "can i talk to a person? i want to know if i get money back": a person on billing has the refund.
  await openLinked(
    c,
    ticket,
    conv,
    turn,
    'billing',
    'billing',
    text,
    person ? 'handoff.linked.person' : undefined,
  );
}
