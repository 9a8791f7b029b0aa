// "I want a person" after a refused security case (role-play rp3b): the colleague's summary keeps what
// the customer said, and the desk never offers a topic the customer did not raise.
import { describe, expect, it } from 'vitest';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

describe('a request for a person after a refusal', () => {
  it('the handoff summary carries the customer\'s words; no "you also mentioned an outage"', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    desk.directory.add({ customerNumber: '100482', name: 'Sam Lee', pin: '4711' });
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    await desk.agent.handleMessage(
      c.ticketId,
      'hi i think ive been hacked, my router settings look weird and theres devices on my wifi i dont know',
    );
    await desk.agent.handleMessage(c.ticketId, '100482');
    for (const pin of ['1180', '1108', '1234']) await desk.agent.handleMessage(c.ticketId, pin);
    const r = await desk.agent.handleMessage(
      c.ticketId,
      'seriously? someone is in my network and you just close it. i want to talk to a real person',
    );
    expect(r.map((x) => x.text).join('\n')).not.toMatch(/outage/i);
    const agents = await desk.tickets.list({ queue: 'agents' });
    expect(agents.items).toHaveLength(1);
    const resolution = (await desk.tickets.timeline(agents.items[0].id)).findLast(
      (e) => e.type === 'resolution',
    );
    expect(resolution?.type === 'resolution' && resolution.summary.staff).toMatch(/someone is in my network/);
  });
});
