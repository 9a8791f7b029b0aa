import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { AcsDeviceRow, AcsTaskRow } from '../storage/tables/acs.js';
import { TaskQueue, WaitTimeout, type TaskQueueDeps } from './task-queue.js';

// A desk shutting down closes its database while a session may still end: the queue's re-check of
// a waited-on task then fails. It was an unhandled rejection that crashed the desk process
// ("driver has already been destroyed", seen in bench:load); it is logged instead. So is a waiter's
// re-kick of the router, whose read of the connection-request facts fails the same way.

/** A queue on a store that answers as given; what it warns about. */
function queueOn(store: Partial<Record<'getTask' | 'connectionRequestFacts', () => Promise<unknown>>>) {
  const events = new EventEmitter();
  const warn = vi.fn();
  const deps = {
    store,
    sessions: { inSession: () => false },
    events,
    config: { tasks: { pollIntervalMs: 60_000, rekickMs: 60_000, sweepIntervalMs: 60_000 } },
    log: { warn, info: vi.fn(), debug: vi.fn(), error: vi.fn() },
    now: () => new Date(),
    credentials: {},
  } as unknown as TaskQueueDeps;
  return { queue: new TaskQueue(deps), events, warn };
}

const gone = () => Promise.reject(new Error('driver has already been destroyed'));

describe('a task wait when the database is gone', () => {
  it('a session ending after the database closed is logged, not an unhandled rejection', async () => {
    const { queue, events, warn } = queueOn({ getTask: gone });
    const task = { id: 't1', status: 'pending' } as AcsTaskRow;
    const waiting = queue.wait(task, { id: 'd1' } as AcsDeviceRow, 200);
    events.emit('sessionEnd', { deviceId: 'd1' });
    await expect(waiting).rejects.toBeInstanceOf(WaitTimeout);
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ taskId: 't1' }), 'acs: task re-check failed');
    queue.close();
  });

  it('a re-kick whose read fails after the database closed is logged, not an unhandled rejection', async () => {
    const task = { id: 't2', status: 'pending' } as AcsTaskRow;
    const pending = { ...task, next_attempt_at: new Date(0).toISOString() } as AcsTaskRow;
    const { queue, events, warn } = queueOn({
      getTask: () => Promise.resolve(pending),
      connectionRequestFacts: gone,
    });
    const waiting = queue.wait(task, { id: 'd2' } as AcsDeviceRow, 200);
    // The router's session ended with the task still queued: the waiter asks it to connect again.
    events.emit('sessionEnd', { deviceId: 'd2' });
    await expect(waiting).rejects.toBeInstanceOf(WaitTimeout);
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ deviceId: 'd2' }), 'acs: re-kick failed');
    queue.close();
  });
});
