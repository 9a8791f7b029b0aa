// Round 25 (a3, en, cpe_hung; a8, sv, speed_wifi_limited): "That one I can't answer from here" beside a question
// the same reply answered. a8 at the wired test, "vet inte om jag har en sån kabel. måste jag?", got the
// fallback and then "Ingen fara – då testar vi utan kabel"; a3's "where do I find that? oh wait I have the bill
// here. 200 115" got the fallback after the permission question. Whether the pending question must be done at
// all ("måste jag?", "do I have to?", "is that really necessary?") is answered for that ask, and beside a reason
// a step may not be possible it is the wish to go on without it; a short where-question beside the number is
// settled by the number.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const CANNOT = /kan inte svara på härifrån|can’t answer from here|cannot answer/;
const SARA = { customerNumber: '200157', name: 'Sara Nilsson', pin: '2368' };
const PER = { customerNumber: '200115', name: 'Per Persson', pin: '2250' };

async function atWiredTest(lang: Language) {
  const c = await chat(lang, faultWorld(['speed_wifi_limited']), SARA);
  await c.send(
    lang === 'sv'
      ? 'Jag betalar för 500 Mbit men speedtest visar typ 40.'
      : 'I pay for 500 but speedtest shows 40',
  );
  await c.asks('200157 2368', 'step.wired_test');
  return c;
}

describe('"must I?" at the wired test', () => {
  it.each([
    ['sv', 'vet inte om jag har en sån kabel. måste jag?'],
    ['sv', 'måste jag? har nog ingen sån kabel'],
    ['sv', 'har ingen kabel. behövs det verkligen?'],
    ['en', 'not sure i have a cable like that. do i have to?'],
    ['en', 'do I need to? I dont think I have that cable'],
    ['en', 'i have no cable here. can i skip it?'],
  ] as [Language, string][])('%s: "%s" goes on without the cable, answered once', async (lang, msg) => {
    const c = await atWiredTest(lang);
    const r = await c.send(msg);
    const said = r.map((m) => m.text).join('\n');
    expect(said).not.toMatch(CANNOT);
    expect(r.at(-1)?.askKey).toBe('step.move_closer');
    expect(said).toMatch(/utan kabel|without a cable/);
    expect(said).not.toMatch(/har du ingen nätverkskabel|if you don’t have a network cable/);
  });

  it.each([
    ['sv', 'måste jag?', /har du ingen nätverkskabel testar vi över wifi/],
    ['en', 'is that really necessary?', /if you don’t have a network cable, we test over Wi-Fi/],
    ['en', 'do i have to do that?', /if you don’t have a network cable, we test over Wi-Fi/],
  ] as [Language, string, RegExp][])(
    '%s: "%s" alone is answered and the step put again',
    async (lang, msg, answer) => {
      const c = await atWiredTest(lang);
      const r = await c.send(msg);
      const said = r.map((m) => m.text).join('\n');
      expect(said).toMatch(answer);
      expect(said).not.toMatch(CANNOT);
      expect(r.at(-1)?.askKey).toBe('step.wired_test');
    },
  );
});

describe('a question about the identity question beside its answer', () => {
  it.each([
    [
      'en',
      'where do I find that? oh wait I have the bill here. 200 115',
      'is that the code from the letter? 2250.',
    ],
    ['sv', 'var hittar jag det? jaha det står på fakturan. 200 115', 'är det koden från brevet? 2250.'],
    ['en', 'what number? oh the one on the invoice. 200115', '2250'],
    ['sv', 'vart hittar jag det? aha här är det. 200115', '2250 - var det den som stod på brevet?'],
    ['en', '200115', 'do i have to? 2250'],
    ['sv', '200115', 'måste jag? 2250'],
  ] as [Language, string, string][])('%s: "%s", then "%s"', async (lang, num, pin) => {
    const c = await chat(lang, faultWorld(['cpe_hung']), PER);
    await c.send(lang === 'en' ? 'Hello. My internet doesnt work.' : 'Hej. Internet funkar inte.');
    expect(await c.say(num)).not.toMatch(CANNOT);
    const r = await c.send(pin);
    expect(r.map((m) => m.text).join('\n')).not.toMatch(CANNOT);
    expect(r.at(-1)?.askKey).toBe('consent.reboot');
  });
});

describe('"do I have to?" at a permission', () => {
  it.each([
    ['en', 'do I have to say yes?'],
    ['en', 'do i have to?'],
    ['sv', 'måste jag? finns det inget annat sätt'],
    ['sv', 'behövs det verkligen?'],
  ] as [Language, string][])('%s: "%s" is answered, nothing is done', async (lang, msg) => {
    const c = await chat(lang, faultWorld(['cpe_hung']), PER);
    await c.send(lang === 'en' ? 'my internet doesnt work' : 'internet funkar inte');
    await c.asks('200115 2250', 'consent.reboot');
    const r = await c.send(msg);
    const said = r.map((m) => m.text).join('\n');
    expect(said).toMatch(/It is up to you|Det är upp till dig/);
    expect(said).not.toMatch(CANNOT);
    expect(r.at(-1)?.askKey).toBe('consent.reboot');
    const acted = (await c.desk.tickets.timeline(c.ticketId)).some((e) => e.type === 'action_requested');
    expect(acted).toBe(false);
  });
});
