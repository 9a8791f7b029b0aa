// Round 22 (a3, a2): after the close, "still want to know about remote management tho" became "I have
// passed you to our billing team … about the invoice": the intent model read billing (and "i still want to
// know" an account change) from no word of an invoice or the subscription. A team's intent needs a word
// of its matter; a follow-up without one is never a case for billing or sales. And a case routed for a
// request the customer then says she does not need ("I don't need anyone to contact me … I found it
// myself") is withdrawn, and she is told so — never only "I have added your message".
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { triage } from '../triage/index.js';
import { converse, faultWorld, memoryDesk, type MemoryDesk } from './testing/memory-desk.js';
import { portalChat } from './testing/chat.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const all = async (desk: MemoryDesk) => (await desk.tickets.list({ limit: 50 })).items;

const NO_TEAM_MATTER = [
  'still want to know about remote management tho',
  '2. still want to know about remote management tho',
  'i still want to know',
  'still want to know about it tho',
  'what about remote access to the router, should i turn it on?',
  'jag vill fortfarande veta om fjärrstyrningen',
  'vill fortfarande ha svar på det där',
];

describe('a team needs a word of its matter', () => {
  it.each(NO_TEAM_MATTER)('"%s" is neither billing nor an account change', (text) => {
    const t = triage(text);
    expect(['billing', 'account_change']).not.toContain(t.intent);
  });

  it.each([
    ['why is my bill 100 kr higher?', 'billing'],
    ['varför har fakturan gått upp?', 'billing'],
    ['I want to cancel my subscription', 'account_change'],
    ['hur säger jag upp?', 'account_change'],
    ['can i upgrade to 1000 mbit', 'account_change'],
  ])('"%s" still is %s', (text, intent) => {
    expect(triage(text).intent).toBe(intent);
  });

  it.each(NO_TEAM_MATTER.map((t) => [/[åäö]|jag|vill/.test(t) ? 'sv' : 'en', t] as const))(
    '%s: after the close, "%s" opens no billing or sales case',
    async (lang, text) => {
      const desk = memoryDesk({ world: faultWorld(['default_admin_password']) });
      const res = await converse(desk, {
        customer: KARIN,
        language: lang as Language,
        opening:
          lang === 'sv'
            ? 'min router har fortfarande admin/admin som lösenord, kan ni byta det?'
            : 'my router still has the admin/admin login from the sticker, can you change that?',
        answers: {
          'identity.customer_number': '100482',
          'identity.pin': '4711',
          'consent.*': lang === 'sv' ? 'ja' : 'yes',
        },
      });
      expect(res.outcome).toBe('resolved');
      const said = words(await desk.agent.handleMessage(res.ticketId, text));
      expect(said).not.toMatch(/billing|invoice|faktura|sales team|säljavdelning/i);
      expect((await all(desk)).filter((t) => t.queue === 'billing' || t.queue === 'sales')).toEqual([]);
    },
  );
});

describe('a routed case the customer no longer needs is withdrawn', () => {
  it.each([
    [
      'en',
      "I don't need anyone to contact me. I only wanted to know in which menu the invoices are. Never mind, I found it myself under Economy. Thank you anyway.",
    ],
    ['en', 'no need for anyone to call me, i found it myself'],
    ['en', 'forget it, I figured it out myself, you can close that case'],
    ['sv', 'Ingen behöver kontakta mig, jag hittade det själv. Tack ändå.'],
    ['sv', 'strunta i det, jag löste det själv. ni behöver inte höra av er'],
  ] as const)('%s: "%s"', async (lang, text) => {
    const c = await portalChat(lang, faultWorld([]));
    await c.say(
      lang === 'en' ? 'why is my bill 100 kr higher this month?' : 'varför är min faktura 120 kr högre?',
    );
    expect((await c.cases()).first?.queue).toBe('billing');
    const said = await c.say(text);
    expect(said).toMatch(/withdrawn|dragit tillbaka/);
    expect(said).not.toMatch(/added your message|lagt till ditt meddelande/);
    expect((await c.desk.tickets.get(c.ticketId))?.status).toBe('resolved');
  });

  it.each([
    ['en', 'how long until they contact me?'],
    ['en', 'ok thanks'],
    ['sv', 'jag behöver svar snabbt, kan någon ringa mig?'],
  ] as const)('%s: "%s" stays with billing', async (lang, text) => {
    const c = await portalChat(lang, faultWorld([]));
    await c.say(
      lang === 'en' ? 'why is my bill 100 kr higher this month?' : 'varför är min faktura 120 kr högre?',
    );
    await c.say(text);
    expect((await c.desk.tickets.get(c.ticketId))?.status).toBe('escalated');
  });
});

describe('a plan named by its speed alone is still an account change', () => {
  it.each(['men kan jag byta till 250?', 'can i go down to 100?', 'kan vi gå ner till 250 istället'])(
    '"%s"',
    (text) => {
      expect(triage(text).intent).toBe('account_change');
    },
  );
});
