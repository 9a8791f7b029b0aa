// rp10c #8: someone moving in asked whether the outage in the place they move to is fixed — in the
// opening and twice after the sales handoff. The open incident is public news: told at once, with its
// expected fix, and every later message stays on the one sales case (no customer number asked again,
// no second case). rp10c #8 also read its own number back as "+46701234567": shown as 070-123 45 67.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { phoneForCustomer } from './phone-display.js';
import { salesTriage } from './testing/fake-triage.js';
import { memoryDesk } from './testing/memory-desk.js';

const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

const CASES: { lang: Language; opening: string; later: string[]; told: RegExp; passes: RegExp }[] = [
  {
    lang: 'sv',
    opening:
      'hej! vi flyttar till limhamn i januari och vill ha bredband från er, har ingen avtal med er än. men jag läste att ni har avbrott där nu?? funkar det ändå?',
    later: [
      'lisa ekdahl, 0701234567. och ja, avbrottet i limhamn, är det fixat innan januari lol?',
      'och avbrottet?',
    ],
    told: /känd störning.*åtgärdad/,
    passes: /står inte i vägen/,
  },
  {
    lang: 'en',
    opening:
      "hi, we're moving to limhamn next month and want broadband from you, we're not customers yet. i read there is an outage there?",
    later: ['tom becker, 070-555 12 34. so is the outage in limhamn fixed by then?', 'and the outage??'],
    told: /known fault.*expect it fixed/,
    passes: /does not stand in the way/,
  },
];

describe('an outage question from someone who is not a customer', () => {
  it.each(CASES)('$lang: told as public news, all on the one sales case', async (c) => {
    const desk = memoryDesk({ triage: salesTriage(/flytta|moving|bredband|broadband/i) });
    await desk.incidents.create({
      areas: ['SE-MMO-LIMHAMN'],
      kind: 'fiber_cut',
      title: 'Fibre cut in Limhamn',
      etaAt: '2026-11-25T15:00:00Z',
    });
    const conv = await desk.agent.startConversation({ channel: 'chat', language: c.lang });
    const first = await desk.agent.handleMessage(conv.ticketId, c.opening);
    expect(first.map((x) => x.askKey)).not.toContain('identity.customer_number');
    expect(words(first)).toMatch(c.told);
    expect(words(first)).toMatch(c.passes);
    expect(words(first)).not.toMatch(/also mentioned|nämnde också/);
    for (const text of c.later) {
      const r = await desk.agent.handleMessage(conv.ticketId, text);
      expect(r.map((x) => x.askKey)).not.toContain('identity.customer_number');
      expect(words(r)).toMatch(c.told);
      expect(words(r)).not.toContain('+46');
    }
    expect(desk.tickets.tickets.size).toBe(1);
    expect((await desk.tickets.get(conv.ticketId))?.queue).toBe('sales');
  });

  it('anything else they write afterwards is noted on the sales case, not a new one', async () => {
    const desk = memoryDesk({ triage: salesTriage(/flytta|moving|bredband|broadband/i) });
    const conv = await desk.agent.startConversation({ channel: 'chat', language: 'sv' });
    await desk.agent.handleMessage(
      conv.ticketId,
      'hej, jag är inte kund än men vi flyttar till kista i mars',
    );
    await desk.agent.handleMessage(conv.ticketId, 'sofia berg, 0701234567');
    const r = await desk.agent.handleMessage(conv.ticketId, 'kan installationen göras en lördag?');
    expect(r.map((x) => x.askKey)).not.toContain('identity.customer_number');
    expect(words(r)).toMatch(/ärende T-\d+/);
    expect(desk.tickets.tickets.size).toBe(1);
  });
});

describe('a phone number as the customer reads it', () => {
  it.each([
    ['+46701234567', '070-123 45 67'],
    ['+46812345678', '08-123 456 78'],
    ['+4631123456', '031-12 34 56'],
    ['+46480123456', '0480-12 34 56'],
    ['tom@becker.se', 'tom@becker.se'],
  ])('%s → %s', (e164, shown) => expect(phoneForCustomer(e164)).toBe(shown));
});
