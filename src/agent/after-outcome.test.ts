// After the outcome, with the customers' own words from issue 14: a message is a score only if it is
// one, a follow-up after an escalation never moves the first ticket, an outage customer asking for
// compensation is answered about compensation, and a handoff keeps the conversation open.
import { describe, expect, it } from 'vitest';
import type { PushedReply } from './agent.js';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
const ANSWERS = {
  'identity.customer_number': '100482',
  'identity.pin': '4711',
  'consent.*': 'yes',
  'contact.availability': 'any weekday morning',
};
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

describe('after a close', () => {
  it('"ok fine, do it then" and "ugh ok… just set a new one" are not scores; "4" is', async () => {
    const desk = memoryDesk({ world: faultWorld(['dns_misconfigured']) });
    const res = await converse(desk, {
      customer: KARIN,
      language: 'en',
      opening: "some websites won't load",
      answers: ANSWERS,
    });
    expect(res.lastReplies.at(-1)?.askKey).toBe('csat.score');
    const a = await desk.agent.handleMessage(res.ticketId, 'ok fine, do it then');
    expect(a.length).toBeGreaterThan(0);
    await desk.agent.handleMessage(res.ticketId, 'ugh ok… just set a new one');
    let tl = await desk.tickets.timeline(res.ticketId);
    expect(tl.filter((e) => e.type === 'csat')).toHaveLength(0);

    const desk2 = memoryDesk({ world: faultWorld(['dns_misconfigured']) });
    const res2 = await converse(desk2, {
      customer: KARIN,
      language: 'en',
      opening: "some websites won't load",
      answers: ANSWERS,
    });
    await desk2.agent.handleMessage(res2.ticketId, '4');
    tl = await desk2.tickets.timeline(res2.ticketId);
    expect(tl.filter((e) => e.type === 'csat')).toMatchObject([{ score: 4 }]);
  });

  it('"thanks a lot" before the score gets a short reply and the score still counts', async () => {
    const desk = memoryDesk({ world: faultWorld(['dns_misconfigured']) });
    const res = await converse(desk, {
      customer: KARIN,
      language: 'en',
      opening: "some websites won't load",
      answers: ANSWERS,
    });
    const thanks = await desk.agent.handleMessage(res.ticketId, 'thanks a lot');
    expect(thanks.length).toBeGreaterThan(0);
    await desk.agent.handleMessage(res.ticketId, '5');
    const tl = await desk.tickets.timeline(res.ticketId);
    expect(tl.filter((e) => e.type === 'csat')).toMatchObject([{ score: 5 }]);
  });
});

describe('a late score', () => {
  it('a bare "4" while a second case waits for "reconnect your devices" is the first case\'s score', async () => {
    const world = faultWorld(['dns_misconfigured'], { canDo: ['step.rejoin_wifi'] });
    const desk = memoryDesk({ world });
    const res = await converse(desk, {
      customer: KARIN,
      language: 'en',
      opening: "some websites won't load",
      answers: ANSWERS,
    });
    await desk.agent.handleMessage(res.ticketId, 'but what about the wifi password? my ex knows it');
    const step = await desk.agent.handleMessage(res.ticketId, 'yes go ahead');
    expect(step.at(-1)?.askKey).toBe('step.rejoin_wifi');
    const r = await desk.agent.handleMessage(res.ticketId, '4');
    expect(r.at(-1)?.askKey).toBe('step.rejoin_wifi');
    expect((await desk.tickets.timeline(res.ticketId)).filter((e) => e.type === 'csat')).toMatchObject([
      { score: 4 },
    ]);
  });
});

describe('a second request after a resolved case', () => {
  it('"kan man få snabbare internet förresten?" becomes its own linked case; the first keeps its outcome', async () => {
    const desk = memoryDesk({ world: faultWorld(['dns_misconfigured']) });
    const res = await converse(desk, {
      customer: KARIN,
      language: 'sv',
      opening: 'vissa sidor laddar inte',
      answers: { ...ANSWERS, 'consent.*': 'ja' },
    });
    expect(res.outcome).toBe('resolved');
    const r = await desk.agent.handleMessage(
      res.ticketId,
      'kan man få snabbare internet förresten? vad kostar 1000 mbit?',
    );
    expect(r.length).toBeGreaterThan(0);
    const tl = await desk.tickets.timeline(res.ticketId);
    expect(tl.findLast((e) => e.type === 'resolution')).toMatchObject({ outcome: 'resolved' });
    expect((await desk.tickets.get(res.ticketId))?.status).toBe('resolved');
    const sales = await desk.tickets.list({ queue: 'sales' });
    expect(sales.items.map((x) => x.customerId)).toEqual(['cust-100482']);
  });
});

