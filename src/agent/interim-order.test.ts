// The interim message sent during a long wait on a router (src/runbooks/interim.test.ts) carries
// what the turn said before the wait first: a customer who gives the PIN reads "you are verified"
// and then "I'm testing your line…", not the other way round (seen in the load benchmark's
// transcripts after the interim replies came in).
import { describe, expect, it } from 'vitest';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '204009', name: 'Vera Holm', pin: '6512' };

describe('an interim message after the customer is verified', () => {
  it('says the verification before the line test, and neither again at the end of the turn', async () => {
    const world = faultWorld(['cpe_hung']);
    const desk = memoryDesk({
      world,
      config: { engine: { verifyAttempts: 2, verifyDelayMs: 0, interimAfterMs: 5 } },
    });
    const pushed: string[] = [];
    let answer = () => undefined as void;
    const answered = new Promise<void>((r) => (answer = r));
    desk.agent.onReply((p) => {
      pushed.push(p.reply.text);
      if (/testing your line/.test(p.reply.text)) answer();
    });
    const probes = world.diagnostics.runProbes;
    let seenWhileWaiting: string[] = [];
    Object.assign(world.diagnostics, {
      runProbes: async (...a: Parameters<typeof probes>) => {
        await Promise.race([answered, new Promise<void>((r) => setTimeout(r, 3000))]);
        seenWhileWaiting = [...pushed];
        return probes(...a);
      },
    });
    desk.directory.add(CUSTOMER);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    await desk.agent.handleMessage(c.ticketId, 'the internet does not work at all');
    await desk.agent.handleMessage(c.ticketId, CUSTOMER.customerNumber);
    pushed.length = 0;
    const last = (await desk.agent.handleMessage(c.ticketId, CUSTOMER.pin)).map((r) => r.text);
    const interim = seenWhileWaiting.join('\n');
    expect(interim, interim).toMatch(/verified[\s\S]*testing your line/);
    expect(last.join(' ')).not.toMatch(/verified|testing your line/);
  });
});
