// In-memory fakes of the ACS DeviceService, the ISP ports and the desk stores, for unit tests of
// diagnostics, actions and the runbook engine. Healthy by default; tests change what they need.
import {
  DeviceError,
  type DeviceService,
  type DeviceSummary,
  type DiagnosticRequest,
  type DiagnosticResult,
  type OpOptions,
  type ParameterValue,
  type ParamValue,
} from '../../acs/device-service.js';
import {
  defaultModelFor,
  P,
  type NetworkProfile,
  type AccessKind,
  type Customer,
  type Service,
} from '../../domain/index.js';
import { demoOperatorConfig } from '../../operator/load.js';
import {
  UnknownServiceError,
  type AaaPort,
  type AaaSession,
  type AccessNetworkPort,
  type IspPorts,
  type LineStatus,
  type PortalAccountPort,
  type PortalAccountStatus,
} from '../../isp/ports.js';
import { MemoryAudit, MemoryDirectory, MemoryIncidents } from '../../tickets/testing/memory-ports.js';
import type { DiagnosticContext } from '../types.js';

/** The demo operator's resolvers and router models, as the probes and actions get them from the desk. */
const demo = demoOperatorConfig();
export const TEST_NETWORK: NetworkProfile = { dnsServers: demo.network.dnsServers, firmware: demo.firmware };

const FIXED_AT = '2026-01-15T10:00:00.000Z';

// ---------------------------------------------------------------------------------------------
// Device service

export type DeviceMethod = keyof DeviceService;

export interface FakeCall {
  method: DeviceMethod;
  deviceId: string;
  args: unknown[];
}

type DiagnosticHandler = (req: DiagnosticRequest) => DiagnosticResult;

interface FakeDevice {
  summary: DeviceSummary;
  params: Map<string, ParamValue>;
  factory: Map<string, ParamValue>;
  diagnostics: Partial<Record<DiagnosticRequest['kind'], DiagnosticHandler>>;
  nextInstance: Map<string, number>;
}

function typeOf(v: ParamValue): string {
  if (typeof v === 'boolean') return 'xsd:boolean';
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? 'xsd:unsignedInt' : 'xsd:int';
  return 'xsd:string';
}

/** A scriptable DeviceService. Every call is recorded in `calls` (in order). */
export class FakeDeviceService implements DeviceService {
  readonly calls: FakeCall[] = [];
  private readonly devices = new Map<string, FakeDevice>();
  private readonly offline = new Set<string>();
  private readonly failures = new Map<string, DeviceError>();
  private readonly hanging = new Set<string>();

  addDevice(summary: Partial<DeviceSummary> & { id: string }, params: Record<string, ParamValue>): this {
    const full: DeviceSummary = {
      serviceId: null,
      model: typeof params[P.modelName] === 'string' ? (params[P.modelName] as string) : null,
      firmware: typeof params[P.softwareVersion] === 'string' ? (params[P.softwareVersion] as string) : null,
      lastInformAt: FIXED_AT,
      root: 'Device.',
      ...summary,
    };
    this.devices.set(summary.id, {
      summary: full,
      params: new Map(Object.entries(params)),
      factory: new Map(Object.entries(params)),
      diagnostics: {},
      nextInstance: new Map(),
    });
    return this;
  }

  /** Current value of a parameter (what the device holds now). */
  value(deviceId: string, path: string): ParamValue | undefined {
    return this.dev(deviceId).params.get(path);
  }

  set(deviceId: string, values: Record<string, ParamValue>): this {
    const d = this.dev(deviceId);
    for (const [k, v] of Object.entries(values)) d.params.set(k, v);
    return this;
  }

  delete(deviceId: string, path: string): this {
    this.dev(deviceId).params.delete(path);
    return this;
  }

  /** Values the device returns to after FactoryReset (defaults: its values when added). */
  setFactory(deviceId: string, values: Record<string, ParamValue>): this {
    const d = this.dev(deviceId);
    for (const [k, v] of Object.entries(values)) d.factory.set(k, v);
    return this;
  }

