import type { FirmwareModel } from '../domain/firmware-catalogue.js';
import type { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import type { AcsDeviceRow, AcsTaskRow } from '../storage/tables/acs.js';
import { admit } from './admission.js';
import type { ResolvedAcsConfig } from './config.js';
import { CpeAuthenticator, type CpeAuthOutcome } from './cpe-auth.js';
import type { CredentialStore } from './credentials.js';
import { changedDeviceFields } from './device-columns.js';
import { DigestVerifier } from './digest.js';
import { isFinalFault, type CwmpFault } from './faults.js';
import { AddressLimiter, addressKey } from './address-limiter.js';
import type { HeldDevices, HoldResult } from './held-devices.js';
import { newTaskId, randomHex } from './ids.js';
import {
  deviceIdOf,
  deviceRowAfterInform,
  informFacts,
  type ResolveService,
  type UnlinkedServiceSql,
} from './inform.js';
import { presetHasNothingToSet, queuePresetTasks, withPresetValues } from './presets.js';
import * as soap from './soap.js';
import type { CpeMessage, CwmpNs, Envelope } from './soap.js';
import type { AcsStore } from './store.js';
import { REGISTERED_WITHOUT_OWN_CREDENTIALS, type BegunSession } from './pg-session-sql.js';
import {
  addCacheUpserts,
  afterCommit,
  hasWrites,
  noWrites,
  type SessionWrites,
  type TellTaskChange,
} from './session-writes.js';
import {
  credentialStep,
  firstStep,
  onAnswer,
  redactArgs,
  WAIT_EVENTS,
  type StepOutcome,
  type StepScratch,
} from './task-steps.js';

// The CWMP session state machine (after GenieACS): Inform → InformResponse; CPE requests until
// the empty POST; then one ACS RPC per HTTP response; 204 ends the session.

export interface HttpReply {
  status: number;
  headers: Record<string, string | string[]>;
  body: string;
}

export interface CwmpRequestHead {
  cookie: string | undefined;
  authorization: string | undefined;
  socket: Socket | null;
}

export interface CwmpRequest extends CwmpRequestHead {
  body: string;
}

/** How much of the body to read for a request, and what to do with it once read. */
export interface Admission {
  maxBodyBytes: number;
  handle(body: string): Promise<HttpReply>;
  /** Answer this at once, without reading the body, and close the connection. */
  refuse?: HttpReply;
}

interface Inflight {
  task: AcsTaskRow;
  method: string;
  scratch: StepScratch;
}

interface Session {
  id: string;
  deviceId: string;
  ns: CwmpNs;
  owner: string;
  state: 'cpe' | 'acs';
  inflight: Inflight | null;
  lastActivity: number;
  lockRenewedAt: number;
  socket: Socket | null;
  chain: Promise<unknown>;
  ended: boolean;
  rpcSeq: number;
  /** The device's open tasks as read when the session started, and as changed by it since. */
  tasks: AcsTaskRow[];
  /** Changes kept for the session's transaction (written before anything reads them back). */
  writes: SessionWrites;
}

export interface SessionDeps {
  store: AcsStore;
  config: ResolvedAcsConfig;
  log: Logger;
  events: EventEmitter;
  resolveService: ResolveService;
  /** PostgreSQL: `resolveService` for a router without a service, looked up with the session's lock (one statement fewer). */
  unlinkedServiceSql?: UnlinkedServiceSql;
  now: () => Date;
  instanceId: string;
  credentials: CredentialStore;
  held: HeldDevices;
  /** Whether the ISP's inventory lists this device (lets the shared credential admit it). */
  knownDevice: (deviceId: string) => Promise<boolean>;
  /** The operator's router models (names a router by its DeviceId when it does not say). */
  firmware?: readonly FirmwareModel[];
}

const XML = { 'content-type': 'text/xml; charset="utf-8"' };
/** A router's session lock is named this and its id. */
export const LOCK_PREFIX = 'cwmp:';
const PRUNE_EVERY = 20;
const OPEN = new Set<AcsTaskRow['status']>(['pending', 'running', 'waiting']);

export class SessionManager {
  private readonly sessions = new Map<string, Session>();
  private readonly byDevice = new Map<string, Session>();
  private readonly bySocket = new WeakMap<Socket, Session>();
  readonly digest: DigestVerifier;
  private readonly auth: CpeAuthenticator;
  /** Requests with credentials that are not valid, per source address (this instance only). */
  private readonly failedAuth: AddressLimiter;
  private sweeper: NodeJS.Timeout | null = null;

  constructor(private readonly d: SessionDeps) {
    const a = d.config.cpeAuth;
    this.digest = new DigestVerifier(a.realm, a.nonceSecret, a.nonceTtlMs, () => d.now().getTime());
    this.auth = new CpeAuthenticator(a, this.digest, d.credentials);
    this.failedAuth = new AddressLimiter(a.failedAuthPerMinute, 60_000, () => d.now().getTime());
    const every = Math.max(50, Math.min(5_000, Math.floor(d.config.sessionTimeoutMs / 2)));
    this.sweeper = setInterval(() => void this.sweep(), every);
    this.sweeper.unref();
  }

  /** True while this instance runs a session with the device. */
  inSession(deviceId: string): boolean {
    return this.byDevice.has(deviceId);
  }

  activeSessions(): number {
    return this.sessions.size;
  }

  async close(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
    for (const s of [...this.sessions.values()]) await this.abort(s, 'shutdown');
  }

  /**
   * Decides from the headers alone how much body to accept: a request in a session, or one with
   * valid credentials, may send `maxBodyBytes`; anyone else only `unauthenticatedBodyBytes`,
   * which is not parsed at all unless it may register a new router. Requests with credentials
   * that are not valid are counted per source address; past the limit they are refused unread.
   */
  async admit(head: CwmpRequestHead): Promise<Admission> {
    const big = this.d.config.maxBodyBytes;
    const small = Math.min(big, this.d.config.cpeAuth.unauthenticatedBodyBytes);
    const byCookie = head.cookie ? this.sessions.get(head.cookie) : undefined;
    const session = byCookie ?? (head.socket ? this.bySocket.get(head.socket) : undefined);
    if (session && !session.ended) {
      return {
        maxBodyBytes: big,
        handle: (body) => {
          const run = session.chain.then(() => this.handleInSession(session, { ...head, body }));
          session.chain = run.catch(() => undefined);
          return run;
        },
      };
    }
    const auth = await this.auth.authenticate(head.authorization);
    const verified = auth.kind === 'open' || (auth.kind === 'presented' && auth.verified);
    if (!verified && head.authorization !== undefined) {
      const address = addressKey(head.socket?.remoteAddress ?? 'unknown');
      // Credentials only the Inform's device can decide on (a factory username many routers share;
      // an unknown one while new routers are accepted) are no failure yet, but wait like one while
      // the address is over its limit.
      const refuse = this.decidedLater(auth) ? this.overLimit(address) : this.countFailure(address);
      if (refuse) return { maxBodyBytes: 0, refuse, handle: async () => refuse };
    }
    if (auth.kind === 'rejected')
      return { maxBodyBytes: small, handle: async () => this.unauthorized(auth.stale) };
    return {
      maxBodyBytes: verified ? big : small,
      handle: (body) => this.handleNoSession({ ...head, body }, auth),
    };
  }

  private countFailure(address: string): HttpReply | null {
    const limit = this.d.config.cpeAuth.failedAuthPerMinute;
    const n = this.failedAuth.hit(address);
    if (n <= limit) return null;
    if (n === limit + 1)
      this.d.log.warn(
        { address, limit },
        'cwmp: too many requests with invalid credentials from one address; refusing them unread',
      );
    return this.limited(address);
  }

  /** Credentials only the Inform's router can decide on: not counted as failures before it is parsed. */
  private decidedLater(auth: CpeAuthOutcome): boolean {
    if (auth.kind !== 'presented') return false;
    return (
      auth.unchecked === 'shared-username' ||
      (auth.unchecked === 'unknown-username' && this.d.config.cpeAuth.acceptNewDevices)
    );
  }

  private overLimit(address: string): HttpReply | null {
    return this.failedAuth.count(address) > this.d.config.cpeAuth.failedAuthPerMinute
      ? this.limited(address)
      : null;
  }

  private limited(address: string): HttpReply {
    this.d.events.emit('authLimited', { address });
    return {
      status: 429,
      headers: {
        'retry-after': String(this.failedAuth.retryAfterSeconds(address)),
        'content-type': 'text/plain',
      },
      body: 'too many failed authentication attempts',
    };
  }

  private async handleNoSession(req: CwmpRequest, auth: CpeAuthOutcome): Promise<HttpReply> {
    if (req.body.trim() === '')
      return this.fault('1-0', null, 400, 8003, 'no session: a session starts with Inform');
    const env = soap.parseEnvelope(req.body);
    if (soap.isParseError(env)) return this.parseFailure(env);
    if (env.message.kind !== 'Inform')
      return this.fault(env.ns, env.id, 400, 8003, 'no session: a session starts with Inform');
    return this.startSession(env, env.message, req, auth);
  }

  private parseFailure(e: soap.ParseError, ns: CwmpNs = '1-0'): HttpReply {
    if (e.error === 'namespace') {
      return {
        status: 400,
        headers: XML,
        body: soap.envelope(ns, null, soap.soapFault(8003, e.detail, 'VersionMismatch')),
      };
    }
    return this.fault(ns, null, 400, 8003, `${e.error}: ${e.detail}`);
  }

  private fault(ns: CwmpNs, id: string | null, status: number, code: number, message: string): HttpReply {
    return {
      status,
      headers: XML,
      body: soap.envelope(ns, id, soap.soapFault(code, message, code === 8002 ? 'Server' : 'Client')),
    };
  }

  private unauthorized(stale: boolean): HttpReply {
    return {
      status: 401,
      headers: { 'www-authenticate': this.auth.challenges(stale), 'content-type': 'text/plain' },
      body: 'authentication required',
    };
  }

  /**
   * Whether the authenticated caller may open a session as the device its Inform names. Routers
   * without credentials of their own are held for approval unless auto-registration is on.
   */
  private async admitDevice(
    auth: CpeAuthOutcome,
    deviceId: string,
    dev: Extract<CpeMessage, { kind: 'Inform' }>['deviceId'],
    req: CwmpRequest,
    device: () => Promise<AcsDeviceRow | undefined>,
  ): Promise<HttpReply | { pushAcsCredentials: boolean }> {
    if (auth.kind === 'open') return { pushAcsCredentials: false };
    if (auth.kind === 'rejected') return this.unauthorized(auth.stale);
    const { credentials } = this.d;
    const cfg = this.d.config.cpeAuth;
    const p = auth.presented;
    const own = auth.owner === deviceId ? 'match' : await this.auth.checkOwn(p, deviceId, dev.serialNumber);
    const known =
      own === 'none' && auth.shared && (!!(await device()) || (await this.d.knownDevice(deviceId)));
    const decision = admit({
      open: false,
      own,
      shared: auth.shared,
      verified: auth.verified,
      scheme: p.scheme,
      known,
      acceptNewDevices: cfg.acceptNewDevices,
    });
    const nowIso = this.d.now().toISOString();
    if (!decision.ok) {
      this.d.log.warn({ deviceId, reason: decision.reason }, 'cwmp: router refused');
      if (!decision.hold) {
        if (decision.status !== 401)
          return { status: 403, headers: { 'content-type': 'text/plain' }, body: 'forbidden' };
        // Wrong credentials for the router the Inform names count as a failure of the address.
        if (this.decidedLater(auth) && !decision.stale)
          return (
            this.countFailure(addressKey(req.socket?.remoteAddress ?? 'unknown')) ?? this.unauthorized(false)
          );
        return this.unauthorized(decision.stale === true);
      }
      const remoteAddress = req.socket?.remoteAddress ?? null;
      const held = await this.d.held.hold(
        {
          deviceId,
          device: dev,
          scheme: p.scheme,
          username: p.username,
          password: p.scheme === 'basic' && !auth.shared ? p.password : null,
          remoteAddress,
          reason: decision.reason,
        },
        nowIso,
      );
      if (held !== 'held') this.notHeld(held, deviceId, remoteAddress);
      return { status: 403, headers: { 'content-type': 'text/plain' }, body: 'router held for approval' };
    }
    if (decision.adopt && p.scheme === 'basic')
      await credentials.provision(
        deviceId,
        nowIso,
        { username: p.username, password: p.password },
        'first-contact',
      );
    return { pushAcsCredentials: decision.pushAcsCredentials };
  }

  /**
   * Whether the shared login alone is what admits this router unless it has credentials of its own
   * (or is not registered): then the session's first statement checks both (see beginSession). Not
   * while this process still has a session of the router (a dead one is replaced after admission).
   */
  private sharedLoginOnly(auth: CpeAuthOutcome, deviceId: string, serial: string): boolean {
    const perDevice = this.d.config.cpeAuth.perDevice;
    return (
      auth.kind === 'presented' &&
      auth.shared &&
      auth.verified &&
      !perDevice[deviceId] &&
      !perDevice[serial] &&
      !this.byDevice.has(deviceId)
    );
  }

  /** A router that should be held was not recorded: said loudly (log and event), never silently. */
  private notHeld(result: Exclude<HoldResult, 'held'>, deviceId: string, address: string | null): void {
    const cfg = this.d.config.cpeAuth;
    if (result === 'full') {
      this.d.log.error(
        { deviceId, address, maxHeld: cfg.maxHeld },
        'cwmp: held-router list is full; router not recorded',
      );
    } else {
      this.d.log.warn(
        { deviceId, address, perHour: cfg.maxHeldPerAddressPerHour },
        'cwmp: too many new held routers from one address; router not recorded',
      );
    }
    this.d.events.emit('heldRefused', { deviceId, address, reason: result });
  }

  private async startSession(
    env: Envelope,
    inform: Extract<CpeMessage, { kind: 'Inform' }>,
    req: CwmpRequest,
    auth: CpeAuthOutcome,
  ): Promise<HttpReply> {
    const { deviceId: dev } = inform;
    if (!dev.oui || !dev.serialNumber)
      return this.fault(env.ns, env.id, 400, 8003, 'Inform without OUI or SerialNumber');
    const deviceId = deviceIdOf(dev);
    const id = randomHex(16);
    const owner = `${this.d.instanceId}:${id}`;
    const now = this.d.now();
    const lock = {
      deviceId,
      lockName: LOCK_PREFIX + deviceId,
      owner,
      nowIso: now.toISOString(),
      expiresIso: new Date(now.getTime() + this.d.config.sessionTimeoutMs).toISOString(),
    };
    // The device row is read here when admission needs it, else with the lock and the tasks.
    let existing: AcsDeviceRow | undefined;
    let read = false;
    const device = async () => {
      if (!read) [existing, read] = [await this.d.store.getDevice(deviceId), true];
      return existing;
    };
    let begun: BegunSession | null = null;
    let pushAcsCredentials = false;
    if (this.sharedLoginOnly(auth, deviceId, dev.serialNumber)) {
      // The fleet's shared login admits a registered router without credentials of its own: the
      // lock is taken on that condition, judged with it, instead of reading both first.
      const lookup = this.d.unlinkedServiceSql;
      const tried = await this.d.store.beginSession({
        ...lock,
        readDevice: true,
        onlyIf: REGISTERED_WITHOUT_OWN_CREDENTIALS,
        ...(lookup
          ? { unlinked: (param) => lookup({ ...this.serviceQuery(inform), unlinked: deviceId }, param) }
          : {}),
      });
      if (tried.admitted) begun = tried;
      else [existing, read] = [tried.device, true];
    }
    if (!begun) {
      const admitted = await this.admitDevice(auth, deviceId, dev, req, device);
      if ('status' in admitted) return admitted;
      pushAcsCredentials = admitted.pushAcsCredentials;

      // A CPE that lost its connection and starts over replaces its own dead session.
      const previous = this.byDevice.get(deviceId);
      if (previous && previous.socket && previous.socket.destroyed) await this.abort(previous, 'replaced');

      begun = await this.d.store.beginSession({ ...lock, readDevice: !read });
    }
    if (!begun.locked) {
      return {
        status: 503,
        headers: { 'retry-after': '10', 'content-type': 'text/plain' },
        body: 'device already in session',
      };
    }
    const session: Session = {
      id,
      deviceId,
      ns: env.ns,
      owner,
      state: 'cpe',
      inflight: null,
      lastActivity: Date.now(),
      lockRenewedAt: Date.now(),
      socket: req.socket,
      chain: Promise.resolve(),
      ended: false,
      rpcSeq: 0,
      tasks: begun.tasks,
      writes: noWrites(deviceId),
    };
    if (!read) existing = begun.device;
    this.sessions.set(id, session);
    this.byDevice.set(deviceId, session);
    if (req.socket) this.bySocket.set(req.socket, session);
    try {
      await this.recordInform(session, inform, env.ns, pushAcsCredentials, existing, begun.unlinkedService);
    } catch (e) {
      this.d.log.error({ err: e, deviceId }, 'cwmp: inform failed');
      await this.end(session, 'error');
      return this.fault(env.ns, env.id, 500, 8002, 'internal error');
    }
    this.d.events.emit('sessionStart', { deviceId, sessionId: id });
    return {
      status: 200,
      headers: { ...XML, 'set-cookie': `session=${id}; Path=/; HttpOnly` },
      body: soap.envelope(env.ns, env.id, soap.informResponse()),
    };
  }

  private async recordInform(
    session: Session,
    inform: Extract<CpeMessage, { kind: 'Inform' }>,
    ns: CwmpNs,
    pushAcsCredentials: boolean,
    existing: AcsDeviceRow | undefined,
    /** The service `resolveService` gives this router, its row (`existing`) having none, when already looked up. */
    unlinkedService?: string | null,
  ): Promise<void> {
    const { store } = this.d;
    const deviceId = session.deviceId;
    const nowIso = this.d.now().toISOString();
    const codes = inform.events.map((e) => e.code);
    const facts = informFacts(inform.deviceId, inform.parameters, this.d.firmware);
    const bootstrap = codes.includes('0 BOOTSTRAP');
    let serviceId = existing?.service_id ?? null;
    if (
      !serviceId ||
      bootstrap ||
      (facts.pppoeUsername && facts.pppoeUsername !== existing?.pppoe_username)
    ) {
      try {
        const found =
          existing && !existing.service_id && unlinkedService !== undefined
            ? unlinkedService
            : await this.d.resolveService({
                ...this.serviceQuery(inform, facts),
                ...(existing && !existing.service_id ? { unlinked: deviceId } : {}),
              });
        serviceId = found ?? serviceId;
      } catch (e) {
        this.d.log.warn({ err: e, deviceId }, 'cwmp: resolveService failed');
      }
    }
    const row = deviceRowAfterInform(
      existing,
      deviceId,
      inform.deviceId,
      facts,
      ns,
      codes,
      serviceId,
      nowIso,
    );
    const w = session.writes;
    if (existing) {
      w.device = changedDeviceFields(existing, row);
    } else {
      await store.insertDevice(row);
      this.d.events.emit('deviceRegistered', { deviceId, serviceId });
    }
    if (bootstrap && existing) w.cache.push({ kind: 'deleteStale', prefix: '', before: '\uffff' });
    addCacheUpserts(w, inform.parameters, nowIso);
    if (inform.events.length)
      w.events = {
        at: nowIso,
        events: inform.events,
        pruneTo: row.inform_count % PRUNE_EVERY === 0 ? this.d.config.eventHistory : null,
      };
    const pushCredentials = !existing || bootstrap || pushAcsCredentials;
    const wakes = codes.some(
      (c) => c === '1 BOOT' || c === '0 BOOTSTRAP' || c === 'M Reboot' || c === '8 DIAGNOSTICS COMPLETE',
    );
    if (pushCredentials || this.d.config.presets.length > 0) {
      // These read what the Inform changed and queue or move tasks: the Inform is written first.
      await this.flush(session);
      if (pushCredentials) await this.queueCredentialPush(deviceId, row.root, pushAcsCredentials, nowIso);
      if (wakes) await this.wakeWaitingTasks(inform.events, nowIso, await store.openTasks(deviceId));
      // First contact counts as a bootstrap for presets: some routers (genieacs-sim) never say 0 BOOTSTRAP.
      const presetEvents = existing || bootstrap ? codes : [...codes, '0 BOOTSTRAP'];
      const presets = await queuePresetTasks(store, this.d.config.presets, row, presetEvents, nowIso);
      if (presets.length) this.d.log.info({ deviceId, presets }, 'cwmp: presets queued');
      session.tasks = await store.openTasks(deviceId);
    } else if (wakes) {
      // Only tasks waiting for this Inform move on: they are among those read with the lock (a task
      // waits only after a session with the lock sent it), and their changes go with the session's
      // next write, the Inform's with them.
      await this.wakeWaitingTasks(inform.events, nowIso, [...session.tasks], session);
    }
    this.d.events.emit('inform', { deviceId, events: inform.events, at: nowIso, serviceId });
  }

  /** What `resolveService` is asked about the router of an Inform. */
  private serviceQuery(
    inform: Extract<CpeMessage, { kind: 'Inform' }>,
    facts = informFacts(inform.deviceId, inform.parameters, this.d.firmware),
  ) {
    return {
      serial: inform.deviceId.serialNumber,
      oui: inform.deviceId.oui,
      productClass: inform.deviceId.productClass,
      pppoeUsername: facts.pppoeUsername,
    };
  }

  /**
   * A new (or reset) device: set its connection-request credentials (and, when it has none, its
   * ACS credentials) in this first session, rather than reading passwords back from it.
   */
  private async queueCredentialPush(
    deviceId: string,
    root: string,
    acs: boolean,
    nowIso: string,
  ): Promise<void> {
    await this.d.credentials.planPush(deviceId, acs, nowIso);
    const open = await this.d.store.openTasks(deviceId);
    if (open.some((t) => t.name === 'setCredentials' && t.status !== 'waiting')) return;
    await this.d.store.createTask(
      {
        id: newTaskId(Date.parse(nowIso)),
        device_id: deviceId,
        name: 'setCredentials',
        args: JSON.stringify({ root }),
        stage: 'rpc',
        max_attempts: 3,
        expires_at: new Date(Date.parse(nowIso) + 3_600_000).toISOString(),
      },
      nowIso,
    );
  }

  /**
   * Moves the tasks among `open` that waited for one of these Inform events on: at once, or with
   * `deferTo`, in that session's next write (the session's task list follows at once).
   */
  private async wakeWaitingTasks(
    events: { code: string; commandKey: string }[],
    nowIso: string,
    open: readonly AcsTaskRow[],
    deferTo?: Session,
  ): Promise<void> {
    const codes = new Set(events.map((e) => e.code));
    for (const t of open) {
      if (t.status !== 'waiting') continue;
      const wanted = WAIT_EVENTS[`${t.name}:${t.stage}`];
      if (!wanted || !wanted.some((c) => codes.has(c))) continue;
      if (t.name === 'runDiagnostic') {
        // The read is a new step with its own attempts.
        const patch = { status: 'pending' as const, stage: 'read', attempts: 0, updated_at: nowIso };
        if (deferTo)
          this.deferTask(
            deferTo,
            t,
            ['waiting'],
            patch,
            (ok, told) => ok && this.emitTask(t, 'pending', undefined, told),
          );
        else if (await this.d.store.updateTaskIf(t.id, ['waiting'], patch)) this.emitTask(t, 'pending');
      } else {
        await this.finishTask(
          t,
          { status: 'done', result: JSON.stringify({ events: [...codes] }) },
          nowIso,
          ['waiting'],
          deferTo,
        );
      }
    }
  }

  /**
   * Tells this process's waiters of a task change; `row`: the task as written, when it is known whole;
   * `told`: the other instances were told by the write's own statement.
   */
  private emitTask(t: AcsTaskRow, status: string, row?: AcsTaskRow, told = false): void {
    this.d.events.emit('task', {
      taskId: t.id,
      deviceId: t.device_id,
      name: t.name,
      status,
      row,
      ...(told ? { told: true } : {}),
    });
  }

  /** What tells a task change to the other instances inside the session's write (the task queue's, when shared). */
  private tell: TellTaskChange | null = null;

  /**
   * Task changes a session writes are told to the other instances by the write's own statement,
   * as `tell` makes them (null: not told there, or not to be told), instead of a NOTIFY after it.
   */
  tellTaskChanges(tell: TellTaskChange | null): void {
    this.tell = tell;
  }

  /**
   * Moves a task on (compare-and-set from `from`). With a session, the change waits for the
   * session's transaction and the session's task list follows it at once.
   */
  private async finishTask(
    t: AcsTaskRow,
    patch: {
      status: 'done' | 'fault' | 'pending' | 'waiting';
      result?: string | null;
      fault?: string | null;
      stage?: string;
      attempts?: number;
      next_attempt_at?: string;
    },
    nowIso: string,
    from: AcsTaskRow['status'][] = ['running'],
    session?: Session,
    then?: () => void,
  ): Promise<void> {
    const terminal = patch.status === 'done' || patch.status === 'fault';
    const full = {
      ...patch,
      updated_at: nowIso,
      ...(terminal ? { args: redactArgs(t.name, t.args) } : {}),
    };
    // The compare-and-set writes the patch over the row this session holds: the row as written.
    const written: AcsTaskRow = { ...t, ...full };
    if (session) {
      this.deferTask(
        session,
        t,
        from,
        full,
        (ok, told) => {
          if (ok) this.emitTask(t, patch.status, written, told);
          then?.();
        },
        written,
      );
      return;
    }
    if (await this.d.store.updateTaskIf(t.id, from, full)) this.emitTask(t, patch.status, written);
    then?.();
  }

  private deferTask(
    session: Session,
    t: AcsTaskRow,
    from: AcsTaskRow['status'][],
    patch: Partial<Omit<AcsTaskRow, 'id'>>,
    then: (ok: boolean, told: boolean) => void,
    /** The task as written, when the change carries it. */
    row?: AcsTaskRow,
  ): void {
    const notify =
      patch.status && this.tell
        ? this.tell({ taskId: t.id, deviceId: t.device_id, name: t.name, status: patch.status, row })
        : null;
    session.writes.tasks.push({ task: t, from, patch, then, ...(notify ? { notify } : {}) });
    const i = session.tasks.findIndex((o) => o.id === t.id);
    if (i < 0) return;
    const status = patch.status ?? session.tasks[i]!.status;
    if (OPEN.has(status)) session.tasks[i] = { ...session.tasks[i]!, ...patch };
    else session.tasks.splice(i, 1);
  }

  private async faultTask(
    t: AcsTaskRow,
    fault: CwmpFault,
    nowIso: string,
    from: AcsTaskRow['status'][] = ['running'],
    session?: Session,
  ): Promise<void> {
    // Attempts are counted when a task is sent; a task that faults without being sent counts one.
    const attempts = Math.max(1, Number(t.attempts));
    const retry = attempts < t.max_attempts && !isFinalFault(fault.code);
    const delay = this.d.config.tasks.retryDelayMs * 2 ** (attempts - 1);
    this.d.log.info({ deviceId: t.device_id, task: t.name, fault }, 'cwmp: task fault');
    await this.finishTask(
      t,
      {
        status: retry ? 'pending' : 'fault',
        fault: JSON.stringify(fault),
        attempts,
        stage: t.name === 'runDiagnostic' ? 'set' : t.stage === 'transfer' ? 'rpc' : t.stage,
        ...(retry ? { next_attempt_at: new Date(this.d.now().getTime() + delay).toISOString() } : {}),
      },
      nowIso,
      from,
      session,
      () => this.d.events.emit('taskFault', { taskId: t.id, deviceId: t.device_id, fault }),
    );
  }

  /** Writes what the session kept so far (before anything reads it back). */
  private async flush(session: Session): Promise<void> {
    const w = session.writes;
    if (!hasWrites(w)) return;
    session.writes = noWrites(session.deviceId);
    const r = await this.d.store.commitSession(w);
    afterCommit(w, r.taskOk, r.told);
  }

  private async handleInSession(session: Session, req: CwmpRequest): Promise<HttpReply> {
    if (session.ended) {
      const auth = await this.auth.authenticate(req.authorization);
      return auth.kind === 'rejected' ? this.unauthorized(auth.stale) : this.handleNoSession(req, auth);
    }
    session.lastActivity = Date.now();
    if (req.socket && session.socket !== req.socket) {
      session.socket = req.socket;
      this.bySocket.set(req.socket, session);
    }
    try {
      await this.renewLock(session);
      if (req.body.trim() === '') return await this.onEmpty(session);
      const env = soap.parseEnvelope(req.body);
      if (soap.isParseError(env)) return this.parseFailure(env, session.ns);
      if (env.message.kind === 'Inform') {
        // A new Inform inside a session: the CPE started over (same connection or cookie) — unless
        // it comes from another router over a reused connection (a proxy or a shared keep-alive
        // pool), which starts its own session and leaves this one alone.
        const dev = env.message.deviceId;
        const sameDevice = !dev.oui || !dev.serialNumber || deviceIdOf(dev) === session.deviceId;
        if (sameDevice) await this.end(session, 'restarted');
        const auth = await this.auth.authenticate(req.authorization);
        if (auth.kind === 'rejected') return this.unauthorized(auth.stale);
        return this.startSession(env, env.message, req, auth);
      }
      return await this.onMessage(session, env);
    } catch (e) {
      this.d.log.error({ err: e, deviceId: session.deviceId }, 'cwmp: session error');
      await this.abort(session, 'error');
      return this.fault(session.ns, null, 500, 8002, 'internal error');
    }
  }

  private async renewLock(session: Session): Promise<void> {
    const ttl = this.d.config.sessionTimeoutMs;
    if (Date.now() - session.lockRenewedAt < ttl / 3) return;
    const now = this.d.now();
    const ok = await this.d.store.acquireLock(
      LOCK_PREFIX + session.deviceId,
      session.owner,
      now.toISOString(),
      new Date(now.getTime() + ttl).toISOString(),
    );
    session.lockRenewedAt = Date.now();
    if (!ok) throw new Error('session lock lost');
  }

  private async onEmpty(session: Session): Promise<HttpReply> {
    if (session.state === 'acs' && session.inflight) {
      // The CPE ended without answering the RPC: the task stays queued for the next session.
      await this.requeueInflight(session);
      await this.end(session, 'cpe-ended');
      return { status: 204, headers: {}, body: '' };
    }
    session.state = 'acs';
    return this.nextRpc(session);
  }

  private async onMessage(session: Session, env: Envelope): Promise<HttpReply> {
    const msg = env.message;
    const nowIso = this.d.now().toISOString();
    switch (msg.kind) {
      case 'TransferComplete':
      case 'AutonomousTransferComplete': {
        await this.onTransferComplete(session, msg, nowIso);
        const body =
          msg.kind === 'TransferComplete'
            ? soap.transferCompleteResponse()
            : soap.autonomousTransferCompleteResponse();
        return { status: 200, headers: XML, body: soap.envelope(session.ns, env.id, body) };
      }
      case 'GetRPCMethods':
        return {
          status: 200,
          headers: XML,
          body: soap.envelope(session.ns, env.id, soap.getRpcMethodsResponse()),
        };
      case 'UnknownRequest':
        return this.fault(session.ns, env.id, 500, 8000, `method not supported: ${msg.method}`);
      case 'empty':
        return this.onEmpty(session);
      default:
        break;
    }
    // An answer to the ACS's RPC.
    const inflight = session.inflight;
    if (session.state !== 'acs' || !inflight) {
      return this.fault(session.ns, env.id, 400, 8003, `unexpected ${msg.kind}: no RPC pending`);
    }
    const outcome = onAnswer(inflight.task, msg, inflight.scratch);
    return this.apply(session, inflight.task, outcome, nowIso);
  }

  private async apply(
    session: Session,
    task: AcsTaskRow,
    outcome: StepOutcome,
    nowIso: string,
  ): Promise<HttpReply> {
    switch (outcome.kind) {
      case 'rpc':
        return this.sendRpc(session, task, outcome, session.inflight?.scratch ?? newScratch());
      case 'done':
      case 'wait': {
        const c = outcome.cache;
        const w = session.writes;
        addCacheUpserts(w, c?.upsert ?? [], nowIso);
        for (const prefix of c?.refreshedPrefixes ?? [])
          w.cache.push({ kind: 'deleteStale', prefix, before: nowIso });
        for (const prefix of c?.deletePrefixes ?? [])
          w.cache.push({ kind: 'deleteStale', prefix, before: '\uffff' });
        if (outcome.kind === 'done') {
          if (task.name === 'setCredentials') await this.d.credentials.confirmPush(task.device_id, nowIso);
          await this.finishTask(
            task,
            { status: 'done', result: JSON.stringify(outcome.result ?? null), fault: null },
            nowIso,
            ['running'],
            session,
          );
        } else {
          await this.finishTask(
            task,
            { status: 'waiting', stage: outcome.stage },
            nowIso,
            ['running'],
            session,
          );
        }
        break;
      }
      case 'fault':
        await this.faultTask(task, outcome.fault, nowIso, ['running'], session);
        break;
    }
    session.inflight = null;
    return this.nextRpc(session);
  }

  private sendRpc(
    session: Session,
    task: AcsTaskRow,
    rpc: Extract<StepOutcome, { kind: 'rpc' }>,
    scratch: StepScratch,
  ): HttpReply {
    session.inflight = { task, method: rpc.method, scratch };
    session.rpcSeq += 1;
    const id = `${session.id.slice(0, 8)}-${session.rpcSeq}`;
    return { status: 200, headers: XML, body: soap.envelope(session.ns, id, rpc.body) };
  }

  private async nextRpc(session: Session): Promise<HttpReply> {
    const { store } = this.d;
    const nowIso = this.d.now().toISOString();
    for (;;) {
      const next = nextAction(session.tasks, nowIso);
      if (!next) {
        // Nothing left that the session knows of: its one write, which also takes up tasks queued
        // while it ran (keeping the lock for them) or gives up the lock.
        const w = session.writes;
        session.writes = noWrites(session.deviceId);
        const r = await store.commitSession(w, {
          lockName: LOCK_PREFIX + session.deviceId,
          owner: session.owner,
          keepLock: (open) => nextAction(open, nowIso) !== null,
        });
        afterCommit(w, r.taskOk, r.told);
        session.tasks = r.open ?? [];
        if (!r.released) continue;
        await this.end(session, 'done', true);
        return { status: 204, headers: {}, body: '' };
      }
      const t = next.task;
      if (next.kind === 'expire') {
        this.deferTask(
          session,
          t,
          ['pending', 'running', 'waiting'],
          { status: 'expired', updated_at: nowIso, args: redactArgs(t.name, t.args) },
          (ok, told) => ok && this.emitTask(t, 'expired', undefined, told),
        );
        continue;
      }
      // `running` here is an orphan of a dead session: this session holds the device lock. A task
      // sent as often as it may be without an answer made the router drop its sessions: it fails.
      if (next.kind === 'exhausted') {
        const fault = {
          code: 0,
          message: `no answer from the router after ${Number(t.attempts)} attempts (it ended the session each time)`,
        };
        this.deferTask(
          session,
          t,
          ['pending', 'running'],
          {
            status: 'fault',
            fault: JSON.stringify(fault),
            updated_at: nowIso,
            args: redactArgs(t.name, t.args),
          },
          (ok, told) => {
            if (!ok) return;
            this.emitTask(t, 'fault', undefined, told);
            this.d.events.emit('taskFault', { taskId: t.id, deviceId: t.device_id, fault });
          },
        );
        continue;
      }
      // Outcomes of tasks this session finished are written before the next one goes out: whoever
      // waits for them should not wait on the router's next answer (or on its dying on the next RPC).
      if (session.writes.tasks.length > 0) await this.flush(session);
      // Written at once: a router that dies on this RPC has the attempt counted.
      const attempts = Number(t.attempts) + 1;
      const sent = await store.updateTaskIf(t.id, ['pending', 'running'], {
        status: 'running',
        attempts,
        updated_at: nowIso,
      });
      const i = session.tasks.indexOf(t);
      if (!sent) {
        if (i >= 0) session.tasks.splice(i, 1); // cancelled or finished elsewhere meanwhile
        continue;
      }
      let running: AcsTaskRow = { ...t, status: 'running', attempts };
      if (i >= 0) session.tasks[i] = running;
      if (running.name === 'setParameterValues') {
        // A preset's values are mapped from the cache, which must hold what this session learned.
        await this.flush(session);
        running = await withPresetValues(store, running);
      }
      this.emitTask(running, 'running');
      const scratch = newScratch();
      const step =
        running.name === 'setCredentials'
          ? credentialStep(running, await this.d.credentials.pending(running.device_id))
          : presetHasNothingToSet(running)
            ? { kind: 'done' as const, result: { values: [] } }
            : firstStep(running, scratch);
      if (step.kind === 'rpc') return this.sendRpc(session, running, step, scratch);
      session.inflight = null;
      return this.apply(session, running, step, nowIso);
    }
  }

  private async onTransferComplete(
    session: Session,
    msg: Extract<CpeMessage, { kind: 'TransferComplete' | 'AutonomousTransferComplete' }>,
    nowIso: string,
  ): Promise<void> {
    this.d.events.emit('transferComplete', {
      deviceId: session.deviceId,
      commandKey: msg.commandKey,
      fault: msg.fault,
    });
    if (msg.kind !== 'TransferComplete' || !msg.commandKey) return;
    const task = await this.d.store.getTask(msg.commandKey);
    if (!task || task.device_id !== session.deviceId || task.name !== 'download') return;
    if (msg.fault.code === 0) {
      const result = JSON.stringify({ startTime: msg.startTime, completeTime: msg.completeTime });
      await this.finishTask(
        task,
        { status: 'done', result, fault: null },
        nowIso,
        ['waiting', 'running'],
        session,
      );
    } else {
      await this.faultTask(
        task,
        { code: msg.fault.code, message: msg.fault.message || 'transfer failed' },
        nowIso,
        ['waiting', 'running'],
        session,
      );
    }
  }

  private async requeueInflight(session: Session): Promise<void> {
    const inflight = session.inflight;
    session.inflight = null;
    if (!inflight) return;
    const nowIso = this.d.now().toISOString();
    if (
      await this.d.store.updateTaskIf(inflight.task.id, ['running'], {
        status: 'pending',
        updated_at: nowIso,
      })
    ) {
      this.emitTask(inflight.task, 'pending');
    }
  }

  /** Ends the session: what it kept is written and its lock given up (unless `released` already). */
  private async end(session: Session, reason: string, released = false): Promise<void> {
    if (session.ended) return;
    session.ended = true;
    this.sessions.delete(session.id);
    if (this.byDevice.get(session.deviceId) === session) this.byDevice.delete(session.deviceId);
    if (session.socket && this.bySocket.get(session.socket) === session) this.bySocket.delete(session.socket);
    const lockName = LOCK_PREFIX + session.deviceId;
    const w = session.writes;
    session.writes = noWrites(session.deviceId);
    try {
      if (hasWrites(w)) {
        const r = await this.d.store.commitSession(
          w,
          released ? undefined : { lockName, owner: session.owner, keepLock: () => false },
        );
        afterCommit(w, r.taskOk, r.told);
      } else if (!released) {
        await this.d.store.releaseLock(lockName, session.owner);
      }
    } catch (e) {
      this.d.log.warn({ err: e, deviceId: session.deviceId }, 'cwmp: writing the session failed');
      if (!released)
        await this.d.store
          .releaseLock(lockName, session.owner)
          .catch((err: unknown) => this.d.log.warn({ err }, 'cwmp: lock release failed'));
    }
    this.d.events.emit('sessionEnd', {
      deviceId: session.deviceId,
      sessionId: session.id,
      reason,
      rpcs: session.rpcSeq,
    });
  }

  /** Drops a session without the CPE's cooperation; its RPC in flight goes back to the queue. */
  private async abort(session: Session, reason: string): Promise<void> {
    if (session.ended) return;
    try {
      await this.requeueInflight(session);
    } catch (e) {
      this.d.log.warn({ err: e }, 'cwmp: requeue failed');
    }
    await this.end(session, reason);
  }

  private async sweep(): Promise<void> {
    const cutoff = Date.now() - this.d.config.sessionTimeoutMs;
    for (const s of [...this.sessions.values()]) {
      if (s.lastActivity < cutoff) {
        this.d.log.info({ deviceId: s.deviceId }, 'cwmp: session timed out');
        await this.abort(s, 'timeout');
      }
    }
  }
}

type NextAction = { kind: 'expire' | 'exhausted' | 'run'; task: AcsTaskRow };

/** What to do next with the device's open tasks (oldest first), or null when nothing is due. */
function nextAction(tasks: readonly AcsTaskRow[], nowIso: string): NextAction | null {
  for (const t of tasks) {
    if (t.expires_at && t.expires_at < nowIso) return { kind: 'expire', task: t };
    if (t.status === 'waiting') continue;
    if (t.status === 'pending' && t.next_attempt_at > nowIso) continue;
    if (
      t.name === 'runDiagnostic' &&
      t.stage === 'set' &&
      tasks.some(
        (o) =>
          o !== t &&
          o.name === 'runDiagnostic' &&
          o.stage !== 'set' &&
          (o.status === 'waiting' || o.status === 'pending'),
      )
    ) {
      continue; // one diagnostic at a time per device: they share the CPE's diagnostics objects
    }
    return { kind: Number(t.attempts) >= t.max_attempts ? 'exhausted' : 'run', task: t };
  }
  return null;
}

function newScratch(): StepScratch {
  return { queue: [], values: [], invalid: [], sawFault: null };
}
