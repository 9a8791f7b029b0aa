// A person who took over a conversation resolves it from the console: the customer is told, asked
// for a score, and the score ends the conversation (issue 16: the conversation stayed with the
// person, so the score was not taken and the widget's input never closed).
import { describe, expect, it } from 'vitest';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

describe('a case resolved by a person', () => {
  it('takes the satisfaction score after a takeover and ends the conversation', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    await desk.agent.handleMessage(c.ticketId, 'hello, my invoice looks wrong');
    await desk.agent.takeOver(c.ticketId, 'lisa');
    await desk.agent.staffReply(c.ticketId, 'lisa', 'I have corrected the invoice.');
    await desk.tickets.append(c.ticketId, [], { status: 'resolved' });
    const told = await desk.agent.staffResolved(c.ticketId, 'The invoice was corrected.');
    expect(told.at(-1)?.askKey).toBe('csat.score');

    const after = await desk.agent.handleMessage(c.ticketId, '5');
    expect(after.at(-1)?.final).toBe(true);
    const csat = (await desk.tickets.timeline(c.ticketId)).filter((e) => e.type === 'csat');
    expect(csat).toEqual([expect.objectContaining({ score: 5 })]);
  });
});
