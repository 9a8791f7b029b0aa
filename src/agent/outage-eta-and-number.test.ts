// Round 26 (c6, en, area_outage): "ok so like 4 hours??" and "you didnt answer, is it fixed in like 4 hours or
// what. also can someone call me when its back instead, 070-123 45 67" got no time, and "If they should use
// another number than the one on your account, write it here" right after the number was written; "did you get
// the phone number or not" got "I have added your message to case …". The expected time is answered from the
// incident, the number is noted and said back, and asked about, it is confirmed with the number.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { asksNumberReceived } from './number-received.js';
import { toldOfLimhamnOutage } from './testing/limhamn-outage.js';

async function outage(lang: Language) {
  const { desk, ticketId } = await toldOfLimhamnOutage(lang);
  const say = async (m: string) =>
    (await desk.agent.handleMessage(ticketId, m)).map((r) => r.text).join('\n');
  const notes = async () =>
    (await desk.tickets.timeline(ticketId)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
  return { say, notes };
}

const ETA = /expect it fixed by Wed 16:00|räknar med att det är åtgärdat ons 16:00/;

describe('the repair time asked in hours during an outage', () => {
  it.each([
    ['en', 'ok so like 4 hours?? thats in the middle of the night'],
    ['en', 'is it fixed in like 4 hours or what'],
    ['sv', 'typ 5 timmar alltså?? mitt i natten'],
    ['sv', 'är det fixat om typ 5 timmar eller'],
  ] as [Language, string][])('%s: "%s" is answered from the incident', async (lang, msg) => {
    const c = await outage(lang);
    expect(await c.say(msg)).toMatch(ETA);
  });
});

describe('a call-back number given during an outage', () => {
  it.each([
    [
      'en',
      'you didnt answer, is it fixed in like 4 hours or what. also can someone call me when its back instead, 070-123 45 67',
      'did you get the phone number or not',
    ],
    [
      'sv',
      'du svarade inte, är det fixat om typ 5 timmar eller? och kan nån ringa mig när det är tillbaka istället, 070-123 45 67',
      'fick du mitt nummer eller inte',
    ],
  ] as [Language, string, string][])('%s: "%s" → noted and said back', async (lang, msg, asked) => {
    const c = await outage(lang);
    const said = await c.say(msg);
    expect(said).toMatch(ETA);
    expect(said).toContain('070-123 45 67');
    expect(said).not.toMatch(/another number|ett annat nummer/);
    expect((await c.notes()).some((n) => n.startsWith('phone number the customer gave for the team:'))).toBe(
      true,
    );
    const again = await c.say(asked);
    expect(again).toMatch(/^(Yes|Ja)\b/);
    expect(again).toContain('070-123 45 67');
  });

  it('asked before any number was given: no, and where to write it', async () => {
    const c = await outage('en');
    expect(await c.say('did you get my phone number?')).toMatch(/No number from you/);
  });

  it.each(['did you get my number?', 'fick du mitt nummer eller inte', 'har ni fått mitt telefonnummer?'])(
    '"%s" asks whether the number arrived',
    (t) => expect(asksNumberReceived(t)).toBe(true),
  );
  it.each(['what is your phone number?', 'vilket nummer ska jag ringa?'])('"%s" does not', (t) =>
    expect(asksNumberReceived(t)).toBe(false),
  );
});
