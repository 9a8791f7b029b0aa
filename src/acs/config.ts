import { z } from 'zod';
import { presetSchema } from './presets.js';

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
      /** `digest` (Basic also accepted when allowBasic), `basic`, or `none` (tests: no authentication). */
      mode: z.enum(['digest', 'basic', 'none']).default('digest'),
      allowBasic: z.boolean().default(false),
      realm: z.string().default('frontline-acs'),
      /**
       * Legacy/bootstrap credential shared by every router (opt-in: both unset by default). It only
       * admits routers without credentials of their own that are already known (registered, or in
       * the ISP's inventory) — others are held unless `acceptNewDevices`.
       */
      username: z.string().optional(),
      password: z.string().optional(),
      /** Static per-device credentials keyed by device id (`OUI-ProductClass-Serial`) or serial number. */
      perDevice: z.record(z.string(), credentials).default({}),
      /**
       * Accept routers without credentials at first contact (labs, migrations): Basic credentials
       * they present are adopted; otherwise the ACS generates a credential and sets it on the router.
       */
      acceptNewDevices: z.boolean().default(false),
      /** Largest body read (and, for a router that may be held, parsed) without valid credentials: an Inform is a few KiB. */
      unauthenticatedBodyBytes: z
        .number()
        .int()
        .positive()
        .default(8 * 1024),
      /**
       * Requests with credentials that are not valid (wrong, unknown, stale) accepted per source
       * address per minute; more are answered 429 unread. Counted in memory, per ACS instance.
       */
      failedAuthPerMinute: z.number().int().positive().default(30),
      /** Routers kept in the held-for-approval list at most. */
      maxHeld: z.number().int().positive().default(1_000),
      /** New held routers recorded per source address per hour (so that one address cannot fill the list). */
      maxHeldPerAddressPerHour: z.number().int().positive().default(5),
      /** Secret for stateless digest nonces (any instance can verify); default: random per process. */
      nonceSecret: z.string().optional(),
      nonceTtlMs: z.number().int().positive().default(300_000),
    })
    .prefault({}),
  connectionRequest: z
    .object({
      /** Used when the ACS has not set connection-request credentials on the device (yet). */
      username: z.string().optional(),
      password: z.string().optional(),
      timeoutMs: z.number().int().positive().default(2_000),
      allowBasic: z.boolean().default(false),
      /** UDP connection requests (TR-069 Annex G) to routers behind NAT: datagrams per request and the gap between them. */
      udpRepeats: z.number().int().min(1).max(10).default(3),
      udpGapMs: z.number().int().nonnegative().default(250),
    })
    .prefault({}),
  /** STUN server (UDP) routers behind NAT use to learn their public address; off unless a port is set (3478 is STUN's). */
  stun: z
    .object({
      port: z.number().int().min(0).max(65_535).optional(),
      host: z.string().optional(),
    })
    .prefault({}),
  /** Idle time after which a CWMP session is dropped (its lock released, its tasks kept). */
  sessionTimeoutMs: z.number().int().positive().default(30_000),
  maxBodyBytes: z
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024),
  firmwareDir: z.string().default('data/firmware'),
  /** Largest file accepted by the NBI's PUT /files/:name. */
  nbiFileMaxBytes: z
    .number()
    .int()
    .positive()
    .default(64 * 1024 * 1024),
  /** Size of a generated catalogue firmware image. */
  generatedImageBytes: z
    .number()
    .int()
    .positive()
    .default(256 * 1024),
  tasks: z
    .object({
      /** Attempts for tasks queued through REST (DeviceService tasks fail fast: one attempt). */
      maxAttempts: z.number().int().positive().default(3),
      /** First retry delay; doubles on every further fault. */
      retryDelayMs: z.number().int().nonnegative().default(300_000),
      /** How often a waiter re-reads its task row (for sessions handled by another instance). */
      pollIntervalMs: z.number().int().positive().default(1_000),
      /**
       * The same when the instances tell each other their task changes (the desk's live bus on
       * PostgreSQL): then the row is only re-read in case a notification was lost.
       */
      sharedPollIntervalMs: z.number().int().positive().default(10_000),
      /** Re-send a connection request for a still-pending task after this long. */
      rekickMs: z.number().int().positive().default(5_000),
      /** A task still running or waiting after this long without progress is expired with a reason. */
      orphanAfterMs: z.number().int().positive().default(3_600_000),
      /** How often expired and orphaned tasks are swept. */
      sweepIntervalMs: z.number().int().positive().default(60_000),
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
  onlineWindowMs: z
    .number()
    .int()
    .positive()
    .default(15 * 60_000),
  /** URL for download diagnostics when the request gives none; default: a file on this ACS. */
  speedTestUrl: z.string().optional(),
  /** Provisioning presets: values set on matching routers at the Inform events they name. */
  presets: z.array(presetSchema).default([]),
});

export type AcsConfig = z.input<typeof acsConfigSchema>;
export type ResolvedAcsConfig = z.output<typeof acsConfigSchema>;

export function resolveAcsConfig(config: AcsConfig | undefined): ResolvedAcsConfig {
  return acsConfigSchema.parse(config ?? {});
}
