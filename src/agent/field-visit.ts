import type { Logger } from 'pino';
import type { Customer, Language, Service, Ticket } from '../domain/index.js';
import type { IspPorts, TimeWindow } from '../isp/ports.js';
import type { TicketStore } from '../tickets/ports.js';
import { localClock } from '../tickets/business-calendar.js';
import { insideTimes, latestArrival, nearerWindows, visitTimes } from './visit-times.js';

/** The ticket state key of the notes for the technician (visit-notes.ts): sent with every booking request. */
export const VISIT_NOTES_STATE_KEY = 'field_visit_notes';

// A field visit is booked only when the ISP's field-service port confirms a time window; anything
// else (no such port, a request the field team still has to schedule, a failure) is a case the
// field team schedules with the customer, and the customer is told exactly that.

/** The ticket state key of the visit booked for the case (a BookedVisit). */
export const BOOKING_STATE_KEY = 'field_booking';

export interface VisitFacts {
  ticket: Ticket;
  customer: Customer | null;
  service: Service | null;
  reason: string;
  availability: string | null;
  /** The operator's time zone (the customer's hours are local) and now. */
  timeZone: string;
  now: Date;
}

/**
 * A confirmed visit, and whether it lies inside the times the customer gave; `before`: the hour the customer
 * wanted the technician by ("helst före 11") when no free visit ends by then — noted for the technician, and
 * never promised.
 */
export type BookedVisit = TimeWindow & { inside: boolean; before?: number; bookingId?: string };

export async function bookFieldVisit(
  isp: IspPorts,
  tickets: TicketStore,
  v: VisitFacts,
  log: Logger,
  extra: { avoid?: TimeWindow[]; words?: string; prefer?: TimeWindow[]; refused?: TimeWindow[] } = {},
): Promise<BookedVisit | null> {
  const fieldService = isp.fieldService;
  const { customer, service } = v;
  if (!fieldService || !customer || !service) return null;
  const times = visitTimes(v.availability, v.now, v.timeZone);
  const asked = extra.words ? visitTimes(extra.words, v.now, v.timeZone) : null;
  // A correction names new times, or only what does not suit: then the first times still hold.
  const preferred = extra.prefer?.length
    ? extra.prefer
    : asked?.preferred.length
      ? asked.preferred
      : times.preferred;
  // Times to avoid worked out by the caller (visit-wishes.ts) are all of them: a later wish may lift an earlier no.
  const avoid = extra.avoid ?? [...times.avoid, ...(asked?.avoid ?? [])];
  let text: string;
  let window: BookedVisit | null = null;
  // Times turned down (or booked before) are never booked, not even as the nearest.
  const refused = extra.refused ?? [];
  // What the technician is to know (visit-notes.ts) goes with every request: a moved visit keeps it.
  const notes = (await tickets.getState<string[]>(v.ticket.id, VISIT_NOTES_STATE_KEY)) ?? [];
  const request = (windows: TimeWindow[], avoiding: TimeWindow[] = avoid) =>
    fieldService.book({
      serviceId: service.id,
      customerNumber: customer.customerNumber,
      caseReference: v.ticket.reference,
      reason: v.reason,
      customerAvailability: extra.words ? `${v.availability ?? ''} / ${extra.words}` : v.availability,
      ...(windows.length ? { preferredWindows: windows } : {}),
      ...(avoiding.length ? { avoidWindows: avoiding } : {}),
      ...(notes.length ? { notes } : {}),
    });
  try {
    let booking = await request(preferred);
    // Nothing free inside the customer's times ("after 18" while visits run 17–20): the nearest around
    // them (the booking is moved, never doubled), before any time at all the port would pick.
    // The hours said to be busy widen with them ("at work until 6, so after 6": 17–20 is the nearest);
    // a day ruled out whole, and a time turned down, stay out.
    for (const near of preferred.length ? nearerWindows(preferred, v.timeZone) : []) {
      if (booking.status !== 'confirmed' || insideTimes(booking.window, { preferred, avoid })) break;
      const nearAvoid = [...refused, ...avoid.filter((a) => !partlyOver(a, near) || isIn(a, refused))];
      if (insideTimes(booking.window, { preferred: near, avoid: nearAvoid })) break;
      booking = await request(near, nearAvoid);
      // The next days' hours do not hold the wider hours of the day said: stop at the first that fits.
      if (
        booking.status === 'confirmed' &&
        insideTimes(booking.window, { preferred: near, avoid: nearAvoid })
      )
        break;
    }
    // "helst före 11" with the visit booked 08–12: a visit that ends by then when one is free (the booking is
    // moved, never doubled); else the time booked stands, and the wish goes to the technician.
    const limit = latestArrival(`${v.availability ?? ''} ${extra.words ?? ''}`);
    let before: number | undefined;
    if (booking.status === 'confirmed' && limit !== null && endsAfter(booking.window, limit, v.timeZone)) {
      const first = booking.window;
      const clipped = byLimit(preferred.length ? preferred : [first], limit, v.timeZone);
      const earlier = clipped.length ? await request(clipped, [...avoid, ...refused]) : null;
      if (earlier?.status === 'confirmed' && endsBy(earlier.window, limit, v.timeZone)) booking = earlier;
      else {
        if (earlier) booking = await request([first], []);
        before = limit;
      }
    }
    if (booking.status === 'confirmed') {
      window = {
        ...booking.window,
        inside: insideTimes(booking.window, { preferred, avoid }),
        bookingId: booking.bookingId,
      };
      if (before !== undefined && endsAfter(booking.window, before, v.timeZone)) window.before = before;
      text = `Field visit booked (${booking.bookingId}): ${booking.window.start} – ${booking.window.end}.`;
    } else {
      text = `Field visit requested (${booking.bookingId}); the field team agrees on a time with the customer.`;
    }
  } catch (err) {
    log.warn({ err, ticketId: v.ticket.id }, 'field visit could not be booked');
    text = `Field visit not booked: ${(err as Error).message}. The field team agrees on a time with the customer.`;
  }
  if (window && !window.inside) text += " Outside the customer's times: the nearest free slot.";
  if (window?.before !== undefined)
    text += ` For the technician — the customer asks for arrival before ${clockOf(window.before)} if possible; no free visit ends by then.`;
  if (window) await tickets.setState(v.ticket.id, BOOKING_STATE_KEY, window);
  await tickets.append(v.ticket.id, [
    { type: 'note', actor: { kind: 'bot', id: null }, text, internal: true },
  ]);
  return window;
}

