// Issue 14 (x2, defect 2): whether fibre or broadband is sold at an address, asked as the first message, is a
// sales lead — "someone who is not a customer … is routed sales without being asked for a customer number more
// than once". "do you deliver to Vasagatan 12?" got "Tell me what is not working", "is fibre available at my
// address" a clarifying question about a fault; and a caller who then said they are a customer already was
// only noted, never verified, and told "our sales team will contact you on the details you gave" when they had
// given none. The place asked about is sales' (availability-question.ts); a customer already is a move, an
// account change verified as any other (non-customer-follow-up.ts).
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { availabilityAsked } from '../triage/availability-question.js';
import { fold } from '../triage/normalize.js';
import { saysAlreadyCustomer } from './non-customer-follow-up.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const LEADS = [
  ['sv', 'finns det fiber på vår adress?'],
  ['sv', 'hej, kan vi få fiber på Storgatan 5 i Kista?'],
  ['sv', 'fiber hisingen?'],
  ['sv', 'levererar ni till drottninggatan 3'],
  ['sv', 'finns ni på Vasagatan 12 i Göteborg?'],
  ['sv', 'fibber på storgatan 5?'],
  ['en', 'do you deliver to Vasagatan 12?'],
  ['en', 'is fibre available at my address'],
  ['en', 'can i get broadband at Storgatan 5 in Kista'],
  ['en', 'hi is fiber available in our building?'],
  ['en', 'do u cover our address'],
] as const;

describe('the ways of asking', () => {
  it.each(LEADS)('%s: %j asks whether we sell there', (_lang, text) => {
    expect(availabilityAsked(fold(text))).toBe(true);
  });
  it.each([
    'my fiber is down at Storgatan 5',
    'is there an outage at Storgatan 5?',
    'can you come to my house and fix the router?',
    'will the technician come to my address?',
    'do you deliver the router to my address?',
    'finns ni kvar där?',
    'no internet in Kista',
  ])('%j does not', (text) => {
    expect(availabilityAsked(fold(text))).toBe(false);
  });

  it.each([
    'jag är redan kund hos er, vi ska flytta dit',
    'vi är ju kunder redan',
    'vi har redan fiber från er i nuvarande lägenhet',
    "i'm already a customer, we're moving there",
    'we already have broadband with you',
    'I am a customer of yours',
  ])('%j says a customer already', (text) => {
    expect(saysAlreadyCustomer(text)).toBe(true);
  });
  it.each(['jag är inte kund än', "i'm not a customer yet", 'no, not a customer', 'hur blir jag kund?'])(
    '%j does not',
    (text) => {
      expect(saysAlreadyCustomer(text)).toBe(false);
    },
  );
});

const ASKS_NUMBER = (r: { askKey: string | null }[]) =>
  r.some((m) => m.askKey === 'identity.customer_number');

describe('as the first message', () => {
  it.each(LEADS)('%s: %j goes to sales, no customer number asked', async (lang: Language, text) => {
    const c = await chat(lang, faultWorld([]));
    const r = await c.send(text);
    expect(ASKS_NUMBER(r)).toBe(false);
    const first = (await c.cases()).first;
    expect(first?.status).toBe('escalated');
    expect(first?.queue).toBe('sales');
  });

  it.each([
    ['sv', 'finns det fiber på vår adress?', 'jag är redan kund hos er, vi ska flytta dit'],
    ['en', 'do you deliver to Vasagatan 12?', "i'm already a customer, we're moving there"],
  ] as const)('%s: a customer already is a move, verified first: %j', async (lang, text, already) => {
    const c = await chat(lang, faultWorld([]));
    await c.send(text);
    const r = await c.send(already);
    expect(r.at(-1)?.askKey).toBe('identity.customer_number');
    await c.send(c.pin);
    const { first, next } = await c.cases();
    expect(first?.queue).toBe('sales');
    expect(first?.customerId).toBeTruthy();
    expect(next).toBeUndefined();
    const notes = (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) =>
      e.type === 'note' ? [e.text] : [],
    );
    expect(notes.some((n) => /a move rather than a new subscription/.test(n))).toBe(true);
  });

  it('a fault at the address stays a fault', async () => {
    const c = await chat('en', faultWorld(['cpe_powered_off']));
    await c.send('my fiber is down at Storgatan 5');
    const first = (await c.cases()).first;
    expect(first?.queue ?? null).not.toBe('sales');
    expect(first?.status).not.toBe('escalated');
  });
});
