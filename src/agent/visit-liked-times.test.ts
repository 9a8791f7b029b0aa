// Role-play round 32 b3 (v2-rp32b-hardware-failure-sv-1): at the visit question "jag jobbar hemifrån så typ när
// som helst på vardagar, helst förmiddag" was booked 12–16 — "när som helst" (any time) was read beside
// "förmiddag" as a second window, and the first free slot of the whole day was taken. A time named beside
// "any time", or after "helst", "gärna", "preferably", "ideally", narrows what the customer can: the visit is
// booked in the morning when a morning is free, and the customer's words go on the field-service request.
import { describe, expect, it } from 'vitest';
import type { FaultKind, Language } from '../domain/index.js';
import type { VisitRequest } from '../isp/ports.js';
import { BOOKING_STATE_KEY, type BookedVisit } from './field-visit.js';
import { slotBookingIsp, weekdaySlots } from './testing/field-slots.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';
import { insideTimes, visitTimes } from './visit-times.js';

// Sunday 6 December 2026, 13:00 in Stockholm. Monday's morning slot is taken: Monday 12–16 is the first free.
const NOW = () => new Date('2026-12-06T12:00:00Z');
const ERIK = { customerNumber: '200206', name: 'Erik Larsson', pin: '2058' };
const TUE_MORNING = '2026-12-08T07:00:00.000Z';

async function booking(fault: FaultKind, language: Language, messages: string[]) {
  const isp = slotBookingIsp(weekdaySlots(['07', '08', '09']).slice(1));
  const requests: VisitRequest[] = [];
  const book = isp.fieldService!.book.bind(isp.fieldService);
  isp.fieldService!.book = async (r) => {
    requests.push(r);
    return book(r);
  };
  const desk = memoryDesk({ world: faultWorld([fault]), isp, now: NOW });
  desk.directory.add(ERIK);
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  for (const m of messages) await desk.agent.handleMessage(c.ticketId, m);
  const booked = await desk.tickets.getState<BookedVisit>(c.ticketId, BOOKING_STATE_KEY);
  return { booked, requests };
}

describe('a preferred part of the day is the booking (round 32 b3)', () => {
  it.each([
    [
      'sv',
      ['inget internet, röd lampa på fiberboxen', '200206', '2058'],
      'jag jobbar hemifrån så typ när som helst på vardagar, helst förmiddag. hur länge blir jag utan nät då?',
    ],
    [
      'sv',
      ['inget internet, röd lampa på fiberboxen', '200206', '2058'],
      'vardagar går bra, gärna förmiddag',
    ],
    [
      'sv',
      ['inget internet, röd lampa på fiberboxen', '200206', '2058'],
      'när som helst. helst på förmiddagen',
    ],
    [
      'en',
      ['no internet, red light on the fibre box', '200206', '2058'],
      'I work from home so any weekday really, preferably mornings. how long will I be without internet?',
    ],
    [
      'en',
      ['no internet, red light on the fibre box', '200206', '2058'],
      "I'm home all day on weekdays, ideally mornings",
    ],
    [
      'en',
      ['no internet, red light on the fibre box', '200206', '2058'],
      'anytime. preferably in the morning',
    ],
  ] as [Language, string[], string][])('%s: %s / %s', async (language, before, times) => {
    const { booked, requests } = await booking('fiber_los', language, [...before, times]);
    expect(booked?.start).toBe(TUE_MORNING);
    expect(booked?.inside).toBe(true);
    // The customer's own words reach the field-service request.
    expect(requests.at(-1)?.customerAvailability).toContain(times.split(/[.?]/)[0]);
  });

  it.each([
    ['när som helst på vardagar, helst förmiddag', '2026-12-08T11:00:00.000Z', false],
    ['any weekday is fine, preferably afternoons', '2026-12-08T07:00:00.000Z', false],
    ['any weekday is fine, preferably afternoons', '2026-12-08T11:00:00.000Z', true],
    // "när som helst" alone is any time; a wish with nothing else said is the wish.
    ['när som helst', '2026-12-08T11:00:00.000Z', true],
    ['helst förmiddag', '2026-12-08T11:00:00.000Z', false],
  ])('%s: the window from %s is inside: %s', (text, start, inside) => {
    const end = new Date(Date.parse(start) + 4 * 3600_000).toISOString();
    expect(insideTimes({ start, end }, visitTimes(text, NOW(), 'Europe/Stockholm'))).toBe(inside);
  });
});
