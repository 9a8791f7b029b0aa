// Issue 14 (round14-b #4, round14-a #6): a field visit follows what the customer said. "jobbar dagtid, så
// vardagar efter 16 funkar. men inte på onsdag" booked Saturday 09–13; a refused Saturday came back; "8
// eller 15 december" was not read; "ge mig en människa istället" and "jag vill prata med en person, inte
// flytta besöket igen" moved the visit; "if its still red tomorrow can i get money back?" re-booked a
// cancelled visit and then "Nobody will come" was said with the booking on the ticket.
import { describe, expect, it } from 'vitest';
import type { TimeWindow } from '../isp/ports.js';
import { BOOKING_STATE_KEY } from './field-visit.js';
import { slotBookingIsp, weekdaySlots } from './testing/field-slots.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';
import { VISIT_STATE_KEY } from './visit-cancel.js';
import { visitTimes } from './visit-times.js';

const VIKTOR = { customerNumber: '833520', name: 'Viktor Sandberg', pin: '6042' };
// Saturday 5 December 2026 in Stockholm.
const NOW = () => new Date('2026-12-05T07:30:00Z');
const TZ = 'Europe/Stockholm';
const SATURDAYS = ['12', '19', '26'].map((d) => ({
  start: `2026-12-${d}T08:00:00.000Z`,
  end: `2026-12-${d}T12:00:00.000Z`,
}));
const WEEKDAYS = ['07', '08', '09', '10', '11', '14', '15', '16', '17', '18', '21', '22', '23', '28'];
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function fieldCase(language: 'en' | 'sv', availability: string, slots: TimeWindow[]) {
  const desk = memoryDesk({ world: faultWorld(['optical_power_low']), isp: slotBookingIsp(slots), now: NOW });
  const res = await converse(desk, {
    customer: VIKTOR,
    language,
    opening:
      language === 'en'
        ? 'the internet keeps dropping several times a day, restarted the router ten times'
        : 'nätet tappar hela tiden, flera ggr om dagen. har startat om routern typ tio ggr redan',
    answers: {
      'identity.customer_number': '833520',
      'identity.pin': '6042',
      'contact.availability': availability,
    },
  });
  expect(res.queue).toBe('field');
  const send = async (text: string) => words(await desk.agent.handleMessage(res.ticketId, text));
  const booking = () => desk.tickets.getState<TimeWindow>(res.ticketId, BOOKING_STATE_KEY);
  return { desk, res, send, booking, first: words(res.lastReplies) };
}

describe('availability is a constraint: weekdays, named days left out, after/before, dates', () => {
  const day = (w: TimeWindow) => {
    const part = (o: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: TZ, ...o }).format(new Date(w.start));
    return `${part({ weekday: 'short' })} ${part({ day: 'numeric' })} ${part({ hour: '2-digit' })}`;
  };
  it.each([
    ['jobbar dagtid, så vardagar efter 16 funkar. men inte på onsdag, då har jag tandläkaren'],
    ['I work days so weekdays after 4 work, but not wednesday, I have the dentist'],
    ['i work during the day, so weekdays after 4pm are fine. not wednesday though'],
    ['jobbar dagtid så vardagar efter 16 går bra, fast inte onsdagar för då har jag träning'],
  ])('"%s" → weekday evenings, never Wednesday or a weekend', (text) => {
    const v = visitTimes(text, NOW(), TZ);
    const days = v.preferred.map(day);
    expect(days.length).toBeGreaterThan(0);
    expect(days.filter((d) => !/^(Mon|Tue|Thu|Fri) \d+ 16$/.test(d))).toEqual([]);
  });
  it('"lördag morgon är jag i stugan" is a time to avoid', () => {
    const v = visitTimes('lördag morgon är jag i stugan', NOW(), TZ);
    expect(v.preferred).toEqual([]);
    expect(v.avoid.map(day)).toContain('Sat 12 08');
  });
  it.each([['tisdag förmiddag, 8 eller 15 december'], ['tuesday morning, the 8th or 15 december']])(
    '"%s" → those dates only',
    (text) => {
      const v = visitTimes(text, NOW(), TZ);
      expect(v.preferred.map(day)).toEqual(['Tue 8 08', 'Tue 15 08']);
    },
  );
  it('"if its still red tomorrow" is a condition, not a time', () => {
    const v = visitTimes(
      'ok. if its still red tomorrow can i get money back for the days without internet?',
      NOW(),
      TZ,
    );
    expect(v.preferred).toEqual([]);
  });
});

