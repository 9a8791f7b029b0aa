// Demo physical steps (issue 14): in the demo ISP a customer's "done" to "switch the router on" is
// carried out in the simulated home, and a long wait for a restarting router is announced at once.
import { describe, expect, it } from 'vitest';
import type { PushedReply } from './agent.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };

async function atPowerStep(desk: ReturnType<typeof memoryDesk>) {
  const c = await identified(desk, KARIN, 'sv', 'inget internet alls, alla lampor är släckta');
  expect(c.replies.at(-1)?.askKey).toBe('step.power_on');
  return c.ticketId;
}

describe('demo home', () => {
  it('"klart" to "switch the router on" switches it on in the simulated home and the case resolves', async () => {
    const world = faultWorld(['cpe_powered_off'], { canDo: ['step.power_on'] });
    const desk = memoryDesk({ world });
    const performed: string[] = [];
    desk.agent.useDemoHome({
      performStep: (_n, step) => (performed.push(step), world.performStep(step as 'step.power_on')),
    });
    const ticketId = await atPowerStep(desk);
    const r = await desk.agent.handleMessage(ticketId, 'klart');
    expect(performed).toEqual(['step.power_on']);
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
  });

  it('without the demo home a "done" performs nothing (the customer did it at home)', async () => {
    const world = faultWorld(['cpe_powered_off'], { canDo: ['step.power_on'] });
    const desk = memoryDesk({ world });
    const ticketId = await atPowerStep(desk);
    await desk.agent.handleMessage(ticketId, 'klart');
    expect(world.has('cpe_powered_off')).toBe(true);
  });

  it('a long wait for a restarting router is announced before the wait, not after it', async () => {
    const world = faultWorld(['cpe_powered_off'], { canDo: ['step.power_on'] });
    const desk = memoryDesk({
      world,
      config: { engine: { verifyAttempts: 2, verifyDelayMs: 1000, restartWaitMs: 60_000 } },
    });
    const ticketId = await atPowerStep(desk);
    const pushed: PushedReply[] = [];
    desk.agent.onReply((p) => pushed.push(p));
    const r = await desk.agent.handleMessage(ticketId, 'klart');
    expect(pushed.map((p) => p.reply.text).join(' ')).toMatch(/kontrollerar att det fungerade/);
    expect(r.map((x) => x.text).join(' ')).not.toMatch(/kontrollerar att det fungerade/);
  });
});
