import { randomBytes } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import type { AcsDeviceRow, AcsTaskRow } from '../storage/tables/acs.js';
import type { ResolvedAcsConfig } from './config.js';
import { sendConnectionRequest, type CrResult } from './connection-request.js';
import type { CredentialStore } from './credentials.js';
import type { Credentials } from './digest.js';
import { newTaskId } from './ids.js';
import { sendUdpConnectionRequest } from './stun/udp-connection-request.js';
import { LOCK_PREFIX, type SessionManager } from './session.js';
import type { AcsStore } from './store.js';
import type { TaskNotification } from './session-writes.js';
import { redactArgs, type TaskName } from './task-steps.js';

// Queueing tasks, starting sessions with connection requests, and waiting for task outcomes:
// event-driven in this process; for sessions run by other instances, by their task changes over the
// live bus (shareEvents, PostgreSQL LISTEN/NOTIFY) with a slow poll of the task row as a safety net,
// or by polling the row alone when no bus is shared.

export const TERMINAL = new Set<AcsTaskRow['status']>(['done', 'fault', 'expired', 'cancelled']);

export interface TaskQueueDeps {
  store: AcsStore;
  sessions: SessionManager;
  events: EventEmitter;
  config: ResolvedAcsConfig;
  log: Logger;
  now: () => Date;
  credentials: CredentialStore;
}

/** Where task changes are told to (and heard from) the other instances: the desk's live bus. */
export interface TaskEventBus {
  publish(topic: string, payload: unknown): Promise<void>;
  subscribe(topic: string, handler: (payload: unknown) => void): () => void;
  /** The NOTIFY `publish` would send, for a statement to send itself (PostgreSQL only; null: too large). */
  notification?(topic: string, payload: unknown): TaskNotification | null;
}

export const TASK_TOPIC = 'acs-task';

/**
 * Task changes that can settle a waiter on another instance: finished, waiting for an event, or
 * queued again (after a fault, or a diagnostic's next step). 'running' settles no one, and a task's
 * first 'pending' comes from its own waiter's instance (enqueue).
 */
function sharedChange(e: TaskEvent): boolean {
  return e.status !== 'running' && e.queued !== true;
}

interface TaskEvent {
  taskId: string;
  deviceId: string;
  name: string;
  status: string;
  /** Emitted by enqueue: the task was just created here. */
  queued?: true;
  /** The task as this process just wrote it (a session finishing or parking it): no need to read it back. */
  row?: AcsTaskRow;
  /** The other instances were told by the statement that wrote it (no NOTIFY after it). */
  told?: true;
}

/** A task row travels with its change on the bus up to this size (NOTIFY carries less than 8,000 bytes). */
const ROW_ON_BUS_BYTES = 6_000;

/** How many tasks queued here and not yet waited for are kept track of (beyond it the oldest is read back). */
const UNCLAIMED_KEPT = 10_000;

/**
 * The waiters' handlers of one event ('task', 'sessionEnd') by key (a task's id, a device's id): an
 * event runs the handlers of its own key only. One listener per waiter on the shared emitter ran
 * every waiter's handler for every task change and session end — hundreds each under load, most
 * of them to find the event was not theirs. The one listener is on the emitter while any handler
 * is, and added after those that listened before, where the waiters' own listeners were.
 */
class KeyedListeners<E> {
  private readonly byKey = new Map<string, Set<(e: E) => void>>();
  private count = 0;
  private readonly listener = (e: E) => {
    const handlers = this.byKey.get(this.keyOf(e));
    if (!handlers) return;
    // As the emitter does: the handlers present when the event came, even if one removes another.
    for (const h of handlers.size === 1 ? handlers : [...handlers]) h(e);
  };

  constructor(
    private readonly events: EventEmitter,
    private readonly name: string,
    private readonly keyOf: (e: E) => string,
  ) {}

  add(key: string, handler: (e: E) => void): void {
    let handlers = this.byKey.get(key);
    if (!handlers) this.byKey.set(key, (handlers = new Set()));
    if (handlers.has(handler)) return;
    handlers.add(handler);
    if (this.count++ === 0) this.events.on(this.name, this.listener);
  }

