// Round 18 (R3, finding 1): a question the desk's own findings answer ("is it the router then?", "is a
// loose plug enough?", "why is the signal weak?", "why did the settings change?") gets that answer,
// never "I can't answer that from here", and never replaces the problem on the case.
import { expect, it } from 'vitest';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const CANNOT = /can’t answer|cannot answer|kan inte svara|kan jag inte svara|inte säga säkert/;

it.each([
  ['sv', 'har ingen kabel till datorn tror jag. är det routern som är dålig alltså?'],
  ['sv', 'är det fel på routern då?'],
  ['sv', 'e routern trasig eller'],
  ['en', 'no cable here. so is the router bad then?'],
  ['en', 'is it my router thats the problem?'],
  ['en', 'so its the router?? should i get a new one'],
] as const)('%s: "%s" at full speed to the router says the router is fine', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['speed_wifi_limited']));
  await untilAsked(
    c,
    'step.wired_test',
    `${c.pin}. ${lang === 'sv' ? 'jag betalar för 500 men får 40' : 'i pay for 500 but only get 40'}`,
  );
  const out = await c.say(msg);
  expect(out).not.toMatch(CANNOT);
  expect(out).toMatch(/full (speed|hastighet|fart)[^.]*router|router[^.]*full (speed|hastighet|fart)/i);
  expect(out).toMatch(/Wi-Fi|wifi/);
});

it.each([
  ['sv', 'ja nu funkar det!! men hur kunde det bli så, räcker det att den sitter lite löst?'],
  ['sv', 'ja funkar. räcker det verkligen att sladden sitter lite löst?'],
  ['sv', 'japp! men hur kunde den lossna?'],
  ['en', 'yes works now! but how did that happen, is a slightly loose cable really enough?'],
  ['en', 'yep its back. how could it come loose tho'],
] as const)('%s: "%s" after a loose cable says a loose plug is enough', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['cable_unplugged'], { canDo: ['step.check_cables'] }));
  await untilAsked(
    c,
    'resolution.confirm',
    `${c.pin}. ${lang === 'sv' ? 'inget internet sen vi städade igår' : 'no internet since we cleaned yesterday'}`,
  );
  const out = await c.say(msg);
  expect(out).not.toMatch(CANNOT);
  expect(out).toMatch(/loose|löst|lossna|glapp/i);
  expect(out).toMatch(/enough|räcker/i);
});

it.each([
  ['en', 'ok tuesday is fine. why is the signal weak anyway, did someone dig or something'],
  ['en', 'fine. but why is my signal so weak in the first place?'],
  ['sv', 'ok tisdag funkar. men varför är signalen svag, har nån grävt eller?'],
  ['sv', 'ok. vad beror den svaga signalen på?'],
] as const)('%s: "%s" after a booked visit for weak fibre light gets the finding', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['optical_power_low']));
  await untilAsked(
    c,
    'contact.availability',
    `${c.pin}. ${lang === 'sv' ? 'internet tappar flera gånger om dagen' : 'internet keeps dropping several times a day'}`,
  );
  await c.say(lang === 'sv' ? 'tisdag eller torsdag efter 14' : 'tuesday or thursday after 2pm');
  const out = await c.say(msg);
  expect(out).not.toMatch(CANNOT);
  expect(out).toMatch(/light|ljus/i);
  expect(out).toMatch(/connector|kontakt/i);
});

it.each([
  [
    'en',
    'Yes now the bank site opens. But why did the settings change by themselves? Did someone hack the router?',
  ],
  ['en', 'yes works. did someone hack my router or how did the dns change??'],
  ['sv', 'ja nu funkar banken. men varför ändrades inställningarna av sig själv? har nån hackat routern?'],
  ['sv', 'ja. hur kunde dns:en ändras? kan nån ha hackat oss'],
] as const)('%s: "%s" after a DNS fix answers and keeps the problem', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['dns_misconfigured']));
  await untilAsked(
    c,
    'resolution.confirm',
    `${c.pin}. ${lang === 'sv' ? 'vissa sidor öppnas inte, banken säger server hittades inte' : 'some websites wont open, my bank says server not found'}`,
  );
  const out = await c.say(msg);
  expect(out).not.toMatch(CANNOT);
  expect(out).toMatch(/admin/i);
  expect(out).not.toMatch(/someone else is on your network|någon annan är på ditt nät/i);
});

it.each([
  ['sv', 'har ingen kabel till datorn tror jag. är det routern som är dålig alltså?'],
  ['en', 'no cable here. so is the router bad then?'],
] as const)('%s: "%s" answers the router question and asks the step again', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['speed_wifi_limited']));
  await untilAsked(
    c,
    'step.wired_test',
    `${c.pin}. ${lang === 'sv' ? 'jag betalar för 500 men får 40' : 'i pay for 500 but only get 40'}`,
  );
  const replies = await c.send(msg);
  expect(replies.map((r) => r.text).join('\n')).toMatch(/router/);
  // A question beside the difficulty is answered first; the step is asked again (many find a cable after
  // all), and a plain "I can't" then moves on to the test without a cable.
  expect(replies.at(-1)?.askKey).toBe('step.wired_test');
});
