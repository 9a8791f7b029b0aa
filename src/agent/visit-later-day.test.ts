// Issue 14 (rp12a #6): "jag är hemma imorgon efter 13 typ" on a Saturday (no visits on Sunday) booked
// Monday 08–12. When no day the customer named has a free visit, the nearest keeps the hours they said:
// the same hours on the next days, before any hour at all.
import { describe, expect, it } from 'vitest';
import { slotBookingIsp, weekdaySlots } from './testing/field-slots.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';
import { nearerWindows } from './visit-times.js';

const ERIK = { customerNumber: '200206', name: 'Erik Larsson', pin: '5127' };
// Saturday 5 December 2026 in Stockholm; the field team's slots are weekdays 08–12, 12–16, 17–20.
const NOW = () => new Date('2026-12-05T07:30:00Z');
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function booked(language: 'en' | 'sv', availability: string, decline?: string) {
  const desk = memoryDesk({
    world: faultWorld(['fiber_los']),
    isp: slotBookingIsp(weekdaySlots(['07', '08', '09', '10', '11'])),
    now: NOW,
  });
  const res = await converse(desk, {
    customer: ERIK,
    language,
    opening: language === 'en' ? 'no internet, the LOS light is red' : 'inget internet, LOS lyser rött',
    answers: {
      'identity.customer_number': '200206',
      'identity.pin': '5127',
      'contact.availability': decline ?? availability,
    },
  });
  if (!decline) return words(res.lastReplies);
  return words(await desk.agent.handleMessage(res.ticketId, availability));
}

describe('the nearest visit keeps the hours said when the day said has none', () => {
  it('sv: "hemma imorgon efter 13 typ" after declining first → Monday 17–20, not 08–12', async () => {
    const said = await booked(
      'sv',
      'ok ok da far ni skicka nan. jag ar hemma imorgon efter 13 typ',
      'nej vanta, skicka ingen tekniker an',
    );
    expect(said).toMatch(/närmaste lediga tid: måndag 7 december 17:00–20:00/);
    expect(said).not.toMatch(/08:00–12:00/);
  });

  it('en: "tomorrow after 1pm" → Monday 17–20', async () => {
    const said = await booked('en', "I'm home tomorrow after 1pm");
    expect(said).toMatch(/nearest free time: Monday 7 December 17:00–20:00/);
  });

  it('en: "sunday morning" → Monday morning, the same hours on the next day', async () => {
    const said = await booked('en', 'sunday morning please');
    expect(said).toMatch(/Monday 7 December 08:00–12:00/);
  });

  it('the next days at the same hours come before any hour of the day said', () => {
    const sun13 = { start: '2026-12-06T12:00:00.000Z', end: '2026-12-06T21:00:00.000Z' };
    const tries = nearerWindows([sun13], 'Europe/Stockholm');
    const anyHour = tries.findIndex((w) => w[0].start === '2026-12-06T06:00:00.000Z');
    const monday = tries.findIndex((w) =>
      w.some((x) => x.start === '2026-12-07T12:00:00.000Z' && x.end === '2026-12-07T21:00:00.000Z'),
    );
    expect(monday).toBeGreaterThan(-1);
    expect(monday).toBeLessThan(anyHour);
  });
});
