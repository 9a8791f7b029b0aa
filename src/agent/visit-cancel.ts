// "Cancel the visit" / "don't send anyone" after a technician visit was booked: "cancel" here is the
// visit, never the subscription. It is recorded on the field case — a note for the field team and
// the visit marked as cancelled by the customer — and the case stays with the field team, who decide
// what happens to the fault. Without a booked visit the customer is told that none is booked.
import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import type { Turn } from './turn.js';

/** The ticket state key of the field visit as the customer left it. */
export const VISIT_STATE_KEY = 'field_visit';

export interface VisitState {
  /** Called off by the customer, wanted again after that (visit-rebook.ts), or asked about (visit-hold.ts). */
  status: 'cancelled_by_customer' | 'rebooked_by_customer' | 'hold_asked' | 'kept_by_customer';
  at: string;
  words: string;
}

const CANCEL =
  /\b(cancel\w*|call off|(do not|don'?t|dont|no need to) (send|book|come)|no (visit|technician|tech)\b|(do not|don'?t|dont) want (a |any |the )?(visit|technician|tech|engineer|anyone|anybody|someone)|avboka\w*|avbeställ\w*|avbestall\w*|stall in|ställ in|skicka inte|inte skicka|boka inte|inget (besok|teknikerbesok)|ingen tekniker|vill inte ha (nagot |nagon |en )?(besok|tekniker\w*)|vill inte att (nagon|nan|teknikern|en tekniker) (kommer|ska komma))\b/;
/** Words that name the visit itself. */
const VISIT =
  /\b(visit\w*|technician\w*|tech|engineer\w*|appointment\w*|booking|besok\w*|teknikerbesok\w*|tekniker\w*|bokning\w*)\b/;
/** Someone coming over ("don't want anyone coming", "vill inte att någon kommer hem"). */
const COMING = /\b(come|coming|comes|over|round|kommer|komma|hem till)\b/;

/** "…the cable is in now, check again": the customer fixed it and wants a new test, not only no visit. */
const RECHECK =
  /\b(check again|test again|try again|look again|kolla igen|testa igen|titta igen|prova igen|works now|funkar nu|fungerar nu|sitter i nu)\b/;

/** The customer calls off a technician visit ("cancel the visit please", "avboka besöket"). */
export function wantsVisitCancelled(text: string): boolean {
  const s = fold(text).replace(/[’`]/g, "'").replace(/\s+/g, ' ');
  return CANCEL.test(s) && (VISIT.test(s) || COMING.test(s)) && !RECHECK.test(s);
}

/** The same, naming the visit (after a case that booked none, "anyone" alone is about something else). */
function namesVisit(text: string): boolean {
  return VISIT.test(fold(text));
}

export function createVisitCancel(deps: { tickets: TicketStore; now: () => Date }) {
  /** Records the cancellation on the field case; false when the message is not one. */
  async function onMessage(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
  ): Promise<boolean> {
    if (!wantsVisitCancelled(text)) return false;
    if (conv.handoff?.queue !== 'field') {
      if (!namesVisit(text)) return false;
      turn.say('visit.none', { reference: ticket.reference });
      return true;
    }
    if (
      (await deps.tickets.getState<VisitState>(ticket.id, VISIT_STATE_KEY))?.status ===
      'cancelled_by_customer'
    ) {
      turn.say('visit.cancelled.again', { reference: ticket.reference });
      return true;
    }
    await recordCancel(deps, ticket, text);
    turn.say('visit.cancelled', { reference: ticket.reference });
    return true;
  }

  return { onMessage };
}

/** The visit marked as cancelled by the customer, with a note for the field team. */
export async function recordCancel(
  deps: { tickets: TicketStore; now: () => Date },
  ticket: Ticket,
  text: string,
): Promise<void> {
  const visit: VisitState = {
    status: 'cancelled_by_customer',
    at: deps.now().toISOString(),
    words: text.slice(0, 300),
  };
  await deps.tickets.setState(ticket.id, VISIT_STATE_KEY, visit);
  await deps.tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'customer', id: null },
      text: `Field team: the customer does not want a technician visit — visit cancelled by the customer ("${visit.words}"). The fault is still open; contact the customer before booking again.`,
      internal: true,
    },
  ]);
}