const ms = (x: string) => Date.parse(x);
/** `a` overlaps one of `windows` without covering it whole: busy hours beside the hours wanted. */
function partlyOver(a: TimeWindow, windows: TimeWindow[]): boolean {
  return windows.some(
    (w) =>
      ms(a.start) < ms(w.end) &&
      ms(w.start) < ms(a.end) &&
      !(ms(a.start) <= ms(w.start) && ms(w.end) <= ms(a.end)),
  );
}
const isIn = (a: TimeWindow, list: TimeWindow[]) => list.some((b) => b.start === a.start && b.end === a.end);

/** "tisdag 9 december 08:00–12:00" / "Tuesday 9 December 08:00–12:00", in the operator's time zone. */
export function formatVisitWindow(w: TimeWindow, lang: Language, timeZone: string): string {
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  const day = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(w.start));
  const clock = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${day} ${clock.format(new Date(w.start))}–${clock.format(new Date(w.end))}`;
}

/** "11:00" for 11, "10:30" for 10.5. */
export function clockOf(hour: number): string {
  const h = Math.floor(hour);
  const m = Math.round((hour - h) * 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The local hour of the day of `iso` (10.5 for 10:30). */
function localHour(iso: string, timeZone: string): number {
  const clock = localClock(timeZone);
  const ms = Date.parse(iso);
  return (ms - clock.instant(clock.day(ms), 0)) / 3_600_000;
}

/** The window ends after the hour `limit` of its day while it starts before it: arrival by then is not sure. */
export function endsAfter(w: TimeWindow, limit: number, timeZone: string): boolean {
  return localHour(w.start, timeZone) < limit && localHour(w.end, timeZone) > limit + 1e-9;
}

/** The window ends by the hour `limit` of its day. */
export function endsBy(w: TimeWindow, limit: number, timeZone: string): boolean {
  return localHour(w.end, timeZone) <= limit + 1e-9;
}

/** The windows cut to end at the hour `limit` of their day (those that start before it). */
export function byLimit(windows: TimeWindow[], limit: number, timeZone: string): TimeWindow[] {
  const clock = localClock(timeZone);
  return windows.flatMap((w) => {
    const day = clock.day(Date.parse(w.start));
    const end = Math.min(Date.parse(w.end), clock.instant(day, Math.round(limit * 60)));
    return Date.parse(w.start) < end ? [{ start: w.start, end: new Date(end).toISOString() }] : [];
  });
}
