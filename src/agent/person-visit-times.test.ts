// Issue 14, role-play round 25 (a4, b6, b3): a visit booked without the customer's times, and a person asked
// for beside it left unanswered. a4 at "when can a technician come?": "imorgon efter 16 typ. men kan jag inte
// få prata med en människa istället?" — booked 12–16 (the person question read as "tomorrow does not suit"),
// the handoff packet's availability null, the person request without a word. b6: "Kanske vardagar efter fem?"
// — "fem" not read as an hour, booked 12–16. b3 at the restart permission: "kan jag inte få prata med en
// människa istället" — a visit booked without asking when she can be home; and "hur lång tid tar det här?"
// beside her PIN got the restart's two minutes before any restart was agreed. Now a time given anywhere (an
// hour in words, a hedged one, beside a no or a person request, in the opening, beside a yes, "that day"
// after the booking) is booked inside and goes on the packet; a person asked for when a technician fixes the
// fault is told the technician is a person, and asked when they can be home unless they said it already.
import { describe, expect, it } from 'vitest';
import type { FaultKind, Language } from '../domain/index.js';
import type { VisitRequest } from '../isp/ports.js';
import { BOOKING_STATE_KEY, type BookedVisit } from './field-visit.js';
import { slotBookingIsp, weekdaySlots } from './testing/field-slots.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

// Sunday 6 December 2026, 13:00 in Stockholm; weekday slots 08–12, 12–16, 17–20 from Monday 7 December.
const NOW = () => new Date('2026-12-06T12:00:00Z');
const ERIK = { customerNumber: '200206', name: 'Erik Larsson', pin: '2058' };
// The slots as UTC: 08–12 is 07–11Z, 12–16 is 11–15Z, 17–20 is 16–19Z.
const EVENING = (day: string) => `2026-12-${day}T16:00:00.000Z`;
const MORNING = (day: string) => `2026-12-${day}T07:00:00.000Z`;

async function conversation(
  fault: FaultKind,
  language: Language,
  messages: string[],
  channel: 'chat' | 'email' = 'chat',
) {
  const isp = slotBookingIsp(weekdaySlots(['07', '08', '09', '10', '11', '14', '15']));
  const requests: VisitRequest[] = [];
  const book = isp.fieldService!.book.bind(isp.fieldService);
  isp.fieldService!.book = async (r) => {
    requests.push(r);
    return book(r);
  };
  const desk = memoryDesk({ world: faultWorld([fault]), isp, now: NOW });
  desk.directory.add(ERIK);
  const c = await desk.agent.startConversation({
    channel,
    language,
    ...(channel === 'email' ? { subject: 'internet' } : {}),
  });
  const replies: string[] = [];
  const asks: (string | null | undefined)[] = [];
  for (const m of messages) {
    const r = await desk.agent.handleMessage(c.ticketId, m);
    replies.push(r.map((x) => x.text).join('\n'));
    asks.push(r.at(-1)?.askKey);
  }
  const ticket = await desk.tickets.get(c.ticketId);
  const events = await desk.tickets.timeline(c.ticketId);
  const booked = await desk.tickets.getState<BookedVisit>(c.ticketId, BOOKING_STATE_KEY);
  const packet = (await desk.tickets.escalations(c.ticketId))[0]?.packet ?? null;
  return { replies, asks, ticket, events, booked, requests, packet };
}

const count = (text: string, re: RegExp) => (text.match(new RegExp(re, 'g')) ?? []).length;

