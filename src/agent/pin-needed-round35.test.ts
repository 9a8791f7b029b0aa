// Role-play round 35. c #10: a move by e-mail, "customer no is 200,157? or 200.164? … the invoice is at the other
// apartment", then at the PIN "found it in my banking app: 200 262 ⏎ PIN?? … do I need it just to move?" — the
// move was read as an invoice question (billing), the corrected number was taken for a PIN, the question went
// unanswered, and "Can I talk to a real person please?" after the refusal was not honoured. b #5: "PIN-koden är
// 1438. … behöver ni verkligen min PIN för att kolla hastigheten?" was verified and tested, the question never
// answered.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { triage } from '../triage/index.js';
import { topicsOf } from '../triage/topics-of.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const SOFIA = { customerNumber: '200262', name: 'Sofia Ek', pin: '4182' };
const OTHER = { customerNumber: '200157', name: 'Per Olsson', pin: '1111' };
const ANNA = { customerNumber: '200164', name: 'Anna Nilsson', pin: '1438' };

async function mail(language: Language, faults: Parameters<typeof faultWorld>[0], messages: string[]) {
  const desk = memoryDesk({ world: faultWorld(faults) });
  for (const c of [SOFIA, OTHER, ANNA]) desk.directory.add(c);
  const s = await desk.agent.startConversation({ channel: 'email', language, subject: 'hej' });
  const replies: string[] = [];
  const asks: (string | null)[] = [];
  for (const m of messages) {
    const r = await desk.agent.handleMessage(s.ticketId, m);
    replies.push(r.map((x) => x.text).join('\n'));
    asks.push(r.at(-1)?.askKey ?? null);
  }
  const outcomes = async (id: string) =>
    (await desk.tickets.timeline(id)).filter((e) => e.type === 'resolution');
  return { desk, ticketId: s.ticketId, replies, asks, outcomes };
}

describe('a house move with the invoice named only as not at hand', () => {
  it.each([
    "hi! we're moving to a house in Solna on 15 January, can we take the internet with us? customer no is 200,157? sorry not sure, the invoice is at the other apartment",
    'vi flyttar till Solna i januari, kan vi ta med bredbandet? kundnumret vet jag inte, fakturan ligger i gamla lägenheten',
    "we are moving in march and want to keep our internet. I don't have the bill here",
  ])('%j is a move (sales), never an invoice question', (text) => {
    expect(triage(text).intent).toBe('account_change');
  });

  it.each([
    'vi flyttar till Solna. varför är fakturan så hög?',
    "my invoice is wrong, I was charged twice. we're moving next month",
  ])('%j still asks about the invoice', (text) => {
    expect(triage(text).intent).toBe('billing');
  });
});

describe('whether the PIN is needed, asked without a why', () => {
  it.each([
    'behöver ni verkligen min PIN för att kolla hastigheten?',
    'do you really need my pin to check the speed',
    'is a pin really needed for that?',
    'måste jag ha en pinkod för att flytta',
    'krävs pinkoden för att kolla linjen?',
    'do i need a PIN just to move',
  ])('%j asks why the PIN is needed', (text) => {
    expect(topicsOf(text)).toContain('why_pin');
  });

  it.each([
    'I need the pin code for my wifi',
    'do i need to restart the router?',
    'behöver ni mitt kundnummer?',
  ])('%j does not', (text) => {
    expect(topicsOf(text)).not.toContain('why_pin');
  });
});

