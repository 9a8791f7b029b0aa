import type { AcsDeviceRow, AcsTaskRow, AcsTaskStatus } from '../storage/tables/acs.js';
import type { EventStruct, ParamStruct } from './soap.js';

// What a CWMP session changes, kept until it is written in one transaction: the device row after
// the Inform, parameter-cache changes in order, the Inform's events, and task outcomes (each a
// compare-and-set on the task's status, so a task cancelled meanwhile stays cancelled).

export type CacheOp =
  | { kind: 'upsert'; params: Map<string, TimedParam> }
  /** Rows under `prefix` older than `before` go (`'\uffff'`: all of them). */
  | { kind: 'deleteStale'; prefix: string; before: string };

export interface TimedParam extends ParamStruct {
  at: string;
}

export interface TaskWrite {
  task: AcsTaskRow;
  from: AcsTaskStatus[];
  patch: Partial<Omit<AcsTaskRow, 'id'>>;
  /**
   * The change told to the other instances (PostgreSQL NOTIFY), sent by the write's own statement
   * when the write applies — no statement of its own after it.
   */
  notify?: TaskNotification;
  /** Runs after the write, with whether it applied and whether `notify` went with it. */
  then?: (ok: boolean, told: boolean) => void;
}

/** A NOTIFY as `pg_notify(channel, text)` sends it. */
export interface TaskNotification {
  channel: string;
  text: string;
}

/** A task change as the other instances are to hear it, or null when it is not told that way. */
export type TellTaskChange = (change: {
  taskId: string;
  deviceId: string;
  name: string;
  status: string;
  row?: AcsTaskRow;
}) => TaskNotification | null;

export interface SessionWrites {
  deviceId: string;
  /** Patch of the existing device row (a new device is inserted at once, not here). */
  device: Partial<Omit<AcsDeviceRow, 'id'>> | null;
  cache: CacheOp[];
  events: { at: string; events: EventStruct[]; pruneTo: number | null } | null;
  tasks: TaskWrite[];
}

export function noWrites(deviceId: string): SessionWrites {
  return { deviceId, device: null, cache: [], events: null, tasks: [] };
}

export function hasWrites(w: SessionWrites): boolean {
  return w.device !== null || w.cache.length > 0 || w.events !== null || w.tasks.length > 0;
}

export function addCacheUpserts(w: SessionWrites, params: ParamStruct[], at: string): void {
  if (params.length === 0) return;
  let last = w.cache[w.cache.length - 1];
  // Upserts with no removal between them are one statement (a later value of a path wins).
  if (last?.kind !== 'upsert') {
    last = { kind: 'upsert', params: new Map() };
    w.cache.push(last);
  }
  for (const p of params) last.params.set(p.name, { ...p, at });
}

/**
 * The cache changes in order, folded into one set of rows to upsert and one removal, so that both
 * can be one statement with the same outcome: `upserts` are the rows that stand at the end (a later
 * value of a path wins; a row a later removal takes is not among them); `remove` takes the stored rows
 * a removal would have taken (`stale`: under a prefix and older than its cut-off, checked on the
 * stored row) and `dropped`, the paths upserted here and then removed. The removal leaves the paths
 * of `upserts` alone, so the two touch different rows.
 */
export function foldCache(ops: readonly CacheOp[]): {
  upserts: TimedParam[];
  remove: { stale: { prefix: string; before: string }[]; dropped: string[] };
} {
  const rows = new Map<string, TimedParam>();
  const dropped = new Set<string>();
  const stale: { prefix: string; before: string }[] = [];
  for (const op of ops) {
    if (op.kind === 'upsert') {
      for (const [path, row] of op.params) {
        rows.set(path, row);
        dropped.delete(path);
      }
      continue;
    }
    stale.push({ prefix: op.prefix, before: op.before });
    for (const [path, row] of rows) {
      if (path.startsWith(op.prefix) && row.at < op.before) {
        rows.delete(path);
        dropped.add(path);
      }
    }
  }
  return { upserts: [...rows.values()], remove: { stale, dropped: [...dropped] } };
}

/** After the session's transaction: each task write's follow-up, in order. */
export function afterCommit(w: SessionWrites, taskOk: boolean[], told: boolean[] = []): void {
  w.tasks.forEach((t, i) => t.then?.(taskOk[i] === true, told[i] === true));
}
