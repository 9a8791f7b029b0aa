import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createDeskTime, type DeskTimeSample } from './desk-time.js';

// A fake agent on a fake clock: each call advances the clock by the time the step "takes".
function fakeAgent(clock: { t: number }, steps: { acceptMs: number; turnMs: number; deviceWaitMs: number }) {
  return {
    other: () => 'kept',
    async acceptMessage(_ticketId: string, _text: string, meta?: { clientMessageId?: string }) {
      clock.t += steps.acceptMs;
      return { messageId: '7', duplicate: meta?.clientMessageId === 'dup' };
    },
    async handleMessage(_ticketId: string, _text: string, _meta?: Record<string, unknown>) {
      clock.t += steps.turnMs;
      return [{ meta: { deviceWaitMs: steps.deviceWaitMs } }, { meta: { deviceWaitMs: steps.deviceWaitMs } }];
    },
  };
}

describe('desk time', () => {
  it('runs from the message reaching the agent (accept and lease included) to its last reply, device waits apart', async () => {
    const clock = { t: 1000 };
    const deskTime = createDeskTime(() => clock.t);
    const samples: DeskTimeSample[] = [];
    deskTime.onSample((s) => samples.push(s));
    const agent = deskTime.timed(
      fakeAgent(clock, { acceptMs: 40, turnMs: 2_060, deviceWaitMs: 2_000 }),
      'chat',
    );
    expect(agent.other()).toBe('kept');
    const accepted = await agent.acceptMessage('t1', 'hello');
    clock.t += 5; // the channel acknowledges, then starts the turn
    await agent.handleMessage('t1', 'hello', { messageId: accepted.messageId });
    expect(samples).toEqual([{ channel: 'chat', deskMs: 105, deviceWaitMs: 2_000 }]);

    // Without an accepted message (e-mail, voice) the time runs from the turn's start.
    const mail = deskTime.timed(fakeAgent(clock, { acceptMs: 0, turnMs: 30, deviceWaitMs: 0 }), 'email');
    await mail.handleMessage('t2', 'hi', {});
    expect(samples[1]).toEqual({ channel: 'email', deskMs: 30, deviceWaitMs: 0 });

    const registry = new Registry();
    deskTime.register(registry);
    deskTime.register(registry);
    const text = await registry.metrics();
    expect(text).toContain('frontline_desk_time_seconds_count{channel="chat"} 1');
    expect(text).toContain('frontline_desk_time_seconds_bucket{le="0.15",channel="chat"} 1');
    expect(text).toContain('frontline_desk_time_seconds_bucket{le="0.1",channel="chat"} 0');
    expect(text).toContain('frontline_turn_seconds_count{channel="email"} 1');
  });

  it('a retried (duplicate) message is timed from its turn, and an accepted one is timed once', async () => {
    const clock = { t: 0 };
    const deskTime = createDeskTime(() => clock.t);
    const samples: DeskTimeSample[] = [];
    deskTime.onSample((s) => samples.push(s));
    const agent = deskTime.timed(fakeAgent(clock, { acceptMs: 10, turnMs: 20, deviceWaitMs: 0 }), 'chat');
    await agent.acceptMessage('t1', 'again', { clientMessageId: 'dup' });
    await agent.handleMessage('t1', 'again', { clientMessageId: 'dup' });
    await agent.acceptMessage('t1', 'new');
    await agent.handleMessage('t1', 'new', { messageId: '7' });
    await agent.handleMessage('t1', 'new', { messageId: '7' });
    expect(samples.map((s) => s.deskMs)).toEqual([20, 30, 20]);
  });
});
