// Role-play round 29 (a #8): after an area outage was told, "i wanna talk to an actual person about it", "ok but
// can i talk to a person or not" and "human agent please. I want to complain about the outages" were answered
// with the outage again, three times; no person was reached. A request for a person is honoured the first time,
// in every phase, after the outcome too: a linked case for a person, and the outage case keeps its outcome.
import { expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { toldOfLimhamnOutage } from './testing/limhamn-outage.js';

it.each([
  [
    'en',
    'fibre cut like someone dug through a cable?? 2nd time this month. i wanna talk to an actual person about it',
  ],
  ['en', 'ok but can i talk to a person or not'],
  ['en', 'human agent please. I want to complain about the outages'],
  ['sv', 'andra gången den här månaden. jag vill prata med en riktig människa om det'],
  ['sv', 'kan jag få prata med en handläggare? jag vill klaga på avbrotten'],
] as const)('%s: "%s" after the outage is told → a person, at once', async (lang: Language, text) => {
  const { desk, ticketId } = await toldOfLimhamnOutage(lang);
  const first = await desk.tickets.get(ticketId);
  expect(first?.status).toBe('pending_internal');
  const said = (await desk.agent.handleMessage(ticketId, text)).map((r) => r.text).join('\n');
  const items = (await desk.tickets.list({ limit: 10 })).items;
  const person = items.find((t) => t.id !== ticketId && t.status === 'escalated');
  expect(person?.queue).toBe('agents');
  expect(said).toContain(person!.reference);
  // Asked again: the same person's case, never a second one.
  const again = (await desk.agent.handleMessage(ticketId, text)).map((r) => r.text).join('\n');
  expect(again).toContain(person!.reference);
  const after = (await desk.tickets.list({ limit: 10 })).items;
  expect(after.filter((t) => t.queue === 'agents')).toHaveLength(1);
  // The outage case keeps its outcome.
  expect((await desk.tickets.get(ticketId))?.status).toBe('pending_internal');
});
