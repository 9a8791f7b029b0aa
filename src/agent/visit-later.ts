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
/** "they can come", "ok fine then", "han får komma": a yes to the visit that names no verb of booking. */
const COMES = [
  /\b(they|he|she|you|someone|somebody|a tech\w*|the tech\w*|your tech\w*|an engineer|the engineer) (can|could|may|should) (come|come over|come by|stop by|visit|pop by)\b/,
  /\b(han|hon|de|dom|ni|teknikern|en tekniker|nan|nagon) (far|kan|maste) (komma|komma hit|komma forbi|titta)\b/,
  /\b(ok|okay|okej|fine|alright|sure|ja|javisst|absolut) (then|da|,)? ?(come|kom|come over|book it|boka det|send them|skicka dem|skicka den)\b/,
];
/** Times that suit, said as a yes ("tuesday after 6pm works", "måndag efter 17 går bra"). */
const SUITS = /\b(works?|suits?|is fine|are fine|is good|funkar|fungerar|passar|gar bra|ar bra|gar fint)\b/;
/** A no said with the same words ("no, they can't come", "de kan inte komma", "tisdag funkar inte"). */
const NOT = [
  /^\W*(no|nope|nah|nej|nae|nä)\b/,
  /\b(can't|cant|cannot|can not|won't|couldn't|shouldn't|don't|doesn't|does not|do not) (come|visit|work|suit|need)\b/,
  /\b(kan|far|ska|behover|maste) (inte|ej|inga) (komma|fungera|ha)\b/,
  /\b(funkar|fungerar|passar|gar|kommer) (inte|ej|daligt)\b/,
];

/** The customer now wants the visit: asked for, or agreed to with times that suit. */
export function wantsVisit(t: string, named: boolean): boolean {
  if (WANTS_VISIT.test(t)) return true;
  if (NOT.some((re) => re.test(t))) return false;
  return COMES.some((re) => re.test(t)) || (named && SUITS.test(t));
}

/** The customer reports the check they went to do ("den sitter i", "checked it, still red"). */
const CHECKED =
  /\b(kollade|kollat|har kollat|checked|i've checked|ive checked|sitter i|satt i|is in|was in|plugged in|looks fine|ser bra ut|fortfarande|still)\b/;

export function createVisitLater(deps: VisitMoveDeps) {
  /** True when a visit the customer had declined is now wanted, and is booked (or noted). */
  async function onMessage(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    if (conv.handoff?.queue !== 'field' || !conv.visitDeclined || !deps.isp?.fieldService) return false;
    const t = fold(text).replace(/[’`]/g, "'");
    const named = visitTimes(text, deps.now(), deps.words.timeZone).preferred.length > 0;
    if (!wantsVisit(t, named) || wantsVisitCancelled(text)) return false;
    if (await deps.tickets.getState<BookedVisit>(ticket.id, BOOKING_STATE_KEY)) return false;
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
