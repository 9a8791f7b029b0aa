import type { ActionName, ConsentKey, Customer, NetworkProfile, Service, WorkLog } from '../domain/index.js';
import type { DeviceService } from '../acs/device-service.js';
import type { IspPorts } from '../isp/ports.js';
import type { AuditLog, CustomerDirectory } from '../tickets/ports.js';

export interface ActionContext {
  ticketId: string | null;
  actor: { kind: 'bot' | 'staff'; id: string | null };
  customer: Customer | null;
  service: Service | null;
  /** The CPE's ACS id; when null it is looked up by the service. */
  deviceId: string | null;
  /** Identity verified (customer number + PIN, or a signed-in portal session). */
  verified: boolean;
  consents: ReadonlySet<ConsentKey>;
  /** True only when a reboot was already tried and did not help (required for factory reset). */
  lastResort?: boolean;
  devices: DeviceService;
  isp: IspPorts;
  directory: CustomerDirectory;
  audit: AuditLog;
  /** Overall deadline for the action, ms (defaults per action: reboot 3 min, firmware 10 min, others 1 min). */
  timeoutMs?: number;
  /** Never given secrets. */
  log?: WorkLog;
  /** The ISP's resolvers and firmware catalogue (operator configuration). */
  network?: NetworkProfile;
}

export type ActionErrorCode =
  | 'not_verified'
  | 'no_consent'
  | 'not_last_resort'
  | 'no_device'
  | 'device_offline'
  | 'timeout'
  | 'fault'
  | 'invalid_args'
  | 'failed';

export type ActionResult =
  | { ok: true; action: ActionName; details: Record<string, unknown>; secrets?: Record<string, string> }
  | { ok: false; action: ActionName; error: ActionErrorCode; message: string; faultCode?: number };

/** Runs one guarded action (the agent's and the console's entry to this capability). */
export type ExecuteAction = (
  name: ActionName,
  ctx: ActionContext,
  args: Record<string, unknown>,
  reason: string,
  evidence: string[],
) => Promise<ActionResult>;

/** Thrown inside executors for a typed failure that is not a device error. */
export class ActionFailure extends Error {
  constructor(
    public readonly code: ActionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ActionFailure';
  }
}
