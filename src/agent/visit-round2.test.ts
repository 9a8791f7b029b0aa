// Issue 14, round 2 (fixer g, field visits): times to avoid with day and hours, a fitting slot never
// given up for one outside the customer's times, questions about a booked visit, and a cable the
// customer wants to check before a technician is sent (rp9b #1, #2; rp9c #3).
import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../domain/index.js';
import type { TimeWindow } from '../isp/ports.js';
import { slotBookingIsp, weekdaySlots } from './testing/field-slots.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
// Saturday 5 December 2026 in Stockholm.
const NOW = () => new Date('2026-12-05T07:30:00Z');
const WEEKDAYS = weekdaySlots(['07', '08', '09', '10', '11', '14', '15']);
/** Saturday 12 December 09–13 (the demo's Saturday slot). */
const SATURDAY: TimeWindow = { start: '2026-12-12T08:00:00.000Z', end: '2026-12-12T12:00:00.000Z' };
const ALL = [...WEEKDAYS, SATURDAY].sort((a, b) => a.start.localeCompare(b.start));
/** No evening slots on weekdays: only Saturday morning fits "after 16 on weekdays, or Saturday morning". */
const NO_EVENINGS = ALL.filter((s) => !s.start.endsWith('T16:00:00.000Z'));
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function atAvailability(
  fault: FaultKind,
  language: 'sv' | 'en',
  availability: string | null,
  slots: TimeWindow[] = ALL,
) {
  const desk = memoryDesk({ world: faultWorld([fault]), isp: slotBookingIsp(slots), now: NOW });
  const res = await converse(desk, {
    customer: KARIN,
    language,
    opening: language === 'en' ? 'internet is down completely' : 'internet ligger nere helt',
    answers: {
      'identity.customer_number': '100482',
      'identity.pin': '4711',
      'consent.*': language === 'sv' ? 'ja' : 'yes',
      ...(availability ? { 'contact.availability': availability } : {}),
    },
    maxTurns: availability ? 16 : 3,
  });
  const say = async (text: string) => {
    const r = await desk.agent.handleMessage(res.ticketId, text);
    return { text: words(r), ask: r.at(-1)?.askKey ?? null };
  };
  return { desk, res, id: res.ticketId, said: words(res.lastReplies), say };
}

describe('times the customer cannot are never booked', () => {
  it.each([
    [
      'en',
      'asap. im home all day, except monday 9-12 i have meetings (at a cafe probably lol). tomorrow sunday is fine too if you work sundays',
      /Monday 7 December 12:00–16:00/,
    ],
    ['en', 'im home all day except monday 9-12', /Monday 7 December 12:00–16:00/],
    ['en', 'any day works, just not monday morning', /Monday 7 December 12:00–16:00/],
    ['sv', 'när som helst, utom måndag 9-12 då har jag möten', /måndag 7 december 12:00–16:00/],
    ['sv', 'hela veckan funkar förutom mandag fm', /måndag 7 december 12:00–16:00/],
    ['sv', 'jag är hemma hela dagarna men inte på måndag förmiddag', /måndag 7 december 12:00–16:00/],
  ] as const)('%s: %s', async (language, availability, expected) => {
    const v = await atAvailability('fiber_los', language, availability);
    expect(v.said).toMatch(expected);
    expect(v.said).not.toMatch(/08:00–12:00/);
  });

  it.each([
    [
      'sv',
      'jobbar dagtid. efter 16 funkar på vardagar, helst inte fredag. eller lördag fm',
      /måndag 7 december 17:00–20:00/,
    ],
    [
      'en',
      'i work days. after 4 on weekdays is fine, preferably not friday. or saturday morning',
      /Monday 7 December 17:00–20:00/,
    ],
  ] as const)(
    '"helst inte fredag" leaves the weekdays after 16 wanted — %s',
    async (language, availability, expected) => {
      const v = await atAvailability('fiber_los', language, availability);
      expect(v.said).toMatch(expected);
    },
  );

  it('"lördag fm" is Saturday morning', async () => {
    const v = await atAvailability(
      'fiber_los',
      'sv',
      'jobbar dagtid. efter 16 funkar på vardagar, helst inte fredag. eller lördag fm',
      NO_EVENINGS,
    );
    expect(v.said).toMatch(/lördag 12 december 09:00–13:00/);
    expect(v.said).not.toMatch(/ingen ledig besökstid/);
  });
});

