import { CompiledQuery, sql, type Kysely } from 'kysely';
import type {
  AcsDeviceRow,
  AcsEventRow,
  AcsParamRow,
  AcsTables,
  AcsTaskRow,
  AcsTaskStatus,
} from '../storage/tables/acs.js';
import { DEVICE_ROW_COLUMNS, DEVICE_SELECT, splitDevice } from './device-columns.js';
import {
  fitsOneStatement,
  noOwnCredentials,
  pgBeginSession,
  registered,
  pgCommitSession,
  type BegunSession,
  type REGISTERED_WITHOUT_OWN_CREDENTIALS,
} from './pg-session-sql.js';
import { likePrefix } from './sql-like.js';
import type { SessionWrites, TimedParam } from './session-writes.js';
import type { EventStruct, ParamStruct } from './soap.js';
import { redactParams } from './task-steps.js';

// All SQL of the ACS. Works unchanged on SQLite and PostgreSQL.

const PARAM_BATCH = 200;

export { likePrefix };

export interface ConnectionRequestFacts {
  url: string | null;
  crUsername: string | null;
  crPasswordEnc: string | null;
  udpAddress: string | null;
  natDetected: string | null;
  /** With `lockName`: whether a session holds that lock now (an unexpired lease). */
  inSession?: boolean | number | null;
}

export type NewTask = Pick<
  AcsTaskRow,
  'id' | 'device_id' | 'name' | 'args' | 'stage' | 'max_attempts' | 'expires_at'
> & {
  status?: AcsTaskStatus;
};

const COLUMN = /^[a-z_]+$/;
const OPEN_STATUSES = ['pending', 'running', 'waiting'] as const;

function setClause(patch: Record<string, unknown>, values: unknown[]): string {
  return Object.entries(patch)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      if (!COLUMN.test(k)) throw new Error(`bad column ${k}`);
      values.push(v);
      return `"${k}" = ?`;
    })
    .join(', ');
}

export class AcsStore {
  constructor(
    readonly db: Kysely<AcsTables>,
    readonly engine: 'sqlite' | 'postgres' = 'sqlite',
  ) {}

  /**
   * The statements every CWMP session runs, as SQL text: building them with the query builder
   * each time cost more than running them. `?` placeholders (numbered on PostgreSQL).
   */
  private async run<R>(text: string, values: readonly unknown[]): Promise<{ rows: R[]; changed: number }> {
    let n = 0;
    const q = this.engine === 'postgres' ? text.replace(/\?/g, () => `$${++n}`) : text;
    const r = await this.db.executeQuery<R>(CompiledQuery.raw(q, [...values]));
    return { rows: r.rows, changed: Number(r.numAffectedRows ?? 0) };
  }

  // ---- devices ----

  async getDevice(id: string): Promise<AcsDeviceRow | undefined> {
    return (await this.run<AcsDeviceRow>(`${DEVICE_SELECT} where d.id = ?`, [id])).rows[0];
  }

