// Role-play round 29: one-line technician questions answered as asked, and the rename taken as said.
// (b #2) "do I need to flush DNS on the laptop?" gets the flush answer, never the definition of DNS; "my work VPN
// connects fine?" tells, it asks nothing. (c #6) "could my new longer antenna cable be the cause?" on a cable line
// is answered (a long or poor cable weakens the signal; the short original back). (c #5) "does the empty socket
// need a filter too?" and "should she ring someone to test?" get a direct answer. (rp29b-wifi-rename) "Då tar vi
// Perssons utan prickar" names Perssons; "skrivaren tar jag i kväll" is a partly done rejoin; "var sitter
// WPS-knappen?" after the close says where the WPS button is.
import { expect, it } from 'vitest';
import { techQuestionOf } from '../triage/tech-questions.js';
import { hedgedName } from '../triage/hedged-name.js';
import { parseAnswer } from '../triage/answers.js';
import { topicsOf } from '../triage/topics-of.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  ['will I need to flush the DNS cache on my laptop afterwards (ipconfig /flushdns)?', 'flush_dns'],
  ['do I need to flush DNS on the laptop?', 'flush_dns'],
  ['behöver jag tömma dns-cachen på datorn?', 'flush_dns'],
  ['måste jag rensa cachen för dns sen?', 'flush_dns'],
  ['could my new longer antenna cable be the cause?', 'coax_cause'],
  ['kan det va den nya sladden från clas ohlson?', 'coax_cause'],
  ['är det antennkabeln som är boven?', 'coax_cause'],
  ['the bedroom has a third socket with nothing in it. Does that one need a box too?', 'filter_empty_socket'],
  ['behöver det tomma uttaget i sovrummet också ett filter?', 'filter_empty_socket'],
  ['Should she ring her sister to test?', 'test_call'],
  ['ska jag ringa min mamma och testa om det håller?', 'test_call'],
  ['var sitter WPS-knappen på routern? till skrivaren alltså', 'wps_button'],
  ['where do I find the WPS button?', 'wps_button'],
] as const)('"%s" is the general question %s', (text, question) => {
  expect(techQuestionOf(text)).toBe(question);
});

it.each([
  'my work VPN connects fine?',
  'and my work vpn still works',
  'jobbets vpn funkar fint?',
  'should I call you to test?',
  'what is dns?',
])('"%s" is none of the new questions', (text) => {
  expect(['flush_dns', 'vpn', 'test_call']).not.toContain(techQuestionOf(text));
});

it('a flush question is not the question what DNS is', () => {
  expect(topicsOf('do I need to flush DNS on the laptop?')).not.toContain('what_dns');
  expect(topicsOf('behöver jag tömma dns-cachen?')).not.toContain('what_dns');
  expect(topicsOf('what is DNS?')).toContain('what_dns');
});

it.each([
  ['Då tar vi Perssons utan prickar, säkrast så', 'Perssons'],
  ['vi kör på Nilssons då', 'Nilssons'],
  ["Ok, let's go with Karlssons without the dots, safest", 'Karlssons'],
  ["I'll take Villa12 then", 'Villa12'],
  ['Annars kanske Perssons', 'Perssons'],
])('"%s" names %s', (text, name) => {
  expect(hedgedName(text)).toBe(name);
});

it.each([
  'mobilen är klar, Perssons syns och funkar. skrivaren tar jag i kväll',
  'phone is done and works. the printer I will do tonight',
  'laptop done, the TV tomorrow',
])('"%s" is a rejoin done only partly', (text) => {
  expect(parseAnswer('step.rejoin_wifi', text, 'sv')).toEqual({ kind: 'done', partly: true });
});

it.each([
  ['sv', 'flush', 'behöver jag tömma dns-cachen på datorn efteråt?', /Oftast inte/, /adressbok/],
  [
    'en',
    'flush',
    'will I need to flush the DNS cache on my laptop afterwards?',
    /Usually not/,
    /address book/,
  ],
] as const)(
  '%s: the DNS case answers a %s question with the flush answer',
  async (lang, _k, q, answer, not) => {
    const c = await chat(lang, faultWorld(['dns_misconfigured']));
    await c.say(
      `${c.pin}. ${lang === 'sv' ? 'vissa sidor går inte att öppna' : 'some websites will not open'}`,
    );
    const out = await c.say(`${c.yes}. ${q}`);
    expect(out).toMatch(answer);
    expect(out).not.toMatch(not);
  },
);

