// At the customer number and the PIN (round 32–33, the no-PIN and identity questions):
// 1. "I don't have the PIN", "har inte koden här", "pappa har den" — with or without a question beside it — is
//    never met by the PIN asked again: the case goes on with what needs no verification (a fault looked at, an
//    account change refused), and the question beside it is answered;
// 2. a how/why question of its own at the number or PIN gets its answer or the honest "I can't answer that from
//    here", then the same ask — never where the number is; a question about the number itself still gets that;
// 3. a customer number typed at the PIN question is recognised as such, the PIN asked again, no attempt counted;
// 4. a person asked for without a PIN is not told "with your account verified".
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import type { AgentReply } from './agent.js';
import { memoryDesk } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '200157', name: 'Karin Ström', pin: '4826' };
const N = CUSTOMER.customerNumber;

async function chat(language: Language, messages: string[]) {
  const desk = memoryDesk();
  desk.directory.add(CUSTOMER);
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  const replies: AgentReply[][] = [];
  for (const m of messages) replies.push(await desk.agent.handleMessage(c.ticketId, m));
  const text = (i: number) => replies[i].map((r) => r.text).join('\n');
  const ask = (i: number) => replies[i].at(-1)?.askKey ?? null;
  const resolution = async () =>
    (await desk.tickets.timeline(c.ticketId)).findLast((e) => e.type === 'resolution');
  return { desk, id: c.ticketId, replies, text, ask, resolution };
}

describe('"I don\'t have the PIN" is never met by the PIN asked again', () => {
  it.each([
    ['en', 'I want to upgrade to a faster plan', "I don't have the PIN"],
    [
      'en',
      'can I upgrade my plan?',
      "Oh, I don't have a PIN at hand, my husband has it. Do I really need it?",
    ],
    ['en', 'i want to downgrade to the cheapest speed', 'my wife has the pin, she is away until friday'],
    ['sv', 'Jag vill uppgradera till snabbare internet', 'har inte koden här'],
    [
      'sv',
      'vill byta till ett snabbare abonnemang',
      'Oj, den har jag inte här, jag sitter på jobbet. Kan ni inte bara berätta vad det kostar?',
    ],
    ['sv', 'jag vill säga upp mitt bredband, vi flyttar', 'pappa har den'],
  ] as const)('%s account change: "%s" → "%s" is refused, not asked again', async (lang, opening, nopin) => {
    const r = await chat(lang, [opening, N, nopin]);
    expect(r.ask(2)).not.toBe('identity.pin');
    expect(await r.resolution()).toMatchObject({ outcome: 'refused' });
  });

  it.each([
    ['en', 'my internet keeps dropping', "i don't have the pin on me, what does the blinking light mean?"],
    ['en', 'the internet is down', 'I dont have it here, the letter is at home'],
    ['sv', 'wifi:t syns inte längre', 'pappa har den, han är på jobbet. hur kan det ha stängts av?'],
    ['sv', 'internet är nere sen i morse', 'har inte pinkoden här'],
  ] as const)('%s fault: "%s" → "%s" is looked at unverified', async (lang, opening, nopin) => {
    const r = await chat(lang, [opening, N, nopin]);
    expect(r.ask(2)).not.toBe('identity.pin');
    expect(r.text(2)).toMatch(/Without the PIN I can still check|Utan PIN-kod kan jag kontrollera/);
  });

  it.each([
    [
      'en',
      'I want to upgrade to a faster plan',
      "I don't have a PIN at hand. Also, does gaming need a faster plan, or is it more about the ping?",
      /ping/i,
    ],
    [
      'sv',
      'Jag vill uppgradera till snabbare internet',
      'Den har jag inte här. Vad kostar det att uppgradera?',
      /pris|kostar/i,
    ],
  ] as const)('%s: the question beside "no PIN" is answered', async (lang, opening, nopin, answer) => {
    const r = await chat(lang, [opening, N, nopin]);
    expect(r.ask(2)).not.toBe('identity.pin');
    expect(r.text(2)).toMatch(answer);
  });

  it.each([
    ['en', 'where do I find it?'],
    ['sv', 'var hittar jag den?'],
  ] as const)('%s: "%s" is told where the PIN is and asked again', async (lang, where) => {
    const r = await chat(lang, ['internet is down / internet är nere', N, where]);
    expect(r.ask(2)).toBe('identity.pin');
    expect(r.text(2)).toMatch(/welcome letter|välkomstbrev/);
  });
});

