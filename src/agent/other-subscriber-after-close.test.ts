// Round 26 (a7, sv): after the close, "btw min bror har också er, kan ni fixa hans wifi också?" got "Du nämnde
// också inloggning på Mina sidor…", tests on this customer's own line, "glöm wifi-nätverket" and a new case;
// "nej skit i det… hejdå" was then asked where the device is, and the case was left open. Another customer's
// connection is theirs to ask about with their own customer number: no test, no case; a goodbye is a goodbye.
import { describe, expect, it } from 'vitest';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe("another customer's Wi-Fi, after the close", () => {
  it.each([
    [
      'sv',
      'btw min bror har också er, kan ni fixa hans wifi också?',
      'nej skit i det, jag säger åt honom att höra av sig själv. hejdå',
    ],
    ['sv', 'min mamma är också kund hos er, kan ni kolla hennes internet?', 'ok hejdå'],
    [
      'en',
      'btw my brother is with you too, can you fix his wifi as well?',
      'nvm, ill tell him to contact you. bye',
    ],
    ['en', 'my mum also has you, could you check her router?', 'ok bye'],
  ] as const)('%s: "%s" then "%s"', async (lang, text, bye) => {
    const c = await chat(lang, faultWorld(['wifi_channel_congestion']));
    await untilAsked(
      c,
      'csat.score',
      lang === 'en'
        ? `the wifi is really slow in the evenings. ${c.pin}`
        : `wifit är jättesegt på kvällarna. ${c.pin}`,
    );
    const tests = (await c.desk.tickets.timeline(c.ticketId)).filter((e) => e.type === 'finding').length;
    const said = await c.say(text);
    expect(said).toMatch(lang === 'en' ? /customer number/ : /kundnummer/);
    expect(said).not.toMatch(/Mina sidor|My Pages|testing your line|testar din linje/i);
    const after = (await c.desk.tickets.timeline(c.ticketId)).filter((e) => e.type === 'finding').length;
    expect(after).toBe(tests);
    const last = await c.say(bye);
    expect(last).not.toMatch(/\?\s*$/);
    const { first, next } = await c.cases();
    expect(first?.status).toBe('resolved');
    expect(next).toBeUndefined();
  });
});
