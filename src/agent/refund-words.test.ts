// Role-play round 12 (a #6, a #8, c #5): "får vi något tillbaka för dagarna utan internet?", "får jag nåt
// tillbaka", "do we get anything back" after an outage or a visit handoff are a refund question without a
// money word: answered with the compensation text once, billing gets it as one linked case — never a new
// invoice case, never a question merely noted on the first case. Asked again, that billing case is named.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { topicsOf } from '../triage/topics-of.js';
import { handedOver } from './testing/field-handoff.js';
import { openLimhamnOutage } from './testing/limhamn-outage.js';
import { converse, faultWorld, memoryDesk, type MemoryDesk } from './testing/memory-desk.js';

const COMPENSATION = /avdrag på fakturan|reduction on your invoice/;
const byQueue = async (desk: MemoryDesk) =>
  (await desk.tickets.list({ limit: 50 })).items.map((t) => t.queue ?? t.status).sort();
const count = (text: string, re: RegExp) => text.split(re).length - 1;

const ASKED: [Language, string, string][] = [
  ['sv', 'får vi något tillbaka för dagarna utan internet?', 'och pengarna då, får vi nåt tillbaka?'],
  ['sv', 'får jag nåt tillbaka', 'får jag nåt tillbaka alltså?'],
  ['sv', 'kan vi få ersättning', 'kan vi få tillbaka något?'],
  ['en', 'do we get anything back', 'so do we get something back or not?'],
  ['en', 'compensation?', 'do i get anything back for it?'],
];

describe('a refund without a money word after a visit handoff', () => {
  it.each(ASKED)('%s: "%s", then "%s"', async (lang, question, again) => {
    const h = await handedOver('fiber_los', lang, lang === 'sv' ? 'vardagar efter 16' : 'weekdays after 4');
    const first = await h.say(question);
    expect(count(first, COMPENSATION)).toBe(1);
    expect(first).not.toMatch(/Din faktura|Your invoice|noterat din fråga|noted your question/);
    expect(await byQueue(h.desk)).toEqual(['billing', 'field']);
    const second = await h.say(again);
    expect(second).toMatch(/fakturaavdelning|billing team/);
    expect(second).not.toMatch(COMPENSATION);
    expect(await byQueue(h.desk)).toEqual(['billing', 'field']);
  });
});

describe('a refund without a money word after an outage', () => {
  it.each(ASKED)('%s: "%s"', async (lang, question) => {
    const desk = memoryDesk({ world: faultWorld(['area_outage']) });
    await openLimhamnOutage(desk);
    const res = await converse(desk, {
      customer: { customerNumber: '100482', name: 'Karin Lind', pin: '4711' },
      language: lang,
      opening: lang === 'sv' ? 'internet ligger nere sen lunch' : 'internet has been down since lunch',
      answers: { 'identity.customer_number': '100482', 'identity.pin': '4711' },
    });
    expect(res.outcome).toBe('outage_informed');
    const r = (await desk.agent.handleMessage(res.ticketId, question)).map((x) => x.text).join('\n');
    expect(count(r, COMPENSATION)).toBe(1);
    expect((await byQueue(desk)).filter((q) => q === 'billing')).toHaveLength(1);
  });
});

describe('"back" that is not money', () => {
  it.each([
    'when do we get the internet back?',
    'will they get back to me today?',
    'när får vi tillbaka internet?',
    'får jag tillbaka routern om den lagas?',
    'får jag tillbaka mitt gamla lösenord?',
  ])('"%s" is not a refund', (text) => {
    expect(topicsOf(text)).not.toContain('compensation');
  });
});
