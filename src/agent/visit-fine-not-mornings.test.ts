// Round 18 (c3): "not mornings" was forgotten when she asked "can it be saturday instead?" (a Saturday MORNING
// was booked), and "thats a morning again … ugh. fine. will the technician call before coming?" was taken as
// a rejection: the slot she had just accepted was cancelled and the visit moved on. Constraints said earlier
// hold for every later time; "fine / ok / okej då" after a proposed time accepts it.
import { describe, expect, it } from 'vitest';
import type { TimeWindow } from '../isp/ports.js';
import { BOOKING_STATE_KEY } from './field-visit.js';
import { saturdayMornings, slotBookingIsp, weekdaySlots } from './testing/field-slots.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const ANNA = { customerNumber: '200234', name: 'Anna Johansson', pin: '1606' };
const NOW = () => new Date('2026-12-05T07:30:00Z');
const SAT_AFTERNOON = { start: '2026-12-19T12:00:00.000Z', end: '2026-12-19T16:00:00.000Z' };
const SLOTS = [
  ...saturdayMornings(['12', '19', '26']),
  SAT_AFTERNOON,
  ...weekdaySlots(['07', '08', '09', '10']),
];
const localHour = (iso: string) =>
  Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hour: '2-digit' }).format(new Date(iso)),
  );

async function booked(language: 'en' | 'sv', availability: string) {
  const desk = memoryDesk({
    world: faultWorld(['docsis_power_out_of_range']),
    isp: slotBookingIsp(SLOTS),
    now: NOW,
  });
  const res = await converse(desk, {
    customer: ANNA,
    language,
    opening:
      language === 'en'
        ? 'My cable modem keeps losing the connection, several times an hour now.'
        : 'modemet tappar anslutningen flera gånger i timmen',
    answers: {
      'identity.customer_number': '200234',
      'identity.pin': '1606',
      'consent.*': language === 'en' ? 'yes' : 'ja',
      'contact.availability': availability,
    },
    maxTurns: 16,
  });
  expect(res.queue).toBe('field');
  const send = async (text: string) =>
    (await desk.agent.handleMessage(res.ticketId, text)).map((x) => x.text).join('\n');
  const booking = async () => (await desk.tickets.getState<TimeWindow>(res.ticketId, BOOKING_STATE_KEY))!;
  return { send, booking };
}

describe('"not mornings" holds for a later "can it be saturday instead?"', () => {
  it.each([
    [
      'en',
      'I work all week. not mornings. weekday after 5pm?',
      'monday wont work. can it be saturday instead?',
    ],
    ['en', 'weekdays after 5, never mornings', 'can you do a saturday instead?'],
    [
      'sv',
      'jobbar hela veckan. inte förmiddagar. vardagar efter 17?',
      'måndag funkar inte. kan det bli lördag istället?',
    ],
  ] as const)('%s: %s → %s', async (lang, availability, move) => {
    const { send, booking } = await booked(lang, availability);
    await send(move);
    const b = await booking();
    expect(new Date(b.start).getUTCDay()).toBe(6);
    expect(localHour(b.start)).toBeGreaterThanOrEqual(12);
  });
});

describe('"ugh. fine." after a proposed time accepts it', () => {
  it.each([
    ['en', 'thats a morning again and 2 weeks away. ugh. fine. will the technician call before coming?'],
    ['en', 'not what I hoped for. ok fine. do I have to be home the whole time?'],
    ['en', 'meh. whatever, fine then'],
    ['sv', 'det var långt bort. suck. okej då. ringer teknikern innan?'],
    ['sv', 'inte vad jag ville ha men det får bli så'],
  ] as const)('%s: %s', async (lang, reply) => {
    const { send, booking } = await booked(lang, lang === 'en' ? 'saturdays' : 'lördagar');
    const before = await booking();
    const answer = await send(reply);
    expect(await booking()).toEqual(before);
    expect(answer).not.toMatch(/cancelled|avbokad|moved|flyttat/i);
  });
});

describe('"what times do you have?" when asked for times', () => {
  it.each([
    ['en', 'hmm what times do you have?'],
    ['en', 'which slots are free?'],
    ['sv', 'vilka tider har ni?'],
    ['sv', 'vilka lediga tider finns det?'],
    ['en', 'what times are available?'],
  ] as const)('%s: %s', async (lang, q) => {
    const desk = memoryDesk({
      world: faultWorld(['docsis_power_out_of_range']),
      isp: slotBookingIsp(SLOTS),
      now: NOW,
    });
    const res = await converse(desk, {
      customer: ANNA,
      language: lang,
      opening: lang === 'en' ? 'my cable modem keeps dropping' : 'modemet tappar anslutningen hela tiden',
      answers: {
        'identity.customer_number': '200234',
        'identity.pin': '1606',
        'consent.*': lang === 'en' ? 'yes' : 'ja',
        'contact.availability': q,
      },
      maxTurns: 12,
    });
    const at = res.transcript.findIndex((x) => x.from === 'customer' && x.text === q);
    expect(at).toBeGreaterThan(0);
    const next = res.transcript.findIndex((x, i) => i > at && x.from === 'customer');
    const replies = res.transcript.slice(at + 1, next < 0 ? undefined : next);
    const text = replies.map((x) => x.text).join('\n');
    expect(text).toMatch(lang === 'en' ? /I book the visit myself/ : /Jag bokar besöket själv/);
    expect(text).not.toMatch(/colleague|kollega/i);
    expect(replies.at(-1)?.askKey).toBe('contact.availability');
  });
});
