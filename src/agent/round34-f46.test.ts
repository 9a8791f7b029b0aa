// Round 34 (f46), bench/roleplay/round34-{a,c}.md:
// - c#2: "Måste jag ringa någon?" in a locked-portal mail got slow-speed and phone-filter advice; "kan jag se
//   fakturan på iPaden också eller måste jag ha datorn?" after the fix opened a billing case nobody asked for,
//   which stayed open after "Jag har inte bett om någon hjälp med fakturan". Whether one must phone is answered
//   (no), where the account pages work is answered (any browser, any device), and a case opened by mistake is
//   withdrawn when the customer says so.
// - a#9: an invoice mail that names a current outage as known and needing no look was handled as the outage;
//   a fault said to be known or in hand is background, and a change said NOT to have been ordered is no change
//   request — the invoice is billing's.
import { describe, expect, it } from 'vitest';
import { triage } from '../triage/index.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const all = async (c: Awaited<ReturnType<typeof chat>>) => (await c.desk.tickets.list({ limit: 20 })).items;

describe('an invoice mail that names a known fault as needing no look is billing', () => {
  it.each([
    'Our December invoice is 449 kr but we have always paid 399 kr. We have not ordered anything new, so could you please explain the extra 50 kr? Also, I know the internet is down in Limhamn tonight, my husband has already been in touch with you about that, so no need to look at it.',
    'Why is my invoice 50 kr higher this month? I know there is an outage in our area, it is already reported, no need to check that.',
    'My bill went up by 100 kr and I never upgraded anything. The internet is down right now but you already know about it, that is not why I am writing.',
    'Varför är fakturan 449 kr i stället för 399? Vi har inte beställt något nytt. Jag vet att internet ligger nere i området, min man har redan varit i kontakt med er om det, så ni behöver inte kolla det.',
    'Fakturan är 50 kr högre än vanligt fast vi inte har ändrat något. Avbrottet är redan anmält, det är inte därför jag skriver.',
  ])('"%s" is billing', (text) => {
    expect(triage(text).intent).toBe('billing');
  });

  it.each([
    'The internet is down, I already reported it yesterday and nothing has happened!',
    'I know the internet is down in Limhamn. When will it be back?',
    'Internet ligger nere igen, jag har redan ringt en gång. När blir det fixat?',
  ])('"%s" still reports the fault', (text) => {
    expect(triage(text).intent).not.toBe('billing');
  });
});

describe('a locked portal account: must I call, where My pages work, a case opened by mistake', () => {
  it.each([
    [
      'sv',
      'Jag kommer inte in på Mina sidor, det står att kontot är låst. Vad ska jag göra nu? Måste jag ringa någon?',
    ],
    ['sv', 'kontot på mina sidor är låst. behöver jag ringa er?'],
    ['en', 'My pages says my account is locked. What do I do now? Do I need to call someone?'],
    ['en', 'I am locked out of my pages. Should I phone customer service?'],
  ] as const)('%s: "%s" is told no need to call, no filter or speed advice', async (lang, opening) => {
    const c = await chat(lang, faultWorld(['portal_account_locked']));
    const out = await c.say(opening);
    expect(out).toMatch(/don't need to call anyone|behöver inte ringa någon/);
    expect(out).not.toMatch(/filter|långsamma|slow|fasta telefonen|landline/);
  });

  it('sv: the helper "hjälper mig med datorn" is no question about the computer', async () => {
    const c = await chat('sv', faultWorld(['portal_account_locked']));
    const out = await c.say(
      'Kontot på Mina sidor är låst. Det är mitt barnbarn som brukar hjälpa mig med datorn men hon är bortrest. Vad ska jag göra nu?',
    );
    expect(out).not.toMatch(/är det inte datorn|nätverkskabel/);
  });

  it.each([
    [
      'sv',
      'Ja nu kom jag in! Tack så mycket. En sak till bara, kan jag se fakturan på iPaden också eller måste jag ha datorn?',
    ],
    ['sv', 'ja det funkar. kan jag använda Mina sidor på min iPad?'],
    [
      'en',
      'Yes I am in now, thanks! One more thing, can I see the invoice on my iPad too or do I need the computer?',
    ],
    ['en', 'works now. can I use My pages on my phone as well?'],
  ] as const)('%s: "%s" is answered, no billing case', async (lang, msg) => {
    const c = await chat(lang, faultWorld(['portal_account_locked']));
    await untilAsked(
      c,
      'resolution.confirm',
      `${c.pin}. ${lang === 'sv' ? 'kommer inte in på mina sidor, kontot är låst' : 'cant log in to my pages, it says my account is locked'}`,
    );
    const out = await c.say(msg);
    expect(out).toMatch(/works in the browser|fungerar i webbläsaren/);
    expect(out).not.toMatch(/billing team|fakturaavdelning/);
    expect((await all(c)).filter((t) => t.queue === 'billing')).toHaveLength(0);
  });

  it.each([
    [
      'sv',
      'kan jag se fakturan där?',
      'Jag har inte bett om någon hjälp med fakturan, den är säkert rätt. Jag undrade bara om jag kan titta på Mina sidor på iPaden.',
    ],
    [
      'en',
      'my bill went up 50 kr this month, why?',
      "I didn't ask for any help with the invoice, it is surely right. I only wondered if I can use My pages on my iPad?",
    ],
  ] as const)(
    '%s: a billing case the customer says was never asked for is withdrawn',
    async (lang, _q, denial) => {
      const c = await chat(lang, faultWorld(['portal_account_locked']));
      await untilAsked(
        c,
        'resolution.confirm',
        `${c.pin}. ${lang === 'sv' ? 'kommer inte in på mina sidor, kontot är låst' : 'cant log in to my pages, it says my account is locked'}`,
      );
      await c.say(
        lang === 'sv'
          ? 'ja det funkar. min faktura är 50 kr högre den här månaden, varför?'
          : 'yes it works. my bill went up 50 kr this month, why?',
      );
      const billing = (await all(c)).find((t) => t.queue === 'billing');
      expect(billing).toBeDefined();
      const out = await c.say(denial);
      expect(out).not.toMatch(/added your message|lagt till ditt meddelande/);
      expect(out).toMatch(/works in the browser|fungerar i webbläsaren/);
      const after = await c.desk.tickets.get(billing!.id);
      expect(after?.status).toBe('resolved');
      expect(after?.queue).toBeNull();
    },
  );
});
