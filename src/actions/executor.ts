import type { ActionContext } from './types.js';

export interface ExecEnv {
  ctx: ActionContext;
  args: Record<string, unknown>;
  /** Options to pass to every DeviceService call. */
  opts: { timeoutMs: number };
  /** The CPE id; throws ActionFailure('no_device') when the customer has no known router. */
  deviceId(): Promise<string>;
  /** Registers a secret so it is masked in any failure message; returns it unchanged. */
  secret(value: string): string;
}

export interface ExecOutcome {
  details: Record<string, unknown>;
  secrets?: Record<string, string>;
}

export interface Executor {
  /** Device actions are audited as `device.action`, account actions as `account.action`. */
  target: 'device' | 'account';
  /** Default overall deadline, ms. */
  timeoutMs: number;
  run(env: ExecEnv): Promise<ExecOutcome>;
}
