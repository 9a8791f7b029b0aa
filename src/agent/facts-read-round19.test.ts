// Round 19 of the issue-14 role-play, fixer F4: facts the customer gives are read right and used — a speed
// figure corrected with "not", a test result already given at the test step, scheduling limits said before any
// visit was proposed, one instruction said once, and where a non-customer's answer will come.
import { describe, expect, it } from 'vitest';
import type { TimeWindow } from '../isp/ports.js';
import { BOOKING_STATE_KEY } from './field-visit.js';
import { portalChat } from './testing/chat.js';
import { slotBookingIsp, weekdaySlots } from './testing/field-slots.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';
import { visitTimes } from './visit-times.js';

describe('a speed figure after "not" is the one corrected away; decimal commas are decimals (rp19c #2)', () => {
  async function afterLineHandoff(lang: 'sv' | 'en') {
    const c = await portalChat(lang, faultWorld(['speed_line_degraded'], { canDo: ['step.wired_test'] }));
    await c.send(
      lang === 'en'
        ? 'hi, my internet is super slow even when i plug the laptop in with a cable. speedtest says 12,4 down and 3,1 up. is it the router??'
        : 'hej, internet är jättesegt även med kabel i datorn. speedtest visar 12,4 ner och 3,1 upp. är det routern?',
    );
    return c;
  }

  it.each([
    [
      'en',
      'wait, my speedtest said 12,4 not 120? and 4 hours, so i have no proper internet tonight?',
      '12.4',
    ],
    ['en', 'hang on, my test showed 12.4, not 120', '12.4'],
    ['en', 'my speed test got 12,4 mbit not 120??', '12.4'],
    ['sv', 'vänta, mitt speedtest visade 12,4 inte 120?', '12,4'],
    ['sv', 'mitt test sa inte 120 utan 12,4', '12,4'],
  ] as const)('%s: "%s" is said back as %s alone', async (lang, text, figure) => {
    const c = await afterLineHandoff(lang);
    const said = await c.say(text);
    expect(said).toContain(`${figure} Mbit/s`);
    expect(said).not.toMatch(/\/120|12[.,]4\/|120\/12/);
  });

  it.each([
    ['en', 'sorry i meant 12,4 down and 3,1 up', '12.4/3.1'],
    ['en', 'my speedtest was down 12,4 up 3,1', '12.4/3.1'],
    ['sv', 'förlåt, mitt test visade 12,4 ner och 3,1 upp', '12,4/3,1'],
  ] as const)('%s: "%s" is a pair, said as %s', async (lang, text, pair) => {
    const c = await afterLineHandoff(lang);
    expect(await c.say(text)).toContain(`${pair} Mbit/s`);
  });
});

describe('times said before the first proposal shape the first booking (rp19b #4)', () => {
  // Saturday 5 December 2026 in Stockholm; slots 08–12, 12–16, 17–20 on weekdays from Monday 7 December.
  const NOW = () => new Date('2026-12-05T07:30:00Z');
  const TZ = 'Europe/Stockholm';
  const local = (iso: string) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: TZ, weekday: 'short', hour: '2-digit' })
      .format(new Date(iso))
      .replace(',', '');
  const EVERY_WEEKDAY = ['07', '08', '09', '10', '11', '14', '15', '16', '17', '18'];

  it.each([
    [
      'sv',
      'varför händer det här då? har funkat bra i flera år. jag kan i princip alla vardagar utom torsdag, och inte före 10',
    ],
    ['sv', 'jag kan alla vardagar utom torsdag, inte före 10 bara'],
    ['sv', 'jag kan vardagar men inte torsdag, och tidigast kl 10'],
    [
      'en',
      'why does this even happen? worked fine for years. any weekday except thursday, and not before 10',
    ],
    ['en', 'weekdays are fine but not thursday, and not before 10am'],
  ] as const)('%s: "%s" books no slot before 10 and no Thursday', async (language, availability) => {
    const desk = memoryDesk({
      world: faultWorld(['optical_power_low']),
      isp: slotBookingIsp(weekdaySlots(EVERY_WEEKDAY)),
      now: NOW,
    });
    const res = await converse(desk, {
      customer: { customerNumber: '833520', name: 'Viktor Sandberg', pin: '6042' },
      language,
      opening:
        language === 'en'
          ? 'the internet drops several times a day, annoying when working from home'
          : 'Hej. Nätet tappar flera gånger om dagen, rätt irriterande när man jobbar hemifrån',
      answers: {
        'identity.customer_number': '833520',
        'identity.pin': '6042',
        'contact.availability': availability,
      },
    });
    expect(res.queue).toBe('field');
    const booked = await desk.tickets.getState<TimeWindow>(res.ticketId, BOOKING_STATE_KEY);
    expect(booked).toBeTruthy();
    expect(local(booked!.start)).toBe('Mon 12');
    for (const w of visitTimes(availability, NOW(), TZ).preferred) {
      expect(local(w.start)).not.toMatch(/^(Thu|Sat|Sun)/);
      expect(Number(local(w.start).slice(4))).toBeGreaterThanOrEqual(10);
    }
  });
});

describe('one reply never carries the same instruction twice (rp19c #3)', () => {
  const INSTRUCTION = /säg (sedan |till )?(”klart”|när)|tell me (“done”|when)/gi;
  it.each([
    ['sv', 'jag tror det? den sitter där iaf. telefonen är i den ena hålet och routern i det andra'],
    ['sv', 'kanske? vet inte riktigt hur det ska se ut'],
    ['sv', 'tror de sitter i men e inte säker'],
    ['en', 'i think so? its there anyway. the phone is in one hole and the router in the other'],
    ['en', 'maybe? not sure what it should look like'],
  ] as const)('%s: "%s" at the cable check gets the step with one way to report back', async (lang, text) => {
    const c = await portalChat(
      lang,
      faultWorld(['dsl_low_snr'], { splitter: true, canDo: ['step.check_cables'] }),
    );
    await c.asks(
      lang === 'sv'
        ? 'nätet dör när nån ringer på fasta telefonen'
        : 'internet drops whenever someone uses the landline',
      'step.check_cables',
    );
    const replies = await c.send(text);
    const said = replies.map((r) => r.text).join('\n');
    expect(said.match(INSTRUCTION)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});
