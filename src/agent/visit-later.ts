// "ok skicka tekniker då, torsdag förmiddag funkar" after the customer first said no to a visit (the
// case went to the field team without one): a later yes books the visit, inside the times given now.
// Checking the cable first and then wanting the technician is the ordinary way it goes; the case
// stays with the field team either way.
import type { Ticket } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import { BOOKING_STATE_KEY, formatVisitWindow, type BookedVisit } from './field-visit.js';
import type { Turn } from './turn.js';
import { bookVisit, type VisitMoveDeps } from './visit-move.js';
import { wantsVisitCancelled } from './visit-cancel.js';
import { visitTimes } from './visit-times.js';

/** The customer now asks for the visit ("send a technician then", "boka in ett besök ändå"). */
export const WANTS_VISIT =
  /\b(send (a |the |an |someone|somebody|over)?\s*(tech\w*|engineer\w*|someone|somebody|somebody over|someone over|them)|book (a |the |it|that|one|in)|go ahead (and book|with (the|a) visit)|(want|need|would like|'d like|take) (a |the )?(visit|technician|tech|engineer)|skicka (en |hit |ut |nan |nagon |teknikern |hit en )?(tekniker\w*|nan|nagon)|boka (in )?(ett |en |besoket|det|en tid|tekniker\w*|in)|(vill|behover|tar) (jag |vi )?(ha )?(ett |en )?(besok|tekniker\w*)|(kan|far) (nan|nagon|teknikern|en tekniker) (komma|kommer))\b/;
/** The customer reports the check they went to do ("den sitter i", "checked it, still red"). */
const CHECKED =
  /\b(kollade|kollat|har kollat|checked|i've checked|ive checked|sitter i|satt i|is in|was in|plugged in|looks fine|ser bra ut|fortfarande|still)\b/;

export function createVisitLater(deps: VisitMoveDeps) {
  /** True when a visit the customer had declined is now wanted, and is booked (or noted). */
  async function onMessage(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    if (conv.handoff?.queue !== 'field' || !conv.visitDeclined || !deps.isp?.fieldService) return false;
    const t = fold(text).replace(/[’`]/g, "'");
    if (!WANTS_VISIT.test(t) || wantsVisitCancelled(text)) return false;
    if (await deps.tickets.getState<BookedVisit>(ticket.id, BOOKING_STATE_KEY)) return false;
    const named = visitTimes(text, deps.now(), deps.words.timeZone).preferred.length > 0;
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: `Field team: the customer now wants a technician visit ("${text.slice(0, 300)}").`,
        internal: true,
      },
    ]);
    if (CHECKED.test(t)) turn.say('visit.checked_still');
    conv.visitDeclined = false;
    // The first answer was a no, not a time: the times are the ones given now.
    const booked = await bookVisit(deps, ticket, conv, named ? text : null);
    if (!booked) {
      turn.say('visit.wanted_noted', { reference: ticket.reference });
      return true;
    }
    turn.say(booked.inside ? 'visit.booked_later' : 'visit.booked_later_nearest', {
      window: formatVisitWindow(booked, conv.language, deps.words.timeZone),
      reference: ticket.reference,
    });
    return true;
  }
  return { onMessage };
}
