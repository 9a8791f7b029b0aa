import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { pino } from 'pino';
import { createAcs, type Acs, type AcsConfig, type CreateAcsOptions } from '../acs/index.js';
import { scheduleCampaigns } from '../acs/campaigns/jobs.js';
import { createInProcessJobs, type Jobs } from '../jobs/jobs.js';
import { createPgJobs } from '../jobs/pg-jobs.js';
import { createPgBus } from '../live/pg-bus.js';
import { openDatabase, type Db } from '../storage/db.js';
import { migrateToLatest } from '../storage/migrate.js';
import type { Repositories } from '../storage/repositories.js';
import { apiTokensOf } from './api-exposure.js';
import type { Config } from './config.js';
import { createLogger } from './logger.js';
import { nbiListenerRefusal, startNbiListener } from './nbi-listener.js';
import { reposOf } from './repos-of.js';
import { routerControlDepsOf } from './router-control.js';

// The ACS on its own (`frontline acs`): the CWMP listener and what its sessions need — the task
// queue with its connection requests, presets, and the firmware-campaign job — on the desk's
// database, without the desk's HTTP API, chat or e-mail. An ISP runs several of these behind a
// load balancer beside the desk instances; `frontline start` still runs everything in one process.

/** Shared by every instance so that each accepts the digest nonces the others handed out. */
export function derivedSecret(config: Config, label: string): string {
  return createHash('sha256')
    .update(`${label}:${config.secretKey ?? 'frontline-development-secret'}`)
    .digest('hex');
}

/** The ACS's options from the desk configuration: the same in the desk and in `frontline acs`. */
export function acsOptionsOf(
  config: Config,
  deps: {
    repos: Pick<Repositories, 'db' | 'engine' | 'devices' | 'secrets'>;
    log: Logger;
    now?: () => Date;
    acsConfig?: AcsConfig;
  },
): CreateAcsOptions {
  const { devices, secrets } = deps.repos;
  return {
    db: deps.repos.db,
    engine: deps.repos.engine,
    log: deps.log,
    now: deps.now,
    config: deps.acsConfig ?? {
      publicUrl: config.acsPublicUrl,
      cpeAuth: {
        username: config.acsUsername,
        password: config.acsPassword,
        acceptNewDevices: config.acsAcceptNewDevices,
        allowBasic: config.acsAllowBasic,
        nonceSecret: derivedSecret(config, 'acs-digest-nonce'),
      },
      stun: { port: config.acsStunPort },
    },
    resolveService: (q) => devices.resolveService(q),
    unlinkedServiceSql: (q, param) => devices.unlinkedServiceSql(q, param),
    knownDevice: async (id) => (await devices.get(id)) !== null,
    // Router credentials are encrypted under the same key as the PPPoE passwords.
    secrets,
    firmware: config.operator.firmware,
  };
}

export interface AcsNode {
  acs: Acs;
  db: Db;
  log: Logger;
  /** Listens on config.host:config.acsPort (0 = any free port), and ACS_NBI_LISTEN if set. */
  start(): Promise<{ acsUrl: string; acsPort: number; nbiUrl: string | null }>;
  stop(): Promise<void>;
}

export interface AcsNodeOverrides {
  logger?: Logger | false;
  now?: () => Date;
  acsConfig?: AcsConfig;
  /** How often running firmware campaigns move on (default 5 s). */
  campaignMs?: number;
}

export async function createAcsNode(config: Config, overrides: AcsNodeOverrides = {}): Promise<AcsNode> {
  const log =
    overrides.logger === false ? pino({ level: 'silent' }) : (overrides.logger ?? createLogger(config));
  const db = openDatabase(config.databaseUrl, { poolMax: config.databasePoolMax });
  const stopHooks: (() => Promise<void>)[] = [() => db.close()];
  try {
    const applied = await migrateToLatest(db.db, db.engine);
    log.info({ engine: db.engine, applied }, 'database ready');
  } catch (e) {
    await db.close();
    throw e;
  }
  const repos = reposOf(config, db, log, overrides.now);
  const options = acsOptionsOf(config, {
    repos,
    log,
    now: overrides.now,
    acsConfig: overrides.acsConfig,
  });
  const acs = createAcs(options);
  return {
    acs,
    db,
    log,
    async start() {
      const tokens = apiTokensOf(config);
      const nbiRefusal = nbiListenerRefusal(config.acsNbiListen, tokens);
      if (nbiRefusal) throw new Error(`refusing to start: ${nbiRefusal}`);
      // The desks waiting for router tasks hear at once when a session here finishes one.
      if (db.engine === 'postgres') {
        const bus = await createPgBus({ connectionString: config.databaseUrl, log });
        stopHooks.push(() => bus.close());
        acs.queue.shareEvents(bus);
      }
      const { port } = await acs.listen(config.acsPort, config.host);
      stopHooks.push(() => acs.close());
      // Campaigns run once across instances on PostgreSQL (pg-boss), whichever process takes the job.
      const jobs: Jobs =
        db.engine === 'postgres'
          ? await createPgJobs({ connectionString: config.databaseUrl, log })
          : createInProcessJobs(log);
      scheduleCampaigns(jobs, acs.campaigns, overrides.campaignMs ?? 5_000);
      await jobs.start();
      stopHooks.push(() => jobs.stop());
      // The NBI in GenieACS's place: router actions audited, and consent checked, on the desk's tables.
      const nbi = config.acsNbiListen
        ? await startNbiListener({
            ...config.acsNbiListen,
            tokens,
            nbi: acs.nbiPlugin,
            control: routerControlDepsOf(repos),
            logger: log,
            bodyLimitBytes: config.bodyLimitBytes,
          })
        : null;
      if (nbi) stopHooks.push(() => nbi.close());
      log.info({ acs: acs.url(), nbi: nbi?.url }, 'Frontline ACS listening (CWMP only)');
      return { acsUrl: acs.url(), acsPort: port, nbiUrl: nbi?.url ?? null };
    },
    async stop() {
      for (const hook of stopHooks.reverse()) await hook();
    },
  };
}
