// A request for a person written beside the PIN ("2033. och jag vill fortfarande prata med en människa",
// round 21 b3) handed the case to a colleague without checking the PIN: the ticket reached the agents'
// queue with no customer or service. The PIN (or number) beside the request is taken first, on every way
// to a person, so the colleague gets a verified caller linked to the case.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const MAJA = { customerNumber: '200185', name: 'Maja Wallin', pin: '2033' };

async function handedWith(language: Language, opening: string, replies: string[]) {
  const c = await chat(language, faultWorld(['hardware_failure']), MAJA);
  let said = await c.say(opening);
  for (const r of replies) said = await c.say(r);
  const ticket = (await c.cases()).first;
  return { said, ticket };
}

const PERSON_SV =
  'routern startar om HELA TIDEN. tredje gången jag hör av mig. kan jag få prata med en riktig människa?';
const PERSON_EN =
  'my router keeps rebooting all the time, third time I contact you. can I talk to a real person please';

describe('a person asked for beside the PIN: the caller is verified and the ticket linked', () => {
  it.each([
    ['sv', PERSON_SV, '200 185', '2033. och jag vill fortfarande prata med en människa'],
    ['sv', PERSON_SV, '200185', 'pinkoden e 2033 men ge mig en människa nu'],
    ['sv', PERSON_SV, 'kundnr 200185', 'Jag vill prata med en person! 2033'],
    ['en', PERSON_EN, '200185', '2033 and I still want to talk to a human'],
    ['en', PERSON_EN, '200 185', 'pin is 2033. now get me a real person please'],
  ] as const)('%s: %s / %s / %s', async (language, opening, number, pin) => {
    const { said, ticket } = await handedWith(language, opening, [number, pin]);
    expect(said).toMatch(language === 'sv' ? /verifierad/ : /verified/);
    expect(ticket?.status).toBe('escalated');
    expect(ticket?.customerId).toBe('cust-200185');
    expect(ticket?.serviceId).toBe('svc-200185');
  });

  it.each([
    ['sv', PERSON_SV, '200185 pin 2033, och en människa tack'],
    ['en', PERSON_EN, 'number 200185 pin 2033 - a person please'],
  ] as const)(
    '%s: number and PIN beside the request at the number question: %s',
    async (language, opening, both) => {
      const { ticket } = await handedWith(language, opening, [both]);
      expect(ticket?.status).toBe('escalated');
      expect(ticket?.customerId).toBe('cust-200185');
      expect(ticket?.serviceId).toBe('svc-200185');
    },
  );

  it('every way to a person after verification keeps the link: the opening with number and PIN', async () => {
    const { ticket } = await handedWith('sv', `${PERSON_SV} kundnummer 200185 pinkod 2033`, []);
    expect(ticket?.status).toBe('escalated');
    expect(ticket?.customerId).toBe('cust-200185');
    expect(ticket?.serviceId).toBe('svc-200185');
  });

  it('a person asked for in the middle of the case, after verification', async () => {
    const c = await chat('en', faultWorld(['cpe_hung']), MAJA);
    await c.say('no internet since this morning');
    await c.say('200185');
    await c.say('2033');
    await c.say('just get me a real person please');
    const ticket = (await c.cases()).first;
    expect(ticket?.status).toBe('escalated');
    expect(ticket?.customerId).toBe('cust-200185');
    expect(ticket?.serviceId).toBe('svc-200185');
  });

  it('a wrong PIN beside the request is not a verification: no link, and the PIN is not taken as right', async () => {
    const { said, ticket } = await handedWith('sv', PERSON_SV, [
      '200185',
      '9999 och jag vill prata med en människa',
    ]);
    expect(said).not.toMatch(/verifierad/);
    expect(ticket?.customerId ?? null).toBeNull();
  });
});
