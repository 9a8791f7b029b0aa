// Round 24: plain Tier-1 questions got "That one I can't answer from here", were passed to a team, or got the
// answer to another question. b5 (en, optical_power_low): "is my ping supposed to be 40?" in the opening, again
// at the visit's times and "is 40 ms ping normal or not" after the booking (ignored, then passed to the field
// team); a9 (en, after a rename): "btw can i make it so the guests have their own network?" (can't answer);
// c7 (en, wifi_channel_congestion): "is it you guys throttling or what??" in the opening (can't answer).
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';
import { salesTriage } from './testing/fake-triage.js';
import { portForwardDesk } from './testing/port-forward-desk.js';
import { t, type MessageKey } from './messages/index.js';

const CANT = /can’t answer|cannot answer|kan jag inte svara|will answer you here|svarar dig här/i;
const JOHAN = { customerNumber: '200129', name: 'Johan Karlsson', pin: '1384' };
const count = (text: string, re: RegExp) => (text.match(new RegExp(re, 'g')) ?? []).length;

const OPENINGS: Record<string, Record<Language, string>> = {
  wifi_channel_congestion: { en: 'wifi is slow in the evenings', sv: 'wifit är segt på kvällarna' },
  cpe_hung: { en: 'internet is down', sv: 'internet fungerar inte' },
};

/** A chat with Johan for `fault`, through the PIN and the steps to "does it work now?", then closed with a yes. */
async function closedCase(lang: Language, fault: 'wifi_channel_congestion' | 'cpe_hung') {
  const c = await chat(lang, faultWorld([fault]), JOHAN);
  await untilAsked(c, 'resolution.confirm', `${OPENINGS[fault][lang]} ${c.pin}`);
  const closed = await c.send(lang === 'en' ? 'yes it works' : 'ja det funkar');
  expect(closed.at(-1)?.askKey).toBe('csat.score');
  return c;
}

async function linkedQueues(c: Awaited<ReturnType<typeof chat>>) {
  return (await c.desk.tickets.list({ limit: 10 })).items
    .filter((x) => x.id !== c.ticketId)
    .map((x) => x.queue);
}

describe('what a normal ping is (b5)', () => {
  const FINE = { en: /Ping is how long.*40 ms is fine/, sv: /Ping är hur lång tid.*40 ms är helt okej/ };
  it.each([
    ['en', 'my games keep dropping every evening. also is my ping supposed to be 40?'],
    ['en', 'is 40ms ping normal? and the connection keeps dropping'],
    ['sv', 'nätet tappar hela tiden när jag spelar. är 40 ms ping okej förresten?'],
    ['sv', 'min ping ligger på 40, är det normalt? och anslutningen bryts hela tiden'],
  ] as const)('%s: "%s" in the opening → answered with the number, once', async (lang, text) => {
    const c = await chat(lang, faultWorld(['optical_power_low']), JOHAN);
    await c.send(text);
    const said = await c.say(c.pin);
    expect(said).toMatch(FINE[lang]);
    expect(count(said, /Ping (is|är) hur|Ping is how/)).toBe(1);
    expect(said).not.toMatch(CANT);
  });

  it.each([
    ['en', 'weekdays after 5 maybe, or saturday. and you still havent told me about the ping (40)'],
    ['en', 'is 40 ms ping normal or not. simple question'],
    ['sv', 'vardagar efter fem. och pingen då, är 40 ms normalt?'],
  ] as const)(
    '%s: "%s" at the visit’s times → answered, never passed to the field team',
    async (lang, text) => {
      const c = await chat(lang, faultWorld(['optical_power_low']), JOHAN);
      await untilAsked(
        c,
        'contact.availability',
        `${lang === 'en' ? 'my connection keeps dropping' : 'anslutningen tappar hela tiden'} ${c.pin}`,
      );
      const said = await c.say(text);
      expect(said).toMatch(FINE[lang]);
      expect(said).not.toMatch(CANT);
      const notes = (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) =>
        e.type === 'note' ? [e.text] : [],
      );
      expect(notes.some((n) => n.includes('question for a colleague'))).toBe(false);
    },
  );

  it.each([
    ['en', 'is 40 ms ping normal or not. simple question', FINE.en],
    ['en', 'btw my ping is like 150 in fortnite, is that ok??', /150 ms is high/],
    ['sv', 'en sak till, vad är normal ping på fiber?', /Ping är hur lång tid.*några millisekunder/],
  ] as const)('%s: "%s" after the close → answered from the catalogue', async (lang, text, want) => {
    const c = await closedCase(lang, 'wifi_channel_congestion');
    const said = await c.say(text);
    expect(said).toMatch(want);
    expect(said).not.toMatch(CANT);
    expect(await linkedQueues(c)).toEqual([]);
  });
});