  setOnline(deviceId: string, online: boolean): this {
    if (online) this.offline.delete(deviceId);
    else this.offline.add(deviceId);
    return this;
  }

  /** Makes every call of `method` fail with `error` (until cleared with `null`). */
  failWith(method: DeviceMethod, error: DeviceError | null): this {
    if (error) this.failures.set(method, error);
    else this.failures.delete(method);
    return this;
  }

  /** Makes every call of `method` never settle (to test deadlines). */
  hang(method: DeviceMethod, on = true): this {
    if (on) this.hanging.add(method);
    else this.hanging.delete(method);
    return this;
  }

  onDiagnostic(deviceId: string, kind: DiagnosticRequest['kind'], handler: DiagnosticHandler): this {
    this.dev(deviceId).diagnostics[kind] = handler;
    return this;
  }

  callsOf(method: DeviceMethod): FakeCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** All SetParameterValues writes in order, flattened to path → value. */
  writes(deviceId?: string): { path: string; value: ParamValue }[] {
    return this.callsOf('setParameters')
      .filter((c) => !deviceId || c.deviceId === deviceId)
      .flatMap((c) =>
        (c.args[0] as { path: string; value: ParamValue }[]).map(({ path, value }) => ({ path, value })),
      );
  }

  private dev(id: string): FakeDevice {
    const d = this.devices.get(id);
    if (!d) throw new DeviceError('not_found', `device ${id} not found`);
    return d;
  }

  private async enter(method: DeviceMethod, deviceId: string, args: unknown[]): Promise<FakeDevice> {
    this.calls.push({ method, deviceId, args });
    await Promise.resolve();
    if (this.hanging.has(method)) await new Promise<never>(() => {});
    const failure = this.failures.get(method);
    if (failure) throw failure;
    const d = this.dev(deviceId);
    if (this.offline.has(deviceId)) throw new DeviceError('offline', `device ${deviceId} is offline`);
    return d;
  }

  async findByService(serviceId: string): Promise<DeviceSummary | null> {
    this.calls.push({ method: 'findByService', deviceId: '', args: [serviceId] });
    return [...this.devices.values()].find((d) => d.summary.serviceId === serviceId)?.summary ?? null;
  }

  async get(deviceId: string): Promise<DeviceSummary | null> {
    this.calls.push({ method: 'get', deviceId, args: [] });
    const d = this.devices.get(deviceId);
    if (!d) return null;
    return { ...d.summary, firmware: String(d.params.get(P.softwareVersion) ?? d.summary.firmware) };
  }

  async getParameters(
    deviceId: string,
    paths: string[],
    opts?: OpOptions & { maxAgeMs?: number },
  ): Promise<ParameterValue[]> {
    const d = await this.enter('getParameters', deviceId, [paths, opts]);
    const out: ParameterValue[] = [];
    for (const path of paths) {
      if (path.endsWith('.')) {
        for (const [k, v] of d.params)
          if (k.startsWith(path)) out.push({ path: k, value: v, type: typeOf(v), at: FIXED_AT });
        continue;
      }
      const v = d.params.get(path);
      if (v === undefined) throw new DeviceError('fault', `Invalid parameter name ${path}`, 9005);
      out.push({ path, value: v, type: typeOf(v), at: FIXED_AT });
    }
    return out;
  }

  async setParameters(
    deviceId: string,
    values: { path: string; value: ParamValue; type?: string }[],
    opts?: OpOptions,
  ): Promise<{ status: 0 | 1 }> {
    const d = await this.enter('setParameters', deviceId, [values, opts]);
    for (const { path, value } of values) d.params.set(path, value);
    return { status: 0 };
  }

  async reboot(deviceId: string, opts?: OpOptions): Promise<void> {
    const d = await this.enter('reboot', deviceId, [opts]);
    d.params.set(P.uptime, 0);
  }

  async factoryReset(deviceId: string, opts?: OpOptions): Promise<void> {
    const d = await this.enter('factoryReset', deviceId, [opts]);
    d.params = new Map(d.factory);
    d.params.set(P.uptime, 0);
  }