  delete(key: string, handler: (e: E) => void): void {
    const handlers = this.byKey.get(key);
    if (!handlers?.delete(handler)) return;
    if (handlers.size === 0) this.byKey.delete(key);
    if (--this.count === 0) this.events.off(this.name, this.listener);
  }
}

export class WaitTimeout extends Error {
  constructor(readonly task: AcsTaskRow | undefined) {
    super('timed out waiting for the device');
  }
}

export class TaskQueue {
  private readonly crInflight = new Map<string, Promise<CrResult>>();
  private closed = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly sweeper: NodeJS.Timeout;
  /** Waiters in this process by task id: what they re-check when the task changes elsewhere. */
  private readonly waiters = new Map<string, Set<(row?: AcsTaskRow) => void>>();
  private pollMs: number;
  private unshare: (() => void) | null = null;
  /** Waiters in this process: their task's changes, by task id, and their router's session ends, by device id. */
  private readonly onTaskOf: KeyedListeners<TaskEvent>;
  private readonly onSessionEndOf: KeyedListeners<{ deviceId: string }>;
  /**
   * Tasks queued here that no waiter has taken up yet, with the last change heard meanwhile (null:
   * none). Only kept while every change can be heard (events here, the others' over the live bus),
   * so that a waiter taking up a task nothing happened to need not read back the row just written.
   */
  /** Tells this instance's changes on the bus apart from the others'. */
  private readonly instance = randomBytes(6).toString('hex');
  private readonly unclaimed = new Map<string, TaskEvent | { taskId: string; row?: AcsTaskRow } | null>();

  /** Task rows the waiters asked for in this turn of the event loop, read together (`readTask`). */
  private readonly toRead = new Map<
    string,
    { resolve: (r?: AcsTaskRow) => void; reject: (e: unknown) => void }[]
  >();

  constructor(private readonly d: TaskQueueDeps) {
    this.sweeper = setInterval(
      () => void this.sweep().catch((e: unknown) => d.log.warn({ err: e }, 'acs: task sweep failed')),
      d.config.tasks.sweepIntervalMs,
    );
    this.sweeper.unref();
    this.pollMs = d.config.tasks.pollIntervalMs;
    this.onTaskOf = new KeyedListeners(d.events, 'task', (e) => e.taskId);
    this.onSessionEndOf = new KeyedListeners(d.events, 'sessionEnd', (e) => e.deviceId);
    d.events.on('task', (e: TaskEvent) => {
      if (e.status !== 'running' && e.queued !== true && this.unclaimed.has(e.taskId))
        this.unclaimed.set(e.taskId, e);
    });
  }

  /**
   * Several instances on one database: tells the others about this instance's task changes and
   * wakes this instance's waiters on theirs, so a waiter learns at once that a session on another
   * instance finished its task, instead of by polling the row every `pollIntervalMs`. The row is then
   * re-read every `sharedPollIntervalMs`, in case a notification was lost.
   */
  shareEvents(bus: TaskEventBus): void {
    if (this.unshare) return;
    const { events, log } = this.d;
    // A waiter here hears it anyway; nobody elsewhere waits for a task queued here a moment ago.
    const toTell = (e: TaskEvent) => sharedChange(e) && !this.waiters.has(e.taskId);
    const payload = (e: TaskEvent) => ({
      taskId: e.taskId,
      status: e.status,
      from: this.instance,
      // The row as written, when it is known and small enough for a notification: not read back there.
      ...(e.row && Buffer.byteLength(JSON.stringify(e.row)) <= ROW_ON_BUS_BYTES ? { row: e.row } : {}),
    });
    const onTask = (e: TaskEvent) => {
      if (e.told || !toTell(e)) return;
      bus
        .publish(TASK_TOPIC, payload(e))
        .catch((err: unknown) => log.warn({ err, taskId: e.taskId }, 'acs: telling a task change failed'));
    };
    events.on('task', onTask);
    // On PostgreSQL a session's task write sends its NOTIFY itself (one statement fewer per session).
    const notification = bus.notification?.bind(bus);
    if (notification)
      this.d.sessions.tellTaskChanges((e) => (toTell(e) ? notification(TASK_TOPIC, payload(e)) : null));
    const stop = bus.subscribe(TASK_TOPIC, (payload) => {
      const p = (payload ?? {}) as { taskId?: unknown; from?: unknown; row?: Partial<AcsTaskRow> | null };
      const { taskId } = p;
      if (typeof taskId !== 'string') return;
      const row =
        p.row && typeof p.row === 'object' && p.row.id === taskId ? (p.row as AcsTaskRow) : undefined;
      // This instance's own change comes back too; its event here had told it already.
      if (p.from !== this.instance && this.unclaimed.has(taskId)) this.unclaimed.set(taskId, { taskId, row });
      for (const told of this.waiters.get(taskId) ?? []) told(row);
    });
    this.pollMs = this.d.config.tasks.sharedPollIntervalMs;
    this.unshare = () => {
      events.off('task', onTask);
      if (notification) this.d.sessions.tellTaskChanges(null);
      stop();
      this.unclaimed.clear();
    };
  }

