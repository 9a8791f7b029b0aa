import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { AcsDeviceRow, AcsTaskRow } from '../storage/tables/acs.js';
import { TaskQueue, WaitTimeout, type TaskQueueDeps } from './task-queue.js';

// A desk shutting down closes its database while a session may still end: the queue's re-check of
// a waited-on task then fails. It was an unhandled rejection that crashed the desk process
// ("driver has already been destroyed", seen in bench:load); it is logged instead.

describe('a task wait when the database is gone', () => {
  it('a session ending after the database closed is logged, not an unhandled rejection', async () => {
    const events = new EventEmitter();
    const warn = vi.fn();
    const task = { id: 't1', status: 'pending' } as AcsTaskRow;
    const deps = {
      store: { getTask: () => Promise.reject(new Error('driver has already been destroyed')) },
      sessions: { inSession: () => false },
      events,
      config: { tasks: { pollIntervalMs: 60_000, rekickMs: 60_000, sweepIntervalMs: 60_000 } },
      log: { warn, info: vi.fn(), debug: vi.fn(), error: vi.fn() },
      now: () => new Date(),
      credentials: {},
    } as unknown as TaskQueueDeps;
    const queue = new TaskQueue(deps);
    const waiting = queue.wait(task, { id: 'd1' } as AcsDeviceRow, 200);
    events.emit('sessionEnd', { deviceId: 'd1' });
    await expect(waiting).rejects.toBeInstanceOf(WaitTimeout);
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ taskId: 't1' }), 'acs: task re-check failed');
    queue.close();
  });
});
