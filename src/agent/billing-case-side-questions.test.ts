// Role-play round 26 (c #10, b #1): after a billing case was routed, "Will it be an actual person who contacts me?
// And can I just pay the old amount until this is sorted out?" got "I can't take a payment here in the chat", and
// "ok. vad gör jag om de inte hör av sig?" (and "hallå? du svarade inte, vad gör jag om de inte ringer") got the
// same canned text on reminders and payments twice. The undisputed part is paid meanwhile (billing decides the
// rest); if nobody has been in touch within the team's time, write here again with the case.
import { describe, expect, it } from 'vitest';
import { chat, portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const CANNED =
  /take a payment|ta emot (en )?betalning|Påminnelser, betalningar och autogiro|reminders, payments and direct debit/i;

describe('paying the undisputed amount meanwhile (c #10)', () => {
  it.each([
    [
      'en',
      'my invoice is 150 kr higher than usual this month, why?',
      'Will it be an actual person who contacts me? And can I just pay the old amount until this is sorted out?',
    ],
    [
      'en',
      'my invoice is 150 kr higher than usual this month, why?',
      'can i pay it without the extra 150 kr for now?',
    ],
    [
      'sv',
      'min faktura är 150 kr högre än vanligt den här månaden, varför?',
      'kan jag betala det vanliga beloppet så länge?',
    ],
  ] as const)(
    '%s: "%s" … "%s" → the amount agreed with, billing decides the rest',
    async (lang, opening, asked) => {
      const c = await portalChat(lang, faultWorld([]));
      await c.send(opening);
      expect((await c.cases()).first?.queue).toBe('billing');
      const said = await c.say(asked);
      expect(said).not.toMatch(CANNED);
      expect(said).toMatch(lang === 'sv' ? /belopp du håller med om/ : /amount you agree with/);
      expect(said).toMatch(/T-000001/);
      expect((await c.cases()).first?.status).not.toBe('withdrawn');
    },
  );
});

describe('what to do if the team does not get in touch (b #1)', () => {
  it.each([
    ['sv', 'ok. vad gör jag om de inte hör av sig?', 'hallå? du svarade inte, vad gör jag om de inte ringer'],
    ['en', 'ok. what do i do if they dont get back to me?', 'and if nobody calls me?'],
  ] as const)('%s: "%s" → write again after the team’s time, with the case', async (lang, asked, again) => {
    const c = await chat(lang, faultWorld(['billing_suspended']), {
      customerNumber: '200111',
      name: 'Nils Berg',
      pin: '1111',
    });
    await c.send(
      lang === 'sv'
        ? 'internet funkar inte, står att det är avstängt'
        : 'internet is down, it says suspended',
    );
    await c.send('200111');
    await c.send('1111');
    expect((await c.cases()).first?.queue).toBe('billing');
    for (const text of [asked, again]) {
      const said = await c.say(text);
      expect(said).not.toMatch(CANNED);
      expect(said).toMatch(
        lang === 'sv' ? /inte hört något inom 4 timmar/ : /not heard from them within 4 hours/,
      );
      expect(said).toMatch(/T-000001/);
    }
  });
});