  async upgradeFirmware(deviceId: string, version: string, opts?: OpOptions): Promise<void> {
    const d = await this.enter('upgradeFirmware', deviceId, [version, opts]);
    d.params.set(P.softwareVersion, version);
    d.params.set(P.uptime, 0);
  }

  async runDiagnostic(deviceId: string, req: DiagnosticRequest, opts?: OpOptions): Promise<DiagnosticResult> {
    const d = await this.enter('runDiagnostic', deviceId, [req, opts]);
    const handler = d.diagnostics[req.kind];
    if (handler) return handler(req);
    switch (req.kind) {
      case 'ipPing':
        return {
          kind: 'ipPing',
          state: 'Complete',
          successCount: req.repetitions ?? 3,
          failureCount: 0,
          averageResponseTimeMs: 12,
        };
      case 'nslookup':
        return {
          kind: 'nslookup',
          state: 'Complete',
          successCount: 1,
          results: [
            {
              status: 'Success',
              hostName: req.hostName,
              ipAddresses: ['93.184.216.34'],
              dnsServer: TEST_NETWORK.dnsServers[0]!,
            },
          ],
        };
      case 'traceRoute':
        return {
          kind: 'traceRoute',
          state: 'Complete',
          hops: [{ host: req.host, address: req.host, rttMs: 10 }],
        };
      case 'download':
        return {
          kind: 'download',
          state: 'Complete',
          throughputMbps: 480,
          bytes: 60_000_000,
          durationMs: 1000,
        };
    }
  }

  async addObject(deviceId: string, objectName: string, opts?: OpOptions): Promise<{ instance: number }> {
    const d = await this.enter('addObject', deviceId, [objectName, opts]);
    let max = d.nextInstance.get(objectName) ?? 0;
    for (const k of d.params.keys()) {
      const m = k.startsWith(objectName) ? /^(\d+)\./.exec(k.slice(objectName.length)) : null;
      if (m) max = Math.max(max, Number(m[1]));
    }
    d.nextInstance.set(objectName, max + 1);
    return { instance: max + 1 };
  }

  async deleteObject(deviceId: string, objectName: string, opts?: OpOptions): Promise<void> {
    const d = await this.enter('deleteObject', deviceId, [objectName, opts]);
    for (const k of [...d.params.keys()]) if (k.startsWith(objectName)) d.params.delete(k);
  }
}

/** Parameters of a healthy home gateway of the given access kind (recommended firmware, two radios, one client per band). */
export function healthyParams(
  access: AccessKind,
  overrides: Record<string, ParamValue> = {},
): Record<string, ParamValue> {
  const model = defaultModelFor(TEST_NETWORK.firmware, access);
  const base: Record<string, ParamValue> = {
    [P.uptime]: 3 * 24 * 3600,
    [P.softwareVersion]: model?.recommended ?? '1.0.0',
    [P.modelName]: model?.model ?? 'Generic',
    [P.serialNumber]: 'SN000001',
    [P.hardwareStatus]: 'OK',
    [P.adminPasswordIsDefault]: false,
    [P.adminPassword]: '',
    [P.connReqUrl]: 'http://127.0.0.1:7548/cr/SN000001',
    [P.periodicInformInterval]: 300,
    [P.pppStatus]: 'Connected',
    [P.pppLastError]: 'ERROR_NONE',
    [P.pppUsername]: 'user@isp',
    [P.pppPassword]: '',
    [P.pppReconnects]: 0,
    [P.wanIp]: '203.0.113.10',
    [P.wanStatus]: 'Up',
    [P.wanBytesReceived]: 123456789,
    [P.dnsServer(1)]: TEST_NETWORK.dnsServers[0]!,
    [P.dnsServer(2)]: TEST_NETWORK.dnsServers[1]!,
  };
  if (access === 'fiber') Object.assign(base, { [P.opticalRx]: -19500, [P.opticalStatus]: 'Up' });
  if (access === 'dsl')
    Object.assign(base, {
      [P.dslLinkStatus]: 'Up',
      [P.dslSnrDown]: 150,
      [P.dslAttenuationDown]: 250,
      [P.dslCrc]: 10,
    });
  if (access === 'cable') {
    Object.assign(base, {
      [P.docsisDsPower]: 20,
      [P.docsisDsSnr]: 380,
      [P.docsisUsPower]: 420,
      [P.docsisStatus]: 'OperationalStatus',
    });
  }
  for (const r of [1, 2] as const) {
    Object.assign(base, {
      [P.radioEnable(r)]: true,
      [P.radioStatus(r)]: 'Up',
      [P.radioChannel(r)]: r === 1 ? 6 : 36,
      [P.radioAutoChannel(r)]: false,
      [P.radioBand(r)]: r === 1 ? '2.4GHz' : '5GHz',
      [P.radioUtilization(r)]: 20,
      [P.radioNeighbours(r)]: 2,
      [P.ssid(r)]: 'Home-1234',
      [P.ssidEnable(r)]: true,
      [P.apSecurityMode(r)]: 'WPA2-Personal',
      [P.apKeyPassphrase(r)]: '',
      [P.apWpsEnable(r)]: false,
      [P.apClientCount(r)]: 1,
      [`${P.apClients(r)}1.MACAddress`]: r === 1 ? 'AA:BB:CC:00:00:01' : 'AA:BB:CC:00:00:02',
      [`${P.apClients(r)}1.SignalStrength`]: -55,
      [`${P.apClients(r)}1.Active`]: true,
    });
  }
  return { ...base, ...overrides };
}

