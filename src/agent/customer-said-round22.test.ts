// Issue 14, role-play round 22 (J4): what the customer already said is used, never asked for again —
// c2: a customer number in an e-mail signature ("customer 200199") and "could it be the cleaning?" in the
// opening, answered once the cause is found; a5: "200164 och koden är 1438" is the number and the PIN;
// c6: "Jag jobbar hemifrån tis och tors" in the opening books the visit on those days; b5: a day the customer
// is away is never booked, and "torsdag går inte, vilken annan dag som helst" moves the visit at once.
import { describe, expect, it } from 'vitest';
import type { FaultKind, Language } from '../domain/index.js';
import type { TimeWindow } from '../isp/ports.js';
import { BOOKING_STATE_KEY } from './field-visit.js';
import { slotBookingIsp, weekdaySlots } from './testing/field-slots.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function mail(
  language: Language,
  faults: FaultKind[],
  customer: { customerNumber: string; name: string; pin: string },
  channel: 'email' | 'chat' = 'email',
) {
  const desk = memoryDesk({ world: faultWorld(faults, { canDo: ['step.check_cables'] }) });
  desk.directory.add(customer);
  const c = await desk.agent.startConversation({
    channel,
    language,
    ...(channel === 'email' ? { subject: 'internet' } : {}),
  });
  const send = async (m: string) => {
    const r = await desk.agent.handleMessage(c.ticketId, m);
    return { text: words(r), ask: r.at(-1)?.askKey ?? null };
  };
  return { desk, send, ticketId: c.ticketId };
}

const ERIK = { customerNumber: '200199', name: 'Erik Sjöberg', pin: '9539' };
const ANNA = { customerNumber: '200164', name: 'Anna Nilsson', pin: '1438' };

describe('c2: the customer number in the signature, and "could it be what we did?"', () => {
  it.each([
    [
      'en',
      "Hello,\n\nSo we did a big spring cleaning on Saturday, moved the TV bench and vacuumed behind everything (there was SO much dust, you wouldn't believe it) and since then we have no internet at all. Could it be the cleaning or is it a coincidence? \n\nBest regards\nErik Sjöberg\ncustomer 200199",
    ],
    [
      'en',
      'Hi, we have had no internet since yesterday, right after we moved the sofa around. Was it because we moved the furniture?\n\nCheers,\nErik (cust. no 200199)',
    ],
    [
      'sv',
      'Hej!\n\nInget internet sedan storstädningen i lördags. Kan det vara städningen eller är det en slump?\n\nMvh\nErik Sjöberg\nKundnummer: 200 199',
    ],
    [
      'sv',
      'hej, inget internet sen igår kväll. kan det bero på att vi dammsög bakom tv:n? /Erik, kundnr 200199',
    ],
  ] as const)('%s %j: only the PIN is asked; the cause answers the question', async (lang, opening) => {
    const c = await mail(lang, ['cable_unplugged'], ERIK);
    const first = await c.send(opening);
    expect(first.ask).toBe('identity.pin');
    expect(first.text).not.toMatch(/customer number\?|ditt kundnummer\?/i);
    const next = await c.send(lang === 'en' ? 'Pin is 9539' : 'pinkoden är 9539');
    expect(next.ask).toBe('step.check_cables');
    expect(next.text).toMatch(
      lang === 'en' ? /cable in your home had come loose/ : /kabel hemma hos dig hade lossnat/,
    );
  });
});

describe('a5: "the code" beside the customer number is the PIN', () => {
  it.each([
    ['email', 'sv', '200164 och koden är 1438'],
    ['email', 'sv', 'kundnummer 200164\nkoden: 1438\n/Anna'],
    ['chat', 'en', '200164, code is 1438'],
    ['chat', 'en', 'the code is 1438 and my number 200164'],
    ['chat', 'sv', '200164 koden 1438'],
  ] as const)('%s %s %j: verified, no PIN question', async (channel, lang, answer) => {
    const c = await mail(lang, ['speed_line_degraded'], ANNA, channel);
    const first = await c.send(
      lang === 'en' ? 'internet is very slow, even on a cable' : 'internet är jättesegt, även med sladd',
    );
    expect(first.ask).toBe('identity.customer_number');
    const next = await c.send(answer);
    expect(next.ask).not.toBe('identity.pin');
    expect(next.text).toMatch(lang === 'en' ? /you are verified/ : /nu är du verifierad/);
  });
});

