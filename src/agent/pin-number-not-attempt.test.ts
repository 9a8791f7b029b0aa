// Role-play round 29 (c #9, sv chat, upgrade without a PIN): at the PIN question, "Den har jag inte här, jag sitter
// på jobbet. Kan ni inte bara be säljarna ringa mig? Och vad kostar 1000 ungefär?" got "PIN-koden stämmer inte. Du
// har 2 försök kvar." — the price asked about was counted as a wrong PIN. A number in a sentence is no PIN attempt
// when the words make it a price, a plan or a speed, or when the customer says they have no PIN at hand; the digits
// alone, or a number said to be the PIN, still are. And the price of the upgrade asked at the PIN question is no
// "nothing — troubleshooting is free".
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../triage/answers.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const GUNILLA = { customerNumber: '200262', name: 'Gunilla Ek', pin: '4821' };

describe('a number beside the PIN question that is not a PIN', () => {
  it.each([
    [
      'sv',
      'Den har jag inte här, jag sitter på jobbet. Kan ni inte bara be säljarna ringa mig? Och vad kostar 1000 ungefär?',
    ],
    ['sv', 'vad kostar det att uppgradera till 1000?'],
    ['sv', 'jag har ingen pinkod. vad kostar 1000 i månaden?'],
    ['en', "I don't have it with me. How much does 1000 cost roughly?"],
    ['en', 'what would it cost to upgrade to 1000?'],
  ] as const)('%s: "%s" is no attempt', async (lang, text) => {
    expect(parseAnswer('identity.pin', text, lang).kind).not.toBe('pin');
    const c = await chat(lang, faultWorld([]), GUNILLA);
    await c.send(
      lang === 'sv'
        ? 'Hej, jag vill uppgradera till 1000 Mbit, hur gör jag det? Kundnummer 200262'
        : 'Hi, I want to upgrade to 1000 Mbit, how do I do that? Customer number 200262',
    );
    const said = await c.say(text);
    expect(said).not.toMatch(/stämmer inte|doesn't match/);
    expect(said).not.toMatch(/^Ingenting|^Nothing/m);
  });

  it.each([
    ['sv', '4821'],
    ['sv', 'pinkoden är 4821'],
    ['sv', 'ok 4821'],
    ['en', "it's 4821"],
    ['en', 'my pin is 4821, what does 1000 cost?'],
  ] as const)('%s: "%s" is still the PIN', (lang, text) => {
    expect(parseAnswer('identity.pin', text, lang)).toEqual({ kind: 'pin', value: '4821' });
  });
});