describe("a fitting visit is never given up for one outside the customer's times", () => {
  it('sv: "går det inte tidigare? måndag eller tisdag efter 16 funkar ocksa" keeps Saturday; "ta tillbaka lördagen" confirms it', async () => {
    const v = await atAvailability(
      'hardware_failure',
      'sv',
      'jobbar dagtid. efter 16 funkar på vardagar, helst inte fredag. eller lördag fm',
      NO_EVENINGS,
    );
    expect(v.said).toMatch(/lördag 12 december 09:00–13:00/);
    const r = await v.say('går det inte tidigare? måndag eller tisdag efter 16 funkar ocksa');
    expect(r.text).toMatch(/lördag 12 december 09:00–13:00/);
    expect(r.text).not.toMatch(/avbokad|har flyttat/);
    const back = await v.say('men jag sa ju efter 16, jag jobbar på förmiddagen! ta tillbaka lördagen då');
    expect(back.text).toMatch(/lördag 12 december 09:00–13:00/);
    expect(back.text).not.toMatch(/08:00–12:00|12:00–16:00/);
  });

  it('en: "anything earlier? monday or tuesday after 4 works too" keeps Saturday when nothing earlier fits', async () => {
    const v = await atAvailability(
      'hardware_failure',
      'en',
      'i work days. after 4 on weekdays, or saturday morning',
      NO_EVENINGS,
    );
    expect(v.said).toMatch(/Saturday 12 December 09:00–13:00/);
    const r = await v.say('anything earlier? monday or tuesday after 4 works too');
    expect(r.text).toMatch(/Saturday 12 December 09:00–13:00/);
    expect(r.text).not.toMatch(/cancelled|moved the visit/);
  });

  // The time offered is the nearest to the new times (the same Tuesday, the closest hours: s10 B), not Monday morning.
  it('the nearest earlier time is offered, not booked; "ja, ta den" books it', async () => {
    const v = await atAvailability('hardware_failure', 'sv', 'lördag förmiddag', NO_EVENINGS);
    expect(v.said).toMatch(/lördag 12 december 09:00–13:00/);
    const r = await v.say('går det inte tidigare? tisdag efter 16 funkar också');
    expect(r.text).toMatch(/behållit ditt besök lördag 12 december 09:00–13:00/);
    expect(r.text).toMatch(/tisdag 8 december 12:00–16:00/);
    const yes = await v.say('ja ta den');
    expect(yes.text).toMatch(/bokat tisdag 8 december 12:00–16:00/);
    const when = await v.say('när kommer teknikern?');
    expect(when.text).toMatch(/tisdag 8 december 12:00–16:00/);
  });

  it('en: "no, keep saturday" after the offer keeps it', async () => {
    const v = await atAvailability('hardware_failure', 'en', 'saturday morning', NO_EVENINGS);
    const r = await v.say('anything sooner? tuesday evening works too');
    expect(r.text).toMatch(/kept your visit on Saturday 12 December 09:00–13:00/);
    const no = await v.say('no, keep saturday then');
    expect(no.text).toMatch(/Saturday 12 December 09:00–13:00/);
    expect(no.text).not.toMatch(/Monday/);
  });

  it('an earlier time inside the new times is taken', async () => {
    const v = await atAvailability('hardware_failure', 'sv', 'lördag förmiddag', ALL);
    expect(v.said).toMatch(/lördag 12 december 09:00–13:00/);
    const r = await v.say('går det inte tidigare? tisdag efter 16 funkar också');
    expect(r.text).toMatch(/tisdag 8 december 17:00–20:00/);
  });
});

describe('questions about the booked visit', () => {
  it('"will the technician call before coming? and do i need to be home the whole 4 hours" — both answered from the booking', async () => {
    const v = await atAvailability('fiber_los', 'en', 'weekdays after 5pm');
    expect(v.said).toMatch(/Monday 7 December 17:00–20:00/);
    const r = await v.say(
      'ok. will the technician call before coming? and do i need to be home the whole 4 hours',
    );
    expect(r.text).not.toMatch(/within 4 hours|agree on a time/);
    expect(r.text).toMatch(/call/i);
    expect(r.text).toMatch(/18 or over/);
    expect(r.text).toMatch(/whole|any point/);
  });

  it('sv: "ringer teknikern innan han kommer?" is answered, not passed on', async () => {
    const v = await atAvailability('fiber_los', 'sv', 'vardagar efter 17');
    const r = await v.say('ringer teknikern innan han kommer? måste jag vara hemma hela tiden?');
    expect(r.text).not.toMatch(/inom 4 timmar|komma överens|kollega/);
    expect(r.text).toMatch(/samtal/);
    expect(r.text).toMatch(/18 år/);
  });

  it.each([
    ['sv', 'ok tack', /inom 24 timmar|återkommer/],
    ['en', 'ok thanks', /within 24 hours|get back to you/],
  ] as const)(
    '%s: "%s" after a booked visit does not speak as if nothing were booked',
    async (language, text, bad) => {
      const v = await atAvailability(
        'hardware_failure',
        language,
        language === 'sv' ? 'vardagar efter 17' : 'weekdays after 5pm',
      );
      const r = await v.say(text);
      expect(r.text).not.toMatch(bad);
    },
  );
});

