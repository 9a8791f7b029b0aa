// Role-play round 29 (c3, e-mail, cable_unplugged): "Is there an outage in Uppsala?" in the opening, "PIN is
// 9539. But is there an outage or not?", "So it was not an outage then?" and after the close "was there an
// outage or not?" — asked four times, never answered yes or no: beside the PIN the desk said it would check
// once the customer was verified (in the message that verified them), mid-case and after the close there was
// no topic for the question. The check of the area answers it: no known outage, or the outage found.
import { describe, expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const said = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const NO = {
  en: /No — there is no outage in your area/,
  sv: /Nej – det finns ingen driftstörning i ditt område/,
};

describe('"is there an outage?" on a case with no outage', () => {
  it.each([
    [
      'en',
      'Hi, our internet has been dead since this morning. Customer number 100482',
      'PIN is 4711. But is there an outage or not?',
      'So it was not an outage then?',
    ],
    [
      'sv',
      'Hej, internet är dött sedan i morse. Kundnummer 100482',
      'PIN 4711. men finns det något avbrott?',
      'var det inte ett avbrott alltså?',
    ],
  ] as const)('%s: answered beside the PIN and at the step', async (lang, opening, pin, atStep) => {
    const c = await chat(lang, faultWorld(['cable_unplugged']));
    expect((await c.send(opening)).at(-1)?.askKey).toBe('identity.pin');
    const verified = await c.send(pin);
    expect(said(verified)).toMatch(NO[lang]);
    expect(said(verified)).not.toMatch(/as soon as you are verified|så fort du är verifierad/);
    expect(verified.at(-1)?.askKey).toBe('step.check_cables');
    // A question at the step is answered and the step asked again — never taken as done.
    const step = await c.send(atStep);
    expect(said(step)).toMatch(NO[lang]);
    expect(step.at(-1)?.askKey).toBe('step.check_cables');
    expect(c.desk.world.actionsDone()).toEqual([]);
  });

  it.each([
    [
      'en',
      'Hi, our internet has been dead since this morning. Customer number 100482',
      '4711',
      'so was there an outage or not?',
    ],
    [
      'sv',
      'Hej, internet är dött sedan i morse. Kundnummer 100482',
      '4711',
      'men var det ett avbrott eller inte?',
    ],
  ] as const)(
    '%s: asked first after the outcome, answered from the check',
    async (lang, opening, pin, after) => {
      const c = await chat(lang, faultWorld(['cable_unplugged']));
      await c.send(opening);
      await c.send(pin);
      c.desk.world.performStep('step.check_cables');
      let r = await c.send(lang === 'en' ? 'done' : 'klart');
      for (let i = 0; i < 3 && r.at(-1)?.askKey; i++) r = await c.send(c.yes);
      expect(said(await c.send(after))).toMatch(NO[lang]);
    },
  );
});
