import type { EventEmitter } from 'node:events';
import type { AcsDeviceRow, AcsParamRow, AcsTaskRow } from '../storage/tables/acs.js';
import type { ResolvedAcsConfig } from './config.js';
import {
  DeviceError,
  type DeviceService,
  type DeviceSummary,
  type DiagnosticRequest,
  type DiagnosticResult,
  type OpOptions,
  type ParameterValue,
  type ParamValue,
} from './device-service.js';
import type { CrResult } from './connection-request.js';
import { diagnosticPlan, diagnosticResult } from './diagnostics.js';
import type { CwmpFault } from './faults.js';
import { firmwareFileName, type FileStore } from './firmware-files.js';
import { fromDevicePath, toDevicePath, type Root } from './paths.js';
import type { ParamStruct } from './soap.js';
import type { AcsStore } from './store.js';
import type { GpvResult, TaskName } from './task-steps.js';
import { WaitTimeout, type TaskQueue } from './task-queue.js';
import { MissingOnRouter, Tr098Access } from './tr098-device.js';

// DeviceService over the task queue. Every operation queues one task, kicks the CPE with a
// connection request (unless it is in session here) and waits for the outcome until its deadline.
//
// Choices:
// - reboot() resolves when the device has come back (Inform with `M Reboot` or `1 BOOT`), not when
//   the Reboot RPC is acknowledged, so the caller can verify right away; factoryReset() likewise
//   resolves on the `0 BOOTSTRAP` Inform; upgradeFirmware() on a successful TransferComplete.
// - getParameters() with several paths tolerates names the device does not have (fault 9005): it
//   narrows the request down and returns the values that exist; only if none exists is 9005 thrown.
// - A device whose connection request fails (and that is not in session) is `offline`; a device that
//   accepted it but did not finish in time is `timeout` (the task is then expired, not run later).

export interface DeviceServiceDeps {
  /** The ACS's events: a bootstrap Inform drops the device's row kept for operations. */
  events?: EventEmitter;
  store: AcsStore;
  queue: TaskQueue;
  files: FileStore;
  config: ResolvedAcsConfig;
  now: () => Date;
  fileUrl: (model: string, version: string) => string;
  speedTestUrl: () => string;
}

export function summaryOf(d: AcsDeviceRow): DeviceSummary {
  return {
    id: d.id,
    serviceId: d.service_id,
    model: d.model,
    firmware: d.firmware,
    lastInformAt: d.last_inform_at,
    root: d.root === 'InternetGatewayDevice.' ? 'InternetGatewayDevice.' : 'Device.',
  };
}

const NUMERIC = new Set([
  'xsd:int',
  'xsd:unsignedInt',
  'xsd:long',
  'xsd:unsignedLong',
  'xsd:double',
  'xsd:float',
  'xsd:decimal',
]);

export function typedValue(value: string, type: string): ParamValue {
  const t = type.replace(/^[a-z]+:/i, 'xsd:');
  if (t === 'xsd:boolean') return value === '1' || value.toLowerCase() === 'true';
  if (NUMERIC.has(t) && value.trim() !== '') {
    const n = Number(value);
    if (Number.isFinite(n)) return n;
  }
  return value;
}

function wireValue(v: ParamValue): string {
  return typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
}

function inferType(v: ParamValue): string {
  if (typeof v === 'boolean') return 'xsd:boolean';
  if (typeof v === 'number')
    return Number.isInteger(v) ? (v >= 0 ? 'xsd:unsignedInt' : 'xsd:int') : 'xsd:string';
  return 'xsd:string';
}

function faultOf(row: AcsTaskRow): CwmpFault {
  return row.fault ? (JSON.parse(row.fault) as CwmpFault) : { code: 0, message: 'unknown fault' };
}

/** How long an operation's device row is used again by the next operations on that router. */
export const DEVICE_ROW_KEEP_MS = 30_000;
const DEVICE_ROWS_KEPT = 5_000;

export class AcsDeviceService implements DeviceService {
  /**
   * Device rows operations go by, kept for DEVICE_ROW_KEEP_MS so that a customer turn's several
   * operations on one router read it once. An operation needs what an Inform does not change (the
   * id, the data model's root, the model); the connection request reads its URL afresh.
   */
  private readonly rows = new Map<string, { row: AcsDeviceRow; until: number }>();

  constructor(private readonly d: DeviceServiceDeps) {
    // A router that starts over (factory reset, another unit with its serial) is read again.
    d.events?.on('inform', (e: { deviceId: string; events: { code: string }[] }) => {
      if (e.events.some((x) => x.code === '0 BOOTSTRAP')) this.rows.delete(e.deviceId);
    });
  }

