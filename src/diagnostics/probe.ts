import type { AccessKind, Finding, NetworkProfile, Service } from '../domain/index.js';
import type { ThresholdName } from './thresholds.js';
import type { DeviceSummary, DiagnosticRequest, DiagnosticResult } from '../acs/device-service.js';
import type { ParamSnapshot } from './params.js';
import type { DiagnosticContext, ProbeId } from './types.js';

/** What a probe gets: the context plus shared, memoised access to the device. */
export interface ProbeEnv {
  ctx: DiagnosticContext;
  now: Date;
  service: Service | null;
  access: AccessKind | null;
  /** The service (throws ProbeUnavailable when no service is known). */
  requireService(): Service;
  /** The CPE id (throws ProbeUnavailable when the customer has no known router). */
  deviceId(): Promise<string>;
  device(): Promise<DeviceSummary | null>;
  /** The values of this probe's device paths, from the run's shared read; throws DeviceError. */
  params(): Promise<ParamSnapshot>;
  /** The operator's network profile (throws ProbeUnavailable when the desk has none). */
  network(): NetworkProfile;
  /** A threshold's number, with the operator's override. */
  limit(name: ThresholdName): number;
  /** Runs a device diagnostic once per run (probes asking for the same test share the result). */
  diagnostic<K extends DiagnosticRequest['kind']>(
    req: Extract<DiagnosticRequest, { kind: K }>,
  ): Promise<Extract<DiagnosticResult, { kind: K }>>;
  /**
   * Extra evidence the probe can do without: a failure is logged with the probe and `what`, and
   * the probe gets null (its finding then says "not checked").
   */
  optional<T>(what: string, work: Promise<T>): Promise<T | null>;
}

export interface ProbeDef {
  id: ProbeId;
  /** Device parameter paths this probe reads (joined into one GetParameterValues per run). */
  devicePaths?: (access: AccessKind | null) => string[];
  run(env: ProbeEnv): Promise<Finding[]>;
}