describe('the booking stays inside what the customer said', () => {
  it('sv: weekday evening, not Saturday morning', async () => {
    const c = await fieldCase(
      'sv',
      'jobbar dagtid, så vardagar efter 16 funkar. men inte på onsdag, då har jag tandläkaren',
      [...SATURDAYS, ...weekdaySlots(WEEKDAYS)],
    );
    expect(c.first).toMatch(/måndag 7 december 17:00–20:00/);
  });

  it('sv: nothing free inside the times → said plainly, the nearest offered, never booked silently outside', async () => {
    const evenings = weekdaySlots(WEEKDAYS).filter((s) => s.start.endsWith('T16:00:00.000Z'));
    const c = await fieldCase('sv', 'vardagar efter 16, inte onsdag', [
      ...SATURDAYS,
      ...weekdaySlots(['07', '08'])
        .filter((s) => !evenings.includes(s))
        .slice(0, 2),
      ...evenings.filter((s) => s.start >= '2026-12-28'),
    ]);
    expect(c.first).toMatch(/ingen ledig|inte ledig|närmaste/i);
  });

  // Each step: what the customer writes, what the reply must say, and what it must not.
  const CONVERSATIONS: { name: string; when: string; steps: [string, RegExp, RegExp?][] }[] = [
    {
      name: 'a refused time is never booked again; named dates are used',
      when: 'jobbar dagtid, så vardagar efter 16 funkar. men inte på onsdag, då har jag tandläkaren',
      steps: [
        ['måndag passar inte, jag kommer hem sent då', /tisdag 8 december 17:00–20:00/],
        [
          'tiden passar INTE heller. finns det ingen tidigare tid alls? jag kan ta ledigt en förmiddag, typ tisdag',
          /tisdag 8 december 08:00–12:00/,
        ],
        ['nej, den går inte. tisdag förmiddag, 15 december då', /tisdag 15 december 08:00–12:00/, /lördag/],
      ],
    },
    {
      name: '"28 december??" and "lördag? …" echo a time, "tiden passar INTE" moves a fitting one',
      when: 'vardagar efter 16, inte onsdag',
      steps: [
        ['28 december?? det är ju tre veckor', /T-000001/, /28 december/],
        [
          'tiden passar INTE. kan ni flytta den till en vardag efter kl 16, inte onsdag',
          /tisdag 8 december 17:00–20:00/,
        ],
        [
          'lördag? jag sa vardagar efter 16. lördag morgon är jag i stugan',
          /tisdag 8 december 17:00–20:00/,
          /lördag/,
        ],
      ],
    },
  ];
  it.each(CONVERSATIONS)('sv: $name', async ({ when, steps }) => {
    const c = await fieldCase('sv', when, [...SATURDAYS, ...weekdaySlots(WEEKDAYS)]);
    expect(c.first).toMatch(/måndag 7 december 17:00–20:00/);
    for (const [text, said, never] of steps) {
      const reply = await c.send(text);
      expect(reply).toMatch(said);
      if (never) expect(reply).not.toMatch(never);
    }
  });
});

describe('a request for a person after a booking is a request for a person', () => {
  const PERSONS: { lang: 'en' | 'sv'; when: string; text: string; kept: RegExp; person: RegExp }[] = [
    ...[
      'ge mig en människa istället, det här funkar inte',
      'jag vill prata med en person på kundtjänst, inte flytta besöket igen',
    ].map((text) => ({
      lang: 'sv' as const,
      when: 'vardagar efter 16',
      text,
      kept: /måndag 7 december 17:00–20:00/,
      person: /kollega på kundtjänst/,
    })),
    {
      lang: 'en',
      when: 'weekdays after 4',
      text: 'can i talk to a real person instead, this isnt working',
      kept: /Monday 7 December 17:00–20:00/,
      person: /colleague at customer service/,
    },
  ];
  it.each(PERSONS)(
    '$lang: "$text" keeps the visit and hands over',
    async ({ lang, when, text, kept, person }) => {
      const c = await fieldCase(lang, when, [...SATURDAYS, ...weekdaySlots(WEEKDAYS)]);
      const before = await c.booking();
      const said = await c.send(text);
      expect(said).not.toMatch(/jag har flyttat|I have moved/);
      expect(said).toMatch(kept);
      expect(said).toMatch(person);
      expect(await c.booking()).toEqual(before);
    },
  );
});

describe('a cancelled visit stays cancelled unless the customer asks for it again', () => {
  it('en: "if its still red tomorrow can i get money back" → still cancelled, billing case, told so', async () => {
    const c = await fieldCase('en', 'weekdays after 4pm, or saturday', [
      ...SATURDAYS,
      ...weekdaySlots(WEEKDAYS),
    ]);
    await c.send('no wait, dont send a technician');
    const said = await c.send(
      'ok. if its still red tomorrow can i get money back for the days without internet?',
    );
    expect(said).not.toMatch(/booked|kept your visit/i);
    expect(said).toMatch(/cancelled|no technician visit|no visit/i);
    expect((await c.desk.tickets.getState<{ status: string }>(c.res.ticketId, VISIT_STATE_KEY))?.status).toBe(
      'cancelled_by_customer',
    );
    const notes = (await c.desk.tickets.timeline(c.res.ticketId)).flatMap((e) =>
      e.type === 'note' ? [e.text] : [],
    );
    const cancelAt = notes.findIndex((n) => n.includes('visit cancelled by the customer'));
    expect(notes.slice(cancelAt).some((n) => n.startsWith('Field visit booked'))).toBe(false);
    const again = await c.send('so nobody is coming right?');
    expect(again).toMatch(/no technician visit|Nobody will come/);
    expect(await c.send('ok thanks')).not.toMatch(/technician comes/);
  });
});
