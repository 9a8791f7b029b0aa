// The closing words match what happened: no "no faults found" when nothing was tested, and the team
// named to the customer is the queue the ticket went to.
import { describe, expect, it } from 'vitest';
import { memoryDesk } from './testing/memory-desk.js';

const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

describe('closing words', () => {
  it('a non-customer routed to sales hears "sales team", and no test results that never ran', async () => {
    const desk = memoryDesk();
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    const r = await desk.agent.handleMessage(
      c.ticketId,
      'hi, im moving to sundbyberg next month. what do you charge for fiber? im not a customer yet',
    );
    expect((await desk.tickets.get(c.ticketId))?.queue).toBe('sales');
    expect(words(r)).toMatch(/sales team/);
    expect(words(r)).not.toMatch(/customer service/);
    expect(words(r)).not.toMatch(/No faults found/);
  });

  it('a Swedish request for a person without a PIN says nothing about tests', async () => {
    const desk = memoryDesk();
    desk.directory.add({ customerNumber: '200101', name: 'Emma Berg', pin: '5747' });
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'sv' });
    await desk.agent.handleMessage(c.ticketId, 'kan jag få prata med en människa? inte en robot');
    await desk.agent.handleMessage(c.ticketId, '200101');
    const r = await desk.agent.handleMessage(
      c.ticketId,
      'har inte pinkoden här. jag vill bara prata med en person, det gäller min faktura',
    );
    expect(words(r)).toMatch(/ärende/);
    expect(words(r)).not.toMatch(/Inga fel hittades/);
  });
});
