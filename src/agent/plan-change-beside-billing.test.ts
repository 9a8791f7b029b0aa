// Round 22 (a10, c9): beside a billing case, "if it stays this expensive i want to go down to a cheaper
// speed, can you do that" and "vad kostar det att uppgradera till 1000 mbit? har 250 nu" were noted on the
// billing case ("I have added your message…", "Det kan jag inte svara på härifrån…"); sales got it only
// when asked again, and "how long does billing take?" was answered with sales' time. A plan change is
// sales' own linked case at its first mention, said so; the billing case stays with billing; a question
// about a team's time names the team asked about.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

async function billingCase(lang: Language) {
  const c = await portalChat(lang, faultWorld([]));
  const first = await c.say(
    lang === 'en'
      ? 'why is my bill 100 kr higher this month? nobody told me anything'
      : 'varför är min faktura 120 kr högre den här månaden?',
  );
  expect(first).toMatch(/billing|faktura/i);
  expect((await c.cases()).first?.queue).toBe('billing');
  return c;
}

describe('a plan change beside a billing case is sales’ own case at once', () => {
  it.each([
    ['en', 'fine. and if it stays this expensive i want to go down to a cheaper speed, can you do that'],
    ['en', 'ok. can i switch to a slower plan then, to pay less?'],
    ['en', 'i want to upgrade to 1000 mbit, what would it cost? i have 250 now'],
    ['sv', 'ok. en grej till, jag vill uppgradera till 1000 mbit, vad kostar det? har 250 nu tror jag'],
    ['sv', 'om det fortsätter vara så dyrt vill jag gå ner till en billigare hastighet'],
    ['sv', 'kan jag byta till en lägre hastighet istället?'],
  ] as const)('%s: "%s"', async (lang, text) => {
    const c = await billingCase(lang);
    const said = await c.say(text);
    const all = (await c.desk.tickets.list({ limit: 10 })).items;
    const sales = all.filter((t) => t.queue === 'sales');
    expect(sales).toHaveLength(1);
    expect(said).toMatch(lang === 'en' ? /sales team/ : /säljavdelning|sälj/);
    // The plan the service record shows, beside the change passed on.
    expect(said).toMatch(
      lang === 'en' ? /Your subscription is 500\/100 Mbit\/s/ : /Ditt abonnemang är 500\/100 Mbit\/s/,
    );
    expect(said).not.toMatch(
      /added your message to case|lagt till ditt meddelande|kan jag inte svara på härifrån|can't answer that/,
    );
    expect((await c.desk.tickets.get(c.ticketId))?.queue).toBe('billing');
    expect((await c.desk.tickets.get(c.ticketId))?.status).toBe('escalated');
  });

  // Round 35 (b#1): only the price asked is answered, with sales offered; the case opens on the yes.
  it.each([
    ['en', 'what would it cost to upgrade to 1000 mbit? i have 250 now', 'yes please'],
    ['sv', 'ok. en grej till, vad kostar det att uppgradera till 1000 mbit? har 250 nu tror jag', 'ja gärna'],
  ] as const)(
    '%s: "%s" (the price only) is answered and offered; "%s" opens the case',
    async (lang, text, yes) => {
      const c = await billingCase(lang);
      const said = await c.say(text);
      const sales = async () =>
        (await c.desk.tickets.list({ limit: 10 })).items.filter((t) => t.queue === 'sales');
      expect(said).toMatch(lang === 'en' ? /Shall I ask them to contact you/ : /Vill du att de hör av sig/);
      expect(await sales()).toHaveLength(0);
      expect(await c.say(yes)).toMatch(lang === 'en' ? /sales team/ : /säljavdelning/);
      expect(await sales()).toHaveLength(1);
      expect((await c.desk.tickets.get(c.ticketId))?.queue).toBe('billing');
    },
  );

  it('en (a10): "how long does billing usually take to answer" names billing, with a sales case open too', async () => {
    const c = await billingCase('en');
    await c.say('fine. and if it stays this expensive i want to go down to a cheaper speed, can you do that');
    const said = await c.say('ok thanks. how long does billing usually take to answer');
    expect(said).toMatch(/billing team/);
    expect(said).not.toMatch(/Our sales team gets back/);
  });
});