describe('the times the customer gives are the booking (round 25 a4, b6)', () => {
  it.each([
    // a4's own message, at the visit question: tomorrow (Monday) after 16, and a person.
    [
      'fiber_los',
      'sv',
      'chat',
      ['inget internet, röd lampa på fiberboxen. igen.', '200206', '2058'],
      'imorgon efter 16 typ. men kan jag inte få prata med en människa istället? det här är tredje gången på ett år',
      EVENING('07'),
      true,
    ],
    [
      'fiber_los',
      'en',
      'chat',
      ['no internet, red light on the fibre box', '200206', '2058'],
      "tomorrow after 4 ish. but can't I just talk to a human instead?",
      EVENING('07'),
      true,
    ],
    [
      'fiber_los',
      'en',
      'chat',
      ['no internet, red light on the fibre box', '200206', '2058'],
      'tomorrow after 4ish, cant i just speak to a real person?',
      EVENING('07'),
      true,
    ],
    // b6's own e-mail: weekdays after five, hedged.
    [
      'docsis_power_out_of_range',
      'sv',
      'email',
      ['Hej,\nmodemet tappar anslutningen hela tiden.\nMvh Anna', 'Kundnummer 200206.', 'PIN: 2058.'],
      'Jag vet inte riktigt, jag jobbar skift. Kanske vardagar efter fem?',
      EVENING('07'),
      false,
    ],
    [
      'docsis_power_out_of_range',
      'en',
      'email',
      ['Hi,\nthe modem keeps dropping the connection.\nRegards, Anna', 'Customer number 200206.', 'PIN 2058'],
      'Not sure, I work shifts. Maybe weekday evenings?',
      EVENING('07'),
      false,
    ],
    [
      'fiber_los',
      'en',
      'chat',
      ['no internet, red light on the fibre box', '200206', '2058'],
      'not monday. any other day after five i guess',
      EVENING('08'),
      false,
    ],
    [
      'fiber_los',
      'sv',
      'chat',
      ['inget internet, röd lampa', '200206', '2058'],
      'inte måndag, helst kvällar',
      EVENING('08'),
      false,
    ],
    [
      'fiber_los',
      'sv',
      'chat',
      ['inget internet, röd lampa', '200206', '2058'],
      'imorgon kan jag inte, onsdag efter fyra',
      EVENING('09'),
      false,
    ],
    [
      'optical_power_low',
      'sv',
      'chat',
      ['internet hackar hela tiden', '200206', '2058'],
      'vardagar efter halv fem typ',
      EVENING('07'),
      false,
    ],
    [
      'fiber_los',
      'sv',
      'chat',
      ['röd lampa på fiberboxen', '200206', '2058'],
      'måndag mellan 12 och 16 går inte, jag har möten hela eftermiddagen. går det på förmiddagen?',
      MORNING('07'),
      false,
    ],
  ] as const)(
    '%s %s %s: "%s" → booked inside, on the packet',
    async (fault, lang, channel, before, answer, start, person) => {
      const c = await conversation(fault, lang, [...before, answer], channel);
      expect(c.asks.at(-2)).toBe('contact.availability');
      expect(c.ticket?.queue).toBe('field');
      expect(c.booked?.start).toBe(start);
      // The field-service request and the ticket's handoff packet carry what the customer said.
      expect(c.requests.at(-1)?.customerAvailability).toContain(answer.slice(0, 12));
      expect(c.packet?.customerAvailability).toContain(answer.slice(0, 12));
      const reply = c.replies.at(-1)!;
      expect(reply).not.toMatch(/närmaste lediga|nearest free/);
      if (person) {
        // The person request is answered in the same reply, once, and truthfully: a technician is a person.
        expect(count(reply, lang === 'sv' ? /Du får en människa/ : /You will get a person/)).toBe(1);
        expect(reply).toMatch(lang === 'sv' ? /tekniker/ : /technician/);
      }
    },
  );

  it.each([
    ['sv', 'röd lampa på fiberboxen, inget internet', 'måndag funkar', 'nej vänta, den dagen jobbar jag'],
    ['en', 'red light on the fibre box, no internet', 'monday is fine', 'oh wait i work that day'],
    ['en', 'red light on the fibre box, no internet', 'monday morning works', "sorry, I'm away that morning"],
  ] as const)('%s: "%s" after the booking moves it off that day', async (lang, opening, first, that) => {
    const c = await conversation('fiber_los', lang, [opening, '200206', '2058', first, that]);
    expect(c.replies.at(-2)).toMatch(/7 december/i);
    expect(c.booked?.start.startsWith('2026-12-07')).toBe(false);
    expect(c.replies.at(-1)).toMatch(lang === 'sv' ? /flyttat/ : /moved/);
  });

  it.each([
    [
      'en',
      'fiber_los',
      [
        'no internet, red LOS light. if a technician has to come, weekdays after five works for me',
        '200206',
        '2058',
      ],
    ],
    [
      'sv',
      'fiber_los',
      [
        'inget internet, röd lampa. om en tekniker måste komma så är jag hemma vardagar efter fem',
        '200206',
        '2058',
      ],
    ],
    [
      'sv',
      'hardware_failure',
      [
        'routern startar om sig själv hela tiden',
        '200206',
        '2058',
        'ja kör. om det behövs en tekniker så är jag bara hemma efter fem',
      ],
    ],
  ] as const)(
    '%s %s: times given before the visit question book it there',
    async (_lang, fault, messages) => {
      const c = await conversation(fault, _lang, [...messages]);
      expect(c.asks).not.toContain('contact.availability');
      expect(c.booked?.start).toBe(EVENING('07'));
      expect(c.requests.at(-1)?.customerAvailability).toMatch(/fem|five/);
    },
  );
});