const NOW = () => new Date('2026-12-05T07:30:00Z'); // Saturday 5 December 2026
const BOOKED_DAY = (b: TimeWindow | null) => b?.start.slice(0, 10);

async function visitCase(
  channel: 'email' | 'chat',
  language: Language,
  fault: FaultKind,
  customer: { customerNumber: string; name: string; pin: string },
  days: string[],
  messages: string[],
) {
  const desk = memoryDesk({ world: faultWorld([fault]), isp: slotBookingIsp(weekdaySlots(days)), now: NOW });
  desk.directory.add(customer);
  const c = await desk.agent.startConversation({
    channel,
    language,
    ...(channel === 'email' ? { subject: 'modem' } : {}),
  });
  const replies: string[] = [];
  const asks: (string | null)[] = [];
  const booked: (string | undefined)[] = [];
  for (const m of messages) {
    const r = await desk.agent.handleMessage(c.ticketId, m);
    replies.push(words(r));
    asks.push(r.at(-1)?.askKey ?? null);
    booked.push(BOOKED_DAY(await desk.tickets.getState<TimeWindow>(c.ticketId, BOOKING_STATE_KEY)));
  }
  return { replies, asks, booked, ticket: await desk.tickets.get(c.ticketId) };
}

const ANNA_J = { customerNumber: '200234', name: 'Anna Johansson', pin: '1606' };
const NILS = { customerNumber: '200213', name: 'Nils Svensson', pin: '5783' };
const TUE = '2026-12-08';
const THU = '2026-12-10';

describe('c6: the days given in the opening are the visit times', () => {
  it.each([
    [
      'email',
      'sv',
      'Hej!\n\nVårt kabelmodem tappar anslutningen flera gånger om dagen, ibland är det borta i tio minuter. Har startat om det flera gånger men det hjälper inte. Måste en tekniker komma hit i så fall? Jag jobbar hemifrån tis och tors.\n\nMitt kundnummer är 200234 och PIN 1606.\n\nMvh Anna Johansson',
    ],
    [
      'chat',
      'en',
      'my modem keeps dropping the connection several times a day. will a technician have to come? I work from home tue and thu. customer number 200234 pin 1606',
    ],
    [
      'chat',
      'sv',
      'modemet tappar uppkopplingen hela tiden, kommer det behövas en tekniker? jag är hemma tisdagar och torsdagar. kundnr 200234 pinkod 1606',
    ],
  ] as const)(
    '%s %s: booked on Tuesday or Thursday, the days never asked for again',
    async (ch, lang, opening) => {
      const c = await visitCase(
        ch,
        lang,
        'docsis_power_out_of_range',
        ANNA_J,
        ['07', '08', '09', '10'],
        [opening],
      );
      expect(c.asks).not.toContain('contact.availability');
      expect(c.replies[0]).not.toMatch(/Skriv vilka dagar|Tell me which days/);
      expect(c.ticket?.queue).toBe('field');
      expect([TUE, THU]).toContain(c.booked[0]);
    },
  );
});

describe('b5: a day the customer is away is never booked; "X does not work, any other day" moves it at once', () => {
  const opening = 'Internet försvinner flera gånger om dagen. Mitt kundnummer är 200213.';
  /** Nils identified, asked when a technician may come (Thursday 10 December is the first free slot). */
  const nils = (lang: Language, then: string[]) =>
    visitCase('chat', lang, 'optical_power_low', NILS, ['10', '11', '14'], [opening, '5783', ...then]);
  it.each([
    [
      'sv',
      'Jaså, oj. Det vet jag inte riktigt, vi är ju pensionärer så vi är hemma mest, men på torsdag ska vi till dottern i Uppsala. Måste vi vara hemma alls?',
    ],
    ['sv', 'vi är hemma alla dagar, men på torsdag åker vi bort'],
    ['en', "we're mostly home, but on thursday we're off to see our daughter in Uppsala"],
    ['en', 'any day is fine, but Thursday we are away'],
  ] as const)('%s %j: not Thursday', async (lang, availability) => {
    const c = await nils(lang, [availability, lang === 'sv' ? 'vilken dag som helst' : 'any day']);
    const day = c.booked.find(Boolean);
    expect(day).toBeDefined();
    expect(day).not.toBe(THU);
  });

  it.each([
    ['sv', 'Men torsdag sa jag ju att vi är i Uppsala! Det går inte. Vilken annan dag som helst.'],
    ['sv', 'torsdag passar inte. nån annan dag?'],
    ['sv', 'Men torsdag går inte, vi är i Uppsala! Vilken annan dag som helst.'],
    ['en', "Thursday doesn't work for us, we're visiting our daughter. Any other day is fine."],
    ['en', 'I told you thursday we are away! That does not work. Any other day.'],
  ] as const)('%s %j with Thursday booked: moved off Thursday at once', async (lang, complaint) => {
    const c = await nils(lang, [lang === 'sv' ? 'vi är hemma mest' : 'we are mostly home', complaint]);
    expect(c.booked[2]).toBe(THU);
    expect(c.booked[3]).not.toBe(THU);
    expect(c.replies[3]).toMatch(lang === 'sv' ? /flyttat besöket/ : /moved the visit/);
  });

  it('a day ruled out that is not the booked one leaves the visit where it is', async () => {
    const c = await visitCase(
      'chat',
      'sv',
      'optical_power_low',
      NILS,
      ['07', '10', '11'],
      [opening, '5783', 'vi är hemma mest', 'Men torsdag sa jag ju att vi är i Uppsala! Det går inte.'],
    );
    expect(c.booked[2]).toBe('2026-12-07');
    expect(c.booked[3]).toBe('2026-12-07');
    expect(c.replies[3]).toMatch(/måndag 7 december/);
  });
});

