// rp10b #10: "24 hours?? the match is tonight. is there no faster way, can i call someone?" after a
// handoff got "I cannot answer that from here": how to reach a person by phone is answered.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const ANNA = { customerNumber: '100482', name: 'Anna Holm', pin: '4711' };
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

describe('"can I call someone?" after a handoff to a person', () => {
  it.each([
    [
      'en',
      'I want to talk to a real person please',
      '24 hours?? the match is tonight. is there no faster way, can i call someone?',
      /you can call our customer service/,
    ],
    ['en', 'let me talk to a human', 'whats your phone number', /you can call our customer service/],
    [
      'sv',
      'jag vill prata med en människa',
      'finns det inget snabbare sätt? kan jag ringa er?',
      /du kan ringa vår kundtjänst/,
    ],
    [
      'sv',
      'kan jag fa prata med en manniska',
      'vad ar telefonnumret till kundtjanst',
      /du kan ringa vår kundtjänst/,
    ],
  ] as const)('%s: "%s" … "%s"', async (lang: Language, opening, ask, expected) => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const res = await converse(desk, {
      customer: ANNA,
      language: lang,
      opening,
      answers: { 'identity.customer_number': '100482', 'identity.pin': '4711' },
    });
    expect(res.queue).toBe('agents');
    const r = words(await desk.agent.handleMessage(res.ticketId, ask));
    expect(r).toMatch(expected);
    expect(r).not.toMatch(/cannot answer that|kan inte svara på det/);
  });
});
