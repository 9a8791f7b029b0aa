// A call hears one answer per turn (the webhook's TwiML): an interim message pushed during a long
// router wait reached no one, so a caller who gave the PIN never heard "you are verified" when the
// line test took longer than the interim delay (test/channels/voice-desk.test.ts failed under load).
import { describe, expect, it } from 'vitest';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '204009', name: 'Vera Holm', pin: '6512' };

async function pinTurn(channel: 'voice' | 'chat' | 'email') {
  const world = faultWorld(['cpe_hung']);
  const desk = memoryDesk({
    world,
    config: { engine: { verifyAttempts: 2, verifyDelayMs: 0, interimAfterMs: 5 } },
  });
  const pushed: string[] = [];
  desk.agent.onReply((p) => pushed.push(p.reply.text));
  const probes = world.diagnostics.runProbes;
  Object.assign(world.diagnostics, {
    runProbes: async (...a: Parameters<typeof probes>) => {
      await new Promise<void>((r) => setTimeout(r, 60));
      return probes(...a);
    },
  });
  desk.directory.add(CUSTOMER);
  const c = await desk.agent.startConversation({ channel, language: 'en' });
  await desk.agent.handleMessage(c.ticketId, 'the internet does not work at all');
  await desk.agent.handleMessage(c.ticketId, CUSTOMER.customerNumber);
  pushed.length = 0;
  const answer = (await desk.agent.handleMessage(c.ticketId, CUSTOMER.pin)).map((r) => r.text).join('\n');
  return { answer, pushed: pushed.join('\n') };
}

describe('a long router wait on a call', () => {
  it('keeps what was said before the wait in the call answer, in order', async () => {
    const { answer } = await pinTurn('voice');
    expect(answer).toMatch(/verified[\s\S]*testing your line/);
  });

  // Role-play kit: the "testing, about 20 seconds" notice of an e-mail case came as a mail of its own.
  it('keeps it in the one reply mail of an e-mail, never a mail of its own', async () => {
    const { answer, pushed } = await pinTurn('email');
    expect(answer).toMatch(/verified[\s\S]*testing your line/);
    expect(pushed).toBe('');
  });

  it('still pushes it ahead on chat, where the customer reads it while waiting', async () => {
    const { answer, pushed } = await pinTurn('chat');
    expect(pushed).toMatch(/verified[\s\S]*testing your line/);
    expect(answer).not.toMatch(/verified/);
  });
});
