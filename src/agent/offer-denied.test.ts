// "i didnt mention any change?" right after "You also mentioned a change to your subscription"
// (rp8a 12, 15): the denial is acknowledged and the topic dropped; it never opens the topic's case.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { afterDenial } from './secondary-topics.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '812777', name: 'Ida Holm', pin: '4711' };

async function offered(language: Language, opening: string, steps: string[]) {
  const c = await portalChat(language, faultWorld([]), CUSTOMER);
  let last = await c.send(opening);
  for (const s of steps) last = await c.send(s);
  expect(last.map((r) => r.text).join('\n')).toMatch(/also mentioned|nämnde också/);
  return { desk: c.desk, id: c.ticketId };
}

describe('a denied second topic', () => {
  it.each([
    ['en', 'i didnt mention any invoice? anyway thanks'],
    ['en', 'i never said anything about my bill'],
    ['sv', 'jag har inte sagt nåt om fakturan?'],
    ['sv', 'har aldrig namnt nagon faktura'],
  ] as const)('%s: "%s" is acknowledged, no case for it', async (lang, denial) => {
    const opening =
      lang === 'en'
        ? 'i forgot my wifi password. also my last invoice was too high'
        : 'jag har glömt wifi-lösenordet. och fakturan var för hög';
    const { desk, id } = await offered(lang, opening, lang === 'en' ? ['yes', 'done'] : ['ja', 'klart']);
    const r = await desk.agent.handleMessage(id, denial);
    expect(r.map((x) => x.text).join('\n')).toMatch(/my mistake|mitt misstag/);
    expect(desk.tickets.tickets.size).toBe(1);
    expect([...desk.tickets.tickets.values()].some((t) => t.queue === 'billing')).toBe(false);
  });
});

describe('afterDenial', () => {
  it('keeps what is not a denial', () => {
    expect(afterDenial('i didnt mention any change? anyway, can you open port 25565')).toEqual([
      'anyway, can you open port 25565',
    ]);
    expect(afterDenial('yes please look at the invoice')).toBeNull();
  });
});
