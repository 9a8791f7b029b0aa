// The ACS seen from the rest of Frontline: typed, awaitable device operations with deadlines.

export type ParamValue = string | number | boolean;

export interface ParameterValue {
  path: string;
  value: ParamValue;
  /** xsd type, e.g. `xsd:string`, `xsd:unsignedInt`, `xsd:boolean`, `xsd:int`, `xsd:dateTime`. */
  type: string;
  /** When the ACS last read this value from the device (ISO time). */
  at: string;
}

export type DeviceErrorKind = 'offline' | 'timeout' | 'fault' | 'not_found';

export class DeviceError extends Error {
  constructor(
    public readonly kind: DeviceErrorKind,
    message: string,
    /** CWMP fault code (9000–9019) when kind is `fault`. */
    public readonly faultCode?: number,
  ) {
    super(message);
    this.name = 'DeviceError';
  }
}

export interface OpOptions {
  /** Overall deadline for the operation, ms. */
  timeoutMs?: number;
}

export type DiagnosticRequest =
  | { kind: 'ipPing'; host: string; repetitions?: number }
  | { kind: 'traceRoute'; host: string }
  | { kind: 'nslookup'; hostName: string; dnsServer?: string }
  | { kind: 'download'; url?: string };

export type DiagnosticResult =
  | {
      kind: 'ipPing';
      state: string;
      successCount: number;
      failureCount: number;
      averageResponseTimeMs: number | null;
    }
  | { kind: 'traceRoute'; state: string; hops: { host: string; address: string; rttMs: number | null }[] }
  | {
      kind: 'nslookup';
      state: string;
      successCount: number;
      results: { status: string; hostName: string; ipAddresses: string[]; dnsServer: string }[];
    }
  | { kind: 'download'; state: string; throughputMbps: number | null; bytes: number; durationMs: number };

export interface DeviceSummary {
  id: string;
  serviceId: string | null;
  model: string | null;
  firmware: string | null;
  lastInformAt: string | null;
  /** Root data model of the device: TR-181 `Device.` or TR-098 `InternetGatewayDevice.`. */
  root: 'Device.' | 'InternetGatewayDevice.';
}

export interface DeviceService {
  findByService(serviceId: string): Promise<DeviceSummary | null>;
  get(deviceId: string): Promise<DeviceSummary | null>;
  /** Values from the cache when younger than `maxAgeMs`, otherwise read from the device now. */
  getParameters(
    deviceId: string,
    paths: string[],
    opts?: OpOptions & { maxAgeMs?: number },
  ): Promise<ParameterValue[]>;
  setParameters(
    deviceId: string,
    values: { path: string; value: ParamValue; type?: string }[],
    opts?: OpOptions,
  ): Promise<{ status: 0 | 1 }>;
  reboot(deviceId: string, opts?: OpOptions): Promise<void>;
  factoryReset(deviceId: string, opts?: OpOptions): Promise<void>;
  upgradeFirmware(deviceId: string, version: string, opts?: OpOptions): Promise<void>;
  runDiagnostic(deviceId: string, req: DiagnosticRequest, opts?: OpOptions): Promise<DiagnosticResult>;
  addObject(deviceId: string, objectName: string, opts?: OpOptions): Promise<{ instance: number }>;
  deleteObject(deviceId: string, objectName: string, opts?: OpOptions): Promise<void>;
}
