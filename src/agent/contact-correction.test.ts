// Someone who is not a customer gives a name and a number for the sales team, then corrects the
// number (rp8a 12): the same case gets the new number, whole; no new case, no customer-number question,
// and the words of the correction are never taken for a name.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { CONTACT_STATE_KEY, readContact, type ContactDetails } from './contact-details.js';
import { memoryDesk } from './testing/memory-desk.js';

const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function salesCase(language: Language, opening: string) {
  const desk = memoryDesk();
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  await desk.agent.handleMessage(c.ticketId, opening);
  return { desk, id: c.ticketId };
}

const CASES: {
  lang: Language;
  opening: string;
  details: string;
  correction: string;
  name: string;
  phone: string;
  /** What the customer reads: the national form, never +46. */
  shown: string;
}[] = [
  {
    lang: 'sv',
    opening: 'hej, vi flyttar till kista i januari och vill skaffa bredband hos er. vad kostar 500 mbit?',
    details: 'sofia berglund 070-123 45 67. och jag har inte sagt nåt om låg hastighet?',
    correction: 'det är fel nummer, det är 0701234568',
    name: 'Sofia Berglund',
    phone: '+46701234568',
    shown: '070-123 45 68',
  },
  {
    lang: 'sv',
    opening: 'vi ska flytta hit i vår, inte kunder än. kan ni ringa mig om fiber?',
    details: 'linnea holm, 08-123 456 78.',
    correction: 'oj skrev fel, rätt nummer är 08 123 456 79',
    name: 'Linnea Holm',
    phone: '+46812345679',
    shown: '08-123 456 79',
  },
  {
    lang: 'en',
    opening: "hi, i'm not a customer yet but we're moving to solna and want fibre. what does 250 mbit cost?",
    details: 'tom becker +46 70 555 12 34.',
    correction: 'wrong number sorry, its 070-555 12 43',
    name: 'Tom Becker',
    phone: '+46705551243',
    shown: '070-555 12 43',
  },
];

describe('contact details corrected after the sales handoff', () => {
  it.each(CASES)('$lang: "$correction" updates the same case', async (c) => {
    const { desk, id } = await salesCase(c.lang, c.opening);
    await desk.agent.handleMessage(id, c.details);
    const r = await desk.agent.handleMessage(id, c.correction);
    expect(r.map((x) => x.askKey)).not.toContain('identity.customer_number');
    expect(words(r)).toContain(c.shown);
    expect(words(r)).not.toContain('+46');
    expect(desk.tickets.tickets.size).toBe(1);
    const state = await desk.tickets.getState<ContactDetails>(id, CONTACT_STATE_KEY);
    expect(state).toEqual({ name: c.name, phones: [c.phone], emails: [] });
  });

  it('a second way to reach them, not a correction, is added', async () => {
    const { desk, id } = await salesCase('en', 'not a customer, want to order fibre for our new flat');
    await desk.agent.handleMessage(id, 'tom becker, 070-555 12 34');
    await desk.agent.handleMessage(id, 'you can also mail me at tom@becker.se');
    const state = await desk.tickets.getState<ContactDetails>(id, CONTACT_STATE_KEY);
    expect(state).toEqual({ name: 'Tom Becker', phones: ['+46705551234'], emails: ['tom@becker.se'] });
  });
});

describe('the words around a number are no name', () => {
  it.each([
    'det är fel nummer, det är 0701234567',
    'this is my new number 0701234567',
    'rätt nummer: 070-123 45 67',
  ])('"%s"', (text) => {
    expect(readContact(text)?.name).toBeNull();
  });

  it('a name written right before the number is kept', () => {
    expect(readContact('sofia berglund 070-123 45 67.')).toEqual({
      name: 'Sofia Berglund',
      phones: ['+46701234567'],
      emails: [],
    });
  });
});
