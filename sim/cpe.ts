// The CWMP client of one simulated CPE: Inform sessions towards the ACS (with cookies and
// Digest/Basic authentication), the RPCs it serves, and what happens after a session (reboot,
// factory reset, firmware download, diagnostics, value-change and periodic informs).
import { SIM_FIRMWARE } from './operator.js';
import type { Activity, Limiter } from './activity.js';
import { authorizationFor, parseAuthHeader, type DigestClientState } from './cwmp/digest.js';
import {
  CWMP_NAMESPACES,
  arrayOf,
  envelope,
  faultBody,
  informBody,
  parameterList,
  parseAcsMessage,
  textOf,
  transferCompleteBody,
  xmlEscape,
  type ParamOut,
} from './cwmp/soap.js';
import { syncAaaSession } from './model/template.js';
import {
  CwmpFault,
  addObject,
  deleteObject,
  getNames,
  getValues,
  readRaw,
  setInternal,
  setValues,
} from './model/tree.js';
import type { Val } from './model/types.js';
import type { CwmpPost, CwmpSessionOpener } from './types.js';
import { DIAG_SECONDS, runDiagnostic } from './world/diagnostics.js';
import * as hl from './world/health.js';
import type { DiagKind, Home } from './world/home.js';

export interface Fleet {
  activity: Activity;
  limiter: Limiter;
  log: (msg: string) => void;
  stopped: boolean;
  /** Requests in flight, aborted on stop (AbortSignal.any on one long-lived signal is slow in Node 20). */
  inflight: Set<AbortController>;
  /** How a CWMP session reaches the ACS (default: each post over `fetch`). */
  cwmpSession?: CwmpSessionOpener;
}

/** A CWMP POST over `fetch`. */
const fetchPost: CwmpPost = async (url, headers, body, signal) => {
  const res = await fetch(url, { method: 'POST', headers, body, signal });
  return {
    status: res.status,
    setCookies: res.headers.getSetCookie(),
    wwwAuthenticate: res.headers.get('www-authenticate'),
    text: await res.text(),
  };
};

const fetchSession: CwmpSessionOpener = () => ({ post: fetchPost, end: () => {} });

/** A request with a deadline that `stop()` can abort. */
async function withDeadline<T>(
  fleet: Fleet,
  timeoutMs: number,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(new Error(`timeout after ${timeoutMs} ms`)), timeoutMs);
  fleet.inflight.add(ac);
  try {
    return await run(ac.signal);
  } finally {
    clearTimeout(timer);
    fleet.inflight.delete(ac);
  }
}

/** A CWMP POST with a deadline that `stop()` can abort. */
const fleetPost = (
  fleet: Fleet,
  post: CwmpPost,
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
) => withDeadline(fleet, timeoutMs, (signal) => post(url, headers, body, signal));

/** fetch with a deadline that `stop()` can abort. */
const fleetFetch = (fleet: Fleet, url: string, init: RequestInit, timeoutMs: number) =>
  withDeadline(fleet, timeoutMs, (signal) => fetch(url, { ...init, signal }));

const UNKNOWN_TIME = '0001-01-01T00:00:00Z';
const RPC_METHODS = [
  'GetRPCMethods',
  'GetParameterNames',
  'GetParameterValues',
  'SetParameterValues',
  'AddObject',
  'DeleteObject',
  'Reboot',
  'FactoryReset',
  'Download',
  'ScheduleInform',
];

interface Transfer {
  commandKey: string;
  faultCode: number;
  faultString: string;
  startTime: string;
  completeTime: string;
}

interface DownloadArgs {
  commandKey: string;
  fileType: string;
  url: string;
  username: string;
  password: string;
  fileSize: number;
  targetFileName: string;
  delaySeconds: number;
}

export class SessionError extends Error {}

function wireValue(v: Val): string {
  return typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
}

export class CpeAgent {
  /** Events waiting to be delivered: code → command key. */
  private pending = new Map<string, string>();
  private transfer: Transfer | null = null;
  bootstrapped = false;
  private running: Promise<void> | null = null;
  private again = false;
  private retries = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private periodicTimer: NodeJS.Timeout | null = null;
  private periodicInterval = 0;
  private bootTimer: NodeJS.Timeout | null = null;
  private lastNotified: string | null = null;
  /** Completed sessions (for tests and the scale run). */
  sessions = 0;
  failures = 0;

