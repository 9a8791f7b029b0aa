// A wait on a router that outlasts `interimAfterMs` sends what was said so far at once: the customer
// sees "I'm testing your line…" while the checks still run, not only when the whole turn is done.
import { describe, expect, it } from 'vitest';
import type { AgentConfig } from '../agent/agent.js';
import { faultWorld, memoryDesk } from '../agent/testing/memory-desk.js';

const CUSTOMER = { customerNumber: '204002', name: 'Ola Berg', pin: '8386' };

/** The opening turn of a signed-in customer, with the router answering only once `ready()` holds (or after 3 s). */
async function openingTurn(engine: AgentConfig['engine'], ready: (pushed: string[]) => boolean) {
  const world = faultWorld(['cpe_hung']);
  const desk = memoryDesk({ world, config: { engine } });
  const pushed: string[] = [];
  let answer = () => undefined as void;
  const answered = new Promise<void>((r) => (answer = r));
  desk.agent.onReply((p) => {
    pushed.push(p.reply.text);
    if (ready(pushed)) answer();
  });
  const probes = world.diagnostics.runProbes;
  let seenWhileWaiting: string[] = [];
  Object.assign(world.diagnostics, {
    runProbes: async (...a: Parameters<typeof probes>) => {
      const timer = new Promise<void>((r) => setTimeout(r, 3000));
      await Promise.race([answered, timer]);
      seenWhileWaiting = [...pushed];
      return probes(...a);
    },
  });
  desk.directory.add(CUSTOMER);
  const c = await desk.agent.startConversation({
    channel: 'chat',
    language: 'en',
    portalCustomerNumber: CUSTOMER.customerNumber,
  });
  const replies = await desk.agent.handleMessage(c.ticketId, 'the internet does not work at all');
  return { seenWhileWaiting, replies: replies.map((r) => r.text) };
}

describe('interim replies while the engine waits on a router', () => {
  it('the line-test announcement reaches the customer before the checks end, and is not repeated after them', async () => {
    const testing = (texts: string[]) => texts.some((t) => /testing your line/.test(t));
    const turn = await openingTurn({ verifyAttempts: 2, verifyDelayMs: 0, interimAfterMs: 5 }, testing);
    expect(testing(turn.seenWhileWaiting), turn.seenWhileWaiting.join(' | ')).toBe(true);
    expect(testing(turn.replies), turn.replies.join(' | ')).toBe(false);
    // The turn still ends with what was found and the question that follows.
    expect(turn.replies.join(' ')).toMatch(/restart your router/i);
  });
});