  /**
   * Registers a device at its first Inform. A device the inventory lists keeps its service link
   * unless it has none; what the router says of itself (model, firmware) wins.
   */
  async insertDevice(row: AcsDeviceRow): Promise<void> {
    const { device, state } = splitDevice(row);
    await this.db
      .insertInto('devices')
      .values(device)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          manufacturer: eb.fn.coalesce('excluded.manufacturer', 'devices.manufacturer'),
          model: eb.fn.coalesce('excluded.model', 'devices.model'),
          firmware: eb.fn.coalesce('excluded.firmware', 'devices.firmware'),
          service_id: eb.fn.coalesce('devices.service_id', 'excluded.service_id'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
    await this.db
      .insertInto('acs_device_state')
      .values({ ...state, device_id: row.id })
      .onConflict((oc) => oc.column('device_id').doNothing())
      .execute();
  }

  /** One statement per table the patch touches (a session's usual patch: the state only). */
  async updateDevice(id: string, patch: Partial<Omit<AcsDeviceRow, 'id'>>): Promise<void> {
    const { device, state } = splitDevice(patch);
    for (const [table, key, cols] of [
      ['devices', 'id', device],
      ['acs_device_state', 'device_id', state],
    ] as const) {
      const values: unknown[] = [];
      const set = setClause(cols, values);
      if (set) await this.run(`update ${table} set ${set} where ${key} = ?`, [...values, id]);
    }
  }

  private devices() {
    return this.db
      .selectFrom('devices as d')
      .innerJoin('acs_device_state as s', 's.device_id', 'd.id')
      .select(DEVICE_ROW_COLUMNS);
  }

  listDevices(limit: number, offset: number, serviceId?: string): Promise<AcsDeviceRow[]> {
    let q = this.devices();
    if (serviceId) q = q.where('d.service_id', '=', serviceId);
    return q.orderBy('d.id').limit(limit).offset(offset).execute();
  }

  async countDevices(serviceId?: string): Promise<number> {
    let q = this.db
      .selectFrom('devices as d')
      .innerJoin('acs_device_state as s', 's.device_id', 'd.id')
      .select((eb) => eb.fn.countAll<string | number>().as('n'));
    if (serviceId) q = q.where('d.service_id', '=', serviceId);
    const r = await q.executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  /** Every device row (the NBI filters them in memory). */
  allDevices(): Promise<AcsDeviceRow[]> {
    return this.devices().orderBy('d.id').execute();
  }

  /** Cached values of these exact paths or under these prefixes, for many devices at once. */
  async paramsOf(deviceIds: string[], exact: string[], prefixes: string[]): Promise<AcsParamRow[]> {
    if (deviceIds.length === 0 || (exact.length === 0 && prefixes.length === 0)) return [];
    const out: AcsParamRow[] = [];
    for (let i = 0; i < deviceIds.length; i += PARAM_BATCH) {
      const rows = await this.db
        .selectFrom('acs_params')
        .selectAll()
        .where('device_id', 'in', deviceIds.slice(i, i + PARAM_BATCH))
        .where((eb) =>
          eb.or([
            ...(exact.length ? [eb('path', 'in', exact)] : []),
            ...prefixes.map((p) => sql<boolean>`path like ${likePrefix(p)} escape '\\'`),
          ]),
        )
        .execute();
      out.push(...rows);
    }
    return out;
  }

  // ---- tags ----

  async tagsOf(deviceIds: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (let i = 0; i < deviceIds.length; i += PARAM_BATCH) {
      const rows = await this.db
        .selectFrom('acs_device_tags')
        .select(['device_id', 'tag'])
        .where('device_id', 'in', deviceIds.slice(i, i + PARAM_BATCH))
        .orderBy('tag')
        .execute();
      for (const r of rows) out.set(r.device_id, [...(out.get(r.device_id) ?? []), r.tag]);
    }
    return out;
  }

  async addTag(deviceId: string, tag: string, at: string): Promise<void> {
    await this.db
      .insertInto('acs_device_tags')
      .values({ device_id: deviceId, tag, created_at: at })
      .onConflict((oc) => oc.columns(['device_id', 'tag']).doNothing())
      .execute();
  }

  async removeTag(deviceId: string, tag: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('acs_device_tags')
      .where('device_id', '=', deviceId)
      .where('tag', '=', tag)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** Faulted tasks, newest first (the NBI's faults). */
  faultedTasks(limit: number): Promise<AcsTaskRow[]> {
    return this.db
      .selectFrom('acs_tasks')
      .selectAll()
      .where('status', '=', 'fault')
      .orderBy('updated_at', 'desc')
      .limit(limit)
      .execute();
  }

  /** Open tasks of all devices (the NBI's task list). */
  allOpenTasks(limit: number): Promise<AcsTaskRow[]> {
    return this.db
      .selectFrom('acs_tasks')
      .selectAll()
      .where('status', 'in', ['pending', 'running', 'waiting'])
      .orderBy('created_at')
      .limit(limit)
      .execute();
  }

  findByService(serviceId: string): Promise<AcsDeviceRow | undefined> {
    return this.devices()
      .where('d.service_id', '=', serviceId)
      .orderBy('s.last_inform_at', 'desc')
      .executeTakeFirst();
  }

  // ---- parameter cache ----

  /** Caches values; secrets (passwords, keys) are cached blank: they never leave the router through the ACS. */
  async upsertParams(deviceId: string, params: ParamStruct[], at: string): Promise<void> {
    await this.upsertTimedParams(
      deviceId,
      params.map((p) => ({ ...p, at })),
    );
  }

  /** As upsertParams, each value with its own time. */
  async upsertTimedParams(deviceId: string, params: TimedParam[]): Promise<void> {
    if (params.length === 0) return;
    // One value per path per batch: ON CONFLICT cannot touch the same row twice in one statement.
    const unique = new Map<string, TimedParam>();
    for (const p of redactParams(params)) unique.set(p.name, p);
    const rows = [...unique.values()].map((p) => ({
      device_id: deviceId,
      path: p.name,
      value: p.value,
      type: p.type,
      at: p.at,
    }));
    for (let i = 0; i < rows.length; i += PARAM_BATCH) {
      const batch = rows.slice(i, i + PARAM_BATCH);
      await this.run(
        `insert into acs_params (device_id, path, value, type, at) values ${batch.map(() => '(?, ?, ?, ?, ?)').join(', ')} ` +
          'on conflict (device_id, path) do update set value = excluded.value, type = excluded.type, at = excluded.at',
        batch.flatMap((r) => [r.device_id, r.path, r.value, r.type, r.at]),
      );
    }
  }

  /** Removes cached parameters under `prefix` that were not refreshed at `at` (the object no longer has them). */
  async deleteStaleUnder(deviceId: string, prefix: string, at: string): Promise<void> {
    await this.db
      .deleteFrom('acs_params')
      .where('device_id', '=', deviceId)
      .where(sql<boolean>`path like ${likePrefix(prefix)} escape '\\'`)
      .where('at', '<', at)
      .execute();
  }

  /**
   * What a connection request needs, in one statement: the router's ConnectionRequestURL and its
   * connection-request credentials (encrypted) as stored, and its UDPConnectionRequestAddress and
   * NATDetected as it last reported them.
   */
  async connectionRequestFacts(
    deviceId: string,
    root: string,
    /** Also whether a session holds this lock at `nowIso` (in the same statement). */
    session?: { lockName: string; nowIso: string },
  ): Promise<ConnectionRequestFacts> {
    const ms = `${root}ManagementServer.`;
    const value = 'select value from acs_params where device_id = ? and path = ?';
    const held = session
      ? ', exists (select 1 from acs_locks where name = ? and expires_at >= ?) as "inSession" '
      : ' ';
    const r = await this.run<ConnectionRequestFacts>(
      `select s.connection_request_url as url, c.cr_username as "crUsername", c.cr_password_enc as "crPasswordEnc", ` +
        `(${value}) as "udpAddress", (${value}) as "natDetected"${held}` +
        'from (select cast(? as text) as id) k ' +
        'left join acs_device_state s on s.device_id = k.id left join acs_credentials c on c.device_id = k.id',
      [
        deviceId,
        `${ms}UDPConnectionRequestAddress`,
        deviceId,
        `${ms}NATDetected`,
        ...(session ? [session.lockName, session.nowIso] : []),
        deviceId,
      ],
    );
    return r.rows[0]!;
  }

  getParams(deviceId: string, paths: string[]): Promise<AcsParamRow[]> {
    if (paths.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('acs_params')
      .selectAll()
      .where('device_id', '=', deviceId)
      .where('path', 'in', paths)
      .execute();
  }

  getParamsUnder(deviceId: string, prefix: string): Promise<AcsParamRow[]> {
    return this.db
      .selectFrom('acs_params')
      .selectAll()
      .where('device_id', '=', deviceId)
      .where(sql<boolean>`path like ${likePrefix(prefix)} escape '\\'`)
      .orderBy('path')
      .execute();
  }

  allParams(deviceId: string): Promise<AcsParamRow[]> {
    return this.db
      .selectFrom('acs_params')
      .selectAll()
      .where('device_id', '=', deviceId)
      .orderBy('path')
      .execute();
  }

  // ---- events ----

  async addEvents(deviceId: string, at: string, events: EventStruct[]): Promise<void> {
    await this.run('insert into acs_events (device_id, at, events) values (?, ?, ?)', [
      deviceId,
      at,
      JSON.stringify(events),
    ]);
  }

  /** Keeps the newest `keep` event rows of a device. */
  async pruneEvents(deviceId: string, keep: number): Promise<void> {
    const cut = await this.db
      .selectFrom('acs_events')
      .select('id')
      .where('device_id', '=', deviceId)
      .orderBy('id', 'desc')
      .offset(keep)
      .limit(1)
      .executeTakeFirst();
    if (cut)
      await this.db
        .deleteFrom('acs_events')
        .where('device_id', '=', deviceId)
        .where('id', '<=', cut.id)
        .execute();
  }

  async listEvents(
    deviceId: string,
    limit: number,
  ): Promise<(Omit<AcsEventRow, 'events'> & { events: EventStruct[] })[]> {
    const rows = await this.db
      .selectFrom('acs_events')
      .selectAll()
      .where('device_id', '=', deviceId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...r, id: Number(r.id), events: JSON.parse(r.events) as EventStruct[] }));
  }

  // ---- tasks ----

  async createTask(t: NewTask, now: string): Promise<AcsTaskRow> {
    const row: AcsTaskRow = {
      id: t.id,
      device_id: t.device_id,
      name: t.name,
      args: t.args,
      status: t.status ?? 'pending',
      stage: t.stage,
      attempts: 0,
      max_attempts: t.max_attempts,
      next_attempt_at: now,
      expires_at: t.expires_at,
      result: null,
      fault: null,
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto('acs_tasks').values(row).execute();
    return row;
  }

  getTask(id: string): Promise<AcsTaskRow | undefined> {
    return this.db.selectFrom('acs_tasks').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Several tasks in one statement (those that exist, in no particular order). */
  getTasks(ids: readonly string[]): Promise<AcsTaskRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('acs_tasks').selectAll().where('id', 'in', ids).execute();
  }

  listTasks(deviceId: string, limit = 200): Promise<AcsTaskRow[]> {
    return this.db
      .selectFrom('acs_tasks')
      .selectAll()
      .where('device_id', '=', deviceId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  /** Tasks of a device that are queued or waiting for an event, oldest first. */
  async openTasks(deviceId: string): Promise<AcsTaskRow[]> {
    const r = await this.run<AcsTaskRow>(
      'select * from acs_tasks where device_id = ? and status in (?, ?, ?) order by created_at, id',
      [deviceId, ...OPEN_STATUSES],
    );
    return r.rows;
  }

  /**
   * Tasks past their deadline, and tasks running or waiting without progress since `orphanCutoff`
   * (their session died, or the event they wait for never came).
   */
  staleTasks(nowIso: string, orphanCutoff: string, limit: number): Promise<AcsTaskRow[]> {
    return this.db
      .selectFrom('acs_tasks')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb.and([eb('status', 'in', ['pending', 'running', 'waiting']), eb('expires_at', '<', nowIso)]),
          eb.and([eb('status', 'in', ['running', 'waiting']), eb('updated_at', '<', orphanCutoff)]),
        ]),
      )
      .limit(limit)
      .execute();
  }

  /** Compare-and-set update: applies `patch` only while the task is in one of `from`. */
  async updateTaskIf(
    id: string,
    from: AcsTaskStatus[],
    patch: Partial<Omit<AcsTaskRow, 'id'>>,
  ): Promise<boolean> {
    const values: unknown[] = [];
    const set = setClause(patch, values);
    const r = await this.run(
      `update acs_tasks set ${set} where id = ? and status in (${from.map(() => '?').join(', ')})`,
      [...values, id, ...from],
    );
    return r.changed > 0;
  }

  async deleteTask(id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('acs_tasks').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  // ---- a CWMP session's reads and writes ----

  /**
   * Takes the session lock and reads the device's open tasks (and its row, unless read already).
   * With `onlyIf`, the lock is taken only while the router is registered and has no credentials of
   * its own (what admits the fleet's shared login without reading them first); `admitted` says
   * whether that held. On PostgreSQL one statement.
   */
  async beginSession(q: {
    deviceId: string;
    lockName: string;
    owner: string;
    nowIso: string;
    expiresIso: string;
    readDevice: boolean;
    onlyIf?: typeof REGISTERED_WITHOUT_OWN_CREDENTIALS;
    /** PostgreSQL, with `onlyIf`: the service of a router whose row has none, looked up with it (BegunSession.unlinkedService). */
    unlinked?: (param: (value: unknown) => string) => string;
  }): Promise<BegunSession> {
    if (this.engine === 'postgres') return pgBeginSession(this.db, q);
    const locked = await this.acquireLock(
      q.lockName,
      q.owner,
      q.nowIso,
      q.expiresIso,
      q.onlyIf ? `${registered('?')} and ${noOwnCredentials('?')}` : undefined,
      q.onlyIf ? [q.deviceId, q.deviceId] : [],
    );
    if (!locked) {
      // Not taken: held by another session, or (with `onlyIf`) the condition did not hold.
      if (!q.onlyIf) return { locked: false, admitted: true, device: undefined, tasks: [] };
      const r = await this.run<AcsDeviceRow & { unowned?: number }>(
        `select ${DEVICE_ROW_COLUMNS.join(', ')}, ${noOwnCredentials('d.id')} as unowned ` +
          'from devices d join acs_device_state s on s.device_id = d.id where d.id = ?',
        [q.deviceId],
      );
      const found = r.rows[0];
      const admitted = Number(found?.unowned) === 1;
      if (found) delete found.unowned;
      return { locked: false, admitted, device: found, tasks: [] };
    }
    const device = q.readDevice || q.onlyIf ? await this.getDevice(q.deviceId) : undefined;
    return { locked: true, admitted: true, device, tasks: await this.openTasks(q.deviceId) };
  }

  /**
   * Writes what a session kept (device row, cache changes, events, task outcomes) in one
   * transaction. With `end`, the same transaction then reads the device's open tasks and gives up
   * the session lock unless `keepLock(open)` (tasks queued while the session ran, to run in it).
   * `taskOk[i]`: whether the i-th task write applied (its status was still one of `from`).
   */
  async commitSession(
    w: SessionWrites,
    end?: { lockName: string; owner: string; keepLock: (open: AcsTaskRow[]) => boolean },
  ): Promise<{ taskOk: boolean[]; told: boolean[]; open: AcsTaskRow[] | null; released: boolean }> {
    if (this.engine === 'postgres' && fitsOneStatement(w)) {
      // One round trip; the lock stays when tasks are left that the session is to run.
      const written = w.tasks
        .map((t) => ({ ...t.task, ...t.patch }))
        .filter((t) => OPEN_STATUSES.some((s) => s === t.status));
      const r = await pgCommitSession(
        this.db,
        w,
        end && { lockName: end.lockName, owner: end.owner, freeOpen: !end.keepLock(written) },
      );
      if (!end) return r;
      const open = r.open ?? (await this.openTasks(w.deviceId));
      if (r.released || end.keepLock(open)) return { ...r, open };
      await this.releaseLock(end.lockName, end.owner);
      return { ...r, open, released: true };
    }
    return this.db.transaction().execute(async (trx) => {
      const s = new AcsStore(trx, this.engine);
      if (w.device) await s.updateDevice(w.deviceId, w.device);
      for (const op of w.cache) {
        if (op.kind === 'upsert') await s.upsertTimedParams(w.deviceId, [...op.params.values()]);
        else await s.deleteStaleUnder(w.deviceId, op.prefix, op.before);
      }
      if (w.events) {
        await s.addEvents(w.deviceId, w.events.at, w.events.events);
        if (w.events.pruneTo !== null) await s.pruneEvents(w.deviceId, w.events.pruneTo);
      }
      const taskOk: boolean[] = [];
      for (const t of w.tasks) taskOk.push(await s.updateTaskIf(t.task.id, t.from, t.patch));
      // Notifications do not go with these writes: the task changes are told after the commit.
      const told = w.tasks.map(() => false);
      if (!end) return { taskOk, told, open: null, released: false };
      const open = await s.openTasks(w.deviceId);
      const release = !end.keepLock(open);
      if (release) await s.releaseLock(end.lockName, end.owner);
      return { taskOk, told, open, released: release };
    });
  }

  // ---- locks ----

  /**
   * Takes (or renews) lease `name` for `owner`: an atomic upsert that only wins over an expired
   * lease. `when`: SQL that must hold for a new lease to be taken (with its `whenValues`).
   */
  async acquireLock(
    name: string,
    owner: string,
    nowIso: string,
    expiresIso: string,
    when?: string,
    whenValues: readonly unknown[] = [],
  ): Promise<boolean> {
    const r = await this.run<{ owner: string }>(
      `insert into acs_locks (name, owner, expires_at) ${when ? `select ?, ?, ? where ${when}` : 'values (?, ?, ?)'} ` +
        'on conflict (name) do update set owner = excluded.owner, expires_at = excluded.expires_at ' +
        'where acs_locks.expires_at < ? or acs_locks.owner = excluded.owner returning owner',
      [name, owner, expiresIso, ...whenValues, nowIso],
    );
    return r.rows[0]?.owner === owner;
  }

  async releaseLock(name: string, owner: string): Promise<void> {
    await this.run('delete from acs_locks where name = ? and owner = ?', [name, owner]);
  }

  async lockHolder(name: string, nowIso: string): Promise<string | null> {
    const r = await this.db
      .selectFrom('acs_locks')
      .select('owner')
      .where('name', '=', name)
      .where('expires_at', '>=', nowIso)
      .executeTakeFirst();
    return r?.owner ?? null;
  }
}
