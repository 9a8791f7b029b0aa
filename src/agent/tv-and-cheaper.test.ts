// Role-play round 19 (issue 14, F2, a9): "kan jag få tv via er också? och finns det nåt billigare
// abonnemang" got the mesh paragraph (TV read as equipment to buy), and "och det billigare abonnemanget då,
// vad kostar det?" was noted as "rather than cancel" though nobody spoke of cancelling.
import { expect, it } from 'vitest';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  [
    'sv',
    'hej! två saker: kan jag få tv via er också? och finns det nåt billigare abonnemang, tycker jag betalar för mycket',
    'ok. och det billigare abbonemanget då, vad kostar det?',
  ],
  [
    'sv',
    'hej. kan jag få tv via er? och finns det billigare abonnemang',
    'och det billigare, vad kostar det då?',
  ],
] as const)(
  '%s: "%s" gets no equipment text, and the price is no "rather than cancel"',
  async (lang, opening, price) => {
    const c = await portalChat(lang, faultWorld([]));
    const first = await c.say(opening);
    expect(first).not.toMatch(/mesh/i);
    const out = await c.say(price);
    expect(out).not.toMatch(/än säga upp|than cancel/);
    expect(out).toMatch(/Priser ser jag inte|Prices I do not see|priser|prices/i);
    const notes = (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) =>
      e.type === 'note' ? [e.text] : [],
    );
    expect(notes.some((n) => /rather than cancel/.test(n))).toBe(false);
  },
);