describe('a corrected customer number at the PIN, beside "do I need it?"', () => {
  it.each([
    [
      'en',
      'sorry ignore those numbers, found it in my banking app: 200 262\n\nPIN?? I dont think I ever got one. do I need it just to move?\n\nSofia',
      /A move changes your subscription, so I need the PIN/,
    ],
    [
      'sv',
      'förlåt, fel nummer. hittade det i bankappen: 200 262\n\nPIN? måste jag verkligen ha den för att flytta?',
      /En flytt ändrar ditt abonnemang, så jag behöver PIN-koden/,
    ],
  ] as const)('%s: the new number is taken and the question answered', async (lang, text, answer) => {
    const opening =
      lang === 'en'
        ? "we're moving to a house in Solna on 15 January, can we take the internet with us? customer no is 200,157? not sure"
        : 'vi flyttar till Solna den 15 januari, kan vi ta med internet? kundnummer 200157 tror jag';
    const r = await mail(lang, [], [opening, text, SOFIA.pin]);
    expect(r.asks.slice(0, 2)).toEqual(['identity.pin', 'identity.pin']);
    expect(r.replies[1]).toMatch(answer);
    expect(r.replies[1]).not.toMatch(/customer number rather than|kundnummer och inte/i);
    expect(r.replies[1]).not.toMatch(/bank code|bankkod/i);
    // The PIN is checked against the new number.
    expect(r.replies[2]).toMatch(/Sofia/);
    expect((await r.desk.tickets.get(r.ticketId))?.customerId).toBe('cust-200262');
  });

  // (By e-mail the sender named her already: the number at the PIN was the one the desk had.)
  it.each([
    [
      'en',
      'found it in my banking app: 200 262\n\nPIN?? I dont think I ever got one. do I need it just to move?',
    ],
    ['sv', 'hittade det i bankappen: 200 262\n\nPIN? måste jag verkligen ha den för att flytta?'],
  ] as const)('%s: the number already given, beside the question, is answered too', async (lang, text) => {
    const opening =
      lang === 'en'
        ? "we're moving to Solna on 15 January, can we take the internet with us? customer no 200262"
        : 'vi flyttar till Solna den 15 januari, kan vi ta med internet? kundnummer 200262';
    const r = await mail(lang, [], [opening, text]);
    expect(r.replies[1]).toMatch(lang === 'en' ? /I have it already/ : /det har jag redan/);
    expect(r.replies[1]).toMatch(lang === 'en' ? /A move changes your subscription/ : /En flytt ändrar/);
    expect(r.replies[1].match(lang === 'en' ? /welcome letter/g : /välkomstbrev/g)).toHaveLength(1);
    expect(r.asks[1]).toBe('identity.pin');
  });

  it('without a PIN the move is refused with no invoice in it, and a person asked for after it is honoured', async () => {
    const r = await mail(
      'en',
      [],
      [
        "hi! we're moving to a house in Solna on 15 January, can we take the internet with us? also is 1000 Mbit available there\n\ncustomer no is 200,157? or 200.164? sorry not sure, the invoice is at the other apartment",
        'sorry ignore those numbers, found it in my banking app: 200 262\n\nPIN?? I dont think I ever got one. do I need it just to move?',
        "the correct one is 200262. And I don't have a PIN, I've never seen a welcome letter. Can't you just tell me if we can take the internet to Solna?",
        'We are MOVING to Solna on 15 January. Can I talk to a real person please?',
      ],
    );
    expect(r.replies[2]).toMatch(/subscription can move with you/);
    expect(r.replies[2]).not.toMatch(/invoice|billing team/i);
    expect(await r.outcomes(r.ticketId)).toMatchObject([{ outcome: 'refused' }]);
    const person = (await r.desk.tickets.list({ limit: 10 })).items.find((t) => t.id !== r.ticketId);
    expect(person?.queue).toBe('agents');
    expect(r.replies[3]).not.toMatch(/PIN|testing your line/);
  });
});

describe('"do you really need my PIN?" beside the PIN', () => {
  it.each([
    [
      'sv',
      'Hej igen, PIN-koden är 1438. Men en sak till: behöver ni verkligen min PIN för att kolla hastigheten? Jag har aldrig behövt det förut.',
      /kopplar ärendet till ditt abonnemang/,
      /välkomstbrev/,
    ],
    [
      'en',
      'pin is 1438. do you really need my PIN just to check the speed though?',
      /links this case to your subscription/,
      /welcome letter/,
    ],
  ] as const)(
    '%s: answered once verified, as what it lets the desk do',
    async (lang, text, answer, where) => {
      const opening =
        lang === 'sv'
          ? 'Internet är väldigt långsamt även med sladd, runt 12 Mbit. Mitt kundnummer är 200 164.'
          : 'internet is very slow even on a cable, about 12 Mbit. my customer number is 200164';
      const r = await mail(lang, ['speed_line_degraded'], [opening, text]);
      expect(r.replies[1]).toMatch(answer);
      expect(r.replies[1]).not.toMatch(where);
      expect(r.replies[1].indexOf(lang === 'sv' ? 'verifierad' : 'verified')).toBeLessThan(
        r.replies[1].search(answer),
      );
    },
  );

  it('a wrong PIN beside the question is told why it is needed', async () => {
    const r = await mail(
      'en',
      ['speed_line_degraded'],
      ['internet is very slow, customer number 200164', 'pin 9999. do you really need my pin for this?'],
    );
    expect(r.replies[1]).toMatch(/shows me that I am talking to the account holder/);
    expect(r.asks[1]).toBe('identity.pin');
  });
});
