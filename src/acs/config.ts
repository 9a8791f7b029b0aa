import { z } from 'zod';

// ACS configuration. Every field has a default, so `{}` is a valid config; the desk maps its
// environment variables onto this shape.

const credentials = z.object({ username: z.string(), password: z.string() });

export const acsConfigSchema = z.object({
  /** Base URL the CPEs use to reach this ACS (for file URLs); default: http://<listen host>:<port>. */
  publicUrl: z.string().url().optional(),
  /** Stable id of this instance in lock rows; default: random per process. */
  instanceId: z.string().optional(),
  cpeAuth: z
    .object({
      /** `digest` (Basic also accepted when allowBasic), `basic`, or `none` (tests). */
      mode: z.enum(['digest', 'basic', 'none']).default('digest'),
      allowBasic: z.boolean().default(false),
      realm: z.string().default('frontline-acs'),
      /** Global CPE credentials (the demo default). */
      username: z.string().default('frontline-cpe'),
      password: z.string().default('frontline-cpe'),
      /** Per-device credentials keyed by device id (`OUI-ProductClass-Serial`) or serial number. */
      perDevice: z.record(z.string(), credentials).default({}),
      /** Secret for stateless digest nonces (any instance can verify); default: random per process. */
      nonceSecret: z.string().optional(),
      nonceTtlMs: z.number().int().positive().default(300_000),
    })
    .prefault({}),
  connectionRequest: z
    .object({
      /** Fallback when the device's cached ConnectionRequestUsername/Password are missing or empty. */
      username: z.string().optional(),
      password: z.string().optional(),
      timeoutMs: z.number().int().positive().default(2_000),
      allowBasic: z.boolean().default(false),
    })
    .prefault({}),
  /** Idle time after which a CWMP session is dropped (its lock released, its tasks kept). */
  sessionTimeoutMs: z.number().int().positive().default(30_000),
  maxBodyBytes: z.number().int().positive().default(2 * 1024 * 1024),
  firmwareDir: z.string().default('data/firmware'),
  /** Size of a generated catalogue firmware image. */
  generatedImageBytes: z.number().int().positive().default(256 * 1024),
  tasks: z
    .object({
      /** Attempts for tasks queued through REST (DeviceService tasks fail fast: one attempt). */
      maxAttempts: z.number().int().positive().default(3),
      /** First retry delay; doubles on every further fault. */
      retryDelayMs: z.number().int().nonnegative().default(300_000),
      /** How often a waiter re-reads its task row (for sessions handled by another instance). */
      pollIntervalMs: z.number().int().positive().default(1_000),
      /** Re-send a connection request for a still-pending task after this long. */
      rekickMs: z.number().int().positive().default(5_000),
    })
    .prefault({}),
  timeouts: z
    .object({
      defaultMs: z.number().int().positive().default(30_000),
      rebootMs: z.number().int().positive().default(180_000),
      factoryResetMs: z.number().int().positive().default(180_000),
      downloadMs: z.number().int().positive().default(600_000),
      diagnosticMs: z.number().int().positive().default(120_000),
    })
    .prefault({}),
  /** Events kept per device in acs_events. */
  eventHistory: z.number().int().positive().default(100),
  /** A device counts as online when it informed within this window (or is in session). */
  onlineWindowMs: z.number().int().positive().default(15 * 60_000),
  /** URL for download diagnostics when the request gives none; default: a file on this ACS. */
  speedTestUrl: z.string().optional(),
});

export type AcsConfig = z.input<typeof acsConfigSchema>;
export type ResolvedAcsConfig = z.output<typeof acsConfigSchema>;

export function resolveAcsConfig(config: AcsConfig | undefined): ResolvedAcsConfig {
  return acsConfigSchema.parse(config ?? {});
}
