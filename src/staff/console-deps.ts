// What the console backend needs from other capabilities. Structural copies of the planned APIs
// (src/agent, src/diagnostics, src/actions) so this folder does not import theirs.
import type { ActionName, ConsentKey, Customer, Finding, Queue, Service } from '../domain/index.js';
import type { DeviceService } from '../acs/device-service.js';
import type { IspPorts } from '../isp/ports.js';
import type { AuditLog, CustomerDirectory, IncidentStore, TicketStore } from '../tickets/ports.js';

export interface ConsoleAgent {
  takeOver(ticketId: string, staffId: string): Promise<unknown> | unknown;
  handBack(ticketId: string): Promise<unknown> | unknown;
  /** Sends a staff message to the customer on the ticket's channel (and records it). */
  staffReply(ticketId: string, staffId: string, text: string): Promise<unknown> | unknown;
  /** Tells the customer that a person resolved the case (summary, then the satisfaction question). */
  staffResolved?(ticketId: string, summary: string): Promise<unknown> | unknown;
  /** Optional push of asynchronous replies; the console uses it only as a "ticket changed" signal. */
  onReply?(listener: (pushed: { ticketId: string }) => void): unknown;
}

export type ProbeId = 'account' | 'incident' | 'aaa' | 'line' | 'cpe' | 'wan' | 'dns' | 'ping' | 'speed' | 'wifi' | 'firmware' | 'security' | 'portal';
export const PROBE_IDS: readonly ProbeId[] = ['account', 'incident', 'aaa', 'line', 'cpe', 'wan', 'dns', 'ping', 'speed', 'wifi', 'firmware', 'security', 'portal'];

export interface DiagnosticContextLike {
  customer: Customer | null;
  service: Service | null;
  deviceId: string | null;
  devices: DeviceService;
  isp: IspPorts;
  incidents: IncidentStore;
  now?: () => Date;
  deadlineMs?: number;
}

export interface ProbeRunLike {
  probe: ProbeId;
  findings: Finding[];
  unavailable?: string;
  durationMs: number;
}

export interface RootCauseLike {
  cause: string;
  score: number;
  findings: Finding[];
  tier1Fixable: boolean;
  suggestedAction?: ActionName;
  suggestedStep?: string;
  escalateTo?: Queue;
}

export interface ConsoleDiagnostics {
  runProbes(ctx: DiagnosticContextLike, probes: ProbeId[]): Promise<ProbeRunLike[]>;
  diagnose(runs: ProbeRunLike[]): RootCauseLike[];
}

export interface ActionContextLike {
  ticketId: string | null;
  actor: { kind: 'bot' | 'staff'; id: string | null };
  customer: Customer | null;
  service: Service | null;
  deviceId: string | null;
  verified: boolean;
  consents: ReadonlySet<ConsentKey>;
  lastResort?: boolean;
  devices: DeviceService;
  isp: IspPorts;
  directory: CustomerDirectory;
  audit: AuditLog;
  timeoutMs?: number;
}

export type ActionResultLike =
  | { ok: true; action: ActionName; details: Record<string, unknown>; secrets?: Record<string, string> }
  | { ok: false; action: ActionName; error: string; message: string; faultCode?: number };

export interface ConsoleActions {
  executeAction(name: ActionName, ctx: ActionContextLike, args: Record<string, unknown>, reason: string, evidence: string[]): Promise<ActionResultLike>;
}

/** What the customer has granted on a ticket: identity verified, consents given. */
export interface TicketGrants {
  verified: boolean;
  consents: ConsentKey[];
}

export interface ConsoleDeps {
  tickets: TicketStore;
  directory: CustomerDirectory;
  incidents: IncidentStore;
  audit: AuditLog;
  devices: DeviceService;
  isp: IspPorts;
  agent: ConsoleAgent;
  diagnostics: ConsoleDiagnostics;
  actions: ConsoleActions;
  /**
   * Reads the customer's verification and consents on a ticket. Default: audit entries
   * `identity.verified` / `consent.given` whose target is the ticket id (or `ticket:<id>`).
   */
  grants?: (ticketId: string) => Promise<TicketGrants>;
  now?: () => Date;
  /** How often to look for changed tickets while consoles are connected (ms); 0 disables. */
  pollMs?: number;
  /** Router parameters read for the customer 360 are reused when younger than this. */
  deviceMaxAgeMs?: number;
}