describe('the customer wants to check the cable before a technician is sent', () => {
  it('sv: the fibre cable is guided, the desk waits, tests again, and then books with the times given', async () => {
    const v = await atAvailability('fiber_los', 'sv', null);
    const r = await v.say(
      'nej vänta, skicka ingen tekniker än. kan det inte va fiberkabeln som glappar? den sitter lite konstigt',
    );
    expect(r.text).toMatch(/fiberkabeln/);
    expect(r.ask).toMatch(/^step\./);
    expect((await v.desk.tickets.get(v.id))?.status).not.toBe('escalated');
    const after = await v.say('jag tryckte in kabeln nu, lampan e fortfarande röd');
    expect(after.ask).toBe('contact.availability');
    const booked = await v.say(
      'ok då vill jag ha en tekniker ändå. hur länge dröjer det? jag jobbar hemma imorgon hela dan',
    );
    expect(booked.text).toMatch(/måndag 7 december 08:00–12:00/);
    expect(booked.text).not.toMatch(/bara om du säger ja/);
  });

  it('en: "could it be the cable? i can check it first" waits for the check; "still red, send someone, tuesday afternoon" books', async () => {
    const v = await atAvailability('fiber_los', 'en', null);
    const r = await v.say("no wait, don't send anyone yet. could it be the cable? i can check it first");
    expect(r.text).toMatch(/fibre cable/);
    expect(r.ask).toMatch(/^step\./);
    const booked = await v.say(
      'pushed it in, light is still red. ok send a technician then, tuesday afternoon works',
    );
    expect(booked.text).toMatch(/Tuesday 8 December 12:00–16:00/);
  });

  it('sv: "kan det inte vara sladden? jag kan kolla den forst" → the check is awaited; a fix is confirmed', async () => {
    const desk = memoryDesk({ world: faultWorld(['fiber_los']), isp: slotBookingIsp(ALL), now: NOW });
    const res = await converse(desk, {
      customer: KARIN,
      language: 'sv',
      opening: 'internet ligger nere helt',
      answers: { 'identity.customer_number': '100482', 'identity.pin': '4711' },
      maxTurns: 3,
    });
    const r = await desk.agent.handleMessage(
      res.ticketId,
      'kan det inte vara sladden? jag kan kolla den forst',
    );
    expect(r.at(-1)?.askKey).toMatch(/^step\./);
    desk.world.faults.delete('fiber_los');
    const fixed = await desk.agent.handleMessage(res.ticketId, 'klart, tryckte in den');
    expect(fixed.at(-1)?.askKey).toBe('resolution.confirm');
  });
});

describe('a check already made is not asked for again', () => {
  it('sv: the same "kan det inte vara sladden?" after the check hands over without a visit', async () => {
    const v = await atAvailability('fiber_los', 'sv', null);
    const again = 'nej vänta, skicka ingen tekniker än. kan det inte vara sladden? jag kan kolla den forst';
    expect((await v.say(again)).ask).toBe('step.check_cables');
    expect((await v.say('klart')).ask).toBe('contact.availability');
    const r = await v.say(again);
    expect(r.ask).not.toBe('step.check_cables');
    expect(r.text).toMatch(/inget besök/);
  });
});

describe('a declined visit wanted after all', () => {
  it('"ok då vill jag ha en tekniker ändå. hur länge dröjer det? jag jobbar hemma imorgon hela dan" books', async () => {
    const v = await atAvailability('fiber_los', 'sv', 'nej, ingen tekniker nu tack');
    const r = await v.say(
      'ok då vill jag ha en tekniker ändå. hur länge dröjer det? jag jobbar hemma imorgon hela dan',
    );
    expect(r.text).toMatch(/måndag 7 december 08:00–12:00/);
    expect(r.text).not.toMatch(/bara om du säger ja/);
  });
});

describe('a far-room Wi-Fi worry beside "yes it works"', () => {
  async function atConfirm(language: 'sv' | 'en') {
    const desk = memoryDesk({ world: faultWorld(['dns_misconfigured']), now: NOW });
    desk.directory.add(KARIN);
    const c = await desk.agent.startConversation({ channel: 'chat', language });
    let r = await desk.agent.handleMessage(
      c.ticketId,
      language === 'en' ? "some websites won't load" : 'vissa sidor går inte att öppna',
    );
    const answers: Record<string, string> = {
      'identity.customer_number': '100482',
      'identity.pin': '4711',
    };
    for (let i = 0; i < 8 && r.at(-1)?.askKey !== 'resolution.confirm'; i++) {
      const ask = r.at(-1)?.askKey ?? '';
      r = await desk.agent.handleMessage(c.ticketId, answers[ask] ?? (language === 'en' ? 'yes' : 'ja'));
    }
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    return async (text: string) => words(await desk.agent.handleMessage(c.ticketId, text));
  }

  it.each([
    ['en', 'yep sites load now. btw my wifi is a bit slow in the kitchen, is that normal?'],
    ['en', 'works now thanks. the wifi upstairs is kinda weak though, normal?'],
    ['sv', 'ja nu funkar det. men wifit är segt i sovrummet, är det normalt?'],
    ['sv', 'japp funkar. wifit e lite dåligt i köket btw, e de normalt?'],
  ] as const)('%s: %s → closes with the range advice', async (language, text) => {
    const say = await atConfirm(language);
    const r = await say(text);
    expect(r).toMatch(/5 GHz/);
    expect(r).toMatch(/closed|avslutat/);
    expect(r).not.toMatch(/colleague|kollega/);
  });
});
