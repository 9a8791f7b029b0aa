// Round 26 (a6, en e-mail, docsis_power_out_of_range): with Tuesday booked and accepted, "but you didn't say
// about the tv, do i have to move it before they come?" moved the visit to Wednesday — a thing the customer
// moves at home is no new time for the visit (and the question is answered: what the technician needs to reach).
import { describe, expect, it } from 'vitest';
import { handedOver } from './testing/field-handoff.js';

async function bookedThen(language: 'en' | 'sv', availability: string, ...then: string[]) {
  const opening = language === 'en' ? 'no internet, the LOS light is red' : 'inget internet, LOS lyser rött';
  const h = await handedOver('fiber_los', language, availability, { opening });
  let last = '';
  for (const m of then) last = await h.say(m);
  return { first: h.said, then: last };
}

describe('a thing moved at home is no new time for the visit', () => {
  it.each([
    [
      'en',
      'tuesday morning',
      "ok good. but you didn't say about the tv, do i have to move it before they come?",
    ],
    ['en', 'tuesday morning', 'do we need to move the sofa so they reach the outlet?'],
    ['sv', 'tisdag förmiddag', 'okej. måste jag flytta tv:n innan de kommer? uttaget sitter bakom'],
  ] as const)('%s: %s, then "%s" keeps the visit', async (lang, availability, then) => {
    const r = await bookedThen(lang, availability, then);
    expect(r.first).toMatch(
      lang === 'en' ? /Tuesday 8 December 08:00–12:00/ : /tisdag 8 december 08:00–12:00/,
    );
    expect(r.then).not.toMatch(/onsdag|Wednesday|moved|flyttat/i);
    // …and the question is answered: the technician needs to reach the socket.
    expect(r.then).toMatch(/socket|uttaget/);
  });

  it("en: the tester's own flow (times hedged and corrected, the visit accepted, the TV asked about twice)", async () => {
    const r = await bookedThen(
      'en',
      "hmm i don't know, weekdays after 5 maybe? no wait, mornings are better actually, before 10",
      'ok tuesday is fine. will this cost me anything? and do i need to move the tv, the outlet is behind it',
      "ok good. but you didn't say about the tv, do i have to move it before they come?",
    );
    expect(r.then).not.toMatch(/Wednesday|moved/);
    expect(r.then).toMatch(/socket/);
  });

  it('a visit the customer asks to move still moves', async () => {
    const r = await bookedThen('en', 'tuesday morning', 'can you move it to wednesday instead?');
    expect(r.then).toMatch(/Wednesday 9 December/);
  });
});