  async findByService(serviceId: string): Promise<DeviceSummary | null> {
    const row = await this.d.store.findByService(serviceId);
    return row ? summaryOf(row) : null;
  }

  async get(deviceId: string): Promise<DeviceSummary | null> {
    const row = await this.d.store.getDevice(deviceId);
    return row ? summaryOf(row) : null;
  }

  private async device(deviceId: string): Promise<AcsDeviceRow> {
    const at = Date.now();
    const kept = this.rows.get(deviceId);
    if (kept && kept.until > at) return kept.row;
    const row = await this.d.store.getDevice(deviceId);
    if (!row) throw new DeviceError('not_found', `unknown device ${deviceId}`);
    this.rows.delete(deviceId);
    if (this.rows.size >= DEVICE_ROWS_KEPT) this.rows.delete(this.rows.keys().next().value!);
    this.rows.set(deviceId, { row, until: at + DEVICE_ROW_KEEP_MS });
    return row;
  }

  /**
   * The diagnostics this process has under way per router, in the order they were asked for. A
   * router runs one diagnostic at a time, and the session that reads one result sends the next
   * diagnostic (`nextAction`): only the first is kicked for. A connection request for the others
   * would start a session with nothing to do (and again at every re-kick while they wait).
   */
  private readonly diagnostics = new Map<string, { kicked: Promise<CrResult | null> }[]>();

  /** Queues a task, starts a session and waits for its outcome; returns the finished task row. */
  async run(device: AcsDeviceRow, name: TaskName, args: object, timeoutMs: number): Promise<AcsTaskRow> {
    if (name !== 'runDiagnostic') return this.runTask(device, name, args, timeoutMs);
    let list = this.diagnostics.get(device.id);
    if (!list) this.diagnostics.set(device.id, (list = []));
    // The one before this one, if any: its connection request (or the one it took over) starts the session.
    const before = list.at(-1);
    // null: it ended without a connection request of its own.
    let kicked!: (cr: Promise<CrResult> | null) => void;
    const mine = { kicked: new Promise<CrResult | null>((resolve) => (kicked = resolve)) };
    list.push(mine);
    const held = () => list.indexOf(mine) > 0;
    let timedOut = false;
    try {
      return await this.runTask(device, name, args, timeoutMs, {
        kick: () => {
          // Once the ones before are over (or never were), this one is kicked for itself.
          const cr =
            before && held()
              ? before.kicked.then((r) => r ?? this.d.queue.kick(device))
              : this.d.queue.kick(device);
          kicked(cr);
          return cr;
        },
        held,
      });
    } catch (e) {
      timedOut = e instanceof DeviceError && e.kind === 'timeout';
      throw e;
    } finally {
      // Ended before its kick (e.g. the task could not be queued): the ones after it kick for themselves.
      kicked(null);
      const first = list[0] === mine;
      list.splice(list.indexOf(mine), 1);
      if (list.length === 0 && this.diagnostics.get(device.id) === list) this.diagnostics.delete(device.id);
      // Its router answered but did not finish it (still waiting for the result): the next one has
      // no session coming to send it, and is kicked for now.
      else if (first && timedOut) this.d.queue.rekick(device);
    }
  }

  private async runTask(
    device: AcsDeviceRow,
    name: TaskName,
    args: object,
    timeoutMs: number,
    o: { kick: () => Promise<CrResult>; held: () => boolean } = {
      kick: () => this.d.queue.kick(device),
      held: () => false,
    },
  ): Promise<AcsTaskRow> {
    const { queue } = this.d;
    const task = await queue.enqueue(device.id, name, args, { maxAttempts: 1, timeoutMs });
    const cr = await o.kick();
    if (!cr.ok && (await queue.expire(task.id, `device offline: ${cr.reason}`))) {
      throw new DeviceError(
        'offline',
        `device ${device.id} did not answer the connection request (${cr.reason})`,
      );
    }
    let row: AcsTaskRow;
    try {
      row = await queue.wait(task, device, timeoutMs, undefined, o.held);
    } catch (e) {
      if (!(e instanceof WaitTimeout)) throw e;
      await queue.expire(task.id, 'deadline passed');
      throw new DeviceError('timeout', `device ${device.id} did not complete ${name} within ${timeoutMs} ms`);
    }
    if (row.status === 'done') return row;
    if (row.status === 'fault') {
      const f = faultOf(row);
      throw new DeviceError('fault', f.message, f.code || undefined);
    }
    if (row.status === 'cancelled') throw new DeviceError('timeout', `task ${name} was cancelled`);
    throw new DeviceError('timeout', `device ${device.id} did not complete ${name} in time`);
  }

