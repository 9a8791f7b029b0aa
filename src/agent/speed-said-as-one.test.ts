// Round 27 (c5, en; a8, sv): false records of a speed. "do I need to be home? I have meetings 13-15" after a
// line hand-off got "your test shows 13 Mbit/s, and I have added it to case …"; "Jag bytte till Nilsson-5G nu och
// speedtest visar 380 Mbit" at the cable test became "test med nätverkskabel – 380 Mbit/s" on the ticket and
// "full speed over the cable" in the staff note. A number is a speed result only when it is said as one (a unit,
// or a speed word beside it), and a test is the cable's only when the customer does not put it on the Wi-Fi.
import { describe, expect, it } from 'vitest';
import { fold } from '../triage/normalize.js';
import { saidSpeedTest, testOnWifi } from '../triage/speed-report.js';
import { portalChat } from './testing/chat.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';
import { KARIN } from './testing/chat.js';

describe('a number is a speed only when it is said as one', () => {
  it.each([
    'do I need to be home? I have meetings 13-15. and honestly can I get some money back',
    'can you come between 13 and 15?',
    'behöver jag vara hemma? jag har möten 13-15, och kan jag få pengar tillbaka',
    'jag är hemma efter 17 på tisdag',
    'I got 2 kids and 15 devices',
  ])('"%s" holds no speed result', (text) => expect(saidSpeedTest(fold(text))).toBeNull());

  it.each([
    ['my speedtest said around 20', 20],
    ['13 was the time of my meeting, not the speed lol. my speedtest said around 20', 20],
    ['NO. the speed was 20 Mbit/s', 20],
    ['i get 38,5 down', 38.5],
    ['fast.com says 470', 470],
    ['hastigheten är typ 40', 40],
    ['bredbandskollen visade 12,4', 12.4],
  ] as const)('"%s" is %d', (text, down) => expect(saidSpeedTest(fold(text))?.down).toBe(down));
});

describe('a test on the Wi-Fi is no cable test', () => {
  it.each([
    'Jag bytte till Nilsson-5G nu och speedtest visar 380 Mbit. Är det ok eller ska det vara 500?',
    'switched to the 5GHz network, speedtest shows 380 now. is that ok or should it be 500?',
    'on the 5g one now and fast.com says 380',
    'på wifi:t bredvid routern får jag 380 mbit',
    'no cable here, but on wifi right next to the router fast.com says 380',
  ])('"%s" is a test on the Wi-Fi', (text) => expect(testOnWifi(fold(text))).toBe(true));

  it.each([
    'fast.com says 470',
    'plugged the cable in, speedtest shows 480',
    'kopplade in kabeln, 480 mbit nu',
    'on the cable 40, on wifi 40',
    'klart, kabeln sitter i',
  ])('"%s" is not', (text) => expect(testOnWifi(fold(text))).toBe(false));
});

describe('the records of the conversation', () => {
  it.each([
    ['en', 'do I need to be home? I have meetings 13-15. and honestly can I get some money back'],
    ['sv', 'måste jag vara hemma? jag har möten 13-15. och får jag pengar tillbaka för det här?'],
  ] as const)('%s: "%s" after a line hand-off is no test result', async (lang, text) => {
    const c = await portalChat(lang, faultWorld(['speed_line_degraded'], { canDo: ['step.wired_test'] }));
    await c.send(
      lang === 'en'
        ? 'my internet is super slow even on the cable, speedtest says about 20 mbit'
        : 'internet är jättesegt även med kabel, speedtest visar runt 20 mbit',
    );
    const said = await c.say(text);
    expect(said).not.toMatch(/13 Mbit/);
    const notes = (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) =>
      e.type === 'note' ? [e.text] : [],
    );
    expect(notes.join('\n')).not.toMatch(/own speed test[^\n]*13-15/);
  });

  it.each([
    ['sv', 'Jag bytte till Nilsson-5G nu och speedtest visar 380 Mbit. Är det ok eller ska det vara 500?'],
    [
      'sv',
      'Nej jag menar att de redan heter olika. Jag bytte till Nilsson-5G nu och speedtest visar 380 Mbit. Är det ok eller ska det vara 500?',
    ],
    [
      'en',
      'no, I mean they already have different names. I switched to the 5G one and speedtest says 380 now',
    ],
    [
      'en',
      'I switched to the 5GHz network and speedtest shows 380 Mbit now. Is that ok or should it be 500?',
    ],
    ['en', 'no cable here, but on wifi right next to the router fast.com says 380'],
  ] as const)('%s: "%s" at the cable test records no cable test', async (lang, text) => {
    const desk = memoryDesk({ world: faultWorld(['speed_wifi_limited'], { canDo: ['step.wired_test'] }) });
    const opening =
      lang === 'en' ? 'i pay for 500 mbit and get like 40' : 'jag betalar för 500 men får typ 40';
    const { ticketId, replies } = await identified(desk, KARIN, lang, opening);
    expect(replies.at(-1)?.askKey).toBe('step.wired_test');
    const said = (await desk.agent.handleMessage(ticketId, text)).map((r) => r.text).join('\n');
    expect(said).not.toMatch(
      /(?<!not )over the cable|över kabeln|network cable[^;.]*380|nätverkskabel[^;.]*380/,
    );
    const timeline = await desk.tickets.timeline(ticketId);
    const notes = timeline.flatMap((e) => (e.type === 'note' ? [e.text] : []));
    expect(notes.join('\n')).not.toMatch(/full speed over the cable/);
  });
});
