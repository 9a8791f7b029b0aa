// Round 28 (a2, c4, c10, a4, a7, a10): someone writing for the account holder — "I am writing for my husband
// Erik", "The account is in my partner Erik's name", "I'm his daughter", a lodger, a flatmate — verified with
// the holder's PIN and was thanked as the holder ("Thank you, Erik"); "I'm Megan actually" and "I'm Lina, not
// Johan" were not acknowledged, and the ticket never said who the contact is. The writer is called by their
// own name or by none, the holder's name is kept for the account, the writer is recorded as the contact, and
// a correction is honoured.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';
import { readWriter } from './writer.js';

const ERIK = { customerNumber: '200206', name: 'Erik Larsson', pin: '2058' };

async function run(lang: Language, messages: string[]) {
  const c = await chat(lang, faultWorld(['fiber_los']), ERIK);
  const said: string[] = [];
  for (const m of messages) said.push(await c.say(m));
  const notes = (await c.desk.tickets.timeline(c.ticketId))
    .map((e) => (e.type === 'note' ? e.text : ''))
    .filter((t) => t.startsWith('contact:'));
  return { said, notes };
}

describe('someone writing for the account holder (rp28a #2, rp28c #4, #10)', () => {
  it.each([
    [
      'en',
      "Hi, internet is dead and the fibre box has a red LOS light. The account is in my partner Erik's name btw",
      null,
    ],
    ['en', 'Hello, I am writing for my husband Erik. Our internet has been dead since this morning.', null],
    ['en', "Megan here, the account is Erik's. Our internet is dead since this morning", 'Megan'],
    ['en', "hi i'm his daughter, my dad's internet is completely dead", null],
    ['en', "I'm the lodger here, the internet is dead, the account is my landlord's", null],
    ['sv', 'Hej, jag skriver åt min man Erik, internet är helt dött sedan i morse', null],
    ['sv', 'Hej! Jag heter Anna och abonnemanget står på min sambo. Internet funkar inte alls', 'Anna'],
    ['sv', 'hej jag är hans dotter, pappas internet är helt dött', null],
  ] as const)('%s: %j — not thanked as Erik, recorded as the contact', async (lang, opening, name) => {
    const { said, notes } = await run(lang, [opening, '200206 2058']);
    // The holder's name stays on the account ("verified for Erik's account"), never on the writer.
    expect(said.join('\n')).not.toMatch(/(thank you|tack),? Erik\b/i);
    expect(said[1]).toMatch(lang === 'en' ? /you are verified/ : /nu är du verifierad/);
    if (name) expect(said[1]).toContain(name);
    expect(notes.length).toBeGreaterThan(0);
    if (name) expect(notes.at(-1)).toContain(name);
  });

  it.each([
    ['en', "I'm Megan actually, his partner :) any weekday is fine", 'Megan'],
    ['en', "I'm Lina, not Erik :) what happens now?", 'Lina'],
    ['en', 'I am not Erik, I am his flatmate', null],
    ['sv', 'jag är inte Erik förresten, jag heter Anna', 'Anna'],
  ] as const)('%s: a correction after "Thank you, Erik" is honoured: %j', async (lang, correction, name) => {
    const opening =
      lang === 'en'
        ? 'Hi, our internet is dead since this morning'
        : 'Hej, internet är helt dött sedan i morse';
    const { said, notes } = await run(lang, [opening, '200206 2058', correction]);
    expect(said[1]).toMatch(/Erik/);
    expect(said[2]).toMatch(lang === 'en' ? /Sorry/ : /Förlåt/);
    if (name) expect(said[2]).toContain(name);
    expect(notes.length).toBe(1);
    if (name) expect(notes[0]).toContain(name);
  });

  it('the holder himself is thanked by name, and nothing is noted', async () => {
    const { said, notes } = await run('en', [
      "Hi, it's Erik, internet is dead since this morning",
      '200206 2058',
    ]);
    expect(said[1]).toMatch(/Thank you, Erik/);
    expect(notes).toEqual([]);
  });

  it.each([
    "I'm sorry, the internet is down",
    'my router is in my bedroom',
    "I'm at home all day, I'm not Swedish",
    'the account is locked',
    'jag är van vid att starta om den',
    'jag är mamma till tre barn och vi behöver internet',
  ])('no writer for someone else in %j', (text) => {
    const r = readWriter(text, 'Erik');
    expect(r.forHolder).toBe(false);
    expect(r.notHolder).toBe(false);
    expect(r.name).toBeNull();
  });
});
