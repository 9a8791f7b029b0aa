// Issue 14, round 20 (H3: b3, c3): with a visit booked Monday 17–20, "so monday 5-8 is fine. do I need to
// do anything before?" was read as new times (05–08): a morning the customer had ruled out was offered and
// the visit re-booked for a moment. A message that names the booked time confirms it, and what is asked
// beside it is answered. A day named only in a remark ("…innan lördag", "before saturday I'm away") never
// moves the visit. The questions answered beside the times that booked the visit (what it costs, whether to
// take time off work) are never also parked for a colleague as unanswerable.
import { describe, expect, it } from 'vitest';
import { handedOver } from './testing/field-handoff.js';

const MONDAY_EVENING = { start: '2026-12-07T16:00:00.000Z', end: '2026-12-07T19:00:00.000Z' };
const AFTER_WORK = {
  en: "What does that cost me? I can only do weekdays after 5pm, I'm at the office before that",
  sv: 'vad kostar det? jag kan bara vardagar efter 17, jag är på kontoret innan dess',
};

describe('a message that confirms the booked visit', () => {
  it.each([
    [
      'en',
      'wait what question? you just answered it. so monday 5-8 is fine. do I need to do anything before?',
    ],
    ['en', 'ok monday 5 to 8 works for me. anything i should prepare?'],
    ['en', 'Monday 17-20 is fine. Do I have to do something before the technician comes?'],
    ['sv', 'okej måndag 5-8 funkar. behöver jag göra nåt innan?'],
    ['sv', 'måndag 17-20 är bra. ska jag förbereda något innan teknikern kommer'],
  ] as const)('%s: %j → the visit stands, the preparation answered', async (lang, text) => {
    const v = await handedOver('docsis_power_out_of_range', lang, AFTER_WORK[lang]);
    expect(await v.booking()).toMatchObject(MONDAY_EVENING);
    const said = await v.say(text);
    expect(said).not.toMatch(/no free visit|08:00–12:00|ingen ledig|instead\?|i stället\?/i);
    expect(said).toMatch(lang === 'en' ? /Nothing special/ : /Inget särskilt/);
    expect(await v.booking()).toMatchObject(MONDAY_EVENING);
    expect(v.requests).toHaveLength(1);
    expect((await v.notes()).join('\n')).not.toMatch(/Outside the customer's times|Nothing free inside/);
  });

  it.each([
    ['en', 'do I need to do anything before saturday? I am away then'],
    ['en', "before saturday I'm away, is there anything I should do?"],
    ['sv', 'behöver jag göra nåt innan lördag'],
    ['sv', 'jag är bortrest på lördag, måste jag förbereda något?'],
  ] as const)('%s: a day only in a remark %j → the visit is not moved', async (lang, text) => {
    const v = await handedOver('docsis_power_out_of_range', lang, AFTER_WORK[lang]);
    const said = await v.say(text);
    expect(await v.booking()).toMatchObject(MONDAY_EVENING);
    expect(v.requests).toHaveLength(1);
    expect(said).not.toMatch(/moved|flyttat|no free visit|ingen ledig/i);
  });

  it.each(['en', 'sv'] as const)(
    '%s: the cost asked beside the times is answered, and not also parked as unanswerable',
    async (lang) => {
      const v = await handedOver('docsis_power_out_of_range', lang, AFTER_WORK[lang]);
      expect(v.said).toMatch(lang === 'en' ? /is free/ : /är gratis/);
      expect(v.said).not.toMatch(/cannot answer|can't answer|kan inte svara|kan jag inte svara/i);
      expect((await v.notes()).join('\n')).not.toMatch(
        /could not answer|for the team to answer|colleague to answer/,
      );
    },
  );
});

describe('"do I have to take time off?" beside the times that booked an after-work visit', () => {
  it.each([
    ['sv', 'måste jag ta ledigt från jobbet för det? imorgon vore bäst, helst efter 16 om det går'],
    ['sv', 'behöver jag ta ledigt? helst vardag efter 17'],
    ['en', 'do I have to take time off work for this? tomorrow would be best, after 4pm if possible'],
    ['en', 'will i need to take the day off? weekdays after 5 work'],
  ] as const)('%s: %j → answered from the booking, nothing parked', async (lang, text) => {
    const v = await handedOver('fiber_los', lang, text);
    expect(await v.booking()).toBeTruthy();
    expect(v.said).not.toMatch(/cannot answer|can't answer|kan inte svara|kan jag inte svara/i);
    expect(v.said).toMatch(lang === 'en' ? /No — .*take time off/ : /Nej – .*ta ledigt/);
    expect((await v.notes()).join('\n')).not.toMatch(/question for a colleague|could not answer/);
    const again = await v.say(
      lang === 'en' ? 'so I do not need to take time off?' : 'så jag behöver inte ta ledigt alltså?',
    );
    expect(again).not.toMatch(/^(Ja|Yes)\b/);
    expect(again).toMatch(lang === 'en' ? /^No\b/ : /^Nej\b/);
  });
});
