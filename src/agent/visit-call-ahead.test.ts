// Round 18 (c3, a3): after a visit was booked, "will they call me before they come?" was taken for a request
// for a person — "I have asked a colleague at customer service to take over" and a false note "the customer
// asks to talk to a person" — and "do i have to be home the whole 4 hours?" was never answered. Questions
// about the visit are answered from the catalogue (they call about 30 minutes before; someone aged 18 or
// over must be home for the whole window), never a handoff and never a note that a person was asked for.
import { describe, expect, it } from 'vitest';
import { saturdayMornings, slotBookingIsp, weekdaySlots } from './testing/field-slots.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const ANNA = { customerNumber: '200234', name: 'Anna Johansson', pin: '1606' };
const NOW = () => new Date('2026-12-05T07:30:00Z');
const SLOTS = [...saturdayMornings(['12', '19']), ...weekdaySlots(['07', '08', '09', '10'])];

async function booked(language: 'en' | 'sv') {
  const desk = memoryDesk({ world: faultWorld(['fiber_los']), isp: slotBookingIsp(SLOTS), now: NOW });
  const res = await converse(desk, {
    customer: ANNA,
    language,
    opening:
      language === 'en'
        ? 'my internet is dead, the LOS light is red'
        : 'internet är helt dött, LOS lyser rött',
    answers: {
      'identity.customer_number': '200234',
      'identity.pin': '1606',
      'consent.*': language === 'en' ? 'yes' : 'ja',
      'contact.availability': language === 'en' ? 'any weekday after 5' : 'vardagar efter 17',
    },
    maxTurns: 16,
  });
  expect(res.queue).toBe('field');
  const send = async (text: string) =>
    (await desk.agent.handleMessage(res.ticketId, text)).map((x) => x.text).join('\n');
  return { desk, res, send };
}

const CALLS = {
  en: [
    'great thanks. will they call me before they come?',
    'ok. so will they ring me before, and can I go out for an hour in that window or not',
    'does the technician phone ahead?',
    'will the tech call me when hes on the way?',
  ],
  sv: [
    'tack. ringer de innan de kommer?',
    'kommer teknikern att ringa mig innan?',
    'ringer han före eller ska jag bara vänta hemma?',
  ],
} as const;

describe('"will they call me before they come?" after a booking', () => {
  for (const lang of ['en', 'sv'] as const)
    it.each(CALLS[lang].map((x) => [x]))(`${lang}: %s`, async (q) => {
      const { desk, res, send } = await booked(lang);
      const reply = await send(q);
      expect(reply).toMatch(lang === 'en' ? /30 minutes/ : /30 minuter/);
      expect(reply).not.toMatch(/colleague|kollega/i);
      const ticket = await desk.tickets.get(res.ticketId);
      expect(ticket!.queue).toBe('field');
      const events = await desk.tickets.timeline(res.ticketId);
      expect(events.some((e) => /talk to a person|prata med en person/i.test(JSON.stringify(e)))).toBe(false);
    });
});

describe('"do I have to be home the whole window?" after a booking', () => {
  it.each([
    ['en', 'do i have to be home the whole 4 hours?'],
    ['en', 'can I go out for an hour in that window?'],
    ['sv', 'måste jag vara hemma hela tiden, alla fyra timmarna?'],
    ['sv', 'kan jag gå ut en timme under tiden?'],
  ] as const)('%s: %s', async (lang, q) => {
    const { send } = await booked(lang);
    const reply = await send(q);
    expect(reply).toMatch(
      lang === 'en' ? /18 or over needs to be home for the whole window/ : /över 18|fyllt 18/,
    );
    expect(reply).not.toMatch(/colleague|kollega/i);
  });
});

describe('a question about their call is no note on how to reach the customer', () => {
  it.each([
    ['en', 'ok. so will they ring me before, and can I go out for an hour in that window or not'],
    ['en', 'will the technician call me before, or just show up?'],
  ] as const)('%s: %s', async (lang, q) => {
    const { desk, res, send } = await booked(lang);
    await send(q);
    const events = await desk.tickets.timeline(res.ticketId);
    expect(events.some((e) => /how to reach the customer/.test(JSON.stringify(e)))).toBe(false);
  });
});
