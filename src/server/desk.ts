import type { Logger } from 'pino';
import type { Incident } from '../domain/index.js';
import { pino } from 'pino';
import { createSecretBox, resolveSecretKey, type SecretBox } from '../security/secrets.js';
import { openDatabase, type Db } from '../storage/db.js';
import { migrateToLatest } from '../storage/migrate.js';
import { createRepositories, type Repositories } from '../storage/repositories.js';
import { buildApp, type FrontlineApp } from './app.js';
import type { Config } from './config.js';
import { createLogger } from './logger.js';

// Composition root: builds the desk from its parts, one construction step after the other.

export interface DeskServices {
  config: Config;
  log: Logger;
  db: Db;
  secrets: SecretBox;
  repos: Repositories;
}

export interface Desk {
  app: FrontlineApp;
  services: DeskServices;
  /** Listens on config.host:config.port (0 = any free port); resolves with the bound address. */
  start(): Promise<{ url: string; port: number }>;
  stop(): Promise<void>;
}

export interface DeskOverrides {
  /** A logger, or false for silence (tests). */
  logger?: Logger | false;
  now?: () => Date;
}

export async function createDesk(config: Config, overrides: DeskOverrides = {}): Promise<Desk> {
  const stopHooks: (() => Promise<void>)[] = [];

  // 1. Logging.
  const log = overrides.logger === false ? pino({ level: 'silent' }) : (overrides.logger ?? createLogger(config));

  // 2. Secrets (AES-256-GCM key for PPPoE passwords at rest).
  const key = resolveSecretKey(config.secretKey, config.nodeEnv);
  if (key.development) log.warn('FRONTLINE_SECRET_KEY is not set: using the fixed development key (never in production)');
  const secrets = createSecretBox(key.key);

  // 3. Database: open and migrate.
  const db = openDatabase(config.databaseUrl);
  stopHooks.push(() => db.close());
  const applied = await migrateToLatest(db.db as never, db.engine);
  log.info({ engine: db.engine, applied }, 'database ready');

  // 4. Repositories (TicketStore, CustomerDirectory, IncidentStore, AuditLog, devices).
  const repos = createRepositories({ db: db.db, engine: db.engine, secrets, now: overrides.now });

  // 5. Capabilities — wired here by the lead as they land (each a factory taking its deps):
  //    ACS:            createAcs({ db: db.db, engine: db.engine, config, log, resolveService: (q) => repos.devices.resolveService(q) })
  //                    → stopHooks.push(acs.close); acs.listen(config.acsPort, config.host)
  //    Simulated ISP:  demo fleet + import rows when config.demo
  //    Triage, diagnostics, actions, agent, chat, e-mail, voice, staff/console, KB/insights
  const readiness: Record<string, () => Promise<void>> = {};
  // The agent's notifyIncidentResolved goes here once it is wired.
  const onIncidentResolved: ((incident: Incident) => Promise<void>) | undefined = undefined;

  // 6. HTTP app (core REST API) — capability plugins are registered on it below.
  const app = buildApp(
    { repos, readiness, onIncidentResolved },
    {
      logger: log,
      bodyLimitBytes: config.bodyLimitBytes,
      apiToken: config.apiToken,
      inventoryDeviceReads: true, // set false once the ACS plugin serves GET /api/v1/devices
    },
  );
  //    app.register(acs.restPlugin, { prefix: API_PREFIX }); app.register(chatPlugin, { prefix: '/api/v1/chat', agent }); …

  // 7. Lifecycle.
  let started = false;
  return {
    app,
    services: { config, log, db, secrets, repos },
    async start() {
      await app.listen({ port: config.port, host: config.host });
      started = true;
      const addr = app.server.address();
      const port = typeof addr === 'object' && addr ? addr.port : config.port;
      const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
      log.info({ url }, 'Frontline desk listening');
      return { url, port };
    },
    async stop() {
      if (started || app.server.listening) await app.close();
      else await app.close().catch(() => undefined);
      for (const hook of stopHooks.reverse()) await hook();
    },
  };
}
