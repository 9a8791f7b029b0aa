// Role-play round 24 (c9, C): at "what should your Wi-Fi be called?" the name offered as a question —
// "hmm kan det heta Villa Björkbacken? eller blir det problem med å och ö" — got "I can't answer that",
// a line test, a power-cycle step and a tier2 handoff with nothing renamed. A name offered in the form of a
// question ("can it be called X?", "får det heta X?") is the name: proposed for permission, the question
// beside it answered, nothing tested or handed on.
import { expect, it } from 'vitest';
import { parseWifiName } from '../triage/wifi-name.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  ['hmm kan det heta Villa Björkbacken? eller blir det problem med å och ö', 'Villa Björkbacken'],
  ['kan det heta Villa Björkbacken?', 'Villa Björkbacken'],
  ['får det heta Solrosen? funkar mellanslag?', 'Solrosen'],
  ['kan vi kalla det Lindgrens hus? är det för långt', 'Lindgrens hus'],
  ['can it be called Casa Verde? or do spaces break something', 'Casa Verde'],
  ['hmm could it be named BatCave? is that ok', 'BatCave'],
  ['can we call it PizzaNet?', 'PizzaNet'],
])('asked for the name, "%s" names %s', (text, name) => {
  expect(parseWifiName(text, { asked: true })).toBe(name);
});

it.each([
  'kan det heta vad som helst?',
  'can it be called anything?',
  'kan det heta nåt med å?',
  'can it be called something with spaces?',
])('"%s" asks about names and names nothing', (text) => {
  expect(parseWifiName(text, { asked: true })).toBeNull();
});

it.each([
  [
    'sv',
    'hmm kan det heta Villa Björkbacken? eller blir det problem med å och ö',
    'Villa Björkbacken',
    /Å, ä och ö/,
  ],
  ['en', 'can it be called Casa Verde? or do spaces break something', 'Casa Verde', /spaces are fine/i],
] as const)('%s: "%s" proposes the name and answers the question', async (lang, reply, name, answer) => {
  const c = await chat(lang, faultWorld([], { canDo: ['step.rejoin_wifi'] }));
  await c.say(
    `${c.pin}. ${lang === 'sv' ? 'jag vill byta namn på wifi nätverket, går det?' : 'can i rename my wifi?'}`,
  );
  const out = await c.say(reply);
  expect(out).toContain(name);
  expect(out).toMatch(answer);
  expect(out).not.toMatch(/inte svara på|can't answer|testar din linje|testing your line/i);
  await c.say(c.yes);
  expect(c.desk.world.calls.filter((x) => x.action === 'wifi_ssid_change').map((x) => x.args?.ssid)).toEqual([
    name,
  ]);
  expect(c.desk.world.actionsDone()).not.toContain('cpe_reboot');
});
