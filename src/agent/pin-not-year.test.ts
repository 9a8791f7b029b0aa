// Round 32 (b #9): at the PIN question "…a letter from 2020. So you can't change it without the PIN? Can someone
// from sales just call me then, +46 70 555 12 34." was answered "That PIN doesn't match. You have 2 more
// attempt(s)": the year was read as a PIN and cost the caller an attempt. A year after a word that dates it is no
// PIN attempt; a bare four-digit answer, even one that looks like a year, still is.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const EVA = { customerNumber: '200311', name: 'Eva Wallin', pin: '4821' };

async function atPin(lang: Language) {
  const c = await chat(lang, faultWorld([]), EVA);
  const replies = await c.send(
    lang === 'en'
      ? 'I want a cheaper plan, customer number 200311'
      : 'jag vill ha ett billigare abonnemang, kundnummer 200311',
  );
  expect(replies.at(-1)?.askKey).toBe('identity.pin');
  return c;
}

describe('a dated year at the PIN question is no PIN attempt (rp32b #9)', () => {
  it.each([
    ['en', "the only thing I have is a letter from 2020. can't you change it without the PIN?"],
    ['en', "we've been customers since 2019, surely that counts for something"],
    ['en', 'the welcome letter went out back in 2018, no idea where it is'],
    ['sv', 'jag har bara ett brev från 2020, går det inte utan koden?'],
    ['sv', 'vi har varit kunder sedan 2017, hittar inte koden'],
  ] as const)('%s: %j costs no attempt', async (lang, text) => {
    const c = await atPin(lang);
    const said = await c.say(text);
    expect(said).not.toMatch(/doesn't match|attempt|stämmer inte|försök/i);
  });

  it.each([
    ['en', '1966'],
    ['sv', 'det är 2019 tror jag'],
  ] as const)('%s: %j is still read as a PIN (a wrong one here)', async (lang, text) => {
    const c = await atPin(lang);
    const said = await c.say(text);
    expect(said).toMatch(/doesn't match|stämmer inte/i);
  });
});
