// Round 16 (F1): "That is not something I can answer myself, so I have noted your question … a colleague will
// answer it" fired on checks of what the customer just gave or did, on questions the desk answers from its own
// data, and opened separate cases. A check gets the plain answer from the conversation's state, a question about
// the case gets its answer, and a question with no answer gets one honest sentence — never a promise or a case
// while the case stays with the desk.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const PROMISE =
  /colleague will answer|kollega svarar|noted your question|noterat din fråga|separate case|separat ärende/;

async function agentsCases(desk: Awaited<ReturnType<typeof chat>>['desk']) {
  return (await desk.tickets.list({ limit: 20 })).items.length;
}

it.each([
  ['en', '4711. Is that right?'],
  ['en', 'PIN? I think that is the 4 numbers. 4711. Is that right?'],
  ['en', 'its 4711 is that correct?'],
  ['en', '4711 - is that the one you need?'],
  ['en', '4711 right?'],
  ['sv', '4711. Stämmer det?'],
  ['sv', 'pinkoden e 4711, är det rätt?'],
  ['sv', '4711 var det den ni ville ha?'],
] as const)('%s: "%s" after the PIN is answered from the verification', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['cpe_hung']));
  await c.say(lang === 'sv' ? 'internet funkar inte' : 'my internet is down');
  await c.say('100482');
  const out = await c.say(msg);
  expect(out).toMatch(/verified|verifierad/);
  expect(out).not.toMatch(PROMISE);
  expect(out).toMatch(/that[’']s right|stämmer|rätt/i);
  expect(await agentsCases(c.desk)).toBe(1);
});

it.each([
  ['en', '100482. Is that the one?'],
  ['en', 'The customer number. Is it the one on the letter. 100-482 it says here, is that right?'],
  ['en', 'Hi, customer number 100482. Do you need anything else?'],
  ['sv', 'Hej, kundnummer 100482. Behöver ni något mer?\n/Maria'],
  ['sv', '100482, är det rätt nummer?'],
  ['sv', '100482. behöver du nåt mer?'],
] as const)('%s: "%s" at the customer number gets the PIN question, nothing noted', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['cpe_hung']));
  await c.say(lang === 'sv' ? 'internet funkar inte' : 'my internet is down');
  const out = await c.say(msg);
  expect(out).toMatch(/PIN/);
  expect(out).not.toMatch(PROMISE);
  const pin = await c.say('4711');
  expect(pin).not.toMatch(PROMISE);
  const events = await c.desk.tickets.timeline((await c.desk.tickets.list({ limit: 5 })).items[0].id);
  expect(events.some((e) => e.type === 'note' && /question for a colleague/.test(e.text ?? ''))).toBe(false);
});

it.each([
  ['en', 'is your company owned by telia?'],
  ['sv', 'ägs ni av telia?'],
] as const)('%s: "%s" mid-case gets one honest sentence, no promise, no extra case', async (lang, q) => {
  const c = await chat(lang, faultWorld(['cpe_hung']));
  await c.say(`${c.pin}. ${lang === 'sv' ? 'internet funkar inte' : 'my internet is down'}`);
  await c.say(c.yes); // restart
  const out = await c.say(q);
  expect(out).toMatch(/can’t answer from here|inte svara på härifrån/);
  expect(out).not.toMatch(PROMISE);
  const closed = await c.say(c.yes); // works
  expect(closed).toMatch(/closed|avslutat/);
  expect(closed).not.toMatch(PROMISE);
  expect(await agentsCases(c.desk)).toBe(1);
});
