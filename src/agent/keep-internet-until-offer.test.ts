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
