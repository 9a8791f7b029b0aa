// Role-play round 29 (c #10, b #9, a #10): a would-be customer's "we don't have a Swedish personnummer yet — can we
// sign up without one?" got "That is right — you need no customer number", twice; and "could your sales team call
// me instead? My number is +46 70 555 12 34, best after 16:00" was neither said back nor put on the case. A personal
// ID number is no customer number: whether one is needed is sales' to say, and the question goes on their case. A
// call asked for with a number and a time is said back and noted for sales.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { memoryDesk } from './testing/memory-desk.js';

const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

async function routedToSales(language: Language) {
  const desk = memoryDesk();
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  await desk.agent.handleMessage(
    c.ticketId,
    language === 'sv'
      ? 'Hej, vi flyttar till Uppsala i februari och är inte kunder hos er ännu. Vad kostar fiber där?'
      : 'Hi, we are moving to Uppsala in February and are not customers of yours yet. What does fibre cost there?',
  );
  expect((await desk.tickets.get(c.ticketId))?.queue).toBe('sales');
  return { desk, id: c.ticketId };
}

describe('a personal ID number is not the customer number', () => {
  it.each([
    ['en', 'You did not say anything about the personnummer though - can we sign up without one?'],
    ['en', 'We have no Swedish personal ID number yet. Is that a problem for signing up?'],
    ['sv', 'Vi har inget svenskt personnummer än, går det att teckna ändå?'],
    ['sv', 'behöver ni mitt personnummer för avtalet?'],
  ] as const)('%s: "%s"', async (lang, text) => {
    const { desk, id } = await routedToSales(lang);
    const said = words(await desk.agent.handleMessage(id, text));
    expect(said).not.toMatch(/no customer number|inget kundnummer/);
    expect(said).toMatch(/personnummer/);
    const notes = (await desk.tickets.timeline(id)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
    expect(notes.some((n) => /personal_id/.test(n))).toBe(true);
  });
});

describe('a call asked for with a number and a time', () => {
  it.each([
    [
      'en',
      'Could your sales team call me instead? My number is +46 70 555 12 34, best after 16:00.',
      /070-555 12 34/,
      /16/,
    ],
    [
      'sv',
      'Kan säljarna ringa mig istället? Mitt nummer är 070-555 12 34, helst efter 16.',
      /070-555 12 34/,
      /16/,
    ],
  ] as const)('%s: "%s" is said back and noted', async (lang, text, number, time) => {
    const { desk, id } = await routedToSales(lang);
    const said = words(await desk.agent.handleMessage(id, text));
    expect(said).toMatch(number);
    expect(said).toMatch(time);
    const notes = (await desk.tickets.timeline(id)).flatMap((e) => (e.type === 'note' ? [e.text] : []));
    expect(notes.some((n) => /46705551234|070-555 12 34|\+46 70 555 12 34/.test(n))).toBe(true);
  });
});
