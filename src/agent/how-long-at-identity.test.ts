// Issue 14, session 10 fixer H: "is this going to take long?" is answered from what the desk is about to
// do at that point of the case (identification and tests, a restart, a visit to agree or the one booked),
// and the same question is put again briefly; a visit the customer cancelled is never told as booked.
import { describe, expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { handedOver } from './testing/field-handoff.js';
import { faultWorld } from './testing/memory-desk.js';

const PHRASINGS = {
  en: [
    'is this going to take long?',
    'how long will this take',
    'how long does this take?',
    'how long is this gonna take??',
    'ok, how much time will it take?',
    'will it take long?',
    'does this take long',
    'how long?',
    'hmm how many minutes is this?',
    'how soon will it be fixed?',
    'and how long does that take',
  ],
  sv: [
    'hur lång tid tar det?',
    'hur lång tid tar det här',
    'tar det lång tid?',
    'hur länge håller det på?',
    'hur lång tid?',
    'tar det länge?',
    'ok hur lång tid kommer det ta?',
    'hur många minuter tar det?',
    'hur snart är det fixat?',
    'och hur lång tid tar det då?',
    'hur länge?',
  ],
} as const;
const IDENTIFY = {
  en: /finding your subscription and testing your line and router takes a minute or two/,
  sv: /hitta ditt abonnemang och testa din linje och router tar en minut eller två/,
};

describe('"how long?" at the customer-number and PIN questions: identification and tests, then a short re-ask', () => {
  for (const lang of ['en', 'sv'] as const)
    for (const q of PHRASINGS[lang])
      it(`${lang}: "${q}"`, async () => {
        const c = await chat(lang, faultWorld(['cpe_hung']));
        const first = await c.say(lang === 'en' ? 'my internet is down' : 'internet ligger nere');
        const atNumber = await c.say(q);
        expect(atNumber).toMatch(IDENTIFY[lang]);
        expect(atNumber).not.toContain(first.split('\n').at(-1));
        expect(atNumber).toMatch(
          lang === 'en' ? /What is your customer number\?$/ : /Vilket är ditt kundnummer\?$/,
        );
        const pinAsk = await c.say('100482');
        const atPin = await c.say(q);
        expect(atPin).toMatch(IDENTIFY[lang]);
        expect(atPin).not.toContain(pinAsk.split('\n').at(-1));
        expect(atPin).toMatch(lang === 'en' ? /And your 4-digit PIN\?$/ : /Och din fyrsiffriga PIN-kod\?$/);
        expect(await c.say('4711')).toMatch(lang === 'en' ? /verified/ : /verifierad/);
      });
});

describe('"how long?" elsewhere in the case', () => {
  it('en: in the opening it is answered beside the first question', async () => {
    const c = await chat('en', faultWorld(['cpe_hung']));
    const r = await c.say('my internet is down. is this going to take long?');
    expect(r).toMatch(IDENTIFY.en);
    expect(r).toMatch(/customer number/);
  });

  it('sv: at the restart consent, about two minutes and "Ska jag starta om den nu?"', async () => {
    const c = await chat('sv', faultWorld(['cpe_hung']));
    await c.say('hur lång tid tar det? internet funkar inte');
    await c.say('100482');
    await c.say('4711');
    const r = await c.say('hur lång tid tar det?');
    expect(r).toMatch(/Ungefär två minuter/);
    expect(r).toMatch(/Ska jag starta om den nu\?$/);
  });

  it('en: at the availability question a visit is meant, never "Only a minute or two."', async () => {
    const c = await chat('en', faultWorld(['fiber_los']));
    await c.say('my internet is dead');
    await c.say('100482');
    await c.say('4711');
    const r = await c.say('how long will this take?');
    expect(r).not.toMatch(/Only a minute or two/);
    expect(r).toMatch(/needs a technician, so it depends on the time we book/);
    expect(r).toMatch(/When would suit you for the visit\?$/);
  });

  for (const lang of ['en', 'sv'] as const)
    it(`${lang}: after a visit is booked, the booked window — not "contact you within 4 hours"`, async () => {
      const v = await handedOver(
        'fiber_los',
        lang,
        lang === 'en' ? 'weekdays, mornings are best' : 'vardagar, förmiddag',
      );
      const r = await v.say(PHRASINGS[lang][0]);
      expect(r).toMatch(
        lang === 'en'
          ? /booked time, Monday 7 December 08:00–12:00/
          : /bokade tid, måndag 7 december 08:00–12:00/,
      );
      expect(r).not.toMatch(/4 hours|4 timmar/);
    });
});

describe('a visit the customer cancelled is told as cancelled, and booking again is offered', () => {
  for (const [lang, cancel, when] of [
    ['en', 'no wait, dont send a technician', 'when is the technician coming?'],
    ['en', 'please cancel the visit', 'so what time does the tech arrive on monday?'],
    ['sv', 'nej vänta, avboka teknikern', 'när kommer teknikern?'],
    ['sv', 'avboka besöket tack', 'hur lång tid tar det innan teknikern kommer?'],
  ] as const)
    it(`${lang}: "${when}" after "${cancel}"`, async () => {
      const v = await handedOver(
        'fiber_los',
        lang,
        lang === 'en' ? 'weekdays, mornings are best' : 'vardagar, förmiddag',
      );
      await v.say(cancel);
      expect((await v.visit())?.status).toBe('cancelled_by_customer');
      const r = await v.say(when);
      expect(r).not.toMatch(/booked for|är bokat/);
      expect(r).toMatch(
        lang === 'en'
          ? /you cancelled the visit, as you asked .* shall I book a visit again/
          : /du avbokade besöket, som du bad om .* ska jag boka ett besök igen/,
      );
      expect((await v.visit())?.status).toBe('cancelled_by_customer');
    });
});
