// Questions the desk can answer itself are answered, never passed to "a colleague" (issue 14, list s9a):
// why the customer number is needed, whether the desk restarted the router, an outage in a named place
// before the caller is verified, where a new password is shown, speeds and prices for a would-be
// customer, and why a physical fault cannot be fixed remotely — in both languages and other words.
import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../domain/index.js';
import { openLimhamnOutage } from './testing/limhamn-outage.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const COLLEAGUE = /colleague will answer|en kollega svarar/;

async function converse(
  faults: FaultKind[],
  language: 'en' | 'sv',
  messages: string[],
  opts: { customer?: boolean; outage?: boolean } = {},
) {
  const world = faultWorld(faults, { canDo: ['step.rejoin_wifi'] });
  const desk = memoryDesk({ world });
  if (opts.outage) await openLimhamnOutage(desk);
  if (opts.customer !== false)
    desk.directory.add({ customerNumber: '200115', name: 'Priya Shah', pin: '4711', area: 'SE-MMO-LIMHAMN' });
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  const replies: string[] = [];
  for (const m of messages)
    replies.push((await desk.agent.handleMessage(c.ticketId, m)).map((x) => x.text).join('\n'));
  const ticket = await desk.tickets.get(c.ticketId);
  return { desk, world, replies, last: replies.at(-1) ?? '', ticket };
}

describe('why the customer number is needed, asked beside the number', () => {
  it.each([
    ['en', 'why do you need that? its 200115 i guess'],
    ['en', 'what do you need it for? 200115'],
    ['en', 'y do u need that. 200115'],
    ['sv', 'varför behöver ni det? det är 200115 tror jag'],
    ['sv', 'varfor behover ni det. 200115'],
    ['sv', 'vad ska ni ha det till? 200115'],
  ] as const)('%s: "%s" is answered and the number used', async (language, text) => {
    const { last } = await converse(['cpe_hung'], language, [
      language === 'sv' ? 'internet funkar inte' : 'my internet is not working',
      text,
    ]);
    expect(last).not.toMatch(COLLEAGUE);
    expect(last).toMatch(/Your customer number lets me find|Med kundnumret hittar jag/);
    expect(last).toMatch(/PIN/);
  });
});

describe('whether the desk acted, asked at "does it work now?"', () => {
  it.each([
    [
      'en',
      'yes works. did you restart it? i didnt see any lights blink',
      /Yes — I restarted your router remotely/,
    ],
    ['en', 'works now thx. did u actually reboot it?', /Yes — I restarted your router remotely/],
    [
      'sv',
      'ja funkar. startade ni om den? såg inga lampor blinka',
      /Ja – jag startade om din router på distans/,
    ],
    ['sv', 'ja nu funkar det. har ni startat om routern?', /Ja – jag startade om din router på distans/],
    ['sv', 'funkar nu. har ni gjort nåt? jag märkte inget', /Ja – jag startade om din router på distans/],
  ] as const)(
    '%s: "%s" is answered from the case actions and the case closes',
    async (language, text, answer) => {
      const { last, ticket } = await converse(['cpe_hung'], language, [
        language === 'sv'
          ? 'internet funkar inte. 200115 pin 4711'
          : 'my internet is not working. 200115 pin 4711',
        language === 'sv' ? 'ja' : 'yes',
        text,
      ]);
      expect(last).toMatch(answer);
      expect(last).not.toMatch(COLLEAGUE);
      expect(last).not.toMatch(/Good question|Bra fråga/);
      expect(ticket?.disposition).toMatch(/^resolved/);
    },
  );

  it('en: "did you change something?" after a channel change says what was changed', async () => {
    const { last } = await converse(['wifi_channel_congestion'], 'en', [
      'wifi slow every evening. 200115 pin 4711',
      'ok',
      'yes better. did you change something on your end?',
    ]);
    expect(last).toMatch(/moved your Wi-Fi to a quieter channel remotely/);
  });

  it('en: a question the desk cannot answer beside "yes it works" promises no colleague on a case that closes', async () => {
    const { last, ticket } = await converse(['cpe_hung'], 'en', [
      'my internet is not working. 200115 pin 4711',
      'yes',
      'yes works. do you sponsor the local football club?',
    ]);
    expect(ticket?.disposition).toMatch(/^resolved/);
    expect(last).not.toMatch(COLLEAGUE);
  });
});

