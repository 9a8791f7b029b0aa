// A booked technician visit after the handoff: "men jag sa ju efter 17", "monday morning doesnt work"
// move it to the first free time inside what the customer says now (or, when they only say what does
// not suit, inside what they said first), never back to the time they turned down; "when does the
// technician come?" is answered with the booked window. A declined visit is never spoken of as booked.
import type { Logger } from 'pino';
import type { Customer, CustomerWords, Service, Ticket } from '../domain/index.js';
import type { IspPorts, TimeWindow } from '../isp/ports.js';
import type { TicketStore } from '../tickets/ports.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import { BOOKING_STATE_KEY, bookFieldVisit, formatVisitWindow, type BookedVisit } from './field-visit.js';
import type { Turn } from './turn.js';
import { visitTimes, type VisitTimes } from './visit-times.js';

export interface VisitMoveDeps {
  isp?: IspPorts;
  tickets: TicketStore;
  words: CustomerWords;
  context(conv: ConversationState): Promise<{ customer: Customer | null; service: Service | null }>;
  /** The availability the customer gave first, and the reason the visit is for. */
  facts(ticket: Ticket): Promise<{ availability: string | null; reason: string }>;
  now(): Date;
  log?: Logger;
}

const UNSUITED =
  /\b(doesn'?t|does not|dont|won'?t|can'?t|cannot) (work|suit|do|make)|\b(passar|funkar|gar|fungerar) (inte|ej|dalig\w*)|\b(i said|i told you|sa ju|sa jag|skrev ju|jag sa)\b|\b(move|reschedul\w*|another (time|day)|other time|flytta\w*|annan (tid|dag)|byta tid|ny tid)\b/;
const WHEN =
  /\b(when|what time|which day|nar|vilken (tid|dag)|hur dags)\b.{0,40}\b(technician\w*|tech|engineer\w*|visit\w*|come|coming|arrive|tekniker\w*|besok\w*|komma|kommer)\b/;

export function createVisitMove(deps: VisitMoveDeps) {
  const say = (w: BookedVisit, conv: ConversationState) =>
    formatVisitWindow(w, conv.language, deps.words.timeZone);

  /** True when the message was about the booked visit and is answered. */
  async function onMessage(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    if (conv.handoff?.queue !== 'field' || !deps.isp?.fieldService) return false;
    const booked = await deps.tickets.getState<BookedVisit>(ticket.id, BOOKING_STATE_KEY);
    if (!booked) return false;
    const t = fold(text).replace(/[’`]/g, "'");
    const times = visitTimes(text, deps.now(), deps.words.timeZone);
    const named = times.preferred.length > 0 || times.avoid.length > 0;
    // "you already booked tuesday 17-20 right?", "ok måndag 12 då", even "men jag sa ju efter 17" when
    // the visit is after 17: the booked time already fits what they say, so it stands and is told.
    if (fits(booked, times)) {
      turn.say('visit.when', { window: say(booked, conv), reference: ticket.reference });
      return true;
    }
    if (!UNSUITED.test(t) && !(named && !WHEN.test(t))) {
      if (!WHEN.test(t)) return false;
      turn.say('visit.when', { window: say(booked, conv), reference: ticket.reference });
      return true;
    }
    const { customer, service } = await deps.context(conv);
    const f = await deps.facts(ticket);
    const moved = await bookFieldVisit(
      deps.isp,
      deps.tickets,
      {
        ticket,
        customer,
        service,
        reason: f.reason,
        availability: f.availability,
        timeZone: deps.words.timeZone,
        now: deps.now(),
      },
      deps.log ?? silentLog,
      { avoid: [booked], words: text },
    );
    if (!moved) {
      turn.say('visit.move_noted', { reference: ticket.reference });
      return true;
    }
    turn.say(moved.inside ? 'visit.moved' : 'visit.moved_nearest', {
      window: say(moved, conv),
      reference: ticket.reference,
    });
    return true;
  }

  return { onMessage };
}

const silentLog = { warn: () => undefined } as unknown as Logger;

function overlaps(a: TimeWindow, b: TimeWindow): boolean {
  return Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);
}

/** The times named include the booked window and none of them rules it out. */
function fits(booked: TimeWindow, times: VisitTimes): boolean {
  return times.preferred.some((p) => overlaps(p, booked)) && !times.avoid.some((a) => overlaps(a, booked));
}
