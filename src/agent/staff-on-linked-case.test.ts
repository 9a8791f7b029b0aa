// A request after the outcome opens a linked ticket in another team's queue (linked-case.ts) or becomes
// the conversation's next case (follow-up.ts). The person who takes that ticket in the console writes,
// takes over and resolves it there: before this, each of those went to the linked ticket as if it had a
// conversation of its own — pushed under an id no chat socket or mail thread knows, so the customer never
// heard the reply, the resolution or the score question. They reach the conversation the customer is in,
// and are recorded on the ticket the person worked.
import { describe, expect, it } from 'vitest';
import { grantsFromTicket } from '../staff/grants.js';
import type { PushedReply } from './agent.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
const ANSWERS = {
  'identity.customer_number': '100482',
  'identity.pin': '4711',
  'consent.*': 'yes',
  'contact.availability': 'any weekday morning',
};

async function escalatedWithLinkedSales(language: 'en' | 'sv') {
  const desk = memoryDesk({ world: faultWorld(['speed_line_degraded']) });
  const pushed: PushedReply[] = [];
  desk.agent.onReply((p) => pushed.push(p));
  const res = await converse(desk, {
    customer: KARIN,
    language,
    opening:
      language === 'en'
        ? 'my internet is so slow, I pay for 1000 and get nothing'
        : 'internet är jättelångsamt, jag betalar för 1000 och får ingenting',
    answers: { ...ANSWERS, 'connection.type': 'cable', 'consent.*': language === 'en' ? 'yes' : 'ja' },
  });
  expect(res.outcome).toBe('escalated');
  await desk.agent.handleMessage(
    res.ticketId,
    language === 'en' ? 'who do I talk to about cancelling?' : 'vem pratar jag med om att säga upp?',
  );
  const sales = (await desk.tickets.list({ queue: 'sales' })).items;
  expect(sales).toHaveLength(1);
  return { desk, pushed, conversation: res.ticketId, linked: sales[0] };
}

describe('staff on a linked case reach the customer', () => {
  it.each(['en', 'sv'] as const)(
    '%s: a reply and the resolution on the linked sales ticket go to the conversation',
    async (language) => {
      const { desk, pushed, conversation, linked } = await escalatedWithLinkedSales(language);
      pushed.length = 0;
      // Verified in the conversation: the linked case is too (the console's staff actions need it).
      const log = { warn: () => undefined };
      expect(await grantsFromTicket(desk.tickets, desk.audit, linked.id, log)).toMatchObject({
        verified: true,
      });

      await desk.agent.staffReply(linked.id, 'sara', 'Your notice period is one month.');
      expect(pushed).toHaveLength(1);
      expect(pushed[0]).toMatchObject({ ticketId: conversation, role: 'staff' });
      expect(pushed[0].reply.text).toContain('Your notice period is one month.');
      // The person's words are recorded on the ticket they worked, and the chat's transcript has them.
      const onLinked = await desk.tickets.timeline(linked.id);
      expect(
        onLinked.some((e) => e.type === 'message_out' && e.text.includes('notice period is one month')),
      ).toBe(true);
      const onFirst = await desk.tickets.timeline(conversation);
      expect(
        onFirst.some((e) => e.type === 'message_out' && e.text.includes('notice period is one month')),
      ).toBe(false);
      const transcript = await desk.agent.messages(conversation);
      expect(transcript.at(-1)?.text).toContain('notice period is one month');

      // The first case is still with tier2: resolving the sales case tells the customer, and asks no
      // score for a conversation a person still has.
      const told = await desk.agent.staffResolved(linked.id, 'Cancellation registered for 31 January.');
      expect(told.map((r) => r.text).join('\n')).toContain('Cancellation registered for 31 January.');
      expect(told.map((r) => r.text).join('\n')).toContain(linked.reference);
      expect(pushed.at(-1)?.ticketId).toBe(conversation);
      expect(told.some((r) => r.askKey === 'csat.score')).toBe(false);
      expect((await desk.tickets.get(conversation))?.queue).toBe('tier2');
    },
  );

  it('a person takes over and resolves the sales case opened after a resolved one: the score is for that case', async () => {
    const desk = memoryDesk({ world: faultWorld(['dns_misconfigured']) });
    const pushed: PushedReply[] = [];
    desk.agent.onReply((p) => pushed.push(p));
    const res = await converse(desk, {
      customer: KARIN,
      language: 'sv',
      opening: 'vissa sidor laddar inte',
      answers: { ...ANSWERS, 'consent.*': 'ja' },
    });
    expect(res.outcome).toBe('resolved');
    await desk.agent.handleMessage(res.ticketId, '5');
    await desk.agent.handleMessage(
      res.ticketId,
      'kan man få snabbare internet förresten? vad kostar 1000 mbit?',
    );
    const [sales] = (await desk.tickets.list({ queue: 'sales' })).items;
    expect(sales).toBeDefined();
    pushed.length = 0;

    await desk.agent.takeOver(sales.id, 'sara');
    expect(pushed.map((p) => p.ticketId)).toEqual([res.ticketId]);
    const reply = await desk.agent.handleMessage(res.ticketId, 'hallå, är det någon där?');
    // Taken over: the desk leaves the answer to the person.
    expect(reply).toEqual([]);
    await desk.agent.staffReply(sales.id, 'sara', '1000/1000 kostar 499 kr i månaden på din adress.');
    const told = await desk.agent.staffResolved(sales.id, 'Uppgradering till 1000/1000 beställd.');
    expect(told.at(-1)?.askKey).toBe('csat.score');
    await desk.agent.handleMessage(res.ticketId, '4');
    const scores = async (id: string) =>
      (await desk.tickets.timeline(id)).flatMap((e) => (e.type === 'csat' ? [e.score] : []));
    expect(await scores(sales.id)).toEqual([4]);
    expect(await scores(res.ticketId)).toEqual([5]);
  });
});
