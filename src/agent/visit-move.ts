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
import {
  BOOKING_STATE_KEY,
  bookFieldVisit,
  byLimit,
  clockOf,
  endsAfter,
  endsBy,
  formatVisitWindow,
  type BookedVisit,
} from './field-visit.js';
import type { Turn } from './turn.js';
import { reachability, visitAnswer, visitAnswerKeys, visitQuestions } from './visit-questions.js';
import { VISIT_STATE_KEY, type VisitState } from './visit-cancel.js';
import { asksHowLong, howLongAtVisit } from './how-long.js';
import { insideTimes, latestArrival, namesCondition, visitTimes, type VisitTimes } from './visit-times.js';
import { movedTimes, wishWords } from './visit-wishes.js';
import { withoutAheadWish } from './visit-ahead.js';
import { tellAccess, tellAheadWish } from './visit-notes-told.js';
import { standingVisit } from './visit-person.js';
import { givesUpFitting, OFFER_STATE_KEY, TAKE_OFFER, worthOffering } from './visit-keep.js';
import { chosenTimeSentences, freeTimeAsked } from './visit-day-asked.js';

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
  /\b(doesn'?t|does not|dont|won'?t|can'?t|cannot) (work|suit|do|make)|\b(passar|funkar|gar|fungerar) (inte|ej|dalig\w*)|\b(i said|i told you|sa ju|sa jag ju|som jag sa|skrev ju|jag sa)\b|\b(move|reschedul\w*|another (time|day)|other time|flytta\w*|annan (tid|dag)|byta tid|ny tid)\b/;
/** "do i have to move it?", "måste jag flytta tv:n?": the customer moving something at home, up to the end of its clause. */
const SELF_MOVE =
  /\b(?:(?:do|must|should|shall|will|would) (?:i|we) (?:\w+ )?(?:have to |need to |got to )?|(?:i|we) (?:have to|need to|must|should|gotta|got to|will) |(?:maste|behover|ska|bor|borde|skall) (?:jag|vi) (?:\w+ )?)(?:move|flytta|rensa|clear)\b[^.?!,]{0,40}/g;
/** "so nobody is coming right?", "is the visit cancelled or not", "kommer ingen nu?", "är besöket avbokat?". */
const COMING_ASKED =
  /\b(nobody|no one|noone|anyone|anybody|someone|the technician|ingen|nan|nagon|teknikern)\b.{0,20}\b(coming|come|comes|kommer|komma)\b|\b(cancell?ed|avbokat|avbokad|installt)\b.{0,30}\?/;
/** "tiden passar INTE", "that time doesn't work": the booked time itself turned down, whatever else is named. */
const TIME_UNSUITED =
  /\b(tiden|den tiden|den|that time|the time|this time|that|it) (passar|funkar|gar|fungerar) (inte|ej)\b|\b(the time|that time|this time|that|it) (doesn'?t|does not|dont|won'?t) (work|suit)\b/;
const WHEN =
  /\b(when|what time|which day|nar|vilken (tid|dag)|hur dags)\b.{0,40}\b(technician\w*|tech|engineer\w*|visit\w*|come|coming|arrive|tekniker\w*|besok\w*|komma|kommer)\b/;

/** "that day", "den dagen", "samma dag" (and "that morning"…): the booked visit's day. */
const THAT_DAY =
  /\b(that day|the same day|that (?:morning|afternoon|evening)|den dagen|den dan|samma dag|den (?:formiddagen|eftermiddagen|kvallen|morgonen))\b/gi;

/** The customer's words with the booked weekday beside "that day" ("den dagen (monday) jobbar jag"). */
export function withBookedDay(text: string, booked: TimeWindow, timeZone: string): string {
  const weekday = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long' })
    .format(new Date(booked.start))
    .toLowerCase();
  return text.replace(THAT_DAY, (m) => `${m} (${weekday})`);
}

export function createVisitMove(deps: VisitMoveDeps) {
  const say = (w: BookedVisit, conv: ConversationState) =>
    formatVisitWindow(w, conv.language, deps.words.timeZone);

  /** True when the message was about the booked visit and is answered. */
  async function onMessage(ticket: Ticket, conv: ConversationState, turn: Turn, said: string) {
    if (conv.handoff?.queue !== 'field' || !deps.isp?.fieldService) return false;
    const booked = await deps.tickets.getState<BookedVisit>(ticket.id, BOOKING_STATE_KEY);
    if (!booked) return false;
    // "den dagen jobbar jag", "i work that day": the day spoken of is the booked one.
    const text = withBookedDay(said, booked, deps.words.timeZone);
    // "do i have to move the tv before they come?": a thing the customer moves is no visit to move.
    const t = fold(text).replace(/[’`]/g, "'").replace(SELF_MOVE, ' ');
    // "vad gör jag fram till måndag" names no time for the visit; "måndag går inte, kan det bli tisdag?" two.
    const times = visitTimes(wishWords(text), deps.now(), deps.words.timeZone);
    const named = times.preferred.length > 0 || times.avoid.length > 0;
    const asked = visitQuestions(text);
    const howLong = asksHowLong(text);
    // "när kommer teknikern?" after the customer called the visit off: nobody comes, and booking again is offered.
    const visit = await deps.tickets.getState<VisitState>(ticket.id, VISIT_STATE_KEY);
    if (visit?.status === 'cancelled_by_customer' && (asked.length || howLong || WHEN.test(t))) {
      turn.say(howLongAtVisit('cancelled'), { reference: ticket.reference });
      return true;
    }
    // A visit the customer called off is booked again only when they ask for it (visit-rebook.ts): "if its
    // still red tomorrow can i get money back?" leaves it cancelled, and says so.
    if (visit?.status === 'cancelled_by_customer') {
      // "so nobody is coming right?", "är besöket avbokat?": what the ticket says, said again.
      if (COMING_ASKED.test(t)) turn.say('visit.cancelled.again', { reference: ticket.reference });
      else if (namesCondition(text)) turn.say('visit.cancelled.stays', { reference: ticket.reference });
      else return false;
      return true;
    }
    // "is this going to take long?" with a visit booked: the booked window and how long a visit takes.
    if (howLong && asked.every((q) => q === 'duration') && !UNSUITED.test(t) && !named) {
      turn.say(howLongAtVisit('booked'), { window: say(booked, conv), reference: ticket.reference });
      return true;
    }
    const tell = async (when: boolean) => {
      if (when) turn.say('visit.when', { window: say(booked, conv), reference: ticket.reference });
      const window = say(booked, conv);
      for (const q of asked)
        if (q !== 'when') turn.say(visitAnswer(q, booked, deps.words.timeZone), { window });
      // "…i might be on a work call": how to reach the customer, noted for the technician.
      const reach = asked.includes('call') ? reachability(text) : null;
      if (reach) {
        await deps.tickets.append(ticket.id, [
          {
            type: 'note',
            actor: { kind: 'customer', id: null },
            text: `For the technician — how to reach the customer: "${reach.slice(0, 200)}"`,
            internal: true,
          },
        ]);
        turn.say('visit.call.noted', { reference: ticket.reference });
      }
      return true;
    };
    // "thats a morning again and 2 weeks away. ugh. fine. will the technician call?": the booked time is
    // accepted after all — it stays, and what is asked beside it is answered.
    if (acceptsBooked(t, deps.now(), deps.words.timeZone)) return tell(true);
    // "friday ok but tomorrow after 3 wouldve been better, nothing tomorrow?": a question whether a time is
    // free — the booked visit stays, and the free time asked about (or the nearest to it) is offered.
    const freeAsked = freeTimeAsked(t);
    const askedTimes = freeAsked
      ? visitTimes(wishWords(freeAsked), deps.now(), deps.words.timeZone)
      : { preferred: [], avoid: [] };
    if (freeAsked && askedTimes.preferred.length && !fits(booked, askedTimes) && !PUT_BACK.test(t)) {
      const f = await deps.facts(ticket);
      const found = await bookVisit(
        deps,
        ticket,
        conv,
        f.availability,
        await movedTimes(deps.tickets, ticket.id, f.availability, freeAsked, booked, {
          now: deps.now(),
          timeZone: deps.words.timeZone,
          refused: false,
        }),
      );
      const other = found && (found.start !== booked.start || found.end !== booked.end) ? found : null;
      const kept = other
        ? ((await bookVisit(deps, ticket, conv, f.availability, { prefer: [booked] })) ?? booked)
        : booked;
      await deps.tickets.setState(ticket.id, OFFER_STATE_KEY, { window: other });
      await deps.tickets.append(ticket.id, [
        {
          type: 'note',
          actor: { kind: 'bot', id: null },
          text: `The customer asked whether another time is free ("${text.slice(0, 200)}"): the booked visit is kept${other ? `; offered ${other.start} – ${other.end}` : ''}.`,
          internal: true,
        },
      ]);
      const window = say(kept, conv);
      turn.say(other ? (other.inside ? 'visit.asked.free' : 'visit.kept.offer') : 'visit.kept', {
        window,
        nearest: other ? say(other, conv) : window,
        reference: ticket.reference,
      });
      return true;
    }
    // "Går det att få 08-11, eller kommer de tidigt på fredag istället?" with the visit 08–12: a visit that ends
    // by then when one is free (moved); else the booked one stands, said truthfully — arrival by then is not
    // promised — and the wish goes to the technician. Never "tell me if the time does not suit" again.
    const tz = deps.words.timeZone;
    // "ok wed 17-20 then", "onsdag 17-20 då": a time chosen is a wish to change, taken at once ("tisdag kväll
    // går bra" with Tuesday 17–20 booked chooses the booked time: it stands).
    const chosen = chosenTimeSentences(t).some((x) => {
      const v = visitTimes(wishWords(x), deps.now(), tz);
      return v.preferred.length > 0 && !v.preferred.some((p) => overlaps(p, booked));
    });
    const limit = latestArrival(wishWords(text));
    if (limit !== null && endsAfter(booked, limit, tz) && asksChange(t)) {
      const f = await deps.facts(ticket);
      const clipped = byLimit(times.preferred.length ? times.preferred : [booked], limit, tz);
      const tried = clipped.length
        ? await bookVisit(deps, ticket, conv, f.availability, { prefer: clipped, words: text })
        : null;
      if (tried && endsBy(tried, limit, tz)) {
        const history = (await deps.tickets.getState<TimeWindow[]>(ticket.id, HISTORY_STATE_KEY)) ?? [];
        await deps.tickets.setState(ticket.id, HISTORY_STATE_KEY, [...history, booked]);
        turn.say('visit.moved', { window: say(tried, conv), reference: ticket.reference });
        return true;
      }
      const kept =
        tried && (tried.start !== booked.start || tried.end !== booked.end)
          ? ((await bookVisit(deps, ticket, conv, f.availability, { prefer: [booked] })) ?? booked)
          : booked;
      await deps.tickets.append(ticket.id, [
        {
          type: 'note',
          actor: { kind: 'customer', id: null },
          text: `For the technician — the customer asks for arrival before ${clockOf(limit)} if possible ("${text.slice(0, 200)}")`,
          internal: true,
        },
      ]);
      turn.say('visit.before_limit.kept', {
        limit: clockOf(limit),
        window: say(kept, conv),
        reference: ticket.reference,
      });
      return true;
    }
    // "no!! i didn't ask to move it, put it back to tuesday the 8th": the time it had before.
    const history = (await deps.tickets.getState<TimeWindow[]>(ticket.id, HISTORY_STATE_KEY)) ?? [];
    // "ja, ta den": the nearer time offered when the booked one was kept.
    const offer = (await deps.tickets.getState<{ window: TimeWindow | null }>(ticket.id, OFFER_STATE_KEY))
      ?.window;
    if (offer) await deps.tickets.setState(ticket.id, OFFER_STATE_KEY, { window: null });
    if (offer && !named && TAKE_OFFER.test(t)) {
      const f = await deps.facts(ticket);
      const taken = await bookVisit(deps, ticket, conv, f.availability, { prefer: [offer], words: text });
      if (!taken) return false;
      await deps.tickets.setState(ticket.id, HISTORY_STATE_KEY, [...history, booked]);
      turn.say('visit.offer_taken', { window: say(taken, conv), reference: ticket.reference });
      return true;
    }
    const putBack = PUT_BACK.test(t);
    const earlier = putBack ? earlierWindow(history, times) : null;
    // "ta tillbaka lördagen" when the visit is still on Saturday: it stands, and is told.
    if (putBack && !earlier && (!named || fits(booked, times))) return tell(true);
    // "you already booked tuesday 17-20 right?", "ok måndag 12 då. hur länge tar det?", even "men jag
    // sa ju efter 17" when the visit is after 17: the booked time already fits, so it stands and is told.
    // "tiden passar INTE. …en vardag efter kl 16" while it is on a weekday after 16: it is moved all the same.
    if (!earlier && fits(booked, times) && !TIME_UNSUITED.test(t)) {
      // "Monday from 6 is ok" with Monday 17–20 booked: the visit stays, the hours go to the technician.
      if (!insideTimes(booked, times)) {
        await deps.tickets.append(ticket.id, [
          {
            type: 'note',
            actor: { kind: 'customer', id: null },
            text: `For the technician — the customer's hours on the booked day: "${text.slice(0, 200)}"`,
            internal: true,
          },
        ]);
        await tell(true);
        turn.say('visit.hours_noted', { reference: ticket.reference });
        return true;
      }
      return tell(true);
    }
    // "do I need to do anything before saturday?", "jag är bortrest på lördag, måste jag förbereda något?":
    // a day named in a remark or beside a question is no request to move the visit — it stands, is told
    // (with how to move it), and what is asked is answered. Only a clear wish to change the time moves it.
    // ("I'm away that morning" says the booked time itself does not suit: that is moved.)
    const bookedRuledOut = text !== said && !insideTimes(booked, { preferred: [], avoid: times.avoid });
    if (
      named &&
      !earlier &&
      !bookedRuledOut &&
      !asksChange(t) &&
      !chosen &&
      (asked.length || howLong || /\?/.test(t) || AWAY.test(t))
    )
      return tell(true);
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
      // The new wish taken with everything said before: "tisdag" after "vardagar efter 16" is Tuesday after 16.
      earlier
        ? { prefer: [earlier], words: text }
        : await movedTimes(deps.tickets, ticket.id, f.availability, text, booked, {
            now: deps.now(),
            timeZone: deps.words.timeZone,
            refused: UNSUITED.test(t) || !times.preferred.length,
          }),
    );
    if (!earlier && givesUpFitting(booked, moved, times, t)) {
      // Nothing inside the new times: the fitting visit is booked again, and the nearer time only offered.
      const kept = await bookVisit(deps, ticket, conv, f.availability, { prefer: [booked] });
      const offered = moved && worthOffering(booked, moved) ? moved : null;
      await deps.tickets.setState(ticket.id, OFFER_STATE_KEY, { window: offered });
      await deps.tickets.append(ticket.id, [
        {
          type: 'note',
          actor: { kind: 'bot', id: null },
          text: `Nothing free inside the customer's new times ("${text.slice(0, 200)}"): the fitting visit is kept${offered ? `; offered ${offered.start} – ${offered.end} instead` : ''}.`,
          internal: true,
        },
      ]);
      const window = say(kept ?? booked, conv);
      turn.say(offered ? 'visit.kept.offer' : 'visit.kept', {
        window,
        nearest: offered ? say({ ...offered }, conv) : window,
        reference: ticket.reference,
      });
      return true;
    }
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

  /** "ok tack" with a visit booked: the booked time, never "the field team gets back to you". */
  async function onThanks(ticket: Ticket, conv: ConversationState, turn: Turn): Promise<boolean> {
    if (conv.handoff?.queue !== 'field') return false;
    // "ok thanks" after the visit was called off: no "the technician comes …".
    const booked = await standingVisit(deps.tickets, ticket.id);
    if (!booked) return false;
    turn.say('visit.thanks', { window: say(booked, conv), reference: ticket.reference });
    return true;
  }

  /**
   * The questions asked beside the times that booked the visit ("Kommer det alltså någon hem till mig?",
   * "does the technician need to come inside?", "kostar det nåt?"): answered in the same reply, after the
   * booked window; the answers said.
   */
  async function answerBooked(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    cause: string | null,
  ) {
    const booked = conv.handoff?.queue === 'field' ? await standingVisit(deps.tickets, ticket.id) : null;
    if (!booked) return [];
    // "…Ring gärna innan på 070-123 45 67." beside the times: the wish noted and said, not only "they call before".
    const notes = { ...deps, timeZone: deps.words.timeZone };
    await tellAccess(notes, ticket, turn, text);
    if (await tellAheadWish(notes, ticket, turn, text)) text = withoutAheadWish(text);
    const keys = visitAnswerKeys(text, cause, { window: booked, timeZone: deps.words.timeZone });
    for (const key of keys) turn.say(key, { reference: ticket.reference, window: say(booked, conv) });
    return keys;
  }

  return { onMessage, onThanks, answerBooked };
}

