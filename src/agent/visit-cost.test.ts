// Issue 14 (s10 B, rp10c #3): "ugh. weekdays after 5 i guess, or saturday. do i have to pay for the visit?
// and could it be the cable i stepped on maybe" at "when can a technician come?" got the cable check, then
// the availability question again, and the cost question was passed over twice. The question is answered
// from the help centre (a visit for a fault of ours is free), the times are kept for the visit.
import { describe, expect, it } from 'vitest';
import { slotBookingIsp, weekdaySlots } from './testing/field-slots.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';
import { visitCostKey } from './visit-cost.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
const NOW = () => new Date('2026-12-05T07:30:00Z');
const text = (r: { text: string; askKey: string | null }[]) => r.map((x) => x.text).join('\n');

describe('the cost of a visit and the times given beside a check made first', () => {
  it.each([
    [
      'en',
      'no internet, the LOS light on the fibre box is red',
      'ugh. weekdays after 5 i guess, or saturday. do i have to pay for the visit? and could it be the cable i stepped on maybe',
      'done, still red',
      /visit for a fault in our network .* is free/,
      /booked a technician visit for Monday 7 December 17:00–20:00/,
    ],
    [
      'sv',
      'inget internet, LOS-lampan på fiberboxen lyser rött',
      'vardagar efter 17 typ, eller lördag. måste jag betala för besöket? kan det vara kabeln jag trampade på kanske',
      'klart, lyser fortfarande rött',
      /teknikerbesök för ett fel i vårt nät .* är gratis/,
      /bokat ett teknikerbesök måndag 7 december 17:00–20:00/,
    ],
  ] as const)('%s', async (lang, opening, times, still, free, booked) => {
    const desk = memoryDesk({
      world: faultWorld(['fiber_los'], { canDo: ['step.check_cables'] }),
      isp: slotBookingIsp(weekdaySlots(['07', '08', '09', '10', '11'])),
      now: NOW,
    });
    const { ticketId, replies } = await identified(desk, KARIN, lang, opening);
    expect(replies.at(-1)?.askKey).toBe('contact.availability');
    const check = await desk.agent.handleMessage(ticketId, times);
    expect(check.at(-1)?.askKey).toBe('step.check_cables');
    expect(text(check)).toMatch(free);
    const after = await desk.agent.handleMessage(ticketId, still);
    // The times given before the check stand: the visit is booked, not asked for again.
    expect(after.some((r) => r.askKey === 'contact.availability')).toBe(false);
    expect(text(after)).toMatch(booked);
    const asked = text(
      await desk.agent.handleMessage(
        ticketId,
        lang === 'en' ? 'and the technician visit, is that free?' : 'och besöket, är det gratis?',
      ),
    );
    expect(asked).toMatch(free);
  });

  it.each([
    ['does it cost anything?', 'fiber_los', 'reply.cost.fiber_los'],
    ['and the technician visit, is that free?', 'hardware_failure', 'reply.cost.hardware_failure'],
    ['do i have to pay before they answer?', 'billing_suspended', null],
    ['when is the technician coming?', 'fiber_los', null],
  ])('"%s" in a %s case → %s', (said, cause, key) => expect(visitCostKey(said, cause)).toBe(key));
});
