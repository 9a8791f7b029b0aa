// Role-play round 16 (c #4): at "check that the router is switched on", "which button? there is a small
// round one at the back and also a tiny hole that says reset. and the plug goes into a power strip … the
// strip has a switch too" got the outlet/fuse text ("after electrical work", never mentioned), "but which
// button, the round one or the reset hole?" got the consent-safety "Yes — I only change what I have
// described", and "so I never press that reset hole?" after the close opened a new case with a line test.
// Which button is the power button, the reset hole is never pressed (it erases the settings), and a
// power strip's own switch is checked.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const ANSWER = {
  en: [/power button/i, /(never|do not|don.t) (press|push|touch)[^.]*reset/i, /erases?/i],
  sv: [
    /strömknapp|av\/på-knapp/i,
    /(aldrig|inte) [^.]*(reset|återställ)/i,
    /(raderar|nollställer|tar bort)/i,
  ],
} as const;

/** language | the question at the power-on step | (+ when a power strip is named). */
const WHICH =
  `en|which button? there is a small round one at the back and also a tiny hole that says reset. and the plug goes into a power strip behind the sofa, the strip has a switch too|+
en|but which button, the round one or the reset hole? i dont want to break it|
en|what button do i press? the one marked reset?|
en|there are 2 buttons on the back, which one is it|
sv|vilken knapp? det finns en liten rund på baksidan och ett litet hål där det står reset|
sv|vilken knapp menar du, den runda eller reset?|
sv|ska jag trycka på resetknappen? sladden sitter i ett grenuttag med en egen strömbrytare|+`
    .split('\n')
    .map((line) => line.split('|') as ['sv' | 'en', string, string]);

it.each(WHICH)('%s at the power-on step: "%s" is told which button', async (lang, question, strip) => {
  const { say, pin } = await chat(lang, faultWorld(['cpe_powered_off']));
  await say(
    lang === 'sv'
      ? 'inget internet, alla lampor är släckta på routern'
      : 'no internet, no lights on the router',
  );
  const step = await say(pin);
  expect(step).toMatch(lang === 'sv' ? /strömbrytare|påslagen|slagen på/i : /switched on/i);
  const out = await say(question);
  for (const re of ANSWER[lang]) expect(out).toMatch(re);
  expect(out).not.toMatch(/electrical work|elarbete|I only change|ändrar bara/i);
  if (strip === '+') expect(out).toMatch(lang === 'sv' ? /grenuttag/i : /power strip/i);
  expect(out).not.toMatch(/lamp lights up|där en lampa lyser/);
});

it.each([
  ['en', 'done', 'yes it works', 'so I never press that reset hole?'],
  ['sv', 'klart', 'ja det funkar', 'så jag ska aldrig trycka i reset-hålet alltså?'],
] as const)('%s: "%s" after the close is answered, no new case', async (lang, done, works, ask) => {
  const { say, pin } = await chat(lang, faultWorld(['cpe_powered_off']));
  await say(
    lang === 'sv'
      ? 'inget internet, alla lampor är släckta på routern'
      : 'no internet, no lights on the router',
  );
  await say(pin);
  await say(done);
  await say(works);
  const out = await say(ask);
  expect(out).toMatch(ANSWER[lang][1]);
  expect(out).not.toMatch(/testing your line|testar din linje|restart your router|starta om din router/i);
});
