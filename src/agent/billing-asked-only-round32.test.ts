// Role-play round 32 (c #1, c #10) and round 31 (a #1): after a billing handoff, "kan dom inte ringa mig istället?
// 0703-12 34 56" got the call-back noted and then a stock paragraph on "reminders, payments and direct debit"
// nobody asked about; "Will the billing team write to me in English? … do we get the 200 kr back?" got only that
// paragraph; and "om jag betalar nu öppnas det direkt då eller måste jag vänta" got "Ja – inget mer behövs från
// dig" — a yes to an either/or. Only what was asked is answered.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const STOCK = /Påminnelser, betalningar och autogiro|reminders, payments and direct debit/i;

async function atBilling(lang: Language, opening: string, faults: Parameters<typeof faultWorld>[0]) {
  const c = await chat(lang, faultWorld(faults));
  await c.say(`${opening} ${c.pin}`);
  expect((await c.cases()).first?.queue).toBe('billing');
  return c;
}

describe('a call-back asked for is no question about payments (rp32c #1)', () => {
  it.each([
    ['sv', 'kan dom inte ringa mig istället? 0703-12 34 56. tack'],
    ['sv', 'kan ni ringa mig på 070-312 34 56 i stället?'],
    ['en', 'can they not just call me instead? 0703-12 34 56'],
  ] as const)('%s: %j', async (lang, text) => {
    const c = await atBilling(lang, lang === 'sv' ? 'internet funkar inte' : 'no internet', [
      'billing_suspended',
    ]);
    const said = await c.say(text);
    expect(said).toMatch(/070-?312 ?34 ?56|0703-12 34 56/);
    expect(said).not.toMatch(STOCK);
  });
});

describe('the team’s language and a refund, asked on an invoice case (rp32c #10)', () => {
  it.each([
    [
      'en',
      'Thank you. Will the billing team write to me in English? And if the 599 kr is a mistake, do we get the 200 kr back or taken off the next invoice?',
    ],
    ['en', 'will billing reply in english? and do I get the money back if it was wrong?'],
    ['sv', 'kan fakturaavdelningen svara på engelska? och får vi tillbaka pengarna om det är fel?'],
  ] as const)('%s: %j', async (lang, text) => {
    const c = await atBilling(
      lang,
      lang === 'sv'
        ? 'varför är fakturan 200 kr högre än vanligt?'
        : 'why is my invoice 200 kr higher than usual?',
      [],
    );
    const said = await c.say(text);
    expect(said).toMatch(/^(Yes|Ja)\b[^\n]*(English|engelska)/m);
    expect(said).toMatch(/paid back|credited|betalas tillbaka|krediteras/);
    expect(said).not.toMatch(STOCK);
  });
});

describe('paying now: when it opens, never a yes to the either/or (rp31a #1, rp32)', () => {
  it.each([
    ['sv', 'och om jag betalar nu öppnas det direkt då eller måste jag vänta 4 timmar'],
    ['sv', 'om jag swishar nu, kommer nätet tillbaka direkt eller måste jag vänta?'],
    ['en', 'if I pay now does it open straight away or do I have to wait 4 hours?'],
  ] as const)('%s: %j', async (lang, text) => {
    const c = await atBilling(lang, lang === 'sv' ? 'internet funkar inte' : 'no internet', [
      'billing_suspended',
    ]);
    const said = await c.say(text);
    expect(said).toMatch(/betalningen (är registrerad|syns)|payment is registered/);
    expect(said).not.toMatch(/^(Ja|Yes)\b/m);
    expect(said).not.toMatch(/inget mer behövs|nothing more is needed/);
  });
});