describe('after an escalation', () => {
  it('"who do I talk to about cancelling?" opens a linked sales case; the P1 tier2 ticket stays in tier2', async () => {
    const desk = memoryDesk({ world: faultWorld(['speed_line_degraded']) });
    const res = await converse(desk, {
      customer: KARIN,
      language: 'en',
      opening: 'THIRD TIME I WRITE!!! my internet is so slow, I pay for 1000 and get nothing',
      answers: { ...ANSWERS, 'connection.type': 'cable' },
    });
    expect(res.outcome).toBe('escalated');
    expect(res.lastReplies.some((r) => r.askKey === 'csat.score')).toBe(false);
    const before = await desk.tickets.get(res.ticketId);
    expect(before?.queue).toBe('tier2');
    const r = await desk.agent.handleMessage(res.ticketId, 'who do I talk to about cancelling?');
    expect(r.length).toBeGreaterThan(0);
    const after = await desk.tickets.get(res.ticketId);
    expect(after?.queue).toBe('tier2');
    expect(after?.status).toBe('escalated');
    expect(after?.priority).toBe(before?.priority);
    const sales = await desk.tickets.list({ queue: 'sales' });
    expect(sales.items).toHaveLength(1);
    expect(sales.items[0].customerId).toBe('cust-100482');
    expect(words(r)).toContain(sales.items[0].reference);
  });

  it('an outage customer asking about compensation is answered about compensation, never told about paying to reopen', async () => {
    const world = faultWorld(['area_outage']);
    const desk = memoryDesk({ world });
    const inc = await desk.incidents.create({
      areas: ['SE-STO-TEST'],
      kind: 'fiber_cut',
      title: 'Fibre cut in Bromma',
      etaAt: '2026-11-25T15:00:00Z',
    });
    world.incident = { id: inc.id, reference: inc.reference, etaAt: inc.etaAt };
    const res = await converse(desk, {
      customer: KARIN,
      language: 'en',
      opening: 'is there an outage? the neighbours have no internet either',
      answers: ANSWERS,
    });
    expect(res.outcome).toBe('outage_informed');
    const r = await desk.agent.handleMessage(
      res.ticketId,
      'can I get money back for the days without internet?',
    );
    expect(words(r)).toMatch(/reduction/);
    expect(words(r)).not.toMatch(/reopen|paid|settled/);
    const ticket = await desk.tickets.get(res.ticketId);
    expect(ticket?.queue ?? null).toBeNull();
    expect(ticket?.incidentId).toBe(inc.id);
  });

  it("after a handoff to a person the conversation stays open; the person's close brings the summary and the CSAT question", async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const pushed: PushedReply[] = [];
    desk.agent.onReply((p) => pushed.push(p));
    const res = await converse(desk, {
      customer: KARIN,
      language: 'en',
      opening: 'I want to talk to a real person please',
      answers: ANSWERS,
    });
    expect(res.queue).toBe('agents');
    expect(res.lastReplies.some((r) => r.askKey === 'csat.score')).toBe(false);
    const r = await desk.agent.handleMessage(res.ticketId, 'also my router blinks orange sometimes');
    expect(r.some((x) => x.askKey === 'csat.score')).toBe(false);
    const tl = await desk.tickets.timeline(res.ticketId);
    expect(tl.some((e) => e.type === 'message_in' && e.text.includes('blinks orange'))).toBe(true);
    expect(tl.filter((e) => e.type === 'csat')).toHaveLength(0);
    await desk.agent.staffResolved(res.ticketId, 'Router replaced.');
    expect(pushed.at(-1)?.reply.askKey).toBe('csat.score');
    expect(pushed.at(-1)?.reply.text).toContain('Router replaced.');
    await desk.agent.handleMessage(res.ticketId, '5');
    expect((await desk.tickets.timeline(res.ticketId)).filter((e) => e.type === 'csat')).toMatchObject([
      { score: 5 },
    ]);
  });
});
