import type { FirmwareModel } from '../domain/firmware-catalogue.js';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyPluginAsync } from 'fastify';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { createSecretBox, type SecretBox } from '../security/secrets.js';
import type { AcsTables } from '../storage/tables/acs.js';
import { AcsDeviceService } from './acs-device-service.js';
import { resolveAcsConfig, type AcsConfig } from './config.js';
import { CredentialStore } from './credentials.js';
import { createCwmpServer } from './cwmp-server.js';
import { FileStore, firmwareFileName, SPEED_TEST_FILE } from './firmware-files.js';
import { HeldDevices } from './held-devices.js';
import type { ResolveService, UnlinkedServiceSql } from './inform.js';
import { Campaigns, CampaignStore } from './campaigns/service.js';
import { NbiFileStore } from './nbi/file-store.js';
import { acsPlugins } from './rest.js';
import { startStunServer, type StunServer } from './stun/stun-server.js';
import { SessionManager } from './session.js';
import { AcsStore } from './store.js';
import { TaskQueue } from './task-queue.js';
import { LISTEN_BACKLOG } from '../http/listen-backlog.js';

// The ACS capability: CWMP listener + file endpoint, task queue, DeviceService and REST plugin.

export type { AcsConfig } from './config.js';
export { acsConfigSchema, resolveAcsConfig } from './config.js';
export type { ResolveService, UnlinkedServiceSql } from './inform.js';
export { DeviceError } from './device-service.js';
export type { DeviceService, DeviceSummary, ParameterValue } from './device-service.js';
export { CpeFaultError, CPE_FAULTS } from './faults.js';
export { registerAcsMetrics } from './metrics.js';
export { frontlineIdOf } from './nbi/document.js';

export interface CreateAcsOptions {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the desk passes its own Database type
  db: Kysely<any>;
  engine: 'sqlite' | 'postgres';
  config?: AcsConfig;
  log: Logger;
  resolveService?: ResolveService;
  /** PostgreSQL: `resolveService` of a router without a service as SQL, answered with the session's first statement. */
  unlinkedServiceSql?: UnlinkedServiceSql;
  /** Whether the ISP's inventory lists a device id (lets the shared credential admit it). */
  knownDevice?: (deviceId: string) => Promise<boolean>;
  /** Encrypts router credentials at rest; default: a random key per process (tests). */
  secrets?: SecretBox;
  now?: () => Date;
  /** The operator's firmware catalogue (router models, image URLs and checksums). */
  firmware?: readonly FirmwareModel[];
}

export interface Acs {
  deviceService: AcsDeviceService;
  restPlugin: FastifyPluginAsync;
  /** The GenieACS-compatible NBI at its root (restPlugin serves it under /acs/nbi too). */
  nbiPlugin: FastifyPluginAsync;
  listen(port: number, host?: string): Promise<{ port: number }>;
  close(): Promise<void>;
  /** 'inform', 'sessionStart', 'sessionEnd', 'task', 'taskFault', 'transferComplete', 'deviceRegistered', 'heldRefused' (a router to hold was not recorded: list full or address limit), 'authLimited' (a request refused for repeated invalid credentials). */
  events: EventEmitter;
  fileUrl(model: string, version: string): string;
  /** Base URL of the CWMP endpoint (after listen). */
  url(): string;
  /** UDP port of the STUN server (after listen; null when `stun.port` is not set). */
  stunPort(): number | null;
  store: AcsStore;
  queue: TaskQueue;
  /** Per-device router credentials (provisioning, demo). */
  credentials: CredentialStore;
  held: HeldDevices;
  /** Firmware campaigns; `advance()` is the desk's background job. */
  campaigns: Campaigns;
  /** Files uploaded through the NBI. */
  files: NbiFileStore;
}

