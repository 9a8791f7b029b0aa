// Round 23 (a1): after a router with no power was switched on and the case closed, "en sak till, routern är
// säkert 8 år gammal. kan jag få en ny av er?" got a flat "Nej – routern är inte trasig", and "även om jag
// betalar för den? jag vill ha en nyare modell" opened a billing case "Din faktura". Equipment bought, rented
// or ordered from us (or a newer model) is sales': the question gets what sales can do and an offer to pass it
// on, a yes or the wish itself opens a sales case with the customer's words — never billing, never a fault.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { triage } from '../triage/index.js';
import { fold } from '../triage/normalize.js';
import { purchaseWish } from '../triage/purchase-wish.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const OPENING = {
  sv: 'hej. internet fungerar inte. inga lampor på dosan heller.',
  en: 'hi, internet is down and there are no lights on the box',
};

/** A chat whose router had no power, switched on and closed: at the satisfaction question. */
async function closedPowerCase(lang: Language) {
  const c = await chat(lang, faultWorld(['cpe_powered_off'], { canDo: ['step.power_on'] }));
  await c.send(OPENING[lang]);
  await untilAsked(c, 'csat.score', c.pin);
  const all = async () => (await c.desk.tickets.list({ limit: 20 })).items;
  const salesCase = async () => (await all()).find((t) => t.queue === 'sales');
  const words = async (id: string) => JSON.stringify(await c.desk.tickets.timeline(id));
  return { ...c, all, salesCase, words };
}

const WISHES: [Language, string][] = [
  ['sv', 'även om jag betalar för den? jag vill ha en nyare modell'],
  ['en', 'I want a new router, even if I pay'],
  ['sv', 'jag vill köpa en ny router av er'],
  ['en', 'i want a newer modem pls, ill pay for it'],
  ['sv', 'kan ni skicka en nyare router? jag betalar gärna'],
  ['en', "I'd like to order a mesh system from you"],
  ['sv', '4. vi vill hyra en bättre router med wifi 6'],
];

describe('equipment from us after the close is a sales case', () => {
  it.each(WISHES)('%s: "%s" → sales with the words, no billing', async (lang, text) => {
    const c = await closedPowerCase(lang);
    const said = await c.say(text);
    expect(said).toMatch(lang === 'sv' ? /säljavdelning/ : /sales team/);
    expect(said).not.toMatch(/faktura|invoice|Din faktura|Your invoice/i);
    expect(said).toMatch(lang === 'sv' ? /Ny utrustning/ : /New equipment/);
    const sales = await c.salesCase();
    expect(sales).toBeDefined();
    expect((await c.all()).filter((t) => t.queue === 'billing')).toEqual([]);
    // The customer's own words reach the sales team.
    const core = text.replace(/^\d\.\s*/, '').slice(0, 20);
    expect(await c.words(sales?.id ?? '')).toContain(core);
    // The closed case stays closed.
    expect((await c.desk.tickets.get(c.ticketId))?.status).toBe('resolved');
  });

  it.each([
    [
      'sv',
      'en sak till, routern är säkert 8 år gammal. kan jag få en ny av er?',
      'ja tack, skicka vidare det',
    ],
    ['en', 'the router is like 10 years old, can i get a new one from you?', 'yes please'],
    ['en', 'can I buy a newer router from you?', 'sure, pass it on'],
    ['sv', '3. kan jag få en nyare router av er?', 'gärna'],
  ] as [Language, string, string][])(
    '%s: "%s" is answered with what sales does, and "%s" opens the sales case',
    async (lang, question, yes) => {
      const c = await closedPowerCase(lang);
      const answer = await c.say(question);
      // Never a flat refusal: sales sells routers, and the desk offers to pass it on.
      expect(answer).toMatch(lang === 'sv' ? /säljavdelning/ : /sales team/);
      expect(answer).not.toMatch(/^(Nej|No)\b/);
      expect(await c.salesCase()).toBeUndefined();
      const routed = await c.say(yes);
      expect(routed).toMatch(lang === 'sv' ? /säljavdelning \(ärende T-/ : /sales team \(reference T-/);
      const sales = await c.salesCase();
      expect(await c.words(sales?.id ?? '')).toContain(question.replace(/^\d\.\s*/, '').slice(0, 20));
      expect((await c.all()).filter((t) => t.queue === 'billing')).toEqual([]);
    },
  );

  it('a no after the offer opens nothing', async () => {
    const c = await closedPowerCase('sv');
    await c.say('kan jag få en nyare router av er?');
    await c.say('nej tack, det behövs inte');
    expect(await c.salesCase()).toBeUndefined();
  });
});

describe('a wish for equipment from us, read from the words', () => {
  it.each(
    WISHES.map(([, t]) => t).concat(['can I buy a newer router from you?', 'kan jag hyra en ny router?']),
  )('"%s" is sales\' (account_change)', (text) => {
    expect(purchaseWish(fold(text))).toBe(true);
    expect(triage(text).intent).toBe('account_change');
  });

  it.each([
    'my router is broken, I want a new one',
    'routern är trasig, skickar ni en ny?',
    'do i need to buy a new router?',
    'måste jag köpa en egen router?',
    'can i borrow a 4g router while it is down',
    'kan jag köpa tv-paketet av er?',
    'why is my bill higher this month?',
    'is a router included?',
  ])('"%s" is no purchase wish', (text) => {
    expect(purchaseWish(fold(text))).toBe(false);
  });
});
