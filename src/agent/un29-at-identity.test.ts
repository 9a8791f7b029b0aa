// Blind set un29 (first run on 03392e5, 36/40): at the PIN, "kan ni inte bara säga upp det ändå?" asked again
// after its answer got the same answer in a loop to the end of the chat (cancel-sv-1: no outcome after 13
// turns); "I'll have to ask him, hold on" was read as no PIN and the case refused (cpe_hung-en-1); "need
// port 25565 opened" took the port for a customer number (port_forward-en-1).
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import type { AgentReply } from './agent.js';
import { memoryDesk } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '812248', name: 'Viktor Sand', pin: '4711' };

async function start(language: Language) {
  const desk = memoryDesk();
  desk.directory.add(CUSTOMER);
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  const send = (m: string) => desk.agent.handleMessage(c.ticketId, m);
  const outcome = async () =>
    (await desk.tickets.timeline(c.ticketId)).findLast((e) => e.type === 'resolution')?.outcome ?? null;
  return { send, outcome };
}
const words = (r: AgentReply[]) => r.map((x) => x.text).join('\n');

describe('a cancellation pressed for without a PIN', () => {
  it.each([
    [
      'sv',
      'Hej, jag skriver för min mamma. Hon har flyttat och jag vill säga upp hennes internet. Kundnummer 812248',
      'den har jag inte, och mamma minns inte',
      'kan ni inte bara säga upp det ändå? hon använder det inte',
    ],
    [
      'en',
      "hi, i want to cancel my mum's internet, she moved into a care home. customer number 812248",
      "i don't have it and she can't remember",
      "can't you just cancel it anyway? she doesn't use it",
    ],
  ] as const)(
    '%s: answered once, then refused — never the same answer in a loop',
    async (lang, opening, noPin, anyway) => {
      const c = await start(lang);
      expect((await c.send(opening)).at(-1)?.askKey).toBe('identity.pin');
      // "I don't have it" is never met by the PIN asked again (round 33): the cancellation is refused at once.
      const refused = await c.send(noPin);
      expect(refused.at(-1)?.askKey).not.toBe('identity.pin');
      expect(await c.outcome()).toBe('refused');
      const first = await c.send(anyway);
      expect(first.at(-1)?.askKey).not.toBe('identity.pin');
      const second = await c.send(anyway);
      expect(second.at(-1)?.askKey).not.toBe('identity.pin');
      expect(await c.outcome()).toBe('refused');
    },
  );
});

describe('the PIN being fetched', () => {
  it.each([
    [
      'en',
      'his internet doesnt work. his number is 812248',
      "I'll have to ask him, hold on",
      /take your time/i,
    ],
    ['sv', 'internet funkar inte hos pappa. kundnummer 812248', 'vänta, ska fråga honom', /ta den tid/i],
  ] as const)('%s: "%s" … the question stays open, nothing refused', async (lang, opening, wait, said) => {
    const c = await start(lang);
    expect((await c.send(opening)).at(-1)?.askKey).toBe('identity.pin');
    const r = await c.send(wait);
    expect(r.at(-1)?.askKey).toBe('identity.pin');
    expect(words(r)).toMatch(said);
    expect(await c.outcome()).toBeNull();
  });
});

describe('a port is no customer number', () => {
  it('"need port 25565 opened for a minecraft server": the customer number is asked for, not "25565 not found"', async () => {
    const c = await start('en');
    const r = await c.send('need port 25565 opened for a minecraft server on my pc');
    expect(r.at(-1)?.askKey).toBe('identity.customer_number');
    expect(words(r)).not.toMatch(/25565/);
  });
});

describe('the PIN to be looked for another time', () => {
  it('"ok ill look for the letter tonight then. thanks" at a cancellation is no wait: the case ends', async () => {
    const c = await start('en');
    await c.send('hi, i need to cancel my internet, we are moving. customer number 812248');
    await c.send('i dont have any pin here, im at work. cant you just cancel it? its in my name');
    const r = await c.send('ok ill look for the letter tonight then. thanks');
    expect(r.at(-1)?.askKey).not.toBe('identity.pin');
    expect(await c.outcome()).toBe('refused');
  });
});
