// Issue 14, session 11 fixer N (rp12c #10): "cant you just check it? its 200192" after a TV question was
// filed as a question for a colleague and the number unused. The number is used (noted for the handoff,
// not verified without a PIN, and said in plain words) and "can't you check it?" about another service
// gets its own answer: this desk cannot see TV signals, the TV colleagues can.
import { describe, expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const CASES = {
  en: {
    opening: 'the tv box says no signal on the sports channels, internet is fine',
    reply: 'cant you just check it? its 100482',
    answer:
      /I can't see TV signals from here — our TV colleagues can\. I have given them your customer number 100482/,
    generic: /noted your question|colleague will answer it/,
  },
  sv: {
    opening: 'tv-boxen säger ingen signal på sportkanalerna, internet funkar',
    reply: 'kan ni inte bara kolla det? det är 100482',
    answer:
      /Jag kan inte se tv-signalen härifrån – det kan våra tv-kollegor\. Jag har gett dem ditt kundnummer 100482/,
    generic: /noterat din fråga|kollega svarar på den/,
  },
} as const;

describe('"can\'t you just check it? its <number>" about TV', () => {
  for (const lang of ['en', 'sv'] as const)
    it(`${lang}: the number is used and the question answered, not passed on as a question`, async () => {
      const k = CASES[lang];
      const c = await chat(lang, faultWorld([]));
      await c.say(k.opening);
      const r = await c.say(k.reply);
      expect(r).toMatch(k.answer);
      expect(r).not.toMatch(k.generic);
      const [ticket] = (await c.desk.tickets.list({})).items;
      const timeline = await c.desk.tickets.timeline(ticket!.id);
      const notes = JSON.stringify(timeline);
      expect(notes).toMatch(/customer gives number 100482, not verified/);
      expect(notes).not.toMatch(/question for a colleague/);
    });
});