it.each([
  ['sv', 'kan det va den nya sladden från clas ohlson?', /gamla korta/, /mesh/i],
  ['en', 'could my new longer antenna cable be the cause?', /short original/, /mesh/i],
] as const)('%s: after the field visit is booked, "%s" is answered', async (lang, q, answer, not) => {
  const c = await chat(lang, faultWorld(['docsis_power_out_of_range']));
  await c.say(`${c.pin}. ${lang === 'sv' ? 'modemet tappar nätet hela tiden' : 'my modem keeps dropping'}`);
  await c.say(lang === 'sv' ? 'vardagar efter 17' : 'weekdays after 5 pm');
  const out = await c.say(q);
  expect(out).toMatch(answer);
  expect(out).not.toMatch(not);
});

it.each([
  [
    'sv',
    'Då tar vi Perssons utan prickar, säkrast så',
    'en sak till, var sitter WPS-knappen på routern? till skrivaren alltså',
    'mobilen är klar. skrivaren tar jag i kväll',
    /delvis/,
    /baksidan eller sidan/,
  ],
  [
    'en',
    "Let's go with Perssons without the dots, safest",
    'one more thing, where is the WPS button on the router? for the printer',
    'phone is done. the printer I will do tonight',
    /partly/,
    /back or the side/,
  ],
] as const)(
  '%s: the rename takes "%s", records the printer left, and says where WPS is',
  async (lang, name, wps, rejoin, partly, where) => {
    const c = await chat(lang, faultWorld([], { canDo: ['step.rejoin_wifi'] }));
    await c.say(`${c.pin}. ${lang === 'sv' ? 'kan man byta namn på wifit?' : 'can i rename my wifi?'}`);
    expect(await c.say(name)).toMatch(/[”“]Perssons[”]/);
    await c.say(c.yes);
    c.desk.world.performStep('step.rejoin_wifi');
    const closed = await c.say(rejoin);
    expect(closed).toMatch(partly);
    expect(c.desk.world.actionsDone()).toEqual(['wifi_ssid_change']);
    const out = await c.say(wps);
    expect(out).toMatch(where);
    expect(out).not.toMatch(/wifi-meny|Wi-Fi menu/);
  },
);

it.each([
  [
    'en',
    'How can I tell? It only cut out when my wife was on the phone. Should she ring her sister now so we can test?',
    /Yes, good idea/,
    /cannot see it at once/,
  ],
  [
    'sv',
    'Hur vet jag det? Det bröts bara när frun pratade i telefon. Ska hon ringa sin syster så vi kan testa?',
    /Ja, gör gärna det/,
    /inte direkt|inte se det/,
  ],
] as const)(
  '%s: at "does it work now?" after the filter, a test call is said yes to',
  async (lang, q, yes, not) => {
    const c = await chat(lang, faultWorld(['dsl_low_snr'], { splitter: true }));
    let out = await c.say(
      `${c.pin}. ${lang === 'sv' ? 'internet bryts när vi pratar i telefon' : 'the internet drops when we use the phone'}`,
    );
    for (let i = 0; i < 4 && !/Does it work now|Fungerar det nu/.test(out); i++)
      out = await c.say(lang === 'sv' ? 'klart' : 'done');
    const answer = await c.say(q);
    expect(answer).toMatch(yes);
    expect(answer).not.toMatch(not);
  },
);

it.each([
  [
    'sv',
    'Tack. Ska jag dra ur strömmen till boxen under tiden? Och hur länge blir jag utan internet, till tisdag alltså?',
    /teknikern har lagat fibern/,
    /mycket kan jag åtgärda härifrån/,
  ],
  [
    'en',
    'Thanks. Should I unplug the box meanwhile? And how long will I be without internet, until the visit then?',
    /technician has (mended|repaired|fixed)/,
    /much I can fix from here|a lot can be fixed from here|within minutes/,
  ],
] as const)(
  '%s: with a field visit, "how long without internet?" gets the visit answer only',
  async (lang, q, visit, stray) => {
    const c = await chat(lang, faultWorld(['fiber_los']));
    await c.say(
      `${c.pin}. ${lang === 'sv' ? 'internet funkar inte, röd lampa' : 'no internet, red light on the box'}`,
    );
    await c.say(
      lang === 'sv' ? 'hemma alla dagar utom torsdag förmiddag' : 'home every day except thursday morning',
    );
    const out = await c.say(q);
    expect(out).toMatch(visit);
    expect(out).not.toMatch(stray);
  },
);
