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
import { VISIT_ANSWER, visitQuestions } from './visit-questions.js';
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
    const asked = visitQuestions(text);
    const tell = (when: boolean) => {
      if (when) turn.say('visit.when', { window: say(booked, conv), reference: ticket.reference });
      for (const q of asked) if (q !== 'when') turn.say(VISIT_ANSWER[q]);
      return true;
    };
    // "no!! i didn't ask to move it, put it back to tuesday the 8th": the time it had before.
    const history = (await deps.tickets.getState<TimeWindow[]>(ticket.id, HISTORY_STATE_KEY)) ?? [];
    const earlier = PUT_BACK.test(t) ? earlierWindow(history, times) : null;
    // "you already booked tuesday 17-20 right?", "ok måndag 12 då. hur länge tar det?", even "men jag
    // sa ju efter 17" when the visit is after 17: the booked time already fits, so it stands and is told.
    if (!earlier && fits(booked, times)) return tell(true);
    if (!earlier && !UNSUITED.test(t) && !(named && !WHEN.test(t))) {
      if (!WHEN.test(t) && !asked.length) return false;
      return tell(WHEN.test(t) || asked.includes('when'));
    }
    const f = await deps.facts(ticket);
    const moved = await bookVisit(
      deps,
      ticket,
      conv,
      f.availability,
      earlier ? { prefer: [earlier], words: text } : { avoid: [booked], words: text },
    );
    if (!moved) {
      turn.say('visit.move_noted', { reference: ticket.reference });
      return true;
    }
    await deps.tickets.setState(ticket.id, HISTORY_STATE_KEY, [...history, booked]);
    const back = earlier && moved.start === earlier.start && moved.end === earlier.end;
    turn.say(back ? 'visit.moved_back' : moved.inside ? 'visit.moved' : 'visit.moved_nearest', {
      window: say(moved, conv),
      reference: ticket.reference,
    });
    return true;
  }

  return { onMessage };
}

/** The ticket state key of the windows the visit was booked for before (oldest first). */
const HISTORY_STATE_KEY = 'field_booking_history';

/** "Put it back", "den gamla tiden", "i didn't ask to move it": the customer wants the earlier time. */
const PUT_BACK =
  /\b(put it back|move it back|change it back|set it back|back to (the )?(original|first|old|earlier|previous|same)|(original|first|old|earlier|previous) (time|slot|booking|appointment|one)|as (it was|before)|(didn'?t|did not|never) ask (you )?to (move|change)|flytta (tillbaka|den tillbaka|det tillbaka)|(andra|byt|satt) tillbaka|tillbaka till|ursprungliga|forsta tiden|gamla tiden|tidigare tiden|som (det var|forut|innan)|bad (dig |er )?(inte|aldrig) (om att )?(flytta|andra))\b/;

/** The earlier booked window the customer wants back: the latest one inside the times they name. */
function earlierWindow(history: TimeWindow[], times: VisitTimes): TimeWindow | null {
  const named = times.preferred.length ? history.filter((w) => fits(w, times)) : history;
  return named.at(-1) ?? null;
}

/** Books a visit for the case through the field-service port (see field-visit.ts). */
export async function bookVisit(
  deps: VisitMoveDeps,
  ticket: Ticket,
  conv: ConversationState,
  availability: string | null,
  extra?: Parameters<typeof bookFieldVisit>[4],
): Promise<BookedVisit | null> {
  if (!deps.isp) return null;
  const { customer, service } = await deps.context(conv);
  const f = await deps.facts(ticket);
  const v = { ticket, customer, service, reason: f.reason, availability };
  const at = { timeZone: deps.words.timeZone, now: deps.now() };
  return bookFieldVisit(deps.isp, deps.tickets, { ...v, ...at }, deps.log ?? silentLog, extra);
}

const silentLog = { warn: () => undefined } as unknown as Logger;

function overlaps(a: TimeWindow, b: TimeWindow): boolean {
  return Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);
}

/** The times named include the booked window and none of them rules it out. */
function fits(booked: TimeWindow, times: VisitTimes): boolean {
  return times.preferred.some((p) => overlaps(p, booked)) && !times.avoid.some((a) => overlaps(a, booked));
}
