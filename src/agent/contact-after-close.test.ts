// Round 24 (b1): after the close, "4. btw kan ni ringa mig nästa gång istället? 070-1234567" got "Det kan jag
// inte svara på härifrån … skriv 'jag vill prata med en person'": the wish to be called and the number were
// lost. How the customer would rather be reached is noted on the case, with the number, and said so.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';
import { phoneIn } from './contact-after-close.js';

const OPENING = {
  sv: 'hej. internet fungerar inte. inga lampor på dosan heller.',
  en: 'hi, internet is down and there are no lights on the box',
};

async function closedCase(lang: Language) {
  const c = await chat(lang, faultWorld(['cpe_powered_off'], { canDo: ['step.power_on'] }));
  await c.send(OPENING[lang]);
  await untilAsked(c, 'csat.score', c.pin);
  const notes = async () =>
    (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
  return { ...c, notes };
}

describe('how to be reached, after the close', () => {
  it.each([
    [
      'sv',
      '4. btw kan ni ringa mig nästa gång istället? 070-1234567',
      /uppringd nästa gång, på 070-123 45 67/,
      '070-123 45 67',
    ],
    ['sv', 'ring mig hellre nästa gång, 0701234567', /uppringd/, '070-123 45 67'],
    [
      'en',
      '5. next time could you just call me? +46 70 123 45 67',
      /called next time, on 070-123 45 67/,
      '070-123 45 67',
    ],
    ['en', 'please email me next time instead', /e-mail next time/, null],
    ['sv', 'sms:a mig hellre nästa gång', /sms nästa gång/, null],
  ] as [Language, string, RegExp, string | null][])('%s: "%s"', async (lang, text, said, phone) => {
    const c = await closedCase(lang);
    const reply = await c.say(text);
    expect(reply).toMatch(said);
    expect(reply).not.toMatch(/kan jag inte svara|can’t answer|can't answer/);
    const note = (await c.notes()).find((n) => n.includes('would rather be contacted'));
    expect(note).toBeDefined();
    if (phone) expect(note).toContain(phone);
    // The closed case stays closed; no new case.
    expect((await c.desk.tickets.list({ limit: 10 })).items).toHaveLength(1);
  });
});

describe('a phone number as people write it', () => {
  it.each([
    ['070-1234567', '070-123 45 67'],
    ['ring 070 123 45 67 tack', '070-123 45 67'],
    ['+46701234567', '070-123 45 67'],
    ['customer 200101, pin 5747', null],
  ])('"%s"', (text, phone) => {
    expect(phoneIn(text)).toBe(phone);
  });
});
