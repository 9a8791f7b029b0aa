// Round 20 (c9): after a cancellation went to sales, "Okej. Men då säger ni inte upp det nu va? Jag vill inte bli
// av med internet innan jag hört vad de har." was read as a connection fault: line tests, a restart asked for and
// a tier2 case that said she could not restart. Fearing to lose the service before an offer is no fault report.
import { expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { memoryDesk } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '812610', name: 'Maria Ek', pin: '4711' };

it.each([
  [
    'sv',
    'Hej. Jag vill säga upp mitt abonnemang.',
    'Okej. Men då säger ni inte upp det nu va? Jag vill inte bli av med internet innan jag hört vad de har.',
  ],
  ['sv', 'jag vill säga upp bredbandet', 'jag vill inte stå utan nät innan jag vet vad de erbjuder'],
  [
    'en',
    'i want to cancel my subscription',
    "wait, you won't cut me off now right? i don't want to lose my internet before i hear what they offer",
  ],
] as const)('%s: "%s" → "%s" runs no line test and opens no fault case', async (lang, opening, follow) => {
  const desk = memoryDesk();
  desk.directory.add(CUSTOMER);
  const c = await desk.agent.startConversation({
    channel: 'chat',
    language: lang as Language,
    portalCustomerNumber: CUSTOMER.customerNumber,
  });
  const first = await desk.agent.handleMessage(c.ticketId, opening);
  expect(first.map((r) => r.text).join('\n')).toMatch(/sälj|sales/i);
  const before = (await desk.tickets.timeline(c.ticketId)).length;
  const replies = await desk.agent.handleMessage(c.ticketId, follow);
  const said = replies.map((r) => r.text).join('\n');
  expect(said).not.toMatch(/testing your line|testar din linje|strömsladd|power cable/i);
  const after = (await desk.tickets.timeline(c.ticketId)).slice(before);
  expect(after.filter((e) => e.type === 'finding')).toEqual([]);
  expect(after.filter((e) => e.type === 'escalation')).toEqual([]);
  expect((await desk.tickets.list({})).items.length).toBe(1);
});

// Round 20 (c9, H2): the same messages got "Jag har lagt till ditt meddelande" — the question whether the
// subscription is cancelled now was never answered. Nothing changes until the customer agrees with sales.
it.each([
  [
    'sv',
    'Hej. Jag vill säga upp mitt abonnemang.',
    'Okej. Men då säger ni inte upp det nu va? Jag vill inte bli av med internet innan jag hört vad de har.',
  ],
  ['sv', 'jag vill säga upp bredbandet', 'ni stänger väl inte av det nu direkt?'],
  ['sv', 'jag vill säga upp bredbandet', 'så ni säger inte upp nåt än? vill inte stå utan nät'],
  ['sv', 'vill avsluta mitt abonemang', 'kommer ni stänga av internet innan de ringt mig?'],
  ['en', 'i want to cancel my subscription', "so you won't cancel it yet, right?"],
  [
    'en',
    'i want to cancel my subscription',
    "i don't want to lose my internet before i hear what they offer",
  ],
  [
    'en',
    'please cancel my broadband',
    'wait are you cancelling it right now? i want to hear their offer first',
  ],
] as const)('%s: "%s" → "%s" is told nothing is cancelled yet', async (lang, opening, follow) => {
  const desk = memoryDesk();
  desk.directory.add(CUSTOMER);
  const c = await desk.agent.startConversation({
    channel: 'chat',
    language: lang as Language,
    portalCustomerNumber: CUSTOMER.customerNumber,
  });
  await desk.agent.handleMessage(c.ticketId, opening);
  const said = (await desk.agent.handleMessage(c.ticketId, follow)).map((r) => r.text).join('\n');
  expect(said).toMatch(/inget är uppsagt|nothing has been cancelled/i);
  expect((await desk.tickets.list({})).items.length).toBe(1);
});