describe('a person asked for when a technician fixes the fault (round 25 b3, a4)', () => {
  it.each([
    [
      'sv',
      'den har ju redan startat om sig själv typ tio gånger idag, vad ska en omstart till hjälpa?? kan jag inte få prata med en människa istället',
    ],
    ['sv', 'nej ingen omstart. jag vill prata med en människa'],
    [
      'en',
      'it has restarted itself ten times today, what would a restart do?? can I talk to a real person instead',
    ],
    ['en', 'just put me through to a human please'],
  ] as const)(
    '%s at the restart permission: "%s" → told the technician is a person, asked when',
    async (lang, msg) => {
      const c = await conversation('hardware_failure', lang, [
        lang === 'sv' ? 'routern startar om sig själv hela tiden' : 'my router keeps restarting by itself',
        '200206',
        '2058',
        msg,
      ]);
      expect(c.asks.at(-1)).toBe('contact.availability');
      const reply = c.replies.at(-1)!;
      expect(count(reply, lang === 'sv' ? /Du får en människa/ : /You will get a person/)).toBe(1);
      // Nothing booked yet: "idag" in her complaint is no time for a visit.
      expect(c.booked).toBeNull();
      expect(c.requests).toHaveLength(0);
      // Her times then book it, and the case goes to the field team with them.
      const next = await conversation('hardware_failure', lang, [
        lang === 'sv' ? 'routern startar om sig själv hela tiden' : 'my router keeps restarting by itself',
        '200206',
        '2058',
        msg,
        lang === 'sv' ? 'på förmiddagen, inte måndag' : 'mornings, not monday',
      ]);
      expect(next.ticket?.queue).toBe('field');
      expect(next.booked?.start).toBe(MORNING('08'));
      expect(next.requests.at(-1)?.customerAvailability).toMatch(/förmiddagen|mornings/);
      expect(next.events.some((e) => e.type === 'note' && /asked for a person/.test(e.text))).toBe(true);
    },
  );

  it.each([
    ['sv', 'kan jag inte bara få prata med en människa? jag är hemma efter fem på vardagar'],
    ['en', 'can i just talk to a person? im home after 5 on weekdays'],
  ] as const)('%s: a person and times at the permission: booked inside them at once', async (lang, msg) => {
    const c = await conversation('hardware_failure', lang, [
      lang === 'sv' ? 'routern startar om sig själv hela tiden' : 'my router keeps restarting by itself',
      '200206',
      '2058',
      msg,
    ]);
    expect(c.ticket?.queue).toBe('field');
    expect(c.booked?.start).toBe(EVENING('07'));
    expect(count(c.replies.at(-1)!, lang === 'sv' ? /Du får en människa/ : /You will get a person/)).toBe(1);
  });

  it.each([
    ['sv', '200206 och pin 2058. hur lång tid tar det här?'],
    ['en', '200206 and pin 2058. how long is this going to take?'],
  ] as const)(
    '%s: "how long does this take?" beside the PIN is the case, not an agreed restart',
    async (lang, msg) => {
      const c = await conversation('hardware_failure', lang, [
        lang === 'sv' ? 'routern startar om sig själv hela tiden' : 'my router keeps restarting by itself',
        msg,
      ]);
      expect(c.asks.at(-1)).toBe('consent.reboot');
      const reply = c.replies.at(-1)!;
      expect(reply).not.toMatch(/tills routern är tillbaka|until the router is back/);
      expect(reply).toMatch(
        lang === 'sv' ? /Låter du mig starta om routern/ : /If you let me restart the router/,
      );
    },
  );
});
