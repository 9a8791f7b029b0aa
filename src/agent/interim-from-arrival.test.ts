// Interim messages while a turn waits on a router, in virtual time (the router's answer and the
// directory's read take their time on fake timers; the assertions are on what the customer had
// been sent before the router answered, never on wall-clock time).
//
// - The interim ("I'm testing your line…") is due `interimAfterMs` after the customer's message
//   arrived, not after each wait began. Under load the turn's own work (reading the customer, the
//   lease) can take most of that time before the router is asked, and a turn can wait on the router
//   several times, each wait shorter than the delay: the customer then waited in silence until the
//   whole turn was done (bench/load.ts: turns with 1.6 s of router waits and no interim).
// - A case whose runbook does not announce a line test (a Wi-Fi rename, an invoice question, a
//   person asked for mid-case) still reads the router or the account before it answers; when that
//   read outlasted the delay nothing had been said, so nothing was sent. Now "one moment" is.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FaultKind } from '../domain/index.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '204002', name: 'Ola Berg', pin: '8386' };
const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

afterEach(() => {
  vi.useRealTimers();
});

/** A signed-in customer's opening: the directory takes `readMs`, each router read `probeMs` (virtual). */
async function opening(text: string, faults: FaultKind[], readMs: number, probeMs: number) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const world = faultWorld(faults);
  const desk = memoryDesk({
    world,
    config: { engine: { verifyAttempts: 2, verifyDelayMs: 0, interimAfterMs: 500 } },
  });
  desk.directory.add(CUSTOMER);
  const c = await desk.agent.startConversation({
    channel: 'chat',
    language: 'en',
    portalCustomerNumber: CUSTOMER.customerNumber,
  });
  const pushed: string[] = [];
  desk.agent.onReply((p) => pushed.push(p.reply.text));
  const byId = desk.directory.byId.bind(desk.directory);
  desk.directory.byId = async (id: string) => {
    await pause(readMs);
    return byId(id);
  };
  const probes = world.diagnostics.runProbes;
  const beforeTheRouterAnswered: string[][] = [];
  Object.assign(world.diagnostics, {
    runProbes: async (...a: Parameters<typeof probes>) => {
      await pause(probeMs);
      beforeTheRouterAnswered.push([...pushed]);
      return probes(...a);
    },
  });
  const turn = desk.agent.handleMessage(c.ticketId, text);
  await vi.advanceTimersByTimeAsync(5000);
  const replies = (await turn).map((r) => r.text);
  return { beforeTheRouterAnswered, replies, pushed };
}

const DOWN = 'the internet does not work at all';
const RENAME = 'I want to change the name of my wifi network';

describe('the interim message is due from the message’s arrival', () => {
  it('goes out before the router answers when the turn spent the delay before asking it', async () => {
    // 600 ms reading the customer, then a router read of 450 ms: 1,050 ms in all, the interim at 500.
    const t = await opening(DOWN, ['cpe_hung'], 600, 450);
    expect((t.beforeTheRouterAnswered[0] ?? []).join(' | ')).toMatch(/testing your line/);
    expect(t.replies.join(' ')).not.toMatch(/testing your line/);
  });

  it('is not sent when the whole turn is done within the delay', async () => {
    const t = await opening(DOWN, ['cpe_hung'], 100, 300);
    expect(t.pushed).toEqual([]);
    expect(t.replies.join(' ')).toMatch(/testing your line/);
  });
});

describe('a long read the runbook does not announce', () => {
  it('tells the customer it is looking before the router answers', async () => {
    const t = await opening(RENAME, [], 0, 2000);
    expect((t.beforeTheRouterAnswered[0] ?? []).join(' | ')).toMatch(/one moment/i);
    // The line test is still not announced for a rename, and the answer does not repeat the interim.
    expect([...t.pushed, ...t.replies].join(' ')).not.toMatch(/testing your line/);
    expect(t.replies.join(' ')).not.toMatch(/one moment/i);
  });

  it('says nothing extra when the read is quick', async () => {
    const t = await opening(RENAME, [], 0, 50);
    expect(t.pushed).toEqual([]);
    expect(t.replies.join(' ')).not.toMatch(/one moment/i);
  });
});
