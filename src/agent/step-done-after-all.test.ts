// Role-play round 18 (a #1): the router was switched off; the customer could not find the power button, the
// desk went on to "when can a technician come?", and then "Never mind. I found a little button at the back
// and pressed it. Now there are green lights." got "Then I will not book a visit. I have passed your case to
// our field technicians … you switched the router on – could not be done". A step reported done in any words
// (what the customer did, what they see now) is done: the line is tested again and the case resolved.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const OPENING = {
  en: 'my internet is not working and none of the lights on the router box are on',
  sv: 'internet funkar inte och inga lampor lyser på routern',
} as const;
const CANNOT = { en: "I can't find any button on it", sv: 'jag hittar ingen knapp på den' } as const;

/** language | the report that the step was done after all. */
const DONE_AFTER_ALL =
  `en|Never mind. I found a little button at the back and pressed it. Now there are green lights.
en|oh wait, found it on the back. pushed the little round button and now i see a green light
en|nvm i switched it on, lights are on now
sv|strunt samma, jag hittade en knapp bak och tryckte på den. nu lyser det grönt
sv|äsch glöm det, hittade strömknappen o tryckte på den, nu lyser lamporna
sv|vänta jag slog på den nu, lamporna blinkar`
    .split('\n')
    .map((line) => line.split('|') as ['sv' | 'en', string]);

it.each(DONE_AFTER_ALL)(
  '%s at the visit question: "%s" is the step done, tested again, resolved',
  async (lang, report) => {
    const world = faultWorld(['cpe_powered_off'], { canDo: ['step.power_on'] });
    const { say, pin, cases } = await chat(lang, world);
    await say(OPENING[lang]);
    await say(pin);
    const visit = await say(CANNOT[lang]);
    expect(visit).toMatch(lang === 'sv' ? /tekniker/i : /technician/i);
    world.performStep('step.power_on');
    const out = await say(report);
    expect(out).not.toMatch(
      /field technicians|fälttekniker|will not book|inte boka|could not be done|gick inte/i,
    );
    expect(out).toMatch(lang === 'sv' ? /Fungerar det nu\?/i : /Does it work now\?/i);
    await say(lang === 'sv' ? 'ja det funkar' : 'yes it works');
    const { first } = await cases();
    expect(first?.status).toBe('resolved');
  },
);

it.each(DONE_AFTER_ALL)('%s at the step itself: "%s" is the step done', async (lang, report) => {
  const world = faultWorld(['cpe_powered_off'], { canDo: ['step.power_on'] });
  const { say, pin } = await chat(lang, world);
  await say(OPENING[lang]);
  await say(pin);
  world.performStep('step.power_on');
  const out = await say(report);
  expect(out).not.toMatch(/technician|tekniker/i);
  expect(out).toMatch(lang === 'sv' ? /Fungerar det nu\?/i : /Does it work now\?/i);
});

it('a report of the step done with the fault still there is tested again once, then the visit stands', async () => {
  const world = faultWorld(['cpe_powered_off'], { canDo: [] });
  const { say, pin } = await chat('en', world);
  await say(OPENING.en);
  await say(pin);
  await say(CANNOT.en);
  const again = await say('never mind, found it and pressed it, lights are on');
  expect(again).toMatch(/When can a technician/i);
  const third = await say('never mind, found it and pressed it, lights are on');
  expect(third).not.toMatch(/testing|checking that it worked/i);
});