describe('a guest network (a9)', () => {
  const ANSWER = {
    en: /guest network is a setting in the router.*settings page/,
    sv: /gästnät är en inställning i routern.*inställningssida/,
  };
  it.each([
    ['en', 'done, found it. thx! btw can i make it so the guests have their own network?'],
    ['en', 'is a guest wifi possible on this router?'],
    ['sv', 'tack! kan man ha ett gästnät förresten?'],
    ['sv', 'går det att ordna ett eget nätverk för gäster?'],
  ] as const)('%s: "%s" after the close → answered, nothing opened', async (lang, text) => {
    const c = await closedCase(lang, 'wifi_channel_congestion');
    const said = await c.say(text);
    expect(said).toMatch(ANSWER[lang]);
    expect(said).not.toMatch(CANT);
    expect(said).not.toMatch(/testing your line|testar din linje/);
    expect(await linkedQueues(c)).toEqual([]);
    expect(c.desk.world.actionsDone()).toEqual(['wifi_channel_change']);
  });

  it.each([
    ['en', 'can you set up a guest network for me please?'],
    ['sv', 'kan ni fixa ett gästnät åt mig?'],
  ] as const)('%s: "%s" asked to be done → answered and passed to tier2 once', async (lang, text) => {
    const c = await closedCase(lang, 'wifi_channel_congestion');
    const said = await c.say(text);
    expect(said).toMatch(ANSWER[lang]);
    expect(await linkedQueues(c)).toEqual(['tier2']);
  });

  it('en: at the confirm, "yes works. btw can i make it so the guests have their own network?" → answered', async () => {
    const c = await chat('en', faultWorld(['wifi_channel_congestion']), JOHAN);
    await untilAsked(c, 'resolution.confirm', `wifi is slow in the evenings ${c.pin}`);
    const said = await c.say('yes works. btw can i make it so the guests have their own network?');
    expect(said).toMatch(ANSWER.en);
    expect(said).not.toMatch(CANT);
  });
});

describe('throttling asked about (c7)', () => {
  const NO = { en: /No — we never throttle/, sv: /Nej – vi stryper eller bromsar aldrig/ };
  it.each([
    ['en', 'wifi is so slow every evening, is it you guys throttling or what??'],
    ['en', 'are you throttling me? everything is slow after 7pm'],
    ['sv', 'wifit är jättesegt på kvällarna, stryper ni hastigheten eller?'],
    ['sv', 'bromsar ni min anslutning? det går så segt varje kväll'],
  ] as const)('%s: "%s" in the opening → a plain no beside the cause, once', async (lang: Language, text) => {
    const c = await chat(lang, faultWorld(['wifi_channel_congestion']), JOHAN);
    await c.send(text);
    const said = await c.say(c.pin);
    expect(said).toMatch(NO[lang]);
    expect(said).toMatch(/neighbouring networks|grannarnas|grann/);
    expect(count(said, NO[lang])).toBe(1);
    expect(said).not.toMatch(CANT);
  });

  it('en: asked at the permission → answered, the permission asked again', async () => {
    const c = await chat('en', faultWorld(['wifi_channel_congestion']), JOHAN);
    await untilAsked(c, 'consent.wifi_change', `wifi is slow in the evenings ${c.pin}`);
    const r = await c.send('hold on, are you guys throttling my connection?');
    expect(r.map((m) => m.text).join('\n')).toMatch(NO.en);
    expect(r.at(-1)?.askKey).toBe('consent.wifi_change');
  });
});

