// A desk whose field-service port records every request, and a customer handed to the field team with
// a booked visit: what the customer is told, what the ticket holds (notes, visit state, booking).
import type { FaultKind } from '../../domain/index.js';
import type { TimeWindow, VisitRequest } from '../../isp/ports.js';
import { BOOKING_STATE_KEY } from '../field-visit.js';
import { VISIT_STATE_KEY } from '../visit-cancel.js';
import { slotBookingIsp, weekdaySlots } from './field-slots.js';
import { converse, faultWorld, memoryDesk } from './memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
// Saturday 5 December 2026 in Stockholm; weekday slots 08–12, 12–16, 17–20.
const NOW = () => new Date('2026-12-05T07:30:00Z');
const SLOTS = weekdaySlots(['07', '08', '09', '10', '11', '14', '15']);
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

/** The field-service port of the tests, remembering every request and every note added to a booking. */
function recordingIsp(slots: TimeWindow[] = SLOTS) {
  const isp = slotBookingIsp(slots);
  const requests: VisitRequest[] = [];
  const added: { bookingId: string; notes: string[] }[] = [];
  const book = isp.fieldService!.book.bind(isp.fieldService);
  isp.fieldService!.book = async (r) => {
    requests.push(r);
    return book(r);
  };
  isp.fieldService!.addNotes = async (bookingId, notes) => {
    added.push({ bookingId, notes });
  };
  return { isp, requests, added };
}

/** Handed to the field team after `opening` ("internet is down completely" unless told), visit times `availability`. */
export async function handedOver(
  fault: FaultKind,
  language: 'sv' | 'en',
  availability: string,
  opts: { opening?: string; slots?: TimeWindow[]; now?: () => Date } = {},
) {
  const { isp, requests, added } = recordingIsp(opts.slots);
  const desk = memoryDesk({ world: faultWorld([fault]), isp, now: opts.now ?? NOW });
  const res = await converse(desk, {
    customer: KARIN,
    language,
    opening:
      opts.opening ?? (language === 'en' ? 'internet is down completely' : 'internet ligger nere helt'),
    answers: {
      'identity.customer_number': '100482',
      'identity.pin': '4711',
      'consent.*': language === 'sv' ? 'ja' : 'yes',
      'contact.availability': availability,
    },
    maxTurns: 16,
  });
  const say = async (text: string) => words(await desk.agent.handleMessage(res.ticketId, text));
  const notes = async () =>
    (await desk.tickets.timeline(res.ticketId)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
  const visit = () => desk.tickets.getState<{ status: string }>(res.ticketId, VISIT_STATE_KEY);
  const booking = () => desk.tickets.getState<TimeWindow>(res.ticketId, BOOKING_STATE_KEY);
  /** The notes the field service holds for the booking: those of its requests, and those added since. */
  const fieldNotes = () => [
    ...new Set([...requests.flatMap((r) => r.notes ?? []), ...added.flatMap((a) => a.notes)]),
  ];
  return { desk, res, said: words(res.lastReplies), say, notes, visit, booking, requests, added, fieldNotes };
}
