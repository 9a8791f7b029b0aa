// "please book it again, thursday", "ugh ok. book the technician again then, monday morning is fine"
// after the customer called off a booked visit: the cancellation is withdrawn on the ticket before the
// customer hears a time — the visit booked again through the field-service port inside everything the
// customer said about times (visit-wishes.ts), the visit state no longer "cancelled by the customer",
// and a note for the field team that the visit stands. The customer and the field team then read the
// same visit.
import type { Ticket } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import { formatVisitWindow } from './field-visit.js';
import type { Turn } from './turn.js';
import { VISIT_STATE_KEY, wantsVisitCancelled, type VisitState } from './visit-cancel.js';
import { wantsVisit } from './visit-later.js';
import { bookVisit, type VisitMoveDeps } from './visit-move.js';
import { visitTimes } from './visit-times.js';
import { addWish, combinedTimes, wishWords } from './visit-wishes.js';

/** "keep the visit", "i changed my mind", "ångrar mig", "behåll besöket": the visit is wanted after all. */
const AFTER_ALL =
  /\b(keep (the |my |that )?(visit|appointment|booking|time|technician|tech)|changed my mind|on second thought|(still|do) want (the |a )?(visit|technician|tech|engineer)|after all|(book|send) (it|him|her|them|the technician|the tech|someone) again|again then|angrar mig|har angrat mig|behall (besoket|tiden|bokningen|teknikern)|anda skicka|skicka (teknikern|nan|nagon|en tekniker) (anda|igen)|boka (in )?(det|den|besoket|teknikern|tiden) igen|boka igen|(vill|behover) (ha )?(besoket|teknikern|en tekniker) (anda|igen|trots allt)|trots allt)\b/;

/** The customer wants the visit they had called off. */
export function wantsVisitAgain(text: string, now: Date, timeZone: string): boolean {
  if (wantsVisitCancelled(text)) return false;
  const t = fold(text).replace(/[’`]/g, "'");
  const named = visitTimes(wishWords(text), now, timeZone).preferred.length > 0;
  return AFTER_ALL.test(t) || wantsVisit(t, named);
}

export function createVisitRebook(deps: VisitMoveDeps) {
  /** True when a visit the customer cancelled is wanted again: booked again and written to the ticket. */
  async function onMessage(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    if (conv.handoff?.queue !== 'field') return false;
    const state = await deps.tickets.getState<VisitState>(ticket.id, VISIT_STATE_KEY);
    if (state?.status !== 'cancelled_by_customer') return false;
    const tz = deps.words.timeZone;
    if (!wantsVisitAgain(text, deps.now(), tz)) return false;
    const f = await deps.facts(ticket);
    const wishes = await addWish(deps.tickets, ticket.id, text);
    const times = combinedTimes([f.availability, ...wishes], deps.now(), tz);
    const booked = deps.isp?.fieldService
      ? await bookVisit(deps, ticket, conv, f.availability, {
          prefer: times.preferred,
          avoid: times.avoid,
          words: wishWords(text),
        })
      : null;
    const words = text.slice(0, 300);
    const visit: VisitState = { status: 'rebooked_by_customer', at: deps.now().toISOString(), words };
    await deps.tickets.setState(ticket.id, VISIT_STATE_KEY, visit);
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: booked
          ? `Field team: the customer withdrew the cancellation; visit ${formatVisitWindow(booked, 'en', tz)} stands ("${words}").`
          : `Field team: the customer withdrew the cancellation and wants the technician visit after all ("${words}"); agree on a time with the customer.`,
        internal: true,
      },
    ]);
    if (!booked) {
      turn.say('visit.rebook_noted', { reference: ticket.reference });
      return true;
    }
    turn.say(booked.inside ? 'visit.rebooked' : 'visit.rebooked_nearest', {
      window: formatVisitWindow(booked, conv.language, tz),
      reference: ticket.reference,
    });
    return true;
  }
  return { onMessage };
}
