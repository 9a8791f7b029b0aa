// Round 35 b#6: at the PIN question, "hang on, where do I find that? is it the one on the letter with the
// router?" got "Of course — take your time" ("hang on" read as fetching it, the question unanswered); asked
// again, "no I mean the PIN, where is it??" got the answer and "No problem, I have not noted anything" (a
// correction of nothing said). Right: where the PIN is, at the first asking; the question asked again is
// answered, never met with a sentence about a note.
import { expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const JOHAN = { customerNumber: '200227', name: 'Johan Johansson', pin: '6891' };
const WHERE = { en: /welcome letter/i, sv: /välkomstbrev/i };
const FETCHING_ONLY = /Of course — take your time\.|Självklart – ta den tid du behöver\./;
const NOTHING_NOTED = /not noted anything|inte noterat något/i;

async function atPin(lang: Language) {
  const c = await chat(lang, faultWorld(['dsl_low_snr']), JOHAN);
  await c.say(lang === 'sv' ? 'nätet går ner flera gånger i timmen' : 'my internet keeps cutting out');
  await c.asks(`${lang === 'sv' ? 'det är' : 'its'} 200227`, 'identity.pin');
  return c;
}

it.each([
  ['en', 'hang on, where do I find that? is it the one on the letter with the router?'],
  ['en', 'hold on where is that pin'],
  ['en', 'one sec, is it on the letter that came with the router?'],
  ['sv', 'vänta lite, var hittar jag den? är det den på brevet som kom med routern?'],
  ['sv', 'vänta, var står pinkoden?'],
] as const)('%s: "%s": where the PIN is, at the first asking', async (lang, q) => {
  const c = await atPin(lang);
  const replies = await c.send(q);
  const said = replies.map((r) => r.text).join('\n');
  expect(said).toMatch(WHERE[lang]);
  expect(said).not.toMatch(FETCHING_ONLY);
  expect(replies.at(-1)?.askKey).toBe('identity.pin');
});

it.each([
  [
    'en',
    'hang on, where do I find that?',
    'no I mean the PIN, where is it?? is it on the letter that came with the router or something',
  ],
  ['sv', 'vänta, var hittar jag den?', 'nej jag menar pinkoden, var finns den??'],
] as const)(
  '%s: asked again ("%s", then "%s"): answered, no note about nothing',
  async (lang, first, again) => {
    const c = await atPin(lang);
    await c.send(first);
    const said = await c.say(again);
    expect(said).not.toMatch(NOTHING_NOTED);
    expect(said).toMatch(WHERE[lang]);
    expect(await c.say('found it, 6891')).toMatch(lang === 'sv' ? /verifierad/ : /verified/);
  },
);

it.each([
  ['en', 'hang on, let me find the letter'],
  ['sv', 'vänta, ska hämta brevet'],
] as const)('near miss %s: "%s" is fetching it: told to take the time', async (lang, msg) => {
  const c = await atPin(lang);
  expect(await c.say(msg)).toMatch(FETCHING_ONLY);
});