// ---------------------------------------------------------------------------------------------
// ISP ports

export function healthyLine(access: AccessKind): LineStatus {
  switch (access) {
    case 'fiber':
      return { access, ontRegistered: true, los: false, rxDbm: -19.5, dropsLast24h: 0 };
    case 'dsl':
      return {
        access,
        sync: true,
        snrMarginDb: 15,
        attenuationDb: 25,
        crcErrors: 110,
        crcErrorsHourAgo: 100,
        resyncsLast24h: 0,
        syncDownKbps: 60_000,
      };
    case 'cable':
      return { access, online: true, dsPowerDbmv: 2, usPowerDbmv: 42, snrDb: 38, resetsLast24h: 0 };
  }
}

export class FakeAccessNetwork implements AccessNetworkPort {
  readonly lines = new Map<string, LineStatus>();
  async lineStatus(serviceId: string): Promise<LineStatus> {
    const l = this.lines.get(serviceId);
    if (!l) throw new UnknownServiceError(serviceId);
    return structuredClone(l);
  }
}

export class FakeAaa implements AaaPort {
  readonly sessions = new Map<string, AaaSession>();
  async session(pppoeUsername: string): Promise<AaaSession> {
    return (
      this.sessions.get(pppoeUsername) ?? {
        up: false,
        ipAddress: null,
        startedAt: null,
        lastReject: null,
        lastRejectAt: null,
      }
    );
  }
}

export class FakePortal implements PortalAccountPort {
  readonly accounts = new Map<string, PortalAccountStatus>();
  readonly calls: { method: 'status' | 'unlock' | 'resetPassword'; customerNumber: string }[] = [];
  private counter = 0;
  async status(customerNumber: string): Promise<PortalAccountStatus> {
    this.calls.push({ method: 'status', customerNumber });
    return (
      this.accounts.get(customerNumber) ?? {
        exists: false,
        locked: false,
        failedLogins: 0,
        lastLoginAt: null,
      }
    );
  }
  async unlock(customerNumber: string): Promise<void> {
    this.calls.push({ method: 'unlock', customerNumber });
    const a = this.accounts.get(customerNumber);
    if (!a) throw new Error(`no portal account ${customerNumber}`);
    this.accounts.set(customerNumber, { ...a, locked: false, failedLogins: 0 });
  }
  async resetPassword(customerNumber: string): Promise<{ temporaryPassword: string }> {
    this.calls.push({ method: 'resetPassword', customerNumber });
    const a = this.accounts.get(customerNumber);
    if (!a) throw new Error(`no portal account ${customerNumber}`);
    this.accounts.set(customerNumber, { ...a, locked: false, failedLogins: 0 });
    return { temporaryPassword: `Temp-${customerNumber}-${++this.counter}` };
  }
}

