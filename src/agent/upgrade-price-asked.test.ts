// Blind set un30 (v2-un30-upgrade-en-1, portal): "hey how much is 1000/1000? and can i get it today? gaming on 500 is
// kinda meh" was read as a slow line: tested, answered that troubleshooting is free, advised about Wi-Fi and closed
// as resolved. The price of a faster plan, or the plan itself asked for, with no fault told, is an upgrade: routed
// to sales, no speed case. A slow line told beside it stays the fault.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const upgrades: [Language, string][] = [
  ['en', 'hey how much is 1000/1000? and can i get it today? gaming on 500 is kinda meh'],
  ['en', 'what does the 1 gig plan cost? 250 feels a bit small for us now'],
  ['en', 'could we get 1000 mbit instead? what is the price'],
  ['sv', 'vad kostar 1000/1000? kan jag få det idag? 500 räcker inte riktigt för spel'],
  ['sv', 'kan vi få 1000 mbit? hur mycket blir det?'],
];

describe('a faster plan asked for or priced', () => {
  for (const [lang, opening] of upgrades)
    it(`${lang}: "${opening}"`, async () => {
      const c = await portalChat(lang, faultWorld([]));
      const said = (await c.send(opening)).map((r) => r.text).join('\n');
      const escalations = await c.desk.tickets.escalations(c.ticketId);
      expect(escalations[0]?.queue).toBe('sales');
      expect(said).not.toMatch(/testing your line|testar din linje|free of charge|kostnadsfri/i);
    });

  it('en: a slow line told beside the price is still the fault', async () => {
    const c = await portalChat('en', faultWorld([]));
    await c.send('i pay for 500 but only get 40, how much is 1000?');
    expect((await c.desk.tickets.escalations(c.ticketId))[0]?.queue).not.toBe('sales');
  });
});

describe('a plan speed and its price stated on an invoice question', () => {
  it('sv: the invoice is never read as an upgrade', async () => {
    const c = await portalChat('sv', faultWorld([]));
    await c.send(
      'Det gäller decemberfakturan: den är på 689 kr men jag har 60 Mbit som ska kosta 399 kr. Jag vill bestrida den delen.',
    );
    expect((await c.desk.tickets.escalations(c.ticketId))[0]?.queue).not.toBe('sales');
    const tl = await c.desk.tickets.timeline(c.ticketId);
    expect(tl.find((e) => e.type === 'triage')).not.toMatchObject({ intent: 'account_change' });
  });
});