// a4 (sv, wifi_radio_disabled, after the close): "5. Men varför försvann det? Har barnbarnen tryckt på något?"
// got "Det kan jag inte svara på härifrån" although the desk itself found the Wi-Fi switched off. "Why did it
// happen?" after the close is answered from the case's own cause, for every fault kind the desk fixes.
describe('why it happened, after the close (a4)', () => {
  const OPENING: Record<string, [string, string]> = {
    wifi_radio_disabled: ['wifi är borta', 'the wifi is gone'],
    cpe_hung: ['internet fungerar inte', 'internet is down'],
    dns_misconfigured: ['vissa sidor laddar inte', 'some websites do not load'],
    wifi_channel_congestion: ['wifit är segt på kvällarna', 'wifi is slow in the evenings'],
    ppp_auth_failure: ['internet fungerar inte', 'internet is down'],
  };
  it.each([
    ['sv', 'wifi_radio_disabled', '5. Men varför försvann det? Har barnbarnen tryckt på något?'],
    ['sv', 'wifi_radio_disabled', 'Har barnbarnen tryckt på något?'],
    ['en', 'wifi_radio_disabled', 'but why did it just disappear? did my kids press something?'],
    ['sv', 'cpe_hung', '4. varför slutade det fungera?'],
    ['en', 'cpe_hung', 'how come it went down in the first place'],
    ['en', 'dns_misconfigured', 'ok. why did it break though?'],
    ['sv', 'wifi_channel_congestion', 'men varför blev det så segt då?'],
    ['en', 'ppp_auth_failure', '5 but why did it stop working?'],
  ] as const)('%s %s: "%s" → the case’s own cause, no "can’t answer"', async (lang, fault, text) => {
    const c = await chat(lang, faultWorld([fault]), JOHAN);
    await untilAsked(c, 'resolution.confirm', `${OPENING[fault][lang === 'sv' ? 0 : 1]} ${c.pin}`);
    const closed = await c.send(lang === 'en' ? 'yes it works' : 'ja det funkar');
    expect(closed.at(-1)?.askKey).toBe('csat.score');
    const said = await c.say(text);
    const own = t(lang, `reply.why_broke.${fault}` as MessageKey);
    expect(said.includes(own) || /^(Why it happened|Varför det hände): /m.test(said)).toBe(true);
    expect(said.match(/Why it happened|Varför det hände/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(said).not.toMatch(CANT);
    expect(said).not.toMatch(/testing your line|testar din linje/);
    expect(await linkedQueues(c)).toEqual([]);
  });
});

// a8 (en, not a customer, sales case): "do i need to be home when you install it?" (ignored twice) and "is there
// a number i can call instead?" ("I cannot say more than that from here"). Answered: usually someone aged 18+
// is home and sales books the time; the desk has no number to give, sales contacts them.
describe('a would-be customer’s installation and phone questions (a8)', () => {
  const HOME = {
    en: /someone aged 18 or over needs to be at home/,
    sv: /18 år eller äldre behöver vara hemma/,
  };
  const PHONE = {
    en: /no phone number for our sales team/,
    sv: /Något telefonnummer till vår säljavdelning/,
  };
  const OPEN = {
    en: "hi, i'm not a customer yet. moving to sundbyberg in february, can i get fibre there and how much is it?",
    sv: 'hej, jag är inte kund än men vi flyttar till sundbyberg i februari. kan man få fiber där och vad kostar det?',
  };
  async function sales(lang: Language) {
    const desk = memoryDesk({ triage: salesTriage() });
    const c = await desk.agent.startConversation({ channel: 'chat', language: lang });
    const say = async (m: string) =>
      (await desk.agent.handleMessage(c.ticketId, m)).map((x) => x.text).join('\n');
    await say(OPEN[lang]);
    return { desk, id: c.ticketId, say };
  }
  it.each([
    ['en', 'ok. its Tom Becker, tom.becker@example.org. do i need to be home when you install it?', HOME.en],
    ['en', 'you didnt answer, do i need to be home for the installation?', HOME.en],
    ['en', 'does someone have to be there to let the technician in?', HOME.en],
    ['sv', 'Tom Becker, tom.becker@example.org. måste jag vara hemma när ni installerar?', HOME.sv],
    ['sv', 'behöver nån vara hemma vid installationen?', HOME.sv],
    ['en', 'fine. is there a number i can call instead?', PHONE.en],
    ['en', "what's your phone number? i'd rather talk to someone", PHONE.en],
    ['sv', 'kan jag inte bara ringa er istället?', PHONE.sv],
    ['sv', 'vad har ni för telefonnummer?', PHONE.sv],
  ] as const)('%s: "%s" → answered on the sales case', async (lang, text, want) => {
    const c = await sales(lang);
    const said = await c.say(text);
    expect(said).toMatch(want);
    expect(said).not.toMatch(/cannot say more|kan inte säga mer|depends on the address|beror på adressen/);
    expect(said.match(want)?.length).toBe(1);
    expect((await c.desk.tickets.list({ limit: 10 })).items.map((x) => x.queue)).toEqual(['sales']);
  });
});

// b10 (en, port forward for a security camera, at the permission): "wait is that safe? could someone else see my
// camera then" got "Yes, it is safe" and a paragraph about a new password nobody asked about. The forward's
// safety is said honestly: only that device on that port is reachable, so its own login must be strong.
describe('whether a port forward is safe (b10)', () => {
  const HONEST = {
    en: /reachable from the internet on that one port.*strong password of its own/,
    sv: /går just den enheten att nå från internet.*starkt eget lösenord/,
  };
  it.each([
    [
      'en',
      'can you open port 8000 to my security camera at 192.168.1.50',
      'wait is that safe? could someone else see my camera then',
    ],
    [
      'en',
      'can you open port 8000 to my security camera at 192.168.1.50',
      'is it dangerous? can strangers watch my cam?',
    ],
    [
      'en',
      'please forward port 5000 to my nas at 192.168.1.50',
      'hmm is this secure, can anyone get to my files?',
    ],
    [
      'sv',
      'kan ni öppna port 8000 till min övervakningskamera på 192.168.1.50',
      'vänta, är det säkert? kan andra se min kamera då?',
    ],
    [
      'sv',
      'kan ni öppna port 8000 till min kamera på 192.168.1.50',
      'är det farligt? kan vem som helst se videon då?',
    ],
  ] as const)('%s: "%s" → the honest answer, no password paragraph', async (lang, opening, text) => {
    const d = await portForwardDesk(lang, opening);
    expect(d.portAsk.at(-1)?.askKey).toBe('consent.config_change');
    const r = await d.send(text);
    const said = r.map((m) => m.text).join('\n');
    expect(said).toMatch(HONEST[lang]);
    expect(said).not.toMatch(/Yes, it is safe|Ja, det är säkert|new password is shown|nya lösenordet visas/);
    expect(r.at(-1)?.askKey).toBe('consent.config_change');
  });
});

// a3 (en, default_admin_password, at the confirm): "also what about the wifi password, is that one safe?" was read as
// a request to change it (consent asked, a new case opened three times); b10 after the close: "should i change my
// wifi password?" got where the sticker is. Both are questions: answered, a new key offered, nothing opened.
describe('whether the Wi-Fi password is safe, or should be changed (a3, b10)', () => {
  const ANSWER = {
    en: /About your Wi-Fi password: .*just say so and I will set one/,
    sv: /Om ditt wifi-lösenord: .*säg bara till så sätter jag ett/,
  };
  it.each([
    ['en', 'yes. saved it. also what about the wifi password, is that one safe?'],
    ['en', 'yes thanks. is my current wifi password weak or not??'],
    ['en', 'yes done. should i change my wifi password too?'],
    ['sv', 'ja, sparat. men wifi-lösenordet då, är det säkert?'],
    ['sv', 'ja tack. borde jag byta wifilösenordet också?'],
  ] as const)('%s at the confirm: "%s" → answered, no new case, no consent', async (lang, text) => {
    const c = await chat(lang, faultWorld(['default_admin_password']), JOHAN);
    await untilAsked(
      c,
      'resolution.confirm',
      `${lang === 'en' ? 'is my router admin password still the default? please change it' : 'har routern fortfarande fabrikslösenordet för admin? byt det gärna'} ${c.pin}`,
    );
    const r = await c.send(text);
    const said = r.map((m) => m.text).join('\n');
    expect(said).toMatch(ANSWER[lang]);
    expect(r.at(-1)?.askKey).not.toBe('consent.wifi_change');
    expect(await linkedQueues(c)).toEqual([]);
    expect((await c.desk.tickets.list({ limit: 10 })).items.length).toBe(1);
    expect(c.desk.world.actionsDone()).toEqual(['admin_password_change']);
  });

  it.each([
    ['en', 'should i change my wifi password?'],
    ['en', 'is it a good idea to change the wifi key now?'],
    ['sv', 'behöver jag byta wifi-lösenord?'],
  ] as const)('%s after the close: "%s" → advice, not the sticker, nothing opened', async (lang, text) => {
    const c = await closedCase(lang, 'cpe_hung');
    const r = await c.send(text);
    const said = r.map((m) => m.text).join('\n');
    expect(said).toMatch(ANSWER[lang]);
    expect(r.at(-1)?.askKey ?? null).toBeNull();
    expect((await c.desk.tickets.list({ limit: 10 })).items.length).toBe(1);
  });

  it('en: "yes please set a new one" after the offer is a request (a change asked for)', async () => {
    const c = await closedCase('en', 'cpe_hung');
    await c.send('should i change my wifi password?');
    const r = await c.send('ok yes, please change the wifi password for me');
    expect(r.at(-1)?.askKey).toBe('consent.wifi_change');
  });
});
