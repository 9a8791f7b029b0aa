// A booked visit that fits what the customer said is never given up for one outside their times:
// "går det inte tidigare? måndag eller tisdag efter 16 funkar också" when nothing on those days is free
// keeps the booked time, says so, and offers the nearest free time only when it is earlier; "ja, ta
// den" then books the offer. Matched against folded text (å/ä/ö → a/a/o).
import type { TimeWindow } from '../isp/ports.js';
import type { BookedVisit } from './field-visit.js';
import { insideTimes, type VisitTimes } from './visit-times.js';

/** The ticket state key of a nearer time offered instead of the kept one ({ window } or { window: null }). */
export const OFFER_STATE_KEY = 'field_booking_offer';

/** "går det inte tidigare?", "anything sooner?": the customer wants an earlier time. */
export const EARLIER =
  /\b(tidigare|snabbare|fortare|forr|innan dess|earlier|sooner|faster|before then|nagot (narmare|tidigare)|anything closer)\b/;
/** "doesn't work", "passar inte": the booked time itself does not suit. */
const BOOKED_UNSUITED =
  /\b(doesn'?t|does not|dont|won'?t|can'?t|cannot) (work|suit|do|make)|\b(passar|funkar|gar|fungerar) (inte|ej|dalig\w*)|\bkan (jag )?inte (da|den dagen|den tiden)\b/;
/** "ja ta den", "ok take it", "yes please, the earlier one": the offered time is taken. */
export const TAKE_OFFER =
  /^(?:\W*)(ja|japp|jepp|jo|ok|okej|gärna|garna|yes|yep|yeah|sure|ok(ay)?|please|fine|perfect|perfekt|toppen|bra)\b(?!.*\b(inte|nej|no|not|behall|keep)\b)|\b(ta den|tar den|ta (den )?(tidigare|forsta|nya)|byt (till den)?|take (it|that|the earlier|that one|the new one)|book (it|that)|switch)\b/;

const start = (w: TimeWindow) => Date.parse(w.start);

/**
 * Whether the visit just booked (`moved`, null when nothing was free) gives up a fitting one (`booked`): it lies outside the times
 * named now, or is not earlier when an earlier time was asked for, while the booked time still fits.
 */
export function givesUpFitting(
  booked: BookedVisit,
  moved: BookedVisit | null,
  named: VisitTimes,
  plain: string,
): boolean {
  const stillFits =
    booked.inside &&
    !BOOKED_UNSUITED.test(plain) &&
    insideTimes(booked, { preferred: [], avoid: named.avoid });
  if (!stillFits) return false;
  if (!moved) return true;
  const later = EARLIER.test(plain) && start(moved) >= start(booked);
  return !moved.inside || later;
}

/** The nearest time is offered only when it is earlier than the one kept. */
export function worthOffering(booked: TimeWindow, nearest: TimeWindow): boolean {
  return start(nearest) < start(booked);
}
