// A question, a worry or a go-ahead at a permission question is read as what it is (round 16): a question
// beside a worry ("dont want to reconnect the tv") or a "you didnt answer" is answered and the permission asked
// again, never a no; "go ahead now. where will i see it?" after a "not now" is the go-ahead; a plain "yes." with a
// question about what comes after is the yes, never a "wait".
import { describe, expect, it } from 'vitest';
import { converseIn as converse } from './testing/converse.js';
import { portForwardDesk } from './testing/port-forward-desk.js';

const RADIO_EN = 'our wifi network just disappeared?? cant see it on any phone or laptop. 200115 pin 4711';
const RADIO_SV = 'vårt wifi har bara försvunnit, syns inte på nån mobil eller dator. 200115 pin 4711';
const ADMIN_EN = 'can you change the admin password on my router? its still the factory one. 200115 pin 4711';
const ADMIN_SV = 'kan ni byta admin lösenordet på min router? det är som från fabrik. 200115 pin 4711';

describe('a question beside a worry at the Wi-Fi-on permission is answered, never a no', () => {
  it.each([
    [
      'en',
      RADIO_EN,
      'hmm ok. will it be the same network name and password? dont want to reconnect the tv and everything',
    ],
    ['en', RADIO_EN, 'ok but will the name and password stay the same? i dont want to redo all the devices'],
    ['en', RADIO_EN, 'will it keep the same password?? dont wanna have to set everything up again'],
    [
      'sv',
      RADIO_SV,
      'hmm ok. blir det samma nätverksnamn och lösenord? vill inte behöva koppla om tvn och allt',
    ],
    ['sv', RADIO_SV, 'okej, är det samma lösenord sen? vill inte ställa in allt igen'],
  ] as const)('%s: %s → "%s"', async (language, first, text) => {
    const { world, last, ticket } = await converse(['wifi_radio_disabled'], language, [first, text]);
    expect(world.calls).toEqual([]);
    expect(ticket?.status).not.toBe('escalated');
    expect(last).not.toMatch(/declined|avböjde|won't change|ändrar inget/i);
    expect(last).toMatch(/same name and the same password|samma namn och samma lösenord|lösenord är desamma/);
    expect(last).toMatch(/\?\s*$/);
  });

  it('en: the yes after the answer switches the Wi-Fi on', async () => {
    const { world } = await converse(['wifi_radio_disabled'], 'en', [
      RADIO_EN,
      'hmm ok. will it be the same network name and password? dont want to reconnect the tv and everything',
      'yes turn it on please',
    ]);
    expect(world.calls.map((c) => c.action)).toContain('wifi_radio_enable');
  });
});

describe('"you didnt answer … can i pick it myself?" at the admin-password permission is a question', () => {
  it.each([
    [
      'en',
      ADMIN_EN,
      'you didnt answer if you guys can see it though. can i pick the password myself instead?',
    ],
    ['en', ADMIN_EN, 'u didnt say if u can see it. can i choose my own one?'],
    ['en', ADMIN_EN, "you haven't told me who else will know it. could i set it myself?"],
    ['sv', ADMIN_SV, 'du svarade inte om ni ser det. kan jag välja lösenordet själv istället?'],
    ['sv', ADMIN_SV, 'ni har inte sagt om ni kan se det? kan jag hitta på ett eget?'],
  ] as const)('%s: %s → "%s"', async (language, first, text) => {
    const { world, last, ticket } = await converse(['default_admin_password'], language, [first, text]);
    expect(world.calls).toEqual([]);
    expect(ticket?.status).toBe('open');
    expect(last).not.toMatch(/colleague|kollega/);
    expect(last).toMatch(/Only you|only you see it|Bara du|bara du ser det/);
    expect(last).toMatch(/settings page|inställningssida/);
    expect(last).toMatch(/\?\s*$/);
  });
});

describe('a go-ahead with a question after a "not now" is the go-ahead, and the question is answered', () => {
  const HACKED_EN = 'i think someone is on our wifi, we have been hacked? 200115 pin 4711';
  const HACKED_SV = 'jag tror nån är inne på vårt wifi, har vi blivit hackade? 200115 pin 4711';
  it.each([
    [
      'en',
      HACKED_EN,
      'wait, not now',
      "actually whatever, they're asleep anyway. go ahead now. where will i see the new password?",
    ],
    ['en', HACKED_EN, 'not now, later', 'ok fine, do it now. how do i get the new one?'],
    ['sv', HACKED_SV, 'vänta, inte nu', 'äh strunt samma, kör nu. var ser jag det nya lösenordet?'],
    ['sv', HACKED_SV, 'inte nu, senare', 'ok gör det nu. hur får jag veta det nya?'],
  ] as const)('%s: "%s" then "%s"', async (language, first, later, text) => {
    const { world, last } = await converse([], language, [first, later, text]);
    expect(world.calls.map((c) => c.action)).toContain('wifi_password_change');
    expect(last).toMatch(/here in the chat|här i chatten/);
    expect(last).not.toMatch(/write “go”|skriv ”kör”|when you are ready|när du är redo/i);
  });
});

describe('a plain yes with a question about what comes after is the yes to the rename', () => {
  it.each([
    ['en', 'can you rename my wifi network?', 'Villa12', 'yes. do i have to do something on my phone after?'],
    [
      'en',
      'can you rename my wifi network?',
      'Villa12',
      'yes! will i need to do anything on my laptop after?',
    ],
    ['sv', 'kan ni byta namn på mitt wifi?', 'Villa12', 'ja. måste jag göra något på mobilen efteråt?'],
    ['sv', 'kan ni byta namn på mitt wifi?', 'Villa12', 'ja! behöver jag göra nåt på telefonen sen?'],
  ] as const)('%s: %s %s → "%s"', async (language, first, name, text) => {
    const { world, last } = await converse([], language, [`${first} 200115 pin 4711`, name, text]);
    expect(world.calls.map((c) => c.action)).toContain('wifi_ssid_change');
    expect(last).not.toMatch(/it can wait|det kan vänta/i);
  });
});

describe('two names tried with a question at the name question: tips, both offered, the one chosen is the name', () => {
  it.each([
    [
      'en',
      'can you rename my wifi network?',
      'hmm not sure.. maybe PriyaNet? or something with our house number like Villa12. what do people usually pick?',
      'you didnt answer my question lol. ok whatever, Villa12 then i guess',
    ],
    ['en', 'can you rename my wifi?', 'maybe PriyaNet or Villa12? does it matter?', 'the second one'],
    ['sv', 'kan ni byta namn på wifit?', 'kanske Ekbacken eller Villa12? vad brukar folk ta?', 'den andra'],
    [
      'sv',
      'kan ni byta namn på wifit?',
      'hmm typ Ekbacken? eller Villa12? vet inte',
      'okej då, Villa12 får det bli',
    ],
  ] as const)('%s: "%s" then "%s"', async (language, first, names, choice) => {
    const { world, replies } = await converse([], language, [
      `${first} 200115 pin 4711`,
      names,
      choice,
      'yes',
    ]);
    const [, offered, proposed] = replies;
    expect(offered).toMatch(/surname|efternamn/);
    expect(offered).toMatch(/Villa12/);
    expect(offered).toMatch(/PriyaNet|Ekbacken/);
    expect(offered).not.toMatch(/Shall I rename|Ska jag döpa om/);
    expect(proposed).toMatch(/“Villa12”\?|”Villa12”\?/);
    expect(world.calls).toEqual([expect.objectContaining({ action: 'wifi_ssid_change' })]);
  });

  it.each([
    ['en', 'Villa12. i literally just said it'],
    ['en', 'ok whatever, Villa12 then i guess'],
    ['sv', 'Villa12. sa ju det'],
    ['sv', 'okej då, Villa12 får det bli'],
  ] as const)('%s: "%s" after "no idea" is the name', async (language, text) => {
    const { last } = await converse([], language, [
      `${language === 'sv' ? 'kan ni byta namn på wifit?' : 'can you rename my wifi?'} 200115 pin 4711`,
      language === 'sv' ? 'vet inte' : 'no idea',
      text,
    ]);
    expect(last).toMatch(/“Villa12”\?|”Villa12”\?/);
  });
});

describe('"it works better, but I still want X" to "does it work now?" is a yes, never "still not working"', () => {
  const KEVIN = { customerNumber: '100482', name: 'Kevin Almqvist', pin: '4711', deviceId: 'cpe-1' };
  it.each([
    [
      'sv',
      'kan du öppna udp 3074 till min ps5? strikt nat i cod',
      'ja typ, det funkar bättre. men jag vill fortfarande ha tcp också',
    ],
    [
      'sv',
      'kan du öppna udp 3074 till min ps5? strikt nat i cod',
      'funkar bättre men vill fortfarande ha tcp med',
    ],
    [
      'en',
      'can you open udp 3074 to my ps5? strict nat in cod',
      'yes sort of, it works better. but i still want tcp too',
    ],
    [
      'en',
      'can you open udp 3074 to my ps5? strict nat in cod',
      'yeah its better, but id still like tcp as well',
    ],
  ] as const)('%s: %s → "%s"', async (language, opening, text) => {
    const d = await portForwardDesk(language, opening, () => [], KEVIN);
    await d.send('192.168.1.47');
    await d.send(language === 'sv' ? 'ja' : 'yes');
    const reply = (await d.send(text)).map((x) => x.text).join('\n');
    expect((await d.tickets.get(d.id))?.status).not.toBe('escalated');
    expect(reply).not.toMatch(/fortfarande inte|still (not|does not|doesn’t) work|Tråkigt|sorry/i);
  });
});

describe('a no that ended the case is taken back when the customer says it was no no', () => {
  const RADIO = { en: RADIO_EN, sv: RADIO_SV };
  const ADMIN = { en: ADMIN_EN, sv: ADMIN_SV };
  it.each([
    [
      'en',
      'radio',
      'no',
      'wait what?? i didnt decline anything, i just asked if the name stays the same. yes turn it on please',
      'wifi_radio_enable',
    ],
    [
      'en',
      'admin',
      'no thanks',
      'wait what?? i never said no. i just asked a question. ok just change it then',
      'admin_password_change',
    ],
    ['en', 'radio', 'nah', 'actually i changed my mind, go ahead', 'wifi_radio_enable'],
    ['sv', 'radio', 'nej', 'va? jag har inte sagt nej. ja slå på det', 'wifi_radio_enable'],
    ['sv', 'admin', 'nej tack', 'vänta, jag frågade ju bara. ok byt det då', 'admin_password_change'],
  ] as const)('%s %s: "%s" then "%s"', async (language, kind, no, back, action) => {
    const first = kind === 'radio' ? RADIO[language] : ADMIN[language];
    const fault = kind === 'radio' ? 'wifi_radio_disabled' : 'default_admin_password';
    const { world, last, ticket } = await converse([fault], language, [first, no, back]);
    expect(world.calls.map((c) => c.action)).toEqual([action]);
    expect(ticket?.status).toBe('open');
    expect(last).toMatch(/open again|öppet igen/);
  });

  it('sv: "jag sa aldrig nej, jag frågade ju bara" opens the case and asks again', async () => {
    const { world, last, ticket } = await converse(['default_admin_password'], 'sv', [
      ADMIN_SV,
      'nej',
      'va? jag sa aldrig nej, jag frågade ju bara',
    ]);
    expect(world.calls).toEqual([]);
    expect(ticket?.status).toBe('open');
    expect(last).toMatch(/Får jag byta routerns administratörslösenord\?\s*$/);
  });

  it('en: thanks after the no leaves the case as it was', async () => {
    const { world, ticket } = await converse(['default_admin_password'], 'en', [ADMIN_EN, 'no', 'ok thanks']);
    expect(world.calls).toEqual([]);
    expect(ticket?.status).toBe('resolved');
  });
});