  private timeout(opts: OpOptions | undefined, fallback = this.d.config.timeouts.defaultMs): number {
    return opts?.timeoutMs ?? fallback;
  }

  /** Desk paths on a TR-098 router go through the mapping; reads discover names first. */
  private tr098(timeoutMs: number): Tr098Access {
    return new Tr098Access(this.d.store, async (device, names) => {
      const row = await this.run(
        device,
        'getParameterValues',
        { names, lenient: true, discover: true },
        timeoutMs,
      );
      return { values: (JSON.parse(row.result ?? '{"values":[]}') as GpvResult).values, at: row.updated_at };
    });
  }

  /** Runs a TR-098 mapping step; a name the router lacks or cannot set is a fault (9005). */
  private async mapped<T>(f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (e) {
      if (e instanceof MissingOnRouter) throw new DeviceError('fault', e.message, 9005);
      if (e instanceof DeviceError || !(e instanceof Error)) throw e;
      throw new DeviceError('fault', e.message, 9008);
    }
  }

  private toParameterValues(
    rows: { path: string; value: string; type: string; at: string }[],
    root: Root,
  ): ParameterValue[] {
    return rows.map((r) => ({
      path: fromDevicePath(r.path, root),
      value: typedValue(r.value, r.type),
      type: r.type,
      at: r.at,
    }));
  }

  async getParameters(
    deviceId: string,
    paths: string[],
    opts?: OpOptions & { maxAgeMs?: number },
  ): Promise<ParameterValue[]> {
    const device = await this.device(deviceId);
    const root = device.root as Root;
    if (paths.length === 0) return [];
    if (root === 'InternetGatewayDevice.') {
      const cutoff =
        opts?.maxAgeMs !== undefined && opts.maxAgeMs > 0
          ? new Date(this.d.now().getTime() - opts.maxAgeMs).toISOString()
          : null;
      const got = await this.tr098(this.timeout(opts)).get(device, paths, cutoff);
      if (got.length === 0)
        throw new DeviceError('fault', `the router has none of ${paths.join(', ')}`, 9005);
      return got.map((v) => ({ path: v.name, value: typedValue(v.value, v.type), type: v.type, at: v.at }));
    }
    const wanted = [...new Set(paths.map((p) => toDevicePath(p, root)))];
    const fresh: AcsParamRow[] = [];
    let missing = wanted;
    if (opts?.maxAgeMs !== undefined && opts.maxAgeMs > 0) {
      const cutoff = new Date(this.d.now().getTime() - opts.maxAgeMs).toISOString();
      missing = [];
      const exact = wanted.filter((p) => !p.endsWith('.'));
      const cached = new Map((await this.d.store.getParams(deviceId, exact)).map((r) => [r.path, r]));
      for (const p of exact) {
        const r = cached.get(p);
        if (r && r.at >= cutoff) fresh.push(r);
        else missing.push(p);
      }
      for (const prefix of wanted.filter((p) => p.endsWith('.'))) {
        const rows = await this.d.store.getParamsUnder(deviceId, prefix);
        if (rows.length > 0 && rows.every((r) => r.at >= cutoff)) fresh.push(...rows);
        else missing.push(prefix);
      }
    }
    if (missing.length === 0) return this.toParameterValues(fresh, root);
    const row = await this.run(
      device,
      'getParameterValues',
      { names: missing, lenient: missing.length > 1 },
      this.timeout(opts),
    );
    const result = JSON.parse(row.result ?? '{"values":[],"invalid":[]}') as GpvResult;
    const at = row.updated_at;
    return this.toParameterValues(
      [...fresh, ...result.values.map((v) => ({ path: v.name, value: v.value, type: v.type, at }))],
      root,
    );
  }

  async setParameters(
    deviceId: string,
    values: { path: string; value: ParamValue; type?: string }[],
    opts?: OpOptions,
  ): Promise<{ status: 0 | 1 }> {
    const device = await this.device(deviceId);
    const root = device.root as Root;
    let structs: ParamStruct[];
    if (root === 'InternetGatewayDevice.') {
      const desk = values.map((v) => ({
        name: v.path,
        value: wireValue(v.value),
        type: v.type ?? inferType(v.value),
      }));
      structs = await this.mapped(() => this.tr098(this.timeout(opts)).writes(device, desk));
    } else {
      const names = values.map((v) => toDevicePath(v.path, root));
      const knownTypes = new Map(
        (await this.d.store.getParams(deviceId, names)).map((r) => [r.path, r.type]),
      );
      structs = values.map((v, i) => ({
        name: names[i]!,
        value: wireValue(v.value),
        type: v.type ?? knownTypes.get(names[i]!) ?? inferType(v.value),
      }));
    }
    const row = await this.run(device, 'setParameterValues', { values: structs }, this.timeout(opts));
    const status = (JSON.parse(row.result ?? '{}') as { status?: number }).status;
    return { status: status === 1 ? 1 : 0 };
  }