  /**
   * Expires tasks past their deadline and orphans: running without a session (the desk or the
   * router crashed mid-task) or waiting for an event that never came. Each gets a reason.
   */
  async sweep(): Promise<number> {
    const now = this.d.now();
    const nowIso = now.toISOString();
    const cutoff = new Date(now.getTime() - this.d.config.tasks.orphanAfterMs).toISOString();
    let n = 0;
    for (const t of await this.d.store.staleTasks(nowIso, cutoff, 500)) {
      if (
        t.status === 'running' &&
        this.d.sessions.inSession(t.device_id) &&
        !(t.expires_at && t.expires_at < nowIso)
      )
        continue;
      const reason =
        t.expires_at && t.expires_at < nowIso
          ? 'deadline passed'
          : t.status === 'waiting'
            ? `no word from the router for ${Math.round(this.d.config.tasks.orphanAfterMs / 60_000)} min while waiting (stage ${t.stage})`
            : 'interrupted: its session ended without an answer';
      if (await this.finishAs(t, ['pending', 'running', 'waiting'], reason)) n++;
    }
    return n;
  }

  private async finishAs(t: AcsTaskRow, from: AcsTaskRow['status'][], reason: string): Promise<boolean> {
    const ok = await this.d.store.updateTaskIf(t.id, from, {
      status: 'expired',
      fault: JSON.stringify({ code: 0, message: reason }),
      args: redactArgs(t.name, t.args),
      updated_at: this.d.now().toISOString(),
    });
    if (ok)
      this.d.events.emit('task', { taskId: t.id, deviceId: t.device_id, name: t.name, status: 'expired' });
    return ok;
  }

