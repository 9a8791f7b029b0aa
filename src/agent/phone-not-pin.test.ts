// Role-play round 32 (b#9): a number the customer gave to be called on was recorded as a failed PIN attempt ("That
// PIN doesn't match. You have 2 more attempt(s)"). A number of eight digits or more, or one in a phone's shape —
// digits in small groups ("5551 2345", "555 12 34", "1234-5678"), digits run together ("7055512345") — is never a
// PIN attempt, beside a customer number or alone. The customer number and the PIN side by side keep their reading.
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../triage/answers.js';
import { findVolunteeredPin } from '../triage/entities.js';
import { memoryDesk } from './testing/memory-desk.js';

describe('a phone-shaped or long number is no PIN', () => {
  it.each([
    '200290 / 5551 2345',
    '200290 1234 5678',
    'customer number 200290, you can call me on 5551 2345',
    '200290, ring mig på 555 12 34',
    '7055512345',
    '5747200290',
  ])('"%s" volunteers no PIN', (text) => {
    expect(findVolunteeredPin(text)).toBeNull();
  });

  it.each([
    'I do not have it. Can someone call me instead, 5551 2345',
    'ring mig på 555 12 34 istället',
    'you can reach me at 1234-5678',
    '7055512345',
    '5747200290',
  ])('"%s" at the PIN question is no PIN attempt', (text) => {
    expect(parseAnswer('identity.pin', text, 'en').kind).not.toBe('pin');
  });

  it.each([
    ['200290 5747', '5747'],
    ['200 290 5747', '5747'],
    ['4711 200 290', '4711'],
    ['200101 / 5747', '5747'],
    ['det är 200101 och 5747', '5747'],
  ])('"%s": the customer number and the PIN keep their reading (%s)', (text, pin) => {
    expect(findVolunteeredPin(text)).toBe(pin);
    expect(parseAnswer('identity.pin', text, 'sv')).toEqual({ kind: 'pin', value: pin });
  });

  it.each([
    [
      'en',
      'Hello, I would like to downgrade to the cheapest speed. Customer number 200290 / 5551 2345 is my phone if you need it.',
    ],
    ['sv', 'Hej, jag vill byta till billigaste hastigheten. Kundnummer 200290, telefon 555 12 34.'],
  ] as const)('%s: a phone number beside the customer number costs no attempt', async (lang, opening) => {
    const desk = memoryDesk();
    desk.directory.add({ customerNumber: '200290', name: 'Mike Brennan', pin: '4821' });
    const c = await desk.agent.startConversation({ channel: 'email', language: lang });
    const r = await desk.agent.handleMessage(c.ticketId, opening);
    const text = r.map((x) => x.text).join('\n');
    expect(text).not.toMatch(/doesn't match|stämmer inte/);
    expect(r.at(-1)?.askKey).toBe('identity.pin');
  });
});
