// Issue 14 (s10 B, rp10a #1): "tuesday or wednesday after 6pm works, not mornings" while the field team's
// evening visits run 17–20 booked Monday morning. With no free visit inside the customer's times, the
// visit is booked nearest to them (the same days, the closest hours) and the customer is told so.
import { describe, expect, it } from 'vitest';
import { slotBookingIsp, weekdaySlots } from './testing/field-slots.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';
import { nearerWindows } from './visit-times.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
// Saturday 5 December 2026 in Stockholm; the field team's slots are weekdays 08–12, 12–16, 17–20.
const NOW = () => new Date('2026-12-05T07:30:00Z');
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function booked(language: 'en' | 'sv', availability: string, opts: { decline?: string } = {}) {
  const desk = memoryDesk({
    world: faultWorld(['fiber_los']),
    isp: slotBookingIsp(weekdaySlots(['07', '08', '09', '10', '11'])),
    now: NOW,
  });
  const res = await converse(desk, {
    customer: KARIN,
    language,
    opening:
      language === 'en' ? 'no internet, the LOS light is red' : 'inget internet, LOS-lampan lyser rött',
    answers: {
      'identity.customer_number': '100482',
      'identity.pin': '4711',
      'contact.availability': opts.decline ?? availability,
    },
  });
  if (!opts.decline) return words(res.lastReplies);
  return words(await desk.agent.handleMessage(res.ticketId, availability));
}

describe('a visit booked nearest to the times given when none fits inside them', () => {
  it('"tuesday or wednesday after 6pm works, not mornings" → Tuesday 17–20, said to be the nearest', async () => {
    const said = await booked('en', 'tuesday or wednesday after 6pm works, not mornings');
    expect(said).toMatch(/nearest free time: Tuesday 8 December 17:00–20:00/);
    expect(said).not.toMatch(/08:00–12:00/);
  });

  it('"efter 18 på vardagar" → måndag 17–20', async () => {
    const said = await booked('sv', 'efter 18 på vardagar');
    expect(said).toMatch(/närmaste lediga tid: måndag 7 december 17:00–20:00/);
  });

  it('"thursday after 9pm" → the same day, the closest hours', async () => {
    expect(await booked('en', 'thursday after 9pm')).toMatch(/Thursday 10 December 17:00–20:00/);
  });

  it('after first declining: "ok actually fine, they can come. tue/wed after 6pm, not mornings"', async () => {
    const said = await booked(
      'en',
      'ok actually fine, they can come. tuesday or wednesday after 6pm works, not mornings',
      {
        decline: "no dont send a technician, I'll just buy a new router myself",
      },
    );
    expect(said).toMatch(/Tuesday 8 December 17:00–20:00/);
  });

  it('the nearer windows keep the day: two, then four hours either side, (the next days,) then the whole day', () => {
    const tue18 = { start: '2026-12-08T17:00:00.000Z', end: '2026-12-08T21:00:00.000Z' };
    const [two, four, , , day] = nearerWindows([tue18], 'Europe/Stockholm');
    expect(two).toEqual([{ start: '2026-12-08T15:00:00.000Z', end: '2026-12-08T21:00:00.000Z' }]);
    expect(four).toEqual([{ start: '2026-12-08T13:00:00.000Z', end: '2026-12-08T21:00:00.000Z' }]);
    expect(day).toEqual([{ start: '2026-12-08T06:00:00.000Z', end: '2026-12-08T21:00:00.000Z' }]);
  });
});
