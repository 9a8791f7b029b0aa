// Role-play round 32 (a #5): "Torsdag eller fredag förmiddag passar, helst före 11 eftersom jag har möte då" was
// booked 08–12 with nothing said of the 11, and "Går det att få 08-11, eller kommer de tidigt på fredag istället?"
// got "Passar tiden inte säger du bara till här, så flyttar jag det" — twice. A time limit is honoured when a free
// visit ends by then; else it is said truthfully (arrival by then is not promised) and noted for the technician,
// and a move request is carried out or answered, never met with the invitation to ask for one.
import { describe, expect, it } from 'vitest';
import { handedOver } from './testing/field-handoff.js';
import { weekdaySlots } from './testing/field-slots.js';
import { latestArrival } from './visit-times.js';

const INVITE = /Passar tiden inte säger du bara till här|If that time does not suit you, tell me here/;
// Visits only in the blocks 08–12, 12–16, 17–20 (Stockholm): none ends by 11.
const BLOCKS = weekdaySlots(['07', '08', '09', '10', '11', '14', '15']);
// The same, and one early visit 07–10 on Thursday 10 December.
const EARLY = [...BLOCKS, { start: '2026-12-10T06:00:00.000Z', end: '2026-12-10T09:00:00.000Z' }];

describe('a time limit for the visit (rp32a #5)', () => {
  it.each([
    [
      'sv',
      'Torsdag eller fredag förmiddag passar, helst före 11 eftersom jag har möte då.',
      /före 11:00 kan jag inte lova/,
    ],
    [
      'en',
      'thursday or friday morning, preferably before 11 as I have a meeting then',
      /cannot promise that the technician arrives before 11:00/,
    ],
  ] as const)(
    '%s at the booking: %j → booked, the limit said truthfully and noted',
    async (lang, times, said) => {
      const h = await handedOver('optical_power_low', lang, times, { slots: BLOCKS });
      expect(h.said).toMatch(said);
      expect(h.said).toMatch(/(torsdag|Thursday) 10 December 08:00–12:00/i);
      expect((await h.notes()).some((n) => /before 11:00 if possible/.test(n))).toBe(true);
    },
  );

  it.each([
    [
      'sv',
      'Går det att få 08-11, eller kommer de tidigt på fredag istället?',
      /ingen ledig besökstid som slutar före 11:00/,
    ],
    ['en', 'can they come before 10 instead?', /no free visit time that ends by 10:00/],
  ] as const)('%s, the move asked: %j → answered, never the invitation', async (lang, asked, answer) => {
    const h = await handedOver(
      'optical_power_low',
      lang,
      lang === 'sv' ? 'torsdag förmiddag' : 'thursday morning',
      {
        slots: BLOCKS,
      },
    );
    const said = await h.say(asked);
    expect(said).toMatch(answer);
    expect(said).not.toMatch(INVITE);
    expect((await h.notes()).some((n) => /arrival before 1\d:00 if possible/.test(n))).toBe(true);
  });

  it('a slot that ends by the limit is booked', async () => {
    const h = await handedOver('optical_power_low', 'en', 'thursday morning, before 11 if possible', {
      slots: EARLY,
    });
    expect(h.said).not.toMatch(/cannot promise/);
    const booked = await h.booking();
    expect(booked?.end).toBe('2026-12-10T09:00:00.000Z');
  });

  it.each([
    ['helst före 11', 11],
    ['by noon please', 12],
    ['inte före 10', null],
    ['I work until 5', null],
  ] as const)('%j → latest %s', (t, h) => expect(latestArrival(t)).toBe(h));
});