describe('a2: "I can log in now" answers "does it work now?"', () => {
  const MARIA = { customerNumber: '200171', name: 'Maria Åberg', pin: '7464' };
  it.each([
    [
      'email',
      'en',
      'Thank you, I can log in now. But you did not answer where I find my invoices on My Pages?\n\nMaria',
    ],
    ['chat', 'en', "I'm in now, thanks"],
    ['chat', 'en', 'thanks, logged in fine now'],
    ['chat', 'sv', 'tack, nu kommer jag in!'],
    ['chat', 'sv', 'tack nu kan jag logga in. men var hittar jag fakturorna?'],
    ['email', 'sv', 'Hej, nu är jag inloggad, tack!\n\n/Maria'],
  ] as const)('%s %s %j: the case is resolved, the question never put again', async (ch, lang, said) => {
    const c = await mail(lang, ['portal_account_locked'], MARIA, ch);
    await c.send(
      lang === 'en'
        ? 'my account on My Pages is locked, customer number 200171'
        : 'mitt konto på Mina sidor är låst, kundnummer 200171',
    );
    const unlocked = await c.send('7464');
    expect(unlocked.ask).toBe('resolution.confirm');
    const next = await c.send(said);
    expect(next.text).not.toMatch(/Does it work now\?|Fungerar det nu\?/);
    expect(next.ask).not.toBe('resolution.confirm');
    expect((await c.desk.tickets.get(c.ticketId))?.status).toBe('resolved');
  });
});

describe('c5: the phone wall socket is not a power outlet', () => {
  const LUCAS = { customerNumber: '200220', name: 'Lucas Khan', pin: '2478' };
  it.each([
    [
      'en',
      'what is a splitter? there is a small white box between the phone and the wall socket, is that it? the router cable goes straight into the wall i think',
    ],
    ['en', 'the router cable is in the wall socket next to the phone, is that ok?'],
    ['sv', 'vad är en splitter? det sitter en vit dosa mellan telefonen och vägguttaget, är det den?'],
  ] as const)('%s %j at the cable step: no lamp, fuse or power-strip advice', async (lang, said) => {
    const desk = memoryDesk({ world: faultWorld(['dsl_low_snr'], { canDo: ['step.check_cables'] }) });
    desk.directory.add({ ...LUCAS, access: 'dsl' });
    const c = await desk.agent.startConversation({ channel: 'chat', language: lang });
    await desk.agent.handleMessage(
      c.ticketId,
      lang === 'en'
        ? 'my internet keeps cutting out when my wife uses the home phone. customer number 200220'
        : 'internet bryts hela tiden när frun ringer på hemtelefonen. kundnummer 200220',
    );
    const atStep = await desk.agent.handleMessage(c.ticketId, '2478');
    expect(atStep.at(-1)?.askKey).toBe('step.check_cables');
    const r = words(await desk.agent.handleMessage(c.ticketId, said));
    expect(r).not.toMatch(/lamp|fuse|circuit breaker|power strip|lampa|säkring|grenuttag/i);
    expect(r).toMatch(/splitter|filter/i);
  });
});
