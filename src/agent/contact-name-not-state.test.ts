// Round 31 (a9, en, non-customer): "Liam O'Connor, liam.oconnor@example.com. phone is +46 73 555 12 34 but email is
// better, I'm at work most of the day" was thanked as "At Work" and the contact recorded as "At Work"; "my name is
// Liam, not At Work" left the record as it was. A name comes from the name position (leading the details, or
// "my name is …"), never from "I'm at work / I'm busy / jag är hemma"; a correction of the name updates the contact.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { CONTACT_STATE_KEY, readContact, type ContactDetails } from './contact-details.js';
import { memoryDesk } from './testing/memory-desk.js';

const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

describe('readContact: where or how the caller is is no name', () => {
  it.each([
    [
      "Liam O'Connor, liam.oconnor@example.com. phone is +46 73 555 12 34 but email is better, I'm at work most of the day",
      "Liam O'Connor",
    ],
    ['Tom Becker, +46 70 555 12 34, im busy until 5 so text is better', 'Tom Becker'],
    ['0701234567, I am usually home after six', null],
    ["you can reach me on tom@example.com, I'm away on weekdays", null],
    ['sofia berglund 070-123 45 67, jag är på jobbet hela dagen', 'Sofia Berglund'],
    ['070-123 45 67, jag är hemma efter fem', null],
    ['det är bättre att mejla, sofia@example.se', null],
    ["hi, I'm Anna, 070 123 45 67", 'Anna'],
    ['jag heter Karin Lind och nås på 070-111 22 33', 'Karin Lind'],
  ])('"%s" → %s', (text, name) => {
    expect(readContact(text)?.name ?? null).toBe(name);
  });
});

async function salesCase(language: Language, opening: string) {
  const desk = memoryDesk();
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  await desk.agent.handleMessage(c.ticketId, opening);
  return { desk, id: c.ticketId };
}

describe('a non-customer corrects the name on the case', () => {
  it.each([
    {
      lang: 'en' as Language,
      opening: "Hi, I'm moving to Kista in January and want internet from you. How do I sign up?",
      details: "Liam O'Connor, +46 73 555 12 34, I'm at work most of the day",
      wrongName: "Liam O'Connor",
      correction: 'haha my name is Liam, not At Work. and please email me rather than call',
      name: 'Liam',
      said: /Liam/,
    },
    {
      lang: 'en' as Language,
      opening: "hi, i'm not a customer yet but we're moving to solna and want fibre. how do i sign up?",
      details: 'tom becker +46 70 555 12 34.',
      wrongName: 'Tom Becker',
      correction: 'sorry, my name is Thomas Becker, not Tom',
      name: 'Thomas Becker',
      said: /Thomas Becker/,
    },
    {
      lang: 'sv' as Language,
      opening: 'hej, vi flyttar till kista i januari och vill skaffa bredband hos er. hur gör jag?',
      details: 'sofia berglund 070-123 45 67',
      wrongName: 'Sofia Berglund',
      correction: 'jag heter Sofie Berglund, inte Sofia',
      name: 'Sofie Berglund',
      said: /Sofie Berglund/,
    },
  ])('$lang: "$correction"', async ({ lang, opening, details, wrongName, correction, name, said }) => {
    const { desk, id } = await salesCase(lang, opening);
    const first = words(await desk.agent.handleMessage(id, details));
    expect(first).not.toMatch(/At Work|Busy|Hemma/i);
    const before = await desk.tickets.getState<ContactDetails>(id, CONTACT_STATE_KEY);
    expect(before?.name ?? null).toBe(wrongName);
    const reply = words(await desk.agent.handleMessage(id, correction));
    expect(reply).toMatch(said);
    const after = await desk.tickets.getState<ContactDetails>(id, CONTACT_STATE_KEY);
    expect(after?.name).toBe(name);
    expect(after?.phones.length).toBe(1);
    const notes = (await desk.tickets.timeline(id)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
    expect(notes.at(-1)).toContain(name);
    expect(notes.join('\n')).not.toMatch(/At Work/);
  });
});