describe('an unknown question at the number or the PIN is not answered with where the number is', () => {
  it.each([
    ['en', ['I want to upgrade my plan', N, 'How does Netflix decide the picture quality?'], 'identity.pin'],
    ['en', ['my internet is slow', N, 'how does wifi work anyway?'], 'identity.pin'],
    [
      'en',
      ['my internet is slow', 'How does Netflix decide the picture quality?'],
      'identity.customer_number',
    ],
    ['sv', ['internet är segt', 'hur funkar det med fiber egentligen?'], 'identity.customer_number'],
    ['sv', ['internet är segt', N, 'hur funkar det med fiber egentligen?'], 'identity.pin'],
  ] as const)('%s: %j', async (lang, messages, key) => {
    const r = await chat(lang, [...messages]);
    const last = messages.length - 1;
    expect(r.text(last)).not.toMatch(/top of your invoice|överst på fakturan|welcome letter|välkomstbrev/);
    expect(r.text(last)).toMatch(
      /can.t answer (that|it|this|that one) from here|can’t answer from here|inte svara på härifrån/,
    );
    expect(r.ask(last)).toBe(key);
  });

  it.each([
    ['en', 'where do I find it?'],
    ['en', 'how do I find that?'],
    ['sv', 'var står det?'],
    ['sv', 'hur hittar jag numret?'],
  ] as const)('%s: "%s" about the number itself is told where it is', async (lang, where) => {
    const r = await chat(lang, ['internet is down / internet är nere', where]);
    expect(r.text(1)).toMatch(/top of your invoice|överst på fakturan/);
    expect(r.ask(1)).toBe('identity.customer_number');
  });
});

describe('a customer number typed at the PIN question', () => {
  it.each([
    ['en', N, /customer number/],
    ['en', '200 157', /customer number/],
    ['sv', N, /kundnummer/],
    ['sv', '200 157', /kundnummer/],
    ['en', 'its 300999 i think', /customer number/],
    ['sv', '300999', /kundnummer/],
  ] as const)('%s: "%s" is recognised, asked again kindly, no attempt counted', async (lang, typed, said) => {
    const r = await chat(lang, ['internet is slow / internet är segt', N, typed, typed, typed, CUSTOMER.pin]);
    for (const i of [2, 3, 4]) {
      expect(r.text(i)).toMatch(said);
      expect(r.text(i)).not.toMatch(/doesn't match|stämmer inte|attempt|försök/);
      expect(r.ask(i)).toBe('identity.pin');
    }
    expect(r.text(5)).toMatch(/verified|verifierad/);
  });
});

describe('a person asked for without a PIN is not told "with your account verified"', () => {
  it.each([
    [
      'en',
      [
        'I would like to downgrade to the cheapest speed',
        N,
        'PIN? No idea, never needed one. Cant you just do it?',
        "So you can't change it without the PIN? Can someone from sales just call me then, +46 70 555 12 34.",
      ],
    ],
    ['sv', ['internet är nere', N, 'kan jag få prata med en människa istället?']],
    ['en', ['the internet is down', N, 'can I just talk to a real person please']],
  ] as const)('%s: %j', async (lang, messages) => {
    const r = await chat(lang, [...messages]);
    const last = messages.length - 1;
    expect(r.text(last)).not.toMatch(/verified|verifierat/);
    expect(r.text(last)).toMatch(/colleague|kollega/);
  });

  it('with the PIN given beside the request, the verification is said as it is', async () => {
    const r = await chat('sv', ['internet är nere', N, 'kan jag få prata med en människa? pin 4826']);
    expect(r.text(2)).toMatch(/nu är du verifierad/);
  });
});
