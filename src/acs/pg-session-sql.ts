import { CompiledQuery, type Kysely } from 'kysely';
import type { AcsDeviceRow, AcsTables, AcsTaskRow } from '../storage/tables/acs.js';
import { DEVICE_SELECT, splitDevice } from './device-columns.js';
import { foldCache, type SessionWrites } from './session-writes.js';
import { likePrefix } from './sql-like.js';
import { redactParams } from './task-steps.js';

// A CWMP session's start and end on PostgreSQL as one statement each (one round trip): the lock
// with the device row (the device and its ACS state) and its open tasks; and the session's writes
// as data-modifying CTEs, with the open tasks read back and the lock given up when none is left. Shapes the single statement
// cannot hold (cache removals, event pruning, a task written twice) go the transaction's way.

const OPEN_TASKS = `t.status in ('pending', 'running', 'waiting')`;
const OPEN = new Set(['pending', 'running', 'waiting']);
const COLUMN = /^[a-z_]+$/;
const MAX_ROWS = 200;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

function sets(patch: Record<string, unknown>, p: Params): string {
  return Object.entries(patch)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      if (!COLUMN.test(k)) throw new Error(`bad column ${k}`);
      return `"${k}" = ${p.add(v)}`;
    })
    .join(', ');
}

/** What decides a session's start without another read: its router is registered and has no credentials of its own. */
export const REGISTERED_WITHOUT_OWN_CREDENTIALS = 'registered-without-own-credentials';

/** SQL that is true when device `id` (a placeholder or column) is registered with the ACS (has its state row). */
export const registered = (id: string) =>
  `exists (select 1 from devices d join acs_device_state s on s.device_id = d.id where d.id = ${id})`;

/** SQL that is true when device `id` (a placeholder or column) has no ACS credentials of its own. */
export const noOwnCredentials = (id: string) =>
  `not exists (select 1 from acs_credentials c where c.device_id = ${id} and c.username is not null and c.password_enc is not null)`;

export interface BegunSession {
  /**
   * With `unlinked`: the service of the router found by that SQL when its row (`device`) has none —
   * null when none was found; undefined when not looked up (no row, or the row has a service).
   */
  unlinkedService?: string | null;
  locked: boolean;
  /** With `onlyIf`: whether the condition held (else the lock was not taken, and `device` is as read). */
  admitted: boolean;
  device: AcsDeviceRow | undefined;
  tasks: AcsTaskRow[];
}

export async function pgBeginSession(
  db: Kysely<AcsTables>,
  q: {
    deviceId: string;
    lockName: string;
    owner: string;
    nowIso: string;
    expiresIso: string;
    onlyIf?: typeof REGISTERED_WITHOUT_OWN_CREDENTIALS;
    /** With `onlyIf`: the service of a router whose row has none, looked up in the same statement. */
    unlinked?: (param: (value: unknown) => string) => string;
  },
): Promise<BegunSession> {
  const lock = (rows: string) =>
    `l as (insert into acs_locks (name, owner, expires_at) ${rows} ` +
    `on conflict (name) do update set owner = excluded.owner, expires_at = excluded.expires_at ` +
    `where acs_locks.expires_at < $4 or acs_locks.owner = $2 returning owner)`;
  const tasks =
    `(select coalesce(json_agg(t order by t.created_at, t.id), '[]'::json) from acs_tasks t ` +
    `where t.device_id = $5 and ${OPEN_TASKS}) as tasks`;
  const values: unknown[] = [q.lockName, q.owner, q.expiresIso, q.nowIso, q.deviceId];
  // The service of a router whose row has none, as the session would look it up after this statement.
  const param = (v: unknown) => `$${values.push(v)}::text`;
  const unlinked =
    q.onlyIf && q.unlinked
      ? `, case when exists (select 1 from dv where dv.service_id is null) ` +
        `then (${q.unlinked(param)}) end as service, ` +
        `exists (select 1 from dv where dv.service_id is null) as unlinked`
      : '';
  // With `onlyIf`, the lock is inserted only while the condition holds, judged in the same statement.
  const text = q.onlyIf
    ? `with dv as (${DEVICE_SELECT} where d.id = $5), ` +
      `k as (select ${registered('$5')} and ${noOwnCredentials('$5')} as ok), ` +
      `${lock('select $1::text, $2::text, $3::text where (select ok from k)')} ` +
      `select (select owner from l) as owner, (select ok from k) as admitted, ` +
      `(select row_to_json(dv) from dv) as device, ${tasks}${unlinked}`
    : `with ${lock('values ($1, $2, $3)')} ` +
      `select (select owner from l) as owner, true as admitted, ` +
      `(select row_to_json(x) from (${DEVICE_SELECT} where d.id = $5) x) as device, ${tasks}`;
  const r = await db.executeQuery<{
    owner: string | null;
    admitted: boolean;
    device: AcsDeviceRow | null;
    tasks: AcsTaskRow[];
    service?: string | null;
    unlinked?: boolean;
  }>(CompiledQuery.raw(text, values));
  const row = r.rows[0]!;
  return {
    locked: row.owner === q.owner,
    admitted: row.admitted,
    device: row.device ?? undefined,
    tasks: row.tasks,
    ...(row.unlinked === true ? { unlinkedService: row.service ?? null } : {}),
  };
}

/** Whether the writes fit in one statement (cache removals included: see foldCache). */
export function fitsOneStatement(w: SessionWrites): boolean {
  if (w.events?.pruneTo != null) return false;
  if (foldCache(w.cache).upserts.length > MAX_ROWS) return false;
  return new Set(w.tasks.map((t) => t.task.id)).size === w.tasks.length;
}