export function createAcs(opts: CreateAcsOptions): Acs {
  const config = resolveAcsConfig(opts.config);
  const now = opts.now ?? (() => new Date());
  const log = opts.log.child({ module: 'acs' });
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const store = new AcsStore(opts.db as Kysely<AcsTables>, opts.engine);
  const instanceId = config.instanceId ?? randomBytes(6).toString('hex');
  const resolveService: ResolveService = opts.resolveService ?? (async () => null);
  const box = opts.secrets ?? createSecretBox(randomBytes(32));
  const credentials = new CredentialStore(opts.db as Kysely<AcsTables>, box);
  const held = new HeldDevices(opts.db as Kysely<AcsTables>, box, {
    max: config.cpeAuth.maxHeld,
    perAddressPerHour: config.cpeAuth.maxHeldPerAddressPerHour,
  });
  const knownDevice = opts.knownDevice ?? (async () => false);
  const sessions = new SessionManager({
    store,
    config,
    log,
    events,
    resolveService,
    ...(opts.unlinkedServiceSql ? { unlinkedServiceSql: opts.unlinkedServiceSql } : {}),
    now,
    instanceId,
    credentials,
    held,
    knownDevice,
    firmware: opts.firmware,
  });
  const nbiFiles = new NbiFileStore(opts.db as Kysely<AcsTables>);
  const files = new FileStore(config.firmwareDir, config.generatedImageBytes, opts.firmware, (name) =>
    nbiFiles.content(name),
  );
  const queue = new TaskQueue({ store, sessions, events, config, log, now, credentials });

  let server: Server | null = null;
  let stun: StunServer | null = null;
  let base = config.publicUrl?.replace(/\/$/, '') ?? 'http://127.0.0.1:7547';
  const fileUrl = (model: string, version: string) =>
    `${base}/fs/${encodeURIComponent(firmwareFileName(model, version))}`;
  const speedTestUrl = () => config.speedTestUrl ?? `${base}/fs/${SPEED_TEST_FILE}`;

  const nbiFileUrl = (name: string) => `${base}/fs/${encodeURIComponent(name)}`;

  const deviceService = new AcsDeviceService({
    events,
    store,
    queue,
    files,
    config,
    now,
    fileUrl,
    speedTestUrl,
  });
  const campaigns = new Campaigns({
    store,
    queue,
    files: nbiFiles,
    campaigns: new CampaignStore(opts.db as Kysely<AcsTables>),
    now,
    log,
    nbiFileUrl,
    catalogueArgs: (dev, version) => deviceService.firmwareDownloadArgs(dev, version),
  });
  const plugins = acsPlugins({
    store,
    queue,
    sessions,
    deviceService,
    config,
    now,
    credentials,
    held,
    files: nbiFiles,
    nbiFileUrl,
    campaigns,
  });

  return {
    deviceService,
    restPlugin: plugins.rest,
    nbiPlugin: plugins.nbi,
    events,
    store,
    queue,
    credentials,
    held,
    campaigns,
    files: nbiFiles,
    fileUrl,
    url: () => base,
    stunPort: () => stun?.port ?? null,
    async listen(port: number, host = '127.0.0.1') {
      server = createCwmpServer({
        sessions,
        files,
        keepAliveMs: Math.min(config.sessionTimeoutMs, 30_000),
        log,
      });
      const s = server;
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
          s.off('error', reject);
          resolve();
        });
      });
      const addr = s.address() as AddressInfo;
      if (!config.publicUrl) {
        const h = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
        base = `http://${h.includes(':') ? `[${h}]` : h}:${addr.port}`;
      }
      if (config.stun.port !== undefined) {
        stun = await startStunServer({ port: config.stun.port, host: config.stun.host ?? host, log, events });
        log.info({ port: stun.port }, 'ACS STUN server listening (UDP)');
      }
      log.info({ url: base }, 'ACS CWMP endpoint listening');
      return { port: addr.port };
    },
    async close() {
      queue.close();
      await stun?.close();
      stun = null;
      await sessions.close();
      if (server) {
        const s = server;
        server = null;
        s.closeAllConnections();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
    },
  };
}