export interface FakeIsp extends IspPorts {
  access: FakeAccessNetwork;
  aaa: FakeAaa;
  portal: FakePortal;
}

export function fakeIsp(): FakeIsp {
  return { access: new FakeAccessNetwork(), aaa: new FakeAaa(), portal: new FakePortal() };
}

// ---------------------------------------------------------------------------------------------
// A whole healthy subscriber in one call

export interface FakeWorld {
  customer: Customer;
  service: Service;
  deviceId: string;
  pin: string;
  pppoePassword: string;
  devices: FakeDeviceService;
  isp: FakeIsp;
  incidents: MemoryIncidents;
  audit: MemoryAudit;
  directory: MemoryDirectory;
}

/** One healthy subscriber (customer 100482, PIN 4711) with line, AAA session, portal account and router. */
export function fakeWorld(
  opts: { access?: AccessKind; customerNumber?: string; downMbps?: number } = {},
): FakeWorld {
  const access = opts.access ?? 'fiber';
  const customerNumber = opts.customerNumber ?? '100482';
  const customer: Customer = {
    id: `cust-${customerNumber}`,
    customerNumber,
    name: 'Karin Lind',
    contacts: [{ kind: 'email', value: 'karin.lind@example.se' }],
    language: 'sv',
    segment: 'residential',
    pinHash: 'fake',
    createdAt: FIXED_AT,
  };
  const service: Service = {
    id: `svc-${customerNumber}`,
    customerId: customer.id,
    access,
    plan: { downMbps: opts.downMbps ?? 500, upMbps: 100 },
    areaCode: 'SE-STO-SUNDBYBERG',
    accountStatus: 'active',
    pppoeUsername: `u${customerNumber}@isp.example`,
    pppoePasswordEnc: 'enc',
    createdAt: FIXED_AT,
  };
  const model = defaultModelFor(TEST_NETWORK.firmware, access);
  const deviceId = `${model?.oui ?? '000000'}-${model?.productClass ?? 'GEN'}-SN${customerNumber}`;
  const pin = '4711';
  const pppoePassword = 'ppp-secret-1';

  const devices = new FakeDeviceService().addDevice(
    { id: deviceId, serviceId: service.id },
    healthyParams(access, { [P.pppUsername]: service.pppoeUsername ?? '' }),
  );
  const isp = fakeIsp();
  isp.access.lines.set(service.id, healthyLine(access));
  isp.aaa.sessions.set(service.pppoeUsername ?? '', {
    up: true,
    ipAddress: '203.0.113.10',
    startedAt: FIXED_AT,
    lastReject: null,
    lastRejectAt: null,
  });
  isp.portal.accounts.set(customerNumber, {
    exists: true,
    locked: false,
    failedLogins: 0,
    lastLoginAt: FIXED_AT,
  });

  const directory = new MemoryDirectory().put(customer, service, { pin, pppoePassword });
  const fixedNow = () => new Date(FIXED_AT);

  return {
    customer,
    service,
    deviceId,
    pin,
    pppoePassword,
    devices,
    isp,
    incidents: new MemoryIncidents(fixedNow),
    audit: new MemoryAudit(fixedNow),
    directory,
  };
}

/** A DiagnosticContext over a fake world (short deadline suitable for tests). */
export function diagnosticContext(
  w: FakeWorld,
  overrides: Partial<DiagnosticContext> = {},
): DiagnosticContext {
  return {
    customer: w.customer,
    service: w.service,
    deviceId: w.deviceId,
    devices: w.devices,
    isp: w.isp,
    incidents: w.incidents,
    now: () => new Date(FIXED_AT),
    deadlineMs: 2_000,
    network: TEST_NETWORK,
    ...overrides,
  };
}
