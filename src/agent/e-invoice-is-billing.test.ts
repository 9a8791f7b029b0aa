// Round 22 (c9, b9): "kan jag byta till månadsfaktura via e-post istället för papper" was read as a
// question about an e-mail service: "Problem: En fråga om e-post" and the note "question about email (not a
// service this desk handles)" — false on the ticket; the same request later in a chat was preceded by "Det
// kan jag inte svara på härifrån". The invoice sent by e-mail instead of on paper is a billing request.
import { describe, expect, it } from 'vitest';
import { otherServiceOf } from '../runbooks/facts.js';
import { chat, portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const INVOICE_BY_MAIL = [
  'kan jag byta till månadsfaktura via e-post istället för papper',
  'kan ni ändra så att vi får fakturan på mejl istället för papper?',
  'jag vill ha e-faktura i stället för pappersfaktura',
  'skicka räkningen till min mejl istället tack',
  'can I get my invoice by email instead of paper?',
  'please send the bills to my e-mail address, no more paper',
  'i want e-invoices instead of the paper bill',
];

describe('the invoice by e-mail is billing, not an e-mail service', () => {
  it.each(INVOICE_BY_MAIL)('"%s" is no other service', (text) => {
    expect(otherServiceOf(text)).toBeUndefined();
  });

  it.each([
    'jag får inga mejl till min e-postadress hos er',
    'my email account stopped receiving mail',
    'hur ställer jag in e-posten i outlook?',
  ])('"%s" still is the e-mail service', (text) => {
    expect(otherServiceOf(text)).toBe('email');
  });

  it.each([
    [
      'sv',
      'Hej, min faktura för november är 120 kr högre än vanligt och jag har inte beställt något nytt. Vad är det för avgift? Och kan jag byta till månadsfaktura via e-post istället för papper',
    ],
    ['sv', 'kan ni ändra så att vi får fakturan på mejl istället för papper?'],
    ['en', 'Can I get my invoice by e-mail instead of on paper please?'],
  ] as const)('%s: "%s" → billing, nothing false about e-mail', async (lang, text) => {
    const c = await portalChat(lang, faultWorld([]));
    const said = await c.say(text);
    expect(said).not.toMatch(/fråga om e-post|question about e-?mail|E-post kan jag inte|e-?mail I cannot/i);
    expect(said).not.toMatch(
      /kan jag inte svara på härifrån|can't answer that from here|cannot answer that from here/,
    );
    const first = (await c.cases()).first;
    expect(first?.queue).toBe('billing');
    const notes = (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) =>
      e.type === 'note' ? [e.text] : [],
    );
    expect(notes.join('\n')).not.toMatch(/question about email/);
  });
});

describe('the invoice by e-mail beside a no to the old name back (b9)', () => {
  it.each([
    [
      'sv',
      'nej behåll nya namnet. skrivaren fixar jag själv då. förresten, kan ni ändra så att vi får fakturan på mejl istället för papper?',
    ],
    ['en', 'no keep the new name. and btw, can you send my invoices by email instead of paper from now on?'],
  ] as const)('%s: "%s" → billing, no "cannot answer"', async (lang, text) => {
    const c = await chat(lang, faultWorld([], { canDo: [] }));
    await c.say(
      `${c.pin}. ${lang === 'sv' ? 'kan ni byta namn på mitt wifi' : 'can you change the name of my wifi'}`,
    );
    await c.say(lang === 'sv' ? 'Lindqvist' : 'Evans Home');
    await c.say(c.yes);
    const offered = await c.say(
      lang === 'sv' ? 'det kan jag inte just nu' : "I can't do that right now, sorry",
    );
    expect(offered).toMatch(/Frontline-4711/);
    const said = await c.say(text);
    expect(said).not.toMatch(
      /kan jag inte svara på härifrån|can’t answer that from here|can't answer that from here/,
    );
    const items = (await c.desk.tickets.list({ limit: 10 })).items;
    expect(items.some((t) => t.queue === 'billing')).toBe(true);
  });
});
