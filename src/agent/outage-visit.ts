// "kan ni skicka en tekniker hem till mig istället" after an outage was told: a visit cannot mend a
// fault in the network, so the customer hears that, and that the repair is already under way.
import type { Ticket } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { Turn } from './turn.js';
import { WANTS_VISIT } from './visit-later.js';

/** A technician named in a question or a request ("can you send a tech?", "kan nån tekniker komma"). */
const TECHNICIAN = /\b(tekniker\w*|technician\w*|engineer\w*|techs?|montor\w*|reparator\w*)\b/;
const ASKS = /\?|\b(can|could|will|would|send|come|kan|skicka|komma|kommer)\b/;

export function asksForVisit(text: string): boolean {
  const t = fold(text).replace(/[’`]/g, "'");
  return WANTS_VISIT.test(t) || (TECHNICIAN.test(t) && ASKS.test(t));
}

/** True when the message asked for a visit during an outage, and was answered. */
export function outageVisit(ticket: Ticket, turn: Turn, text: string): boolean {
  if (!asksForVisit(text)) return false;
  turn.say('outage.no_visit', { reference: ticket.reference });
  return true;
}
