// Round 31 (c2, sv e-mail, cable_unplugged): "Mitt kundnummer är 200-199 tror jag (står på fakturan)" made the
// close say "Du nämnde också din faktura"; "Fakturan? Nej jag skrev bara att kundnumret står på fakturan" then
// opened a billing case, and "Nej nej, jag har INGET ärende om fakturan … stäng det" was added to that case.
// A document named as where a number or the PIN is found is no second topic; a denial of the invoice topic the
// desk took up withdraws the case it opened (nothing left with billing) and says sorry plainly.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { raisedSecondaries } from './secondary-topics.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';
import { disownsRequest } from './withdrawn-case.js';

const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const OFFERED_INVOICE = /nämnde också din faktura|also mentioned your (invoice|bill)/i;

describe('a document named as where the number is found is no topic', () => {
  it.each([
    'Mitt kundnummer är 200-199 tror jag (står på fakturan).',
    'kundnumret finns på räkningen: 100482',
    'Kundnummer 100482 enligt fakturan.',
    "My customer number is 100482, I think (it's on the bill).",
    'account number 100482 (from my latest invoice)',
    'The PIN is printed on the welcome letter, and the number is 100482 as per the invoice.',
  ])('"%s"', (text) => {
    expect(raisedSecondaries(text, ['billing'])).toEqual([]);
  });

  it.each([
    'Mitt kundnummer är 100482. Fakturan är 200 kr för hög, varför?',
    'My number is 100482 and there is a charge on the bill I do not recognise.',
    'my invoice looks wrong this month',
  ])('"%s" still raises the invoice', (text) => {
    expect(raisedSecondaries(text, ['billing'])).toEqual(['billing']);
  });
});

describe('a denial of the invoice topic', () => {
  it.each([
    'Nej nej, jag har INGET ärende om fakturan. Ni behöver inte skicka något till fakturaavdelningen, stäng det.',
    'Fakturan? Nej jag skrev bara att kundnumret står på fakturan, det är inget fel på den.',
    'I have no question about the bill, I only said my number is on it.',
    "There's nothing wrong with my invoice, please close that.",
  ])('"%s" disowns the case', (text) => {
    expect(disownsRequest(text)).toBe(true);
  });
});

const OPENING: Record<Language, string> = {
  sv: 'Hej, internet är borta sedan vi städade bakom tv-bänken. Mitt kundnummer är 100482 (står på fakturan).',
  en: "Hi, no internet since we cleaned behind the TV. My customer number is 100482 (it's on the bill).",
};
const DENIAL: Record<Language, [string, string]> = {
  sv: [
    'Fakturan? Nej jag skrev bara att kundnumret står på fakturan, det är inget fel på den.',
    'Nej nej, jag har INGET ärende om fakturan. Stäng det.',
  ],
  en: [
    'The invoice? No, I only said my customer number is on the invoice, there is nothing wrong with it.',
    'No, I have no question about the bill at all. Close it.',
  ],
};

describe('the close after the number was found on the invoice', () => {
  it.each(['sv', 'en'] as Language[])('%s: no invoice offered, and a denial opens nothing', async (lang) => {
    const c = await chat(lang, faultWorld(['cable_unplugged'], { canDo: ['step.check_cables'] }));
    await c.send(OPENING[lang]);
    const closing = words(await untilAsked(c, 'csat.score', '4711'));
    expect(closing).not.toMatch(OFFERED_INVOICE);
    for (const denial of DENIAL[lang]) {
      const said = words(await c.send(denial));
      expect(said).not.toMatch(
        /fakturaavdelning \(ärende|billing team \(case|lagt till ditt meddelande|added your message/i,
      );
    }
    expect((await c.cases()).first?.status).toBe('resolved');
    const billing = (await c.desk.tickets.list({ limit: 10 })).items.filter((t) => t.queue === 'billing');
    expect(billing).toEqual([]);
  });

  it.each(['sv', 'en'] as Language[])(
    '%s: a billing case the desk opened is withdrawn with a sorry',
    async (lang) => {
      const c = await chat(lang, faultWorld(['cable_unplugged'], { canDo: ['step.check_cables'] }));
      await c.send(OPENING[lang]);
      await untilAsked(c, 'csat.score', '4711');
      // The desk takes the invoice up as a request (as round 31 did), then hears it was never one.
      const opened = words(
        await c.send(lang === 'sv' ? 'kan ni kolla fakturan?' : 'can you check my invoice?'),
      );
      expect(opened).toMatch(/fakturaavdelning|billing team/i);
      const said = words(await c.send(DENIAL[lang][1]));
      expect(said).toMatch(/Förlåt|sorry/i);
      expect(said).toMatch(/dragit tillbaka|withdrawn/);
      const open = (await c.desk.tickets.list({ limit: 10 })).items.filter(
        (t) => t.queue === 'billing' && t.status !== 'resolved' && t.status !== 'closed',
      );
      expect(open).toEqual([]);
    },
  );
});
