// Round 27 (b2, b9, c3): a case withdrawn at the customer's word ("close it, i never asked for it") was set to
// resolved but kept its routed/escalated outcome and its queue: the list still showed "routed · billing" and
// "escalated · tier2", and the figures counted it as an escalation. A withdrawn case reads as withdrawn
// everywhere: the outcome `withdrawn` with a summary saying so, out of the team's queue, a `withdrawn.*`
// disposition, and in the desk statistics only as withdrawn.
import { describe, expect, it } from 'vitest';
import type { Language, StoredTimelineEvent, Ticket } from '../domain/index.js';
import { statsFromTimelines } from './stats.js';
import { chat } from './testing/chat.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '812610', name: 'Maria Ek', pin: '4711' };

async function expectWithdrawn(
  desk: ReturnType<typeof memoryDesk>,
  id: string,
  team: string,
  why: 'never_asked' | 'not_needed',
) {
  const ticket = (await desk.tickets.get(id)) as Ticket;
  expect(ticket.status).toBe('resolved');
  expect(ticket.queue).toBeNull();
  expect(ticket.disposition).toBe(`withdrawn.${why}`);
  const events = await desk.tickets.timeline(id);
  const last = events.findLast((e) => e.type === 'resolution');
  expect(last).toMatchObject({ outcome: 'withdrawn', queue: null, disposition: `withdrawn.${why}` });
  expect(last?.type === 'resolution' && last.summary.staff).toMatch(new RegExp(`Withdrawn.*${team}`));
  // Not in the team's list any more.
  expect((await desk.tickets.list({ queue: team as never, limit: 50 })).items.map((t) => t.id)).not.toContain(
    id,
  );
  // In the figures: withdrawn, never an escalation or a routing.
  const stats = statsFromTimelines([{ ticket, events: events as StoredTimelineEvent[] }]);
  if (events.some((e) => e.type === 'triage')) {
    expect(stats.outcomes.withdrawn).toBe(1);
    expect(stats.outcomes.routed + stats.outcomes.escalated).toBe(0);
    expect(stats.escalationsByQueue).toEqual({});
    expect(stats.escalationRate).toBe(0);
  }
}

describe('a withdrawn case reads as withdrawn (rp27b #2, #9; rp27c #3)', () => {
  it.each([
    [
      'en',
      'I want to cancel my subscription',
      'WHAT?? I do NOT want to cancel my subscription! Please undo that sales thing.',
    ],
    ['sv', 'kan jag uppgradera till 1000 mbit?', 'det vill jag inte, jag ville aldrig uppgradera'],
  ] as const)('%s: a routed request disowned ("%s" → "%s")', async (lang, opening, objection) => {
    const desk = memoryDesk();
    desk.directory.add(CUSTOMER);
    const c = await desk.agent.startConversation({
      channel: 'chat',
      language: lang,
      portalCustomerNumber: CUSTOMER.customerNumber,
    });
    await desk.agent.handleMessage(c.ticketId, opening);
    expect((await desk.tickets.get(c.ticketId))?.queue).toBe('sales');
    await desk.agent.handleMessage(c.ticketId, objection);
    await expectWithdrawn(desk, c.ticketId, 'sales', 'never_asked');
  });

  it.each([
    [
      'en' as Language,
      'I pay for 500 Mbit but only get 40. I want a refund for this month.',
      'on the cable yes. on wifi in the kitchen still meh I guess',
      'wait, I said forget the refund, why did you still send it to billing??',
    ],
    [
      'sv' as Language,
      'jag betalar för 500 Mbit men får bara 40. jag vill ha pengarna tillbaka för den här månaden.',
      'med kabel ja. på wifi i köket fortfarande sådär',
      'vänta, jag sa ju strunta i återbetalningen, varför skickade du det till fakturaavdelningen ändå??',
    ],
  ])('%s: a linked billing case taken back', async (lang, opening, remark, why) => {
    const c = await chat(lang, faultWorld(['speed_wifi_limited'], { canDo: ['step.wired_test'] }));
    await c.send(opening);
    await c.send('100482');
    await c.asks('4711', 'step.wired_test');
    await c.asks(c.yes, 'resolution.confirm');
    await c.say(remark);
    const [opened] = (await c.desk.tickets.list({ limit: 10 })).items.filter((t) => t.queue === 'billing');
    expect(opened?.status).toBe('escalated');
    await c.say(why);
    await expectWithdrawn(c.desk, opened!.id, 'billing', 'never_asked');
  });
});
