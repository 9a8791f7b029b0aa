// A would-be customer (rp9a #9, rp9b #8, rp9c #5): the number question answered with a phone number and
// an address, price and availability questions, "I told you I'm not a customer" — all on the one sales
// case, answered as far as the desk can, never a second customer-number question or a new case.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { CONTACT_STATE_KEY, readContact, type ContactDetails } from './contact-details.js';
import { salesQuestions } from './sales-questions.js';
import { salesTriage } from './testing/fake-triage.js';
import { memoryDesk } from './testing/memory-desk.js';

const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function start(language: Language, opening: string) {
  const desk = memoryDesk({ triage: salesTriage() });
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  const first = await desk.agent.handleMessage(c.ticketId, opening);
  return { desk, id: c.ticketId, first };
}

const AT_NUMBER: {
  lang: Language;
  opening: string;
  reply: string;
  phone: string;
  shown: string;
  address: string | null;
}[] = [
  {
    lang: 'sv',
    opening: 'hej! vi flyttar till kista i januari och undrar vad fiber kostar där',
    reply: 'sofia berg, 070-123 45 67. adressen blir kistagången 12',
    phone: '+46701234567',
    shown: '070-123 45 67',
    address: 'Kistagången 12',
  },
  {
    lang: 'sv',
    opening: 'vi flyttar till solna i mars och vill ha bredband',
    reply: 'jag sa ju att jag inte ar kund. det var mitt telefonnummer, ni skrev fel: 070 123 45 67',
    phone: '+46701234567',
    shown: '070-123 45 67',
    address: null,
  },
  {
    lang: 'en',
    opening: 'hi, we are moving to kista in march, can we get fibre there?',
    reply: 'tom becker, tom@becker.se. the address will be 12 Baker Street',
    phone: 'tom@becker.se',
    shown: 'tom@becker.se',
    address: '12 Baker Street',
  },
];

describe('the number question answered by someone who is no customer', () => {
  it.each(AT_NUMBER)('$lang: "$reply" goes to sales with the details', async (c) => {
    const { desk, id, first } = await start(c.lang, c.opening);
    expect(first.map((x) => x.askKey)).toContain('identity.customer_number');
    const r = await desk.agent.handleMessage(id, c.reply);
    expect(r.map((x) => x.askKey)).not.toContain('identity.customer_number');
    expect(words(r)).toContain(c.shown);
    expect(words(r)).not.toContain('+46');
    expect(words(r)).not.toMatch(/inte antecknat något|not noted anything/);
    const t = await desk.tickets.get(id);
    expect(t?.queue).toBe('sales');
    const state = await desk.tickets.getState<ContactDetails>(id, CONTACT_STATE_KEY);
    expect([...(state?.phones ?? []), ...(state?.emails ?? [])]).toContain(c.phone);
    expect(state?.address ?? null).toBe(c.address);
  });
});

const AFTER: { lang: Language; opening: string; messages: string[]; answered: RegExp }[] = [
  {
    lang: 'sv',
    opening: 'hej, jag är inte kund än men vi flyttar till kista. kan man få fiber där?',
    messages: [
      'svara på frågan om priset tack',
      'och finns det fiber i kista alls?',
      'jag har inget kundnummer!!!',
    ],
    answered: /säljavdelning/,
  },
  {
    lang: 'sv',
    opening: 'inte kund hos er, vill bestalla bredband till nya lagenheten',
    messages: ['vad kostar det i manaden?', 'jag sa ju att jag inte ar kund', 'du svarade inte om priset'],
    answered: /säljavdelning/,
  },
  {
    lang: 'en',
    opening: "i'm not a customer yet, we're moving to solna and want broadband",
    messages: [
      'how much is it per month?',
      'is fibre even available there?',
      "i told you i don't have a customer number",
    ],
    answered: /sales team/,
  },
];

describe('after the sales handoff everything stays on the one case', () => {
  it.each(AFTER)('$lang: $messages', async (c) => {
    const { desk, id } = await start(c.lang, c.opening);
    for (const m of c.messages) {
      const r = await desk.agent.handleMessage(id, m);
      expect(
        r.map((x) => x.askKey),
        m,
      ).not.toContain('identity.customer_number');
      expect(words(r), m).toMatch(c.answered);
      expect(words(r), m).not.toMatch(/kostnadsfri|free of charge/);
    }
    expect(desk.tickets.tickets.size).toBe(1);
  });

  it('a price question in the opening is answered at the handoff', async () => {
    const { first } = await start(
      'sv',
      'hej vi flyttar till kista i mars, inte kunder än. vad kostar fiber 500/500 ungefär?',
    );
    expect(words(first)).toMatch(/pris|kostar/i);
    expect(words(first)).toMatch(/säljavdelning/);
  });

  it('an address given with the details goes into the note for sales', async () => {
    const { desk, id } = await start('sv', 'hej, inte kund än, vi flyttar till kista och vill ha fiber');
    await desk.agent.handleMessage(id, 'ok. linnea borg, 070-123 45 67. adressen e kistagången 12');
    const notes = (await desk.tickets.timeline(id))
      .filter((e) => e.type === 'note')
      .map((e) => JSON.stringify(e));
    expect(notes.join('\n')).toMatch(/Linnea Borg, \+46701234567, address Kistagången 12/);
  });
});

describe('reading the words', () => {
  it.each([
    ['ok. linnea borg, 070-123 45 67', 'Linnea Borg'],
    ['ja hej, Per Olsson 0701234567', 'Per Olsson'],
    ['sure. tom becker, tom@mail.com', 'Tom Becker'],
  ])('"%s" names %s', (text, name) => {
    expect(readContact(text)?.name).toBe(name);
  });

  it.each([
    ['vad kostar 500/500 ungefär', ['price']],
    ['och du svarade inte om priset', ['price']],
    ['finns det fiber i kista alls?', ['availability']],
    ['is fibre available at that address and how much is it', ['price', 'availability']],
    ['glöm det. ring mig på 0701234567 bara, hej', []],
  ])('"%s" asks %j', (text, asked) => {
    expect(salesQuestions(text)).toEqual(asked);
  });
});
