// Round 32 (c5, en e-mail, speed_line_degraded): after the tier2 escalation, "OK. Also, why did you describe what
// the router looks like? I didn't ask that. Anyway, thanks, I'll wait for second line." was read as "I never asked
// for this" and second line's case was withdrawn. A complaint about something the desk said is no withdrawal; only
// an explicit cancel of the case or request withdraws it, and "I'll wait for second line" confirms it. The desk says
// sorry for the extra text and the case stays with its team.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat, handedOver } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';
import { takesBackWithdrawal } from './withdrawal-taken-back.js';
import { disownsRequest } from './withdrawn-case.js';

const SLOW = {
  en: 'my internet is very slow even with a cable',
  sv: 'internet är jättelångsamt även med kabel',
};

describe('a complaint about the desk’s words keeps the case', () => {
  it.each([
    [
      'en',
      "OK. Also, why did you describe what the router looks like? I didn't ask that. Anyway, thanks, I'll wait for second line.",
    ],
    ['en', "why did you tell me about the lights? I never asked about that. I'll wait for your technicians."],
    [
      'sv',
      'Okej. Varför beskrev du hur routern ser ut? Jag frågade inte om det. Tack ändå, jag väntar på andra linjen.',
    ],
    ['sv', 'varför skrev du om lamporna? det har jag inte frågat om. jag väntar på teknikerna'],
  ] as [Language, string][])('%s: "%s"', async (lang, complaint) => {
    const c = await chat(lang, faultWorld(['speed_line_degraded']));
    await handedOver(c, `${c.pin}. ${SLOW[lang]}`);
    const said = await c.say(complaint);
    expect(said).not.toMatch(/withdrawn|dragit tillbaka|återkallat/i);
    expect(said).toMatch(/sorry|ursäkta|förlåt/i);
    const first = (await c.cases()).first;
    expect(first?.status).toBe('escalated');
    expect(first?.queue).toBe('tier2');
  });

  it.each([
    "I didn't ask that",
    'why did you describe the router? I did not ask about that',
    'jag frågade inte om det',
    "I didn't ask that. I'll wait for second line.",
  ])('"%s" is no disowning', (t) => expect(disownsRequest(t)).toBe(false));

  it.each([
    "I didn't ask for that! Undo it",
    'I never asked to cancel my subscription',
    'det har jag inte bett om',
    "I didn't ask for that",
    'I never asked for an upgrade',
  ])('"%s" still disowns the request', (t) => expect(disownsRequest(t)).toBe(true));

  // After a withdrawal the customer never asked for, "put it back" restores the same case to its queue.
  it.each([
    [
      'en',
      'cancel that second line thing',
      'What?? No, I did NOT ask you to withdraw anything. Please put it back.',
    ],
    ['sv', 'stryk det där andralinjeärendet', 'Va? Jag bad dig inte stänga något. Lägg tillbaka ärendet.'],
  ] as [Language, string, string][])(
    '%s: the withdrawn case goes back to its queue',
    async (lang, cancel, back) => {
      const c = await chat(lang, faultWorld(['speed_line_degraded']));
      await handedOver(c, `${c.pin}. ${SLOW[lang]}`);
      expect(await c.say(cancel)).toMatch(/withdrawn|dragit tillbaka/);
      expect((await c.cases()).first?.status).toBe('resolved');
      const said = await c.say(back);
      expect(said).toMatch(/back with|hos .* igen/);
      expect(said).not.toMatch(/unplug|dra ur/i);
      const { first, next } = await c.cases();
      expect(first?.status).toBe('escalated');
      expect(first?.queue).toBe('tier2');
      expect(next).toBeUndefined();
    },
  );

  it.each([
    ['en', 'No, I did NOT ask you to withdraw anything. Please put it back.'],
    ['sv', 'Jag har inte bett dig dra tillbaka något! Öppna ärendet igen.'],
  ] as [Language, string][])('%s: with nothing withdrawn the case is said to stay', async (lang, back) => {
    const c = await chat(lang, faultWorld(['speed_line_degraded']));
    await handedOver(c, `${c.pin}. ${SLOW[lang]}`);
    expect(await c.say(back)).toMatch(/still with|ligger kvar hos/);
    const { first, next } = await c.cases();
    expect(first?.status).toBe('escalated');
    expect(next).toBeUndefined();
  });

  it.each([
    'I did NOT ask you to withdraw anything',
    'please put it back',
    'reopen my case please',
    'jag bad dig aldrig att stänga ärendet',
    'lägg tillbaka det',
  ])('"%s" takes a withdrawal back, never disowns', (t) => {
    expect(takesBackWithdrawal(t)).toBe(true);
    expect(disownsRequest(t)).toBe(false);
  });
});