  async reboot(deviceId: string, opts?: OpOptions): Promise<void> {
    const device = await this.device(deviceId);
    await this.run(device, 'reboot', {}, this.timeout(opts, this.d.config.timeouts.rebootMs));
  }

  async factoryReset(deviceId: string, opts?: OpOptions): Promise<void> {
    const device = await this.device(deviceId);
    await this.run(device, 'factoryReset', {}, this.timeout(opts, this.d.config.timeouts.factoryResetMs));
  }

  /** Download arguments for a firmware image of the device's model (shared with the REST API). */
  async firmwareDownloadArgs(device: AcsDeviceRow, version: string): Promise<object> {
    if (!device.model) throw new DeviceError('fault', `model of ${device.id} is unknown`);
    const name = firmwareFileName(device.model, version);
    const external = this.d.files.image(device.model, version);
    if (external?.url)
      return {
        fileType: '1 Firmware Upgrade Image',
        url: external.url,
        fileSize: external.size ?? 0,
        targetFileName: name,
        version,
      };
    const size = await this.d.files.size(name);
    if (size === null) throw new DeviceError('fault', `no firmware image ${name}`);
    return {
      fileType: '1 Firmware Upgrade Image',
      url: this.d.fileUrl(device.model, version),
      fileSize: size,
      targetFileName: name,
      version,
    };
  }

  async upgradeFirmware(deviceId: string, version: string, opts?: OpOptions): Promise<void> {
    const device = await this.device(deviceId);
    const args = await this.firmwareDownloadArgs(device, version);
    await this.run(device, 'download', args, this.timeout(opts, this.d.config.timeouts.downloadMs));
  }

  /** runDiagnostic task arguments in the device's own paths (shared with the REST API). */
  diagnosticArgs(
    device: AcsDeviceRow,
    req: DiagnosticRequest,
  ): { kind: string; root: string; inputs: ParamStruct[]; discover?: boolean } {
    const plan = diagnosticPlan(req, this.d.speedTestUrl());
    const root = toDevicePath(plan.root, device.root as Root);
    const inputs = plan.inputs.map((i) => ({ name: root + i.name, value: i.value, type: i.type }));
    return {
      kind: req.kind,
      root,
      inputs,
      ...(device.root === 'InternetGatewayDevice.' ? { discover: true } : {}),
    };
  }

  async runDiagnostic(deviceId: string, req: DiagnosticRequest, opts?: OpOptions): Promise<DiagnosticResult> {
    const device = await this.device(deviceId);
    const args = this.diagnosticArgs(device, req);
    const row = await this.run(
      device,
      'runDiagnostic',
      args,
      this.timeout(opts, this.d.config.timeouts.diagnosticMs),
    );
    const result = JSON.parse(row.result ?? '{"values":[]}') as GpvResult;
    const values = new Map(
      result.values
        .filter((v) => v.name.startsWith(args.root))
        .map((v) => [v.name.slice(args.root.length), v.value]),
    );
    return diagnosticResult(req.kind, values);
  }

  async addObject(deviceId: string, objectName: string, opts?: OpOptions): Promise<{ instance: number }> {
    const device = await this.device(deviceId);
    const row = await this.run(
      device,
      'addObject',
      { objectName: await this.objectPath(device, objectName, opts) },
      this.timeout(opts),
    );
    return { instance: (JSON.parse(row.result ?? '{}') as { instance: number }).instance };
  }

  async deleteObject(deviceId: string, objectName: string, opts?: OpOptions): Promise<void> {
    const device = await this.device(deviceId);
    await this.run(
      device,
      'deleteObject',
      { objectName: await this.objectPath(device, objectName, opts) },
      this.timeout(opts),
    );
  }

  private objectPath(device: AcsDeviceRow, objectName: string, opts: OpOptions | undefined): Promise<string> {
    if (device.root !== 'InternetGatewayDevice.')
      return Promise.resolve(toDevicePath(objectName, device.root as Root));
    return this.mapped(() => this.tr098(this.timeout(opts)).objectPath(device, objectName));
  }
}
