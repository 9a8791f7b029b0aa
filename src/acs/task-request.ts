import type { AcsDeviceRow, AcsTaskRow } from '../storage/tables/acs.js';
import type { AcsStore } from './store.js';
import type { TaskName } from './task-steps.js';
import { TERMINAL, WaitTimeout, type TaskQueue } from './task-queue.js';

// A task asked for over an API (Frontline's REST or the GenieACS-style NBI): queue it, and with a
// connection request wait until it settles or the caller's timeout passes.

export type TaskOutcome =
  | { kind: 'done'; row: AcsTaskRow }
  | { kind: 'fault'; row: AcsTaskRow; fault: unknown }
  /** Queued, not (yet) carried out: not asked to connect, the router did not answer, or still working. */
  | { kind: 'queued'; row: AcsTaskRow; detail: string; connectionRequest?: string };

export async function submitTask(
  d: { store: AcsStore; queue: TaskQueue },
  dev: AcsDeviceRow,
  spec: { name: TaskName; args: object },
  o: { maxAttempts: number; connectionRequest: boolean; timeoutMs: number },
): Promise<TaskOutcome> {
  const task = await d.queue.enqueue(dev.id, spec.name, spec.args, { maxAttempts: o.maxAttempts });
  if (!o.connectionRequest) return { kind: 'queued', row: task, detail: 'Task queued' };
  const cr = await d.queue.kick(dev);
  if (!cr.ok)
    return {
      kind: 'queued',
      row: task,
      detail: 'Task queued but not processed',
      connectionRequest: cr.reason,
    };
  let row: AcsTaskRow;
  try {
    // Settled: finished, waiting for a later event (reboot, transfer), or faulted and queued for a retry.
    row = await d.queue.wait(
      task,
      dev,
      o.timeoutMs,
      (t) => TERMINAL.has(t.status) || t.status === 'waiting' || (t.status === 'pending' && t.fault !== null),
    );
  } catch (e) {
    if (!(e instanceof WaitTimeout)) throw e;
    return {
      kind: 'queued',
      row: (await d.store.getTask(task.id)) ?? task,
      detail: 'Task queued but not processed',
    };
  }
  if (row.status === 'done') return { kind: 'done', row };
  if (row.fault) return { kind: 'fault', row, fault: JSON.parse(row.fault) as unknown };
  return {
    kind: 'queued',
    row,
    detail: row.status === 'waiting' ? 'Task sent, waiting for the device' : 'Task queued',
  };
}