  close(): void {
    this.unshare?.();
    this.unshare = null;
    clearInterval(this.sweeper);
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  async enqueue(
    deviceId: string,
    name: TaskName,
    args: object,
    opts: { maxAttempts?: number; timeoutMs?: number } = {},
  ): Promise<AcsTaskRow> {
    const now = this.d.now();
    const row = await this.d.store.createTask(
      {
        id: newTaskId(now.getTime()),
        device_id: deviceId,
        name,
        args: JSON.stringify(args),
        stage: name === 'runDiagnostic' ? 'set' : 'rpc',
        max_attempts: opts.maxAttempts ?? 1,
        expires_at:
          opts.timeoutMs !== undefined ? new Date(now.getTime() + opts.timeoutMs).toISOString() : null,
      },
      now.toISOString(),
    );
    // Without the live bus a change by another instance would go unheard: the waiter reads the row.
    if (this.unshare) {
      if (this.unclaimed.size >= UNCLAIMED_KEPT) this.unclaimed.delete(this.unclaimed.keys().next().value!);
      this.unclaimed.set(row.id, null);
    }
    this.d.events.emit('task', {
      taskId: row.id,
      deviceId,
      name,
      status: 'pending',
      queued: true,
    } satisfies TaskEvent);
    return row;
  }

  /**
   * What a connection request needs, read in one statement: the URL as last reported (the row's
   * when none is stored), the credentials the ACS set on the device (else the configured ones), and
   * the router's UDPConnectionRequestAddress (TR-069 Annex G) with whether it sits behind NAT.
   */
  private async crFacts(
    device: AcsDeviceRow,
    unlessInSession = false,
  ): Promise<{
    url: string | null;
    creds: Credentials | null;
    udp: { address: string; natDetected: boolean } | null;
    inSession: boolean;
  }> {
    const f = await this.d.store.connectionRequestFacts(
      device.id,
      device.root,
      unlessInSession ? { lockName: LOCK_PREFIX + device.id, nowIso: this.d.now().toISOString() } : undefined,
    );
    const c = this.d.config.connectionRequest;
    const creds =
      this.d.credentials.openCr(f.crUsername, f.crPasswordEnc) ??
      (c.username !== undefined && c.password !== undefined
        ? { username: c.username, password: c.password }
        : null);
    const address = f.udpAddress?.trim();
    const nat = f.natDetected;
    return {
      url: f.url ?? device.connection_request_url,
      creds,
      udp: address ? { address, natDetected: nat === 'true' || nat === '1' } : null,
      inSession: f.inSession === true || Number(f.inSession) === 1,
    };
  }

  /**
   * A waiter's re-kick, in the background: a failure (the database closed while the desk shuts
   * down, a lost connection) is logged; the wait goes on to its next poll or its deadline.
   */
  rekick(device: AcsDeviceRow): void {
    this.kick(device, true).catch((err: unknown) =>
      this.d.log.warn({ err, deviceId: device.id }, 'acs: re-kick failed'),
    );
  }

  /**
   * A waiter's read of its task row. The reads asked for in one turn of the event loop (the
   * safety-net polls due on the same tick, the waiters a session end wakes) go in one statement.
   */
  private readTask(id: string): Promise<AcsTaskRow | undefined> {
    return new Promise((resolve, reject) => {
      if (this.toRead.size === 0) setImmediate(() => this.readTasks());
      const asked = this.toRead.get(id);
      if (asked) asked.push({ resolve, reject });
      else this.toRead.set(id, [{ resolve, reject }]);
    });
  }

  private readTasks(): void {
    const batch = new Map(this.toRead);
    this.toRead.clear();
    const ids = [...batch.keys()];
    const rows =
      ids.length === 1
        ? this.d.store.getTask(ids[0]!).then((r) => (r ? [r] : []))
        : this.d.store.getTasks(ids);
    rows.then(
      (found) => {
        const byId = new Map(found.map((r) => [r.id, r]));
        for (const [id, asked] of batch) for (const a of asked) a.resolve(byId.get(id));
      },
      (err: unknown) => {
        for (const asked of batch.values()) for (const a of asked) a.reject(err);
      },
    );
  }

  /**
   * Asks the CPE to open a session now (coalesced per device). Not needed while it is in session here.
   * `unlessInSession` (a re-kick, for a task queued a while ago): nor while it is in session on
   * another instance — that session reads the open tasks as it ends and runs this one, and a request
   * would only make the router open another session after it, with nothing left to do.
   */
  async kick(device: AcsDeviceRow, unlessInSession = false): Promise<CrResult> {
    if (this.d.sessions.inSession(device.id)) return { ok: true, status: 0 };
    const running = this.crInflight.get(device.id);
    if (running) return running;
    const p = (async (): Promise<CrResult> => {
      const { url, creds, udp, inSession } = await this.crFacts(device, unlessInSession);
      if (inSession) return { ok: true, status: 0 };
      const c = this.d.config.connectionRequest;
      // Behind NAT the HTTP URL is a private address: go by UDP first.
      if (udp?.natDetected && creds) return this.kickUdp(device, udp.address, creds);
      const r: CrResult = url
        ? await sendConnectionRequest(url, creds, {
            timeoutMs: c.timeoutMs,
            allowBasic: c.allowBasic,
          })
        : { ok: false, reason: 'no ConnectionRequestURL known' };
      if (r.ok) return { ...r, via: 'http' };
      if (udp && creds) {
        this.d.log.info(
          { deviceId: device.id, reason: r.reason },
          'acs: HTTP connection request failed; trying UDP',
        );
        return this.kickUdp(device, udp.address, creds);
      }
      this.d.log.info({ deviceId: device.id, reason: r.reason }, 'acs: connection request failed');
      return r;
    })().finally(() => this.crInflight.delete(device.id));
    this.crInflight.set(device.id, p);
    return p;
  }

  private async kickUdp(device: AcsDeviceRow, address: string, creds: Credentials): Promise<CrResult> {
    const c = this.d.config.connectionRequest;
    const r = await sendUdpConnectionRequest(address, creds, {
      repeats: c.udpRepeats,
      gapMs: c.udpGapMs,
      now: () => this.d.now().getTime(),
    });
    if (!r.ok) {
      this.d.log.info({ deviceId: device.id, reason: r.reason }, 'acs: UDP connection request failed');
      return { ok: false, reason: `UDP connection request: ${r.reason}` };
    }
    this.d.events.emit('udpConnectionRequest', { deviceId: device.id, address });
    return { ok: true, status: 0, via: 'udp' };
  }

  /**
   * Resolves with the task row once `settled(row)` holds (default: a terminal status); rejects with
   * WaitTimeout at the deadline. Re-kicks the device while the task is still queued.
   */
  wait(
    task: AcsTaskRow,
    device: AcsDeviceRow | null,
    timeoutMs: number,
    settled: (t: AcsTaskRow) => boolean = (t) => TERMINAL.has(t.status),
    /**
     * True while the task is to run in a session another task of the router starts (one diagnostic
     * at a time per router: the next one goes out in the session that reads the one before): no re-kick.
     */
    held: () => boolean = () => false,
  ): Promise<AcsTaskRow> {
    const { config } = this.d;
    return new Promise<AcsTaskRow>((resolve, reject) => {
      let done = false;
      let last: AcsTaskRow | undefined = task;
      // The status this process knows the row to have (null: changed by something that did not say how).
      let known: AcsTaskRow['status'] | null = task.status;
      let lastKick = Date.now();
      const consider = (row: AcsTaskRow) => {
        last = row;
        known = row.status;
        if (settled(row)) return finish(() => resolve(row));
        if (
          device &&
          row.status === 'pending' &&
          !this.d.sessions.inSession(device.id) &&
          !held() &&
          Date.now() - lastKick >= config.tasks.rekickMs
        ) {
          lastKick = Date.now();
          this.rekick(device);
        }
      };
      const check = async () => {
        if (done) return;
        try {
          const row = await this.readTask(task.id);
          if (done) return;
          if (!row) return finish(() => reject(new WaitTimeout(undefined)));
          consider(row);
        } catch (e) {
          this.d.log.warn({ err: e }, 'acs: task poll failed');
        }
      };
      // A task being sent settles no waiter: only its outcome (or a wait for an event) is read,
      // from the event when a session here wrote it, else from the row.
      const onTask = (e: TaskEvent) => {
        if (e.taskId !== task.id || e.status === 'running' || done) return;
        if (e.row) return consider(e.row);
        known = null;
        void check();
      };
      const onSessionEnd = (e: { deviceId: string }) => {
        if (!device || e.deviceId !== device.id) return;
        // Only a task that may be queued again needs a look: one this process saw finished or
        // parked (waiting for the router's reboot) is left to its event.
        if (known !== null && known !== 'pending') return;
        if (held()) return;
        // A task queued during the session's last step: start another session.
        this.readTask(task.id)
          .then((row) => {
            if (
              !done &&
              !held() &&
              row &&
              row.status === 'pending' &&
              row.next_attempt_at <= this.d.now().toISOString()
            ) {
              lastKick = Date.now();
              this.rekick(device);
            }
          })
          // E.g. a session ending while the desk shuts down, its database already closed.
          .catch((err: unknown) => this.d.log.warn({ err, taskId: task.id }, 'acs: task re-check failed'));
      };
      // The safety-net poll; while the task waits for a session, often enough to re-kick the device in time.
      // Its time is rounded up to a tenth of its period (at most 500 ms), so that the polls of the
      // waiters under way fall on shared ticks and are read together.
      let poll: NodeJS.Timeout;
      const schedule = () => {
        const ms = last?.status === 'pending' ? Math.min(this.pollMs, config.tasks.rekickMs) : this.pollMs;
        const grid = Math.min(500, Math.floor(ms / 10));
        const at = Date.now() + ms;
        const delay = grid > 0 ? ms + ((grid - (at % grid)) % grid) : ms;
        poll = setTimeout(() => void check().finally(() => !done && schedule()), delay);
      };
      schedule();
      // Another instance's change: its row when the notification carried it (and it is not older
      // than the one in hand), else a read.
      const remote = (row?: AcsTaskRow) => {
        if (done) return;
        if (row && !(last && row.updated_at < last.updated_at)) consider(row);
        else void check();
      };
      let mine = this.waiters.get(task.id);
      if (!mine) this.waiters.set(task.id, (mine = new Set()));
      mine.add(remote);
      const deadline = setTimeout(() => finish(() => reject(new WaitTimeout(last))), timeoutMs);
      this.timers.add(deadline);
      this.onTaskOf.add(task.id, onTask);
      if (device) this.onSessionEndOf.add(device.id, onSessionEnd);
      const finish = (f: () => void) => {
        if (done) return;
        done = true;
        clearTimeout(poll);
        mine.delete(remote);
        if (mine.size === 0 && this.waiters.get(task.id) === mine) this.waiters.delete(task.id);
        clearTimeout(deadline);
        this.timers.delete(deadline);
        this.onTaskOf.delete(task.id, onTask);
        if (device) this.onSessionEndOf.delete(device.id, onSessionEnd);
        f();
      };
      if (this.closed) finish(() => reject(new WaitTimeout(last)));
      // A task queued here is read only if it changed since (and the change did not bring the row).
      const heard = this.unclaimed.get(task.id);
      const tracked = this.unclaimed.delete(task.id);
      if (!tracked) void check();
      else if (heard?.row) {
        if (!done) consider(heard.row);
      } else if (heard) void check();
    });
  }

  /** Marks an unfinished task expired (after its waiter gave up); running tasks are left to their session. */
  async expire(taskId: string, reason: string): Promise<boolean> {
    const t = await this.d.store.getTask(taskId);
    return t ? this.finishAs(t, ['pending', 'waiting'], reason) : false;
  }

  async cancel(taskId: string): Promise<AcsTaskRow | null> {
    const t = await this.d.store.getTask(taskId);
    if (!t) return null;
    await this.d.store.updateTaskIf(taskId, ['pending', 'waiting', 'fault', 'running'], {
      status: 'cancelled',
      args: redactArgs(t.name, t.args),
      updated_at: this.d.now().toISOString(),
    });
    this.d.events.emit('task', { taskId, deviceId: t.device_id, name: t.name, status: 'cancelled' });
    return (await this.d.store.getTask(taskId)) ?? null;
  }

  /** Puts a faulted or expired task back in the queue for the next session. */
  async retry(taskId: string): Promise<AcsTaskRow | null | 'not-retryable'> {
    const t = await this.d.store.getTask(taskId);
    if (!t) return null;
    if (t.status === 'done' || t.status === 'running') return 'not-retryable';
    if (
      /\*\*\*/.test(t.args) &&
      (t.name === 'setParameterValues' || t.name === 'download' || t.name === 'runDiagnostic')
    ) {
      return 'not-retryable'; // its secrets were redacted when it finished
    }
    const nowIso = this.d.now().toISOString();
    await this.d.store.updateTaskIf(taskId, [t.status], {
      status: 'pending',
      stage: t.name === 'runDiagnostic' ? 'set' : 'rpc',
      attempts: 0,
      next_attempt_at: nowIso,
      expires_at: null,
      updated_at: nowIso,
    });
    this.d.events.emit('task', { taskId, deviceId: t.device_id, name: t.name, status: 'pending' });
    return (await this.d.store.getTask(taskId)) ?? null;
  }
}
