// Role-play round 31 (a#1, a#9, b#9, c#10): "om jag betalar nu öppnas det direkt då eller måste jag vänta?"
// got "Ja – inget mer behövs", "if I cancel the second payment in my bank app, will you cut off my internet?"
// went unanswered, "Behöver jag köpa en egen router eller ingår det?" got a bare "Ja", and "does my own ASUS
// router work?" got "No — a router comes with the subscription". Each has a one-line answer.
import { expect, it } from 'vitest';
import type { FaultKind, Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const NILS = { customerNumber: '200241', name: 'Nils Johansson', pin: '1234' };

async function conversation(lang: Language, faults: FaultKind[], msgs: string[]) {
  const c = await chat(lang, faultWorld(faults), NILS);
  let out = '';
  for (const m of msgs) out = await c.say(m.replace('PIN', c.pin));
  return out;
}

it.each([
  [
    'sv',
    'och om jag betalar nu öppnas det direkt då eller måste jag vänta 4 timmar',
    /Inte automatiskt direkt/,
  ],
  ['sv', 'om jag swishar nu, öppnas det med en gång?', /Inte automatiskt direkt/],
] as const)('%s: "%s" on a paused line is answered: not automatically at once', async (lang, q, answer) => {
  const out = await conversation(
    lang,
    ['billing_suspended'],
    [
      lang === 'sv'
        ? 'internet har inte funkat på två dagar. PIN'
        : 'my internet has been down for two days. PIN',
      q,
    ],
  );
  expect(out).toMatch(answer);
  expect(out).not.toMatch(/noterat din fråga|noted your question/);
});

it.each([
  [
    'en',
    'if I cancel the second payment in my bank app, will you cut off my internet?',
    /Better not reverse it/,
  ],
  ['sv', 'om jag stoppar den andra dragningen i bankappen, stänger ni av internet då?', /Helst inte/],
] as const)('%s: "%s" about a double charge is answered in a line', async (lang, q, answer) => {
  const out = await conversation(
    lang,
    [],
    [
      lang === 'sv'
        ? 'jag har blivit dragen två gånger den här månaden. PIN'
        : 'I was charged twice this month. PIN',
      q,
    ],
  );
  expect(out).toMatch(answer);
  expect(out).not.toMatch(/cannot answer|noted your question|noterat din fråga/);
});

it.each([
  [
    'sv',
    'Hej, jag är inte kund än men funderar på att teckna bredband. Behöver jag köpa en egen router eller ingår det?',
    /En router ingår i abonnemanget/,
  ],
  [
    'en',
    'hi, not a customer yet. do I have to buy my own router or is one included?',
    /A router comes with the subscription/,
  ],
] as const)('%s: "%s" (either/or) is answered without a bare yes or no', async (lang, q, answer) => {
  const out = await conversation(lang, [], [q]);
  expect(out).toMatch(answer);
  expect(out).not.toMatch(/(^|\n)(Ja|Nej|Yes|No) [–—]/);
});

it.each([
  [
    'en',
    "hi, I'm moving to Kista and want fibre, not a customer yet. does my own ASUS router work?",
    /use your own/,
  ],
  ['sv', 'hej, jag är inte kund än men vill ha fiber. funkar min egen asus-router?', /använda (er|din) egen/],
] as const)('%s: "%s" is answered as the own-router question, never "No"', async (lang, q, answer) => {
  const out = await conversation(lang, [], [q]);
  expect(out).toMatch(answer);
  expect(out).not.toMatch(/No — a router|Nej – en router/);
});
