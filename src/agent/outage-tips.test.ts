// Role-play round 12 (a #8): during an outage, "och mötet kl 18 då? nåt tips?" got "Jag har lagt till ditt
// meddelande i ärende …". A question about what the customer needs the connection for ("what about my
// meeting?", "any tips?") is answered with the outage tips from the catalogue: the mobile hotspot and the
// time the fault is expected fixed.
import { expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { afterQuestions } from './after-questions.js';
import { openLimhamnOutage } from './testing/limhamn-outage.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

it.each([
  ['sv', 'och mötet kl 18 då? nåt tips?', /Surfzon/, /åtgärdat ons 16:00/],
  [
    'sv',
    '20:36?? jag har ett möte kl 18 som jag måste vara med på. kan jag få pengar tillbaka för det här?',
    /Surfzon/,
    /åtgärdat ons 16:00/,
  ],
  ['sv', 'har ett viktigt möte ikväll, några tips?', /Surfzon/, /åtgärdat ons 16:00/],
  ['en', 'and my meeting at 6? any tips?', /hotspot/, /fixed by Wed 16:00/],
  ['en', 'i have a call at 5 i must join. any advice?', /hotspot/, /fixed by Wed 16:00/],
] as const)(
  '%s: "%s" gets the hotspot and the estimated time',
  async (lang: Language, question, tip, eta) => {
    const desk = memoryDesk({
      world: faultWorld(['area_outage']),
      now: () => new Date('2026-11-25T10:00:00Z'),
    });
    await openLimhamnOutage(desk);
    const res = await converse(desk, {
      customer: { customerNumber: '100482', name: 'Karin Lind', pin: '4711' },
      language: lang,
      opening: lang === 'sv' ? 'internet ligger nere sen lunch' : 'internet has been down since lunch',
      answers: { 'identity.customer_number': '100482', 'identity.pin': '4711' },
    });
    expect(res.outcome).toBe('outage_informed');
    const r = (await desk.agent.handleMessage(res.ticketId, question)).map((x) => x.text).join('\n');
    expect(r).toMatch(tip);
    expect(r).toMatch(eta);
    expect(r).not.toMatch(/lagt till ditt meddelande|added your message/);
  },
);

it.each(['and call me when it is back?', 'will they call me?', 'och ring mig sen?'])(
  '"%s" is not a question about what to do meanwhile',
  (text) => {
    expect(afterQuestions(text)).not.toContain('meanwhile');
  },
);
