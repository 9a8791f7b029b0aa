// Round 35 (c #2, c #3): "Has something been changed on your side?" (asked three times on a DNS fault) was
// never answered; "vad ska jag göra om det händer igen, ska jag ringa er då?" beside the score got only "no,
// you don't need to call". Now the first is answered from the cause found (nothing changed on our side; the
// router's DNS pointed to servers that don't answer; Spotify kept cached addresses), the second with what to
// do next time (restart the router; if that does not help, write here).
import { expect, it } from 'vitest';
import { atScore, chat, verifiedChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';
import { topicsOf } from '../triage/topics-of.js';

const NOTHING_CHANGED = /nothing was changed on our side|ingenting har ändrats hos oss/i;

it.each([
  [
    'en',
    'several websites say server not found, Spotify still plays. Has something been changed on your side?',
  ],
  ['en', 'some sites wont load. has anything changed at ur end'],
  ['sv', 'vissa sidor laddar inte men spotify funkar. har något ändrats hos er?'],
  ['sv', 'en del sidor går inte att öppna, har det ändrats nåt på er sida?'],
] as const)('%s: "%s" in the opening is answered once the DNS fault is found', async (lang, opening) => {
  const c = await verifiedChat(['dns_misconfigured'], lang, opening);
  const out = c.last.map((m) => m.text).join('\n');
  expect(out).toMatch(NOTHING_CHANGED);
  expect(out).toMatch(/Spotify/);
});

it.each([
  ['en', 'yes the bank page opens now. but was it something on your side that changed my settings?'],
  ['sv', 'ja nu funkar banken. men är det ni som har ändrat nåt?'],
] as const)('%s: "%s" beside the yes is answered before the close', async (lang, msg) => {
  const c = await verifiedChat(
    ['dns_misconfigured'],
    lang,
    lang === 'en' ? 'some sites wont load' : 'vissa sidor laddar inte',
  );
  await c.say(c.yes);
  const out = await c.say(msg);
  expect(out).toMatch(NOTHING_CHANGED);
});

it.each([
  'can you change it on your side?',
  'kan ni ändra det hos er?',
  'is the problem on your end?',
  'did you change the DNS?',
  'did you change something on your end?',
  'har ni ändrat något hos er?',
])('"%s" asks no question about a change on our side', (text) => {
  expect(topicsOf(text)).not.toContain('changed_by_us');
});

it.each([
  ['sv', 'Jag ger en 4:a. Men vad ska jag göra om det händer igen, ska jag ringa er då?'],
  ['sv', '4. vad gör jag om den hänger sig igen'],
  ['en', '4. what should i do if it happens again, call you?'],
  ['en', '5 - and next time, who do i call?'],
] as const)('%s: "%s" beside the score says what to do next time', async (lang, msg) => {
  const c = await atScore(['cpe_hung'], lang, lang === 'en' ? 'no internet at all' : 'inget internet alls');
  const out = (await c.desk.agent.handleMessage(c.id, msg)).map((m) => m.text).join('\n');
  expect(out).toMatch(/starta om routern själv|restart the router yourself/);
  expect(out).toMatch(/skriver du till oss här|write to us here/);
});

it.each([
  ['sv', 'måste jag ringa någon?'],
  ['en', 'do i need to call someone?'],
] as const)('%s: "%s" during a fault is still "no need to call"', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['cpe_hung']));
  const out = await c.say(msg);
  expect(out).not.toMatch(/starta om routern själv|restart the router yourself/);
});