export interface PgCommitResult {
  taskOk: boolean[];
  /** Whether each task write's notification went out with it (it applied and had one). */
  told: boolean[];
  /** Open tasks after the writes (null without `end`, or when they must be read again). */
  open: AcsTaskRow[] | null;
  released: boolean;
}

export async function pgCommitSession(
  db: Kysely<AcsTables>,
  w: SessionWrites,
  /**
   * `freeOpen`: whether the tasks written here that stay open (e.g. waiting for the router's reboot)
   * leave the session nothing to do, so that the lock can go with them when no other task is open.
   */
  end?: { lockName: string; owner: string; freeOpen?: boolean },
): Promise<PgCommitResult> {
  const p = new Params();
  const ctes: string[] = [];
  if (w.device) {
    const { device, state } = splitDevice(w.device);
    const d = sets(device, p);
    if (d) ctes.push(`d as (update devices set ${d} where id = ${p.add(w.deviceId)})`);
    const s = sets(state, p);
    if (s) ctes.push(`s as (update acs_device_state set ${s} where device_id = ${p.add(w.deviceId)})`);
  }
  const { upserts, remove } = foldCache(w.cache);
  if (remove.stale.length > 0 || remove.dropped.length > 0) {
    // The rows the removals take, apart from those upserted below (the two never touch one row).
    const which = [
      ...remove.stale.map(
        (r) => `(path like ${p.add(likePrefix(r.prefix))} escape '\\' and at < ${p.add(r.before)})`,
      ),
      ...(remove.dropped.length ? [`path = any(${p.add(remove.dropped)}::text[])`] : []),
    ];
    ctes.push(
      `c as (delete from acs_params where device_id = ${p.add(w.deviceId)} ` +
        `and not (path = any(${p.add(upserts.map((r) => r.name))}::text[])) and (${which.join(' or ')}))`,
    );
  }
  if (upserts.length > 0) {
    const dev = p.add(w.deviceId);
    const rows = redactParams(upserts).map(
      (r) => `(${dev}, ${p.add(r.name)}, ${p.add(r.value)}, ${p.add(r.type)}, ${p.add(r.at)})`,
    );
    ctes.push(
      `p as (insert into acs_params (device_id, path, value, type, at) values ${rows.join(', ')} ` +
        `on conflict (device_id, path) do update set value = excluded.value, type = excluded.type, at = excluded.at)`,
    );
  }
  if (w.events)
    ctes.push(
      `e as (insert into acs_events (device_id, at, events) values (${p.add(w.deviceId)}, ${p.add(w.events.at)}, ${p.add(JSON.stringify(w.events.events))}))`,
    );
  w.tasks.forEach((t, i) => {
    const from = t.from.map((s) => p.add(s)).join(', ');
    ctes.push(
      `t${i} as (update acs_tasks set ${sets(t.patch, p)} where id = ${p.add(t.task.id)} and status in (${from}) returning 1)`,
    );
    // The change told to the other instances only when the write applied; sent at commit.
    if (t.notify)
      ctes.push(
        `n${i} as (select pg_notify(${p.add(t.notify.channel)}, ${p.add(t.notify.text)}) from t${i})`,
      );
  });
  const cols = w.tasks.flatMap((t, i) => [
    `(select count(*) from t${i})::int as t${i}`,
    ...(t.notify ? [`(select count(*) from n${i})::int as n${i}`] : []),
  ]);
  let written: string;
  if (end) {
    written = p.add(w.tasks.map((t) => t.task.id));
    const dev = p.add(w.deviceId);
    cols.push(
      `(select coalesce(json_agg(t order by t.created_at, t.id), '[]'::json) from acs_tasks t ` +
        `where t.device_id = ${dev} and ${OPEN_TASKS} and not (t.id = any(${written}::text[]))) as open`,
    );
    // The lock goes when no other task is open and those written here are finished (or open with
    // nothing for the session to do).
    if (end.freeOpen === true || !w.tasks.some((t) => OPEN.has(t.patch.status ?? t.task.status))) {
      ctes.push(
        `l as (delete from acs_locks where name = ${p.add(end.lockName)} and owner = ${p.add(end.owner)} ` +
          `and not exists (select 1 from acs_tasks t where t.device_id = ${dev} and ${OPEN_TASKS} ` +
          `and not (t.id = any(${written}::text[]))) returning 1)`,
      );
      cols.push(`(select count(*) from l)::int as released`);
    }
  }
  if (cols.length === 0) cols.push('1 as one');
  const text = `${ctes.length ? `with ${ctes.join(', ')} ` : ''}select ${cols.join(', ')}`;
  const r = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, p.values));
  const row = r.rows[0]!;
  const taskOk = w.tasks.map((_, i) => Number(row[`t${i}`]) > 0);
  const told = w.tasks.map((_, i) => Number(row[`n${i}`] ?? 0) > 0);
  if (!end) return { taskOk, told, open: null, released: false };
  // What the statement could not see: the written tasks as they are now.
  if (taskOk.some((ok) => !ok)) return { taskOk, told, open: null, released: Number(row.released ?? 0) > 0 };
  const open = [
    ...(row.open as AcsTaskRow[]),
    ...w.tasks
      .filter((t) => OPEN.has(t.patch.status ?? t.task.status))
      .map((t) => ({ ...t.task, ...t.patch })),
  ].sort((a, b) => cmp(a.created_at, b.created_at) || cmp(a.id, b.id));
  return { taskOk, told, open, released: Number(row.released ?? 0) > 0 };
}