/**
 * "fine.", "ugh fine", "ok då", "okej, det får bli så", "i'll take it": a sentence that only accepts. Folded text.
 * A leading sigh or "ok" may stand before it; nothing else may.
 */
const ACCEPT_SENTENCE =
  /^(?:(?:ugh+|urgh|sigh|suck|meh|oh well|ah well|aja|jaja|naval|ok(?:ay|ej)?|fine|alright|all right|whatever|sure|visst|ja)[,!.]*\s+)*(?:fine|ok(?:ay|ej)?|alright|all right|whatever|sure|visst|that works|that'?s fine|thats fine|works for me|det (?:funkar|gar bra|far bli sa|ar lugnt)|da tar vi den|jag tar den|(?:i|we)'?ll take it|(?:ill|well) take it|take it|book it|keep it|behall den|det far duga|that will do|it'?ll do)(?:\s+(?:then|da|i guess|antar jag|it is))?[\s!.]*$/;

/**
 * Whether the customer accepts the booked time after all: a sentence that only accepts, and nothing after it
 * that names a time or turns the booked one down.
 */
function acceptsBooked(folded: string, now: Date, timeZone: string): boolean {
  const sentences = folded.split(/(?<=[.!?])\s+/);
  const last = sentences.findLastIndex((x) => ACCEPT_SENTENCE.test(x.trim()));
  if (last < 0) return false;
  const after = sentences.slice(last + 1).join(' ');
  if (UNSUITED.test(after) || TIME_UNSUITED.test(after) || PUT_BACK.test(after)) return false;
  const times = visitTimes(wishWords(after), now, timeZone);
  return !times.preferred.length && !times.avoid.length;
}

/**
 * "instead", "can it be tuesday?", "går det på tisdag?", "hellre", "tuesday evening works too": a wish for
 * another time. Folded text.
 */
const CHANGE =
  /\b(instead|rather|prefer\w*|better|earlier|sooner|later|(works|work|is fine|is ok|suits me|would work|would do) (too|as well|also)|(funkar|gar|passar|fungerar) (ocksa|oxa|med|aven)|change|swap|switch|(can|could|would) (it|you|they|we|someone|somebody|the technician|a technician|he|she) (be|come|do|make|take|move|book)|(is|would) .{1,30} (possible|ok|okay|free|available)|what about|how about|istallet|hellre|heller|foredrar|battre|tidigare|senare|andra|byta|(kan|gar|funkar) (det|ni|de|dom|den|besoket|teknikern|han|hon|nan|nagon) (bli|komma|tas|ta|flyttas|boka\w*)|gar det (att|pa|med)|ar .{1,30} (mojligt|ledigt|ledig)|hur (ar det|blir det) med)\b/;
/** "I'm away then", "jag är bortrest": a remark about being away, no wish for a time of its own. Folded text. */
const AWAY =
  /\b(away|travell?ing|on holiday|on vacation|out of town|bortrest|borta|pa resande fot|pa semester|ute och reser|reser bort)\b/;

/** Whether the customer asks for another time: a clear wish to change, or a time turned down. */
function asksChange(folded: string): boolean {
  return CHANGE.test(folded) || UNSUITED.test(folded) || TIME_UNSUITED.test(folded) || PUT_BACK.test(folded);
}

/** The ticket state key of the windows the visit was booked for before (oldest first). */
const HISTORY_STATE_KEY = 'field_booking_history';

/** "Put it back", "den gamla tiden", "i didn't ask to move it": the customer wants the earlier time. */
const PUT_BACK =
  /\b(ta tillbaka|tillbaka (lordagen|sondagen|mandagen|tisdagen|onsdagen|torsdagen|fredagen|den tiden|tiden)|(give|take) (me )?(it |that |the \w+ )?back|want (the \w+|it|that one) back|put it back|move it back|change it back|set it back|back to (the )?(original|first|old|earlier|previous|same)|(original|first|old|earlier|previous) (time|slot|booking|appointment|one)|as (it was|before)|(didn'?t|did not|never) ask (you )?to (move|change)|flytta (tillbaka|den tillbaka|det tillbaka)|(andra|byt|satt) tillbaka|tillbaka till|ursprungliga|forsta tiden|gamla tiden|tidigare tiden|som (det var|forut|innan)|bad (dig |er )?(inte|aldrig) (om att )?(flytta|andra))\b/;

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
  if (times.avoid.some((a) => overlaps(a, booked))) return false;
  // "torsdag går inte, vi är i Uppsala" with the visit on a Monday: nothing said is against the booked time.
  return times.preferred.length ? times.preferred.some((p) => overlaps(p, booked)) : times.avoid.length > 0;
}
