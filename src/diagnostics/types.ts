import type {
  ActionName,
  Customer,
  CustomerWords,
  Finding,
  Queue,
  Service,
  StepKey,
  WorkLog,
} from '../domain/index.js';
import type { DeviceService } from '../acs/device-service.js';
import type { IspPorts } from '../isp/ports.js';
import type { NetworkProfile } from '../domain/firmware-catalogue.js';
import type { ThresholdName } from './thresholds.js';
import type { IncidentStore } from '../tickets/ports.js';

export const PROBE_IDS = [
  'account',
  'incident',
  'aaa',
  'line',
  'cpe',
  'wan',
  'dns',
  'ping',
  'speed',
  'wifi',
  'firmware',
  'security',
  'portal',
] as const;
export type ProbeId = (typeof PROBE_IDS)[number];

export interface DiagnosticContext {
  customer: Customer | null;
  service: Service | null;
  /** The CPE's ACS id; when null it is looked up by the service. */
  deviceId: string | null;
  devices: DeviceService;
  isp: IspPorts;
  incidents: IncidentStore;
  now?: () => Date;
  /** Deadline per probe, ms (default 25 s). */
  deadlineMs?: number;
  /**
   * How old cached device parameters may be. Default: 0 (fresh read) when the `cpe` probe runs —
   * reachability needs a real answer — otherwise 30 s.
   */
  paramMaxAgeMs?: number;
  /** The ISP's resolvers and firmware catalogue (operator configuration); probes needing them are unavailable without. */
  network?: NetworkProfile;
  /** Operator overrides of THRESHOLDS values. */
  thresholds?: Partial<Record<ThresholdName, number>>;
  /** The operator's portal name and time zone in the findings' explanations (neutral words without). */
  words?: CustomerWords;
  /** Where a probe notes extra evidence it went on without. */
  log?: WorkLog;
}

export interface ProbeRun {
  probe: ProbeId;
  findings: Finding[];
  /** Why the probe could not check what it should (it timed out, a system did not answer, …). */
  unavailable?: string;
  durationMs: number;
}

export interface RootCause {
  /** A contract fault kind where one fits (`fiber_los`, `ppp_auth_failure`, …), else a descriptive name. */
  cause: string;
  /** Higher is more likely; base weight of the rule plus support from corroborating findings. */
  score: number;
  findings: Finding[];
  tier1Fixable: boolean;
  suggestedAction?: ActionName;
  suggestedStep?: StepKey;
  escalateTo?: Queue;
}

/** The diagnostics capability as the agent and the console call it. */
export interface DiagnosticsApi {
  runProbes(ctx: DiagnosticContext, probes: ProbeId[]): Promise<ProbeRun[]>;
  diagnose(runs: ProbeRun[]): RootCause[];
}