describe('an outage question beside the customer number', () => {
  it.each([
    ['en', "can't you just tell me if there is an outage in limhamn? fine 200115"],
    ['en', 'is limhamn down or what?? 200115'],
    ['sv', 'finns det något avbrott i limhamn? kundnr 200115'],
    ['sv', 'ar det en storning i limhamn. 200115'],
  ] as const)(
    '%s: "%s" gets the outage in the named place, then the PIN question',
    async (language, text) => {
      const { last } = await converse(
        ['area_outage'],
        language,
        [language === 'sv' ? 'inget internet sen i morse' : 'no internet since this morning', text],
        { outage: true },
      );
      expect(last).not.toMatch(COLLEAGUE);
      expect(last).toMatch(/fibre cut in Limhamn|fiberavbrott i Limhamn/);
      expect(last).toMatch(/PIN/);
    },
  );

  it('en: without a place, the outage is promised a check for the address once verified', async () => {
    const { last } = await converse(['area_outage'], 'en', [
      'no internet since this morning',
      'is there an outage or something? 200115',
    ]);
    expect(last).not.toMatch(COLLEAGUE);
    expect(last).toMatch(/I check that for your address as soon as you are verified/);
  });
});

describe('where the new password is shown, asked with the consent', () => {
  it.each([
    ['en', 'yes please. how do i get the new one?'],
    ['en', 'ok go. where will i see it?'],
    ['sv', 'ja gör det. hur får jag det nya?'],
    ['sv', 'ja kor. var ser jag det nya sen'],
  ] as const)('%s: "%s" at the Wi-Fi password change', async (language, text) => {
    const { last, world } = await converse(['wifi_password_forgotten'], language, [
      language === 'sv'
        ? 'jag har glömt wifi-lösenordet. 200115 pin 4711'
        : 'i forgot my wifi password. 200115 pin 4711',
      text,
    ]);
    expect(last).not.toMatch(COLLEAGUE);
    expect(last).toMatch(/here in the chat|här i chatten/);
    expect(world.actionsDone()).toContain('wifi_password_change');
  });
});

describe('speeds and prices asked by someone who is not a customer yet', () => {
  it.each([
    ['en', 'sure, tom becker, tom.becker@mail.com. how fast is the fastest one and what does it cost?'],
    ['en', 'tom becker 0701234567 - what speeds do you have?'],
    ['sv', 'sofia berglund 070-123 45 67. vilka hastigheter har ni och vad kostar det?'],
    ['sv', 'sofia berglund, sofia@mail.se. vad kostar 1000 mbit?'],
  ] as const)('%s: "%s" beside the contact details is answered', async (language, text) => {
    const { last, ticket } = await converse(
      [],
      language,
      [
        language === 'sv'
          ? 'hej, vi flyttar till kista och vill skaffa bredband hos er, är inte kund än'
          : 'hi, im moving to sundbyberg next month, can i get fiber from you? im not a customer yet',
        text,
      ],
      { customer: false },
    );
    expect(ticket?.queue).toBe('sales');
    expect(last).toMatch(/Speeds and prices depend on the address|Hastigheter och priser beror på adressen/);
  });
});

describe('why a physical fault cannot be fixed remotely, after the handoff', () => {
  it.each([
    [
      'optical_power_low',
      'en',
      'why couldnt you fix it remotely?',
      /too little light reaches your fibre box/,
    ],
    ['fiber_los', 'sv', 'varför kunde ni inte fixa det på distans?', /inget ljus alls når din fiberbox/],
    ['fiber_los', 'en', 'how come you cant fix that from your end', /no light at all reaches your fibre box/],
  ] as const)('%s %s: "%s" is answered for the root cause', async (fault, language, text, answer) => {
    const { last } = await converse([fault], language, [
      language === 'sv'
        ? 'internet funkar inte. kundnummer 200115 pin 4711'
        : 'internet keeps dropping. 200115 pin 4711',
      language === 'sv' ? 'torsdag efter lunch' : 'thursday after lunch',
      text,
    ]);
    expect(last).toMatch(answer);
  });
});

describe('a time that starts like a question', () => {
  it.each([
    ['sv', 'när som helst'],
    ['en', 'whenever works'],
  ] as const)(
    '%s: "%s" at the availability is a time, answered with no question text',
    async (language, text) => {
      const { last } = await converse(['fiber_los'], language, [
        language === 'sv'
          ? 'internet funkar inte. kundnummer 200115 pin 4711'
          : 'no internet. 200115 pin 4711',
        text,
      ]);
      expect(last).not.toMatch(/\{when\}|contacts you within|kontaktar dig inom/);
    },
  );
});

describe('the rules for a new network name, asked at the name question', () => {
  it.each([
    [
      'sv',
      'kan ni byta namn på mitt wifi?',
      'vad får det heta? får det ha mellanslag?',
      /upp till 32 tecken/,
    ],
    ['en', 'can you rename my wifi network?', 'can it have spaces?', /up to 32 characters/],
  ] as const)('%s: "%s" then "%s"', async (language, opening, text, answer) => {
    const { last } = await converse([], language, [`${opening} 200115 pin 4711`, text]);
    expect(last).toMatch(answer);
    expect(last).not.toMatch(COLLEAGUE);
  });
});
