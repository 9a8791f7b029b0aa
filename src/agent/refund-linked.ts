// "och pengarna då? för avbrotten" after the refund already went to billing as a linked case in this
// conversation: the customer hears which case has it and when billing answers, and the words go onto
// that case — never a second billing case, nor a question left for the team that has the fault.
import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import type { ConversationState } from './conversation-state.js';
import { t } from './messages/index.js';
import type { Turn } from './turn.js';
import { fold } from '../triage/normalize.js';
import { chargedTwice } from '../triage/line-cues.js';

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
      // "no fault, we were billed twice": the charge back, never a reduction the customer did not ask for.
      text: saysNoFault(text)
        ? `customer asks again about getting the charged amount back (no service fault): "${text.slice(0, 300)}"`
        : `customer asks again about a reduction for the days without service: "${text.slice(0, 300)}"`,
      internal: true,
    },
  ]);
  turn.say('compensation.with_billing', {
    linked: billing.reference,
    when: t(conv.language, `when.${billing.priority}`),
  });
  return true;
}

/** The customer says there is no fault: the money is about the charge itself (folded). */
const NO_FAULT =
  /\b(no fault|not a fault|nothing wrong with (the|our|my) (internet|connection|line)|(internet|connection|line) (works|is working|is fine|works fine)|only about the (money|invoice|bill|charge)|charged twice|billed twice|double (charge|payment|billing)|inget fel (pa|med) (internet|uppkopplingen|linjen)|(internet|uppkopplingen) (funkar|fungerar)( bra)?|bara (om|for) (pengarna|fakturan)|dubbel\w* (debiter\w*|betal\w*|faktur\w*))\b/;

/** The customer says there was no fault, the money is about the charge ("no fault, we were billed twice"). */
export function saysNoFault(text: string): boolean {
  return NO_FAULT.test(fold(text).replace(/[’`´]/g, "'")) || chargedTwice(text);
}

/** Words of a service that did not work: days without it, down, an outage (folded). */
const DOWN_TIME =
  /\b(without (service|internet|a connection|connection)|(did ?n'?t|did not|didnt|not) work\w*|was (down|dead|out)|been (down|dead|out)|outage|no internet|slow|drop\w*|avbrott\w*|utan (internet|uppkoppling|tjanst)|(inte|ej) (fungerat|funkat|fungerade|funkade)|(var|har varit) (nere|dott|borta)|inget internet|langsam\w*|storning\w*)\b/;
/**
 * The refund asked for is of a charge, not for days without service: no fault was found and the case is about
 * the invoice, or the customer says there was no fault — unless they speak of the service not working.
 */
export function chargeRefund(
  conv: Pick<ConversationState, 'intent'>,
  cause: string | null,
  text: string,
): boolean {
  const t = fold(text).replace(/[’`´]/g, "'");
  // "we were billed twice": the charge, whatever else; "it works now — money back for the days it did not?": the days.
  if (chargedTwice(text)) return true;
  if (DOWN_TIME.test(t)) return false;
  if (saysNoFault(text)) return true;
  return !serviceFault(cause) && conv.intent === 'billing';
}

/** A cause that stopped or slowed the service ("billing_request", a routing reason, or an unpaid invoice is none). */
function serviceFault(cause: string | null): boolean {
  return !!cause && !/_request$/.test(cause) && cause !== 'billing_suspended';
}
