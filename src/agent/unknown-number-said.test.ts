// A customer number that matches no subscriber (round 21 a5 "kundnummer 200231", b5 "customer no 200202")
// was asked for again as if none had been given. The desk says that number was not found, names it, and
// asks the customer to check it on the invoice or the welcome letter; the right number then goes on as usual.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const NILS = { customerNumber: '200213', name: 'Nils Svensson', pin: '4420' };

describe('a customer number that matches nobody', () => {
  it.each([
    ['sv', 'Hej. Internet går ner flera gånger om dagen. kundnummer 200231. Nils', '200231'],
    ['sv', 'nätet bryter hela tiden!! mitt kundnr är 200 231', '200231'],
    ['en', 'line keeps dropping whenever the landline is used, customer no 200202', '200202'],
    ['en', 'hi, 200202 here, internet drops several times a day', '200202'],
  ] as const)('%s in the opening: %s', async (language, opening, number) => {
    const c = await chat(language as Language, faultWorld(['cpe_hung']), NILS);
    const replies = await c.send(opening);
    const said = replies.map((r) => r.text).join('\n');
    expect(replies.at(-1)?.askKey).toBe('identity.customer_number');
    expect(said).toContain(number);
    expect(said).toMatch(
      language === 'sv' ? /hittar inget abonnemang.*välkomstbrevet/s : /can't find.*welcome letter/s,
    );
    // The right number then: the PIN is asked, and with it the caller is verified.
    expect((await c.send(NILS.customerNumber)).at(-1)?.askKey).toBe('identity.pin');
    expect(await c.say(NILS.pin)).toMatch(language === 'sv' ? /verifierad/ : /verified/);
  });

  it.each([
    ['sv', '200231'],
    ['en', 'its 200202'],
  ] as const)('%s at the number question: %s is named as not found', async (language, reply) => {
    const c = await chat(language as Language, faultWorld(['cpe_hung']), NILS);
    await c.send(language === 'sv' ? 'internet funkar inte' : 'internet is down');
    const replies = await c.send(reply);
    const said = replies.map((r) => r.text).join('\n');
    expect(replies.at(-1)?.askKey).toBe('identity.customer_number');
    expect(said).toContain(reply.replace(/\D/g, ''));
    expect(said).toMatch(language === 'sv' ? /välkomstbrevet/ : /welcome letter/);
  });
});
