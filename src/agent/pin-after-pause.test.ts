// A PIN in the same message as the customer number after a pause word ("Det är 200157! Och pinkoden...
// vänta... 2368", round 21 a8; "PIN-koden har jag här någonstans, vänta... 6891", c6) was missed and
// the PIN asked for again. The PIN word, a short pause, then four digits: taken, never asked again, and
// never stored unmasked.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { findVolunteeredPin } from '../triage/entities.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const SARA = { customerNumber: '200157', name: 'Sara Nilsson', pin: '2368' };

async function atNumber(language: Language, reply: string) {
  const c = await chat(language, faultWorld(['cpe_hung']), SARA);
  await c.say(language === 'sv' ? 'internet funkar inte alls sen i morse' : 'no internet since this morning');
  const said = await c.say(reply);
  const stored = JSON.stringify(await c.desk.tickets.timeline(c.ticketId));
  return { said, stored };
}

describe('a PIN after a pause word, beside the customer number', () => {
  it.each([
    ['sv', 'Det är 200157! Och pinkoden... vänta... 2368'],
    ['sv', 'Javisst, det är 200 157. PIN-koden har jag här någonstans, vänta... 2368'],
    ['sv', '200157 och pin koden e... ehh.. 2368'],
    ['sv', 'kundnr 200157, pinkoden, vänta ska kolla, 2368'],
    ['en', "it's 200157! and the pin... hang on... 2368"],
    ['en', '200157. my pin code, let me find it, ok 2368'],
    ['en', 'number is 200 157, pin hmm one sec.. 2368'],
  ] as const)('%s: %s', async (language, reply) => {
    const { said, stored } = await atNumber(language, reply);
    expect(said).toMatch(language === 'sv' ? /verifierad/ : /verified/);
    expect(said).not.toMatch(/PIN-kod\.|PIN\./);
    expect(stored).not.toContain('2368');
  });

  it('a gap that says the PIN is missing, or a year or time after the PIN word, is no PIN', () => {
    expect(findVolunteeredPin('pinkoden har jag inte, men ring mig efter 1700')).toBeNull();
    expect(findVolunteeredPin('pinkoden står på fakturan från 2024')).toBeNull();
    expect(findVolunteeredPin("i don't have the pin, call me after 1700")).toBeNull();
    expect(findVolunteeredPin('the pin was on the letter from 2023')).toBeNull();
    expect(findVolunteeredPin('pinkoden... vänta... 2368')).toBe('2368');
  });
});
