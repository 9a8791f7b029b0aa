import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PrivacyService } from './service.js';
import { startRetentionSweep } from './sweeper.js';

describe('retention sweep schedule', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sweeps soon after start, then every period, and not after stop', async () => {
    vi.useFakeTimers();
    let sweeps = 0;
    const privacy = { sweep: async () => ({ transcripts: ++sweeps, mailsReceived: 0, attachments: 0, mailsSent: 0 }) } as unknown as PrivacyService;
    const stop = startRetentionSweep(privacy, pino({ level: 'silent' }), 3_600_000);
    expect(sweeps).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sweeps).toBe(1);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(sweeps).toBe(2);
    await stop();
    await vi.advanceTimersByTimeAsync(10 * 3_600_000);
    expect(sweeps).toBe(2);
  });

  it('a failing sweep is logged and the next one still runs', async () => {
    vi.useFakeTimers();
    const errors: string[] = [];
    const log = { info: () => undefined, error: (_o: unknown, msg: string) => void errors.push(msg) } as unknown as pino.Logger;
    let calls = 0;
    const privacy = { sweep: () => (++calls === 1 ? Promise.reject(new Error('database away')) : Promise.resolve({ transcripts: 0, mailsReceived: 0, attachments: 0, mailsSent: 0 })) } as unknown as PrivacyService;
    const stop = startRetentionSweep(privacy, log, 120_000);
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.advanceTimersByTimeAsync(120_000);
    await stop();
    expect(calls).toBe(2);
    expect(errors).toEqual(['retention sweep failed']);
  });
});
