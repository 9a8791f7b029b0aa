// Round 26 (c10, en portal, billing): "can I just pay the old amount until this is sorted out?" got "I can't take
// a payment here in the chat", and "That's not what I asked. I asked if I can pay the OLD amount, without the
// extra 150" was read as "I never asked for this" — billing's case withdrawn. A correction of how the desk read
// the question keeps the case and the question is answered; paying the old amount is paying the part not disputed.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { caseQuestions } from './case-questions.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';
import { disownsRequest } from './withdrawn-case.js';

const OPENING = {
  en: 'my invoice this month is 150 kr higher than usual and nobody told me why. I want a human to look at it.',
  sv: 'min faktura är 150 kr högre än vanligt den här månaden, ingen har sagt varför. jag vill att en människa tittar på det.',
};
// The undisputed part paid by the due date, the rest with billing (F1's pay_undisputed answer, 5b855dc).
const DISPUTE = /paying the amount you agree with|betala det belopp du håller med om/;

describe('"not what I asked" beside the question asked again', () => {
  it.each([
    [
      'en',
      'Will it be an actual person who contacts me? And can I just pay the old amount until this is sorted out?',
      "That's not what I asked. I asked if I can pay the OLD amount, without the extra 150",
    ],
    [
      'sv',
      'Blir det en riktig person som hör av sig? Och kan jag betala det gamla beloppet tills det är rett ut?',
      'Det var inte det jag frågade. Jag frågade om jag kan betala det GAMLA beloppet, utan de extra 150',
    ],
  ] as [Language, string, string][])(
    '%s: the billing case stays and the question is answered',
    async (lang, ask, again) => {
      const c = await portalChat(lang, faultWorld([]));
      await c.send(OPENING[lang]);
      const first = await c.say(ask);
      expect(first).toMatch(DISPUTE);
      expect(first).not.toMatch(/can't take a payment|kan inte ta emot en betalning/);
      const said = await c.say(again);
      expect(said).not.toMatch(/withdrawn|dragit tillbaka/);
      expect(said).toMatch(DISPUTE);
      const first_ = (await c.cases()).first;
      expect(first_?.queue).toBe('billing');
      expect(first_?.status).toBe('escalated');
    },
  );

  it.each([
    "That's not what I asked, I asked if I can pay the old amount",
    'det var inte det jag frågade, jag undrade om jag kan betala det gamla beloppet',
  ])('"%s" is no disowning', (t) => expect(disownsRequest(t)).toBe(false));

  it.each(["That's not what I asked for! Undo that sales request", 'det har jag inte bett om'])(
    '"%s" still disowns the request',
    (t) => expect(disownsRequest(t)).toBe(true),
  );

  it('can I pay the old amount is the part not disputed, not a payment here', () => {
    expect(caseQuestions('can I just pay the old amount until this is sorted?')).toEqual(['pay_undisputed']);
  });
});