  constructor(
    readonly home: Home,
    private readonly fleet: Fleet,
  ) {}

  // ---- scheduling ----

  /** First contact with the ACS: BOOTSTRAP (and BOOT). Runs even when the CPE is no longer reachable (the ACS knew it before its fault). */
  firstContact(): Promise<void> {
    this.pending.set('1 BOOT', '');
    this.schedulePeriodic(true);
    return this.kick(true);
  }

  /** Starts a session if there is something to deliver and the ACS can be reached. */
  kick(force = false): Promise<void> {
    if (this.fleet.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    if (!force && !hl.mgmtReachable(this.home)) return Promise.resolve();
    if (this.pending.size === 0 && !this.transfer && this.bootstrapped) return Promise.resolve();
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    const { activity } = this.fleet;
    activity.begin();
    this.running = (async () => {
      const after: (() => void)[] = [];
      try {
        await this.fleet.limiter.run(async () => {
          const transport = (this.fleet.cwmpSession ?? fetchSession)();
          try {
            await this.session(after, transport.post);
          } finally {
            transport.end();
          }
        });
        this.retries = 0;
        this.sessions++;
      } catch (e) {
        this.failures++;
        after.length = 0;
        if (!this.fleet.stopped) {
          this.fleet.log(`cpe ${this.home.serial}: session failed: ${(e as Error).message}`);
          this.scheduleRetry();
        }
      } finally {
        this.running = null;
      }
      try {
        for (const fn of after) fn();
        this.checkValueChange();
        this.reschedulePeriodicIfChanged();
        if (this.again) {
          this.again = false;
          void this.kick();
        }
      } finally {
        activity.end();
      }
    })();
    return this.running;
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return;
    this.retries++;
    const secs = Math.min(5 * 2 ** (this.retries - 1), 3600);
    this.retryTimer = this.home.world.clock.after(secs, () => {
      this.retryTimer = null;
      void this.kick();
    });
  }

  private schedulePeriodic(first = false): void {
    if (this.periodicTimer) clearTimeout(this.periodicTimer);
    this.periodicTimer = null;
    if (this.fleet.stopped) return;
    if (readRaw(this.home, 'Device.ManagementServer.PeriodicInformEnable') === false) return;
    const interval = Number(readRaw(this.home, 'Device.ManagementServer.PeriodicInformInterval'));
    this.periodicInterval = interval;
    // Spread the fleet over the interval so that informs do not arrive all at once.
    const delay = first ? ((this.home.index * 7919) % Math.max(1, interval)) + 1 : interval;
    this.periodicTimer = this.home.world.clock.after(delay, () => {
      this.pending.set('2 PERIODIC', '');
      void this.kick();
      this.schedulePeriodic();
    });
    this.periodicTimer.unref?.();
  }

  private reschedulePeriodicIfChanged(): void {
    const interval = Number(readRaw(this.home, 'Device.ManagementServer.PeriodicInformInterval'));
    if (interval !== this.periodicInterval && this.periodicTimer) this.schedulePeriodic();
  }

  /** Values with active notification: a change the ACS did not make itself triggers `4 VALUE CHANGE`. */
  private notifySnapshot(): string {
    const h = this.home;
    return [
      readRaw(h, 'Device.IP.Interface.1.IPv4Address.1.IPAddress'),
      readRaw(h, 'Device.PPP.Interface.1.ConnectionStatus'),
      readRaw(h, 'Device.ManagementServer.ConnectionRequestURL'),
    ].join('|');
  }

  checkValueChange(): void {
    if (!this.bootstrapped || this.lastNotified === null || this.fleet.stopped) return;
    if (this.notifySnapshot() !== this.lastNotified) {
      this.pending.set('4 VALUE CHANGE', '');
      void this.kick();
    }
  }

  connectionRequest(): void {
    this.pending.set('6 CONNECTION REQUEST', '');
    void this.kick();
  }

  /** Physical or ACS-triggered restart: down for the boot time, then Inform with BOOT (+ extra events). */
  restart(events: [string, string][] = [], then?: () => void): void {
    const h = this.home;
    if (this.bootTimer) {
      clearTimeout(this.bootTimer);
      this.fleet.activity.end();
    }
    h.booting = true;
    syncAaaSession(h);
    this.fleet.activity.begin();
    this.bootTimer = h.world.clock.after(h.world.rebootSeconds, () => {
      this.bootTimer = null;
      try {
        if (!h.powered) return;
        h.booting = false;
        h.bootedAt = h.world.clock.now();
        h.hung = false;
        then?.();
        syncAaaSession(h);
        this.pending.set('1 BOOT', '');
        for (const [code, key] of events) this.pending.set(code, key);
        this.schedulePeriodic(true);
        void this.kick();
      } finally {
        this.fleet.activity.end();
      }
    });
  }

  powerOff(): void {
    const h = this.home;
    h.powered = false;
    h.booting = false;
    if (this.bootTimer) {
      clearTimeout(this.bootTimer);
      this.bootTimer = null;
      this.fleet.activity.end();
    }
    syncAaaSession(h);
  }

  powerOn(): void {
    this.home.powered = true;
    this.restart();
  }

  stop(): void {
    for (const t of [this.retryTimer, this.periodicTimer, this.bootTimer]) if (t) clearTimeout(t);
    if (this.bootTimer) this.fleet.activity.end();
    this.retryTimer = this.periodicTimer = this.bootTimer = null;
  }

  // ---- one CWMP session ----

  private async session(after: (() => void)[], send: CwmpPost): Promise<void> {
    const h = this.home;
    const ns = CWMP_NAMESPACES[h.cwmpVersion];
    const url = String(readRaw(h, 'Device.ManagementServer.URL'));
    const username = String(readRaw(h, 'Device.ManagementServer.Username'));
    const password = String(readRaw(h, 'Device.ManagementServer.Password'));
    const cookies = new Map<string, string>();
    let auth: DigestClientState | null = null;
    let seq = 0;
    const path = new URL(url).pathname + new URL(url).search;

    const post = async (body: string): Promise<{ status: number; text: string }> => {
      for (let attempt = 0; attempt < 2; attempt++) {
        const headers: Record<string, string> = { 'content-type': 'text/xml; charset="utf-8"' };
        if (body) headers.soapaction = '';
        if (cookies.size) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
        if (auth) headers.authorization = authorizationFor(auth, 'POST', path, username, password);
        const res = await fleetPost(this.fleet, send, url, headers, body, 30_000);
        for (const c of res.setCookies) {
          const m = /^\s*([^=;\s]+)=([^;]*)/.exec(c);
          if (m) cookies.set(m[1], m[2]);
        }
        const text = res.text;
        if (res.status === 401 && attempt === 0) {
          const ch = parseAuthHeader(res.wwwAuthenticate);
          if (!ch) throw new SessionError('401 without a usable challenge');
          auth = { challenge: ch, nc: 0 };
          continue;
        }
        return { status: res.status, text };
      }
      throw new SessionError('ACS rejected our credentials');
    };
    const expect = (r: { status: number; text: string }, name: string) => {
      if (r.status !== 200) throw new SessionError(`expected ${name}, got HTTP ${r.status}`);
      const msg = parseAcsMessage(r.text);
      if (msg.name !== name) throw new SessionError(`expected ${name}, got ${msg.name}`);
    };

    // Inform
    if (!this.bootstrapped) this.pending = new Map([['0 BOOTSTRAP', ''], ...this.pending]);
    const sent = new Map(this.pending);
    const events = [...sent].map(([code, commandKey]) => ({ code, commandKey }));
    if (events.length === 0) events.push({ code: '2 PERIODIC', commandKey: '' });
    await this.pppSettled();
    const snapshot = this.notifySnapshot();
    const inform = informBody({
      manufacturer: h.model.manufacturer,
      oui: h.model.oui,
      productClass: h.model.productClass,
      serial: h.serial,
      events,
      currentTime: h.world.clock.iso(),
      retryCount: this.retries,
      params: this.informParams(),
    });
    expect(await post(envelope(ns, String(++seq), inform)), 'InformResponse');

    const transfer = this.transfer;
    if (transfer)
      expect(
        await post(envelope(ns, String(++seq), transferCompleteBody(transfer))),
        'TransferCompleteResponse',
      );

    // Empty POST, then serve the ACS's requests until it sends an empty response.
    let r = await post('');
    for (let n = 0; n < 10_000; n++) {
      if (r.status === 204 || (r.status === 200 && r.text.trim() === '')) break;
      if (r.status !== 200) throw new SessionError(`HTTP ${r.status} from ACS`);
      const msg = parseAcsMessage(r.text);
      // Over RADIUS a login takes a round trip: what the ACS reads next waits for its answer.
      if (h.world.ppp) await this.pppSettled();
      const reply = this.handleRpc(msg.name, msg.body, after);
      r = await post(envelope(ns, msg.id ?? String(++seq), reply));
    }

    // Delivered: drop the events we sent (new ones may have arrived meanwhile).
    for (const [code, key] of sent) if (this.pending.get(code) === key) this.pending.delete(code);
    if (sent.has('0 BOOTSTRAP')) this.bootstrapped = true;
    if (transfer && this.transfer === transfer) this.transfer = null;
    this.lastNotified = snapshot;
  }

  private async pppSettled(): Promise<void> {
    syncAaaSession(this.home);
    await this.home.world.ppp?.settled(this.home);
  }

  private informParams(): ParamOut[] {
    const h = this.home;
    const paths = [
      'Device.RootDataModelVersion',
      'Device.DeviceInfo.HardwareVersion',
      'Device.DeviceInfo.SoftwareVersion',
      'Device.DeviceInfo.ProvisioningCode',
      'Device.ManagementServer.ConnectionRequestURL',
      'Device.ManagementServer.ConnectionRequestUsername',
      'Device.ManagementServer.ParameterKey',
      'Device.ManagementServer.PeriodicInformInterval',
      'Device.IP.Interface.1.IPv4Address.1.IPAddress',
      'Device.PPP.Interface.1.Username',
      'Device.PPP.Interface.1.ConnectionStatus',
    ];
    return getValues(h, paths).map((p) => ({ name: p.path, value: wireValue(p.value), type: p.type }));
  }

  // ---- RPCs ----

  private handleRpc(name: string, body: Record<string, unknown>, after: (() => void)[]): string {
    const h = this.home;
    const arg = (k: string) => textOf(body[k]);
    try {
      switch (name) {
        case 'GetRPCMethods':
          return `<cwmp:GetRPCMethodsResponse><MethodList soap-enc:arrayType="xsd:string[${RPC_METHODS.length}]">${RPC_METHODS.map((m) => `<string>${m}</string>`).join('')}</MethodList></cwmp:GetRPCMethodsResponse>`;
        case 'GetParameterValues': {
          const names = (arrayOf(body.ParameterNames, 'string') as unknown[]).map(textOf);
          syncAaaSession(h);
          const values = getValues(h, names).map((p) => ({
            name: p.path,
            value: wireValue(p.value),
            type: p.type,
          }));
          return `<cwmp:GetParameterValuesResponse>${parameterList(values)}</cwmp:GetParameterValuesResponse>`;
        }
        case 'SetParameterValues': {
          const list = (arrayOf(body.ParameterList, 'ParameterValueStruct') as Record<string, unknown>[]).map(
            (s) => {
              const v = s.Value as Record<string, unknown> | string | undefined;
              const type = v && typeof v === 'object' ? (v['@_type'] as string | undefined) : undefined;
              return { name: textOf(s.Name), value: textOf(v), type };
            },
          );
          setValues(h, list);
          setInternal(h, 'Device.ManagementServer.ParameterKey', arg('ParameterKey'));
          after.push(() => this.startRequestedDiagnostics());
          return '<cwmp:SetParameterValuesResponse><Status>0</Status></cwmp:SetParameterValuesResponse>';
        }
        case 'GetParameterNames': {
          const next = ['true', '1'].includes(arg('NextLevel').trim().toLowerCase());
          const names = getNames(h, arg('ParameterPath'), next);
          const items = names
            .map(
              (n) =>
                `<ParameterInfoStruct><Name>${xmlEscape(n.name)}</Name><Writable>${n.writable ? 1 : 0}</Writable></ParameterInfoStruct>`,
            )
            .join('');
          return `<cwmp:GetParameterNamesResponse><ParameterList soap-enc:arrayType="cwmp:ParameterInfoStruct[${names.length}]">${items}</ParameterList></cwmp:GetParameterNamesResponse>`;
        }
        case 'AddObject': {
          const inst = addObject(h, arg('ObjectName'));
          setInternal(h, 'Device.ManagementServer.ParameterKey', arg('ParameterKey'));
          return `<cwmp:AddObjectResponse><InstanceNumber>${inst}</InstanceNumber><Status>0</Status></cwmp:AddObjectResponse>`;
        }
        case 'DeleteObject':
          deleteObject(h, arg('ObjectName'));
          setInternal(h, 'Device.ManagementServer.ParameterKey', arg('ParameterKey'));
          return '<cwmp:DeleteObjectResponse><Status>0</Status></cwmp:DeleteObjectResponse>';
        case 'Reboot': {
          const key = arg('CommandKey');
          after.push(() => this.restart([['M Reboot', key]]));
          return '<cwmp:RebootResponse/>';
        }
        case 'FactoryReset':
          after.push(() => this.factoryReset());
          return '<cwmp:FactoryResetResponse/>';
        case 'ScheduleInform': {
          const delay = Number(arg('DelaySeconds'));
          if (!Number.isInteger(delay) || delay < 1)
            throw new CwmpFault(9003, 'DelaySeconds must be a positive integer');
          const key = arg('CommandKey');
          after.push(() => {
            this.fleet.activity.begin();
            h.world.clock.after(delay, () => {
              this.pending.set('3 SCHEDULED', '');
              this.pending.set('M ScheduleInform', key);
              void this.kick();
              this.fleet.activity.end();
            });
          });
          return '<cwmp:ScheduleInformResponse/>';
        }
        case 'Download': {
          const d: DownloadArgs = {
            commandKey: arg('CommandKey'),
            fileType: arg('FileType'),
            url: arg('URL'),
            username: arg('Username'),
            password: arg('Password'),
            fileSize: Number(arg('FileSize') || 0),
            targetFileName: arg('TargetFileName'),
            delaySeconds: Number(arg('DelaySeconds') || 0),
          };
          if (!/^https?:\/\//.test(d.url))
            throw new CwmpFault(9013, 'Unsupported protocol for file transfer');
          if (!['1 Firmware Upgrade Image', '3 Vendor Configuration File'].includes(d.fileType))
            throw new CwmpFault(9003, `Unsupported FileType ${d.fileType}`);
          after.push(() => void this.download(d));
          return `<cwmp:DownloadResponse><Status>1</Status><StartTime>${UNKNOWN_TIME}</StartTime><CompleteTime>${UNKNOWN_TIME}</CompleteTime></cwmp:DownloadResponse>`;
        }
        default:
          return faultBody(9000, `Method not supported: ${name}`);
      }
    } catch (e) {
      if (e instanceof CwmpFault) return faultBody(e.code, e.message, e.spv);
      return faultBody(9002, `Internal error: ${(e as Error).message}`);
    }
  }

  private factoryReset(): void {
    const h = this.home;
    h.overlay.clear();
    h.instances = null;
    h.diag = null;
    this.bootstrapped = false;
    this.restart([['0 BOOTSTRAP', '']]);
  }

  private startRequestedDiagnostics(): void {
    const h = this.home;
    for (const kind of Object.keys(h.diag ?? {}) as DiagKind[]) {
      const d = h.diag![kind]!;
      if (d.state !== 'Requested' || (d as { running?: boolean }).running) continue;
      (d as { running?: boolean }).running = true;
      this.fleet.activity.begin();
      h.world.clock.after(DIAG_SECONDS[kind], () => {
        try {
          if (h.diag?.[kind] !== d || !hl.cpeUp(h)) return;
          h.diag[kind] = runDiagnostic(h, kind);
          this.pending.set('8 DIAGNOSTICS COMPLETE', '');
          void this.kick();
        } finally {
          this.fleet.activity.end();
        }
      });
    }
  }

  private async download(d: DownloadArgs): Promise<void> {
    const h = this.home;
    const clock = h.world.clock;
    this.fleet.activity.begin();
    try {
      if (d.delaySeconds > 0) await new Promise((r) => clock.after(d.delaySeconds, () => r(null)));
      const startTime = clock.iso();
      const fail = (code: number, msg: string) => {
        this.transfer = {
          commandKey: d.commandKey,
          faultCode: code,
          faultString: msg,
          startTime,
          completeTime: clock.iso(),
        };
        this.pending.set('7 TRANSFER COMPLETE', '');
        this.pending.set('M Download', d.commandKey);
        void this.kick();
      };
      let bytes: Buffer;
      try {
        const headers: Record<string, string> = {};
        if (d.username)
          headers.authorization = `Basic ${Buffer.from(`${d.username}:${d.password}`).toString('base64')}`;
        let res = await fleetFetch(this.fleet, d.url, { headers }, 60_000);
        if (res.status === 401 && d.username) {
          const ch = parseAuthHeader(res.headers.get('www-authenticate'));
          await res.arrayBuffer();
          if (ch) {
            const u = new URL(d.url);
            headers.authorization = authorizationFor(
              { challenge: ch, nc: 0 },
              'GET',
              u.pathname + u.search,
              d.username,
              d.password,
            );
            res = await fleetFetch(this.fleet, d.url, { headers }, 60_000);
          }
        }
        if (res.status === 401 || res.status === 403)
          return fail(9012, `File transfer server authentication failure (HTTP ${res.status})`);
        if (res.status !== 200) return fail(9016, `Unable to access file (HTTP ${res.status})`);
        bytes = Buffer.from(await res.arrayBuffer());
      } catch (e) {
        if (this.fleet.stopped) return;
        return fail(9015, `Unable to contact file server: ${(e as Error).message}`);
      }
      if (d.fileSize > 0 && bytes.length !== d.fileSize)
        return fail(9017, `Unable to complete download: got ${bytes.length} of ${d.fileSize} bytes`);
      if (bytes.length === 0) return fail(9018, 'File corrupted: empty image');
      if (d.fileType !== '1 Firmware Upgrade Image') {
        this.transfer = {
          commandKey: d.commandKey,
          faultCode: 0,
          faultString: '',
          startTime,
          completeTime: clock.iso(),
        };
        this.pending.set('7 TRANSFER COMPLETE', '');
        this.pending.set('M Download', d.commandKey);
        void this.kick();
        return;
      }
      const image = imageInfo(d, bytes);
      if (image.model && image.model !== h.model.model && image.model !== h.model.productClass)
        return fail(9018, `File corrupted: image is for ${image.model}, this is a ${h.model.model}`);
      if (!image.version) return fail(9018, 'File corrupted: no firmware version in the image');
      const version = image.version;
      const completeTime = clock.iso();
      // Flash, then reboot into the new image; TransferComplete follows the BOOT inform.
      this.restart(
        [
          ['7 TRANSFER COMPLETE', ''],
          ['M Download', d.commandKey],
        ],
        () => {
          h.firmware = version;
          this.transfer = {
            commandKey: d.commandKey,
            faultCode: 0,
            faultString: '',
            startTime,
            completeTime,
          };
        },
      );
    } finally {
      this.fleet.activity.end();
    }
  }
}

/** Finds the model and version of a firmware image: a `model=`/`version=` header, else the file name. */
export function imageInfo(
  d: { url: string; targetFileName: string },
  bytes: Buffer,
): { model?: string; version?: string } {
  const head = bytes.subarray(0, 512).toString('latin1');
  const version = /version[=:]\s*([0-9][\w.-]*)/i.exec(head)?.[1];
  const model = /model[=:]\s*([\w.-]+)/i.exec(head)?.[1];
  if (version) return { model, version };
  const name = decodeURIComponent(
    (d.targetFileName || new URL(d.url).pathname.split('/').pop() || '').replace(/\.(bin|img|fw)$/i, ''),
  );
  const v = /(?:^|[-_ v])(\d+(?:\.\d+)+)$/.exec(name)?.[1];
  const knownModel = SIM_FIRMWARE.find((m) => name.includes(m.model) || name.includes(m.productClass));
  return { model: knownModel?.model ?? model, version: v };
}
