import type { Logger } from 'pino';
import type { Incident } from '../domain/index.js';
import { pino } from 'pino';
import type { SecretBox } from '../security/secrets.js';
import { openDatabase, type Db } from '../storage/db.js';
import { migrateToLatest } from '../storage/migrate.js';
import { createRateCounter } from '../storage/rate-counter.js';
import type { Repositories } from '../storage/repositories.js';
import type { AcsConfig } from '../acs/index.js';
import type { AgentConfig, DemoHome } from '../agent/agent.js';
import type { IspPorts } from '../isp/ports.js';
import { SwitchablePorts } from '../isp/switchable-ports.js';
import { connectRadiusAaa } from '../isp/radius/connect.js';
import { createHttpIspPorts } from '../isp/http/client.js';
import { httpIspOptions } from '../isp/http/settings.js';
import { createSmsGateway } from '../channels/sms/gateway.js';
import { createOutageSms } from '../outages/sms-notices.js';
import { privacyPlugin } from '../privacy/plugin.js';
import { emailAdminPlugin } from '../channels/email/admin-plugin.js';
import { attachmentsPlugin } from '../channels/email/attachments-plugin.js';
import { webhooksPlugin } from '../webhooks/plugin.js';
import { createDeliveryStore } from '../webhooks/store.js';
import { tapIncidentEvents, tapTicketEvents } from '../webhooks/tap.js';
import { createWebhooks, resolveReceivers } from '../webhooks/webhooks.js';
import { createPrivacyService } from '../privacy/service.js';
import { SWEEP_EVERY_MS } from '../privacy/sweeper.js';
import { scheduleCampaigns } from '../acs/campaigns/jobs.js';
import { createInProcessJobs } from '../jobs/jobs.js';
import { createPgJobs } from '../jobs/pg-jobs.js';
import { createPersonalDataStore } from '../storage/privacy/index.js';
import { buildApp, type FrontlineApp } from './app.js';
import { apiExposure, apiTokensOf } from './api-exposure.js';
import {
  buildCapabilities,
  registerCapabilities,
  startMail,
  type CapabilityOptions,
  type CoreCapabilities,
} from './capabilities.js';
import type { Config } from './config.js';
import { reposOf } from './repos-of.js';
import { createLogger } from './logger.js';
import { nbiListenerRefusal, startNbiListener } from './nbi-listener.js';
import { routerControlDepsOf } from './router-control.js';
import { databaseRateLimitStore } from './rate-limits.js';
import { createInProcessBus } from '../live/bus.js';
import { createPgBus } from '../live/pg-bus.js';
import { bridgeReplies } from '../live/replies.js';
import { createStaffNoticeMailer } from '../staff/email-notices.js';
import { createKyselyNoticeStore } from '../staff/notice-store.js';
import { LISTEN_BACKLOG } from '../http/listen-backlog.js';

// Composition root: builds the desk from its parts, one construction step after the other.

export interface DeskServices {
  config: Config;
  log: Logger;
  db: Db;
  secrets: SecretBox;
  repos: Repositories;
  caps: CoreCapabilities;
  isp: IspPorts;
  mail: ReturnType<typeof startMail>;
}

export interface Desk {
  app: FrontlineApp;
  services: DeskServices;
  /** Listens on config.host:config.port (0 = any free port); resolves with the bound address. */
  start(): Promise<{
    url: string;
    port: number;
    acsUrl: string;
    acsPort: number;
    smtpPort: number;
    /** The GenieACS-compatible NBI listener's base URL (ACS_NBI_LISTEN), null when there is none. */
    nbiUrl: string | null;
  }>;
  stop(): Promise<void>;
}

export interface DeskOverrides {
  /** A logger, or false for silence (tests). */
  logger?: Logger | false;
  now?: () => Date;
  /** ISP ports to use instead of the switchable ones the demo ISP connects. */
  isp?: IspPorts;
  /** false: do not start the demo ISP even when config.demo is on (test harnesses). */
  demoIsp?: false;
  /** The demo ISP, from the demo's own entry (src/demo/desk.ts); without it the desk runs no demo. */
  demo?: DemoStarter;
  acsConfig?: AcsConfig;
  agentConfig?: Partial<AgentConfig>;
  sleep?: (ms: number) => Promise<void>;
  /** How often the background jobs run (tests shorten them). */
  schedule?: Partial<JobSchedule>;
}

export interface JobSchedule {
  silenceCheckMs: number;
  outageCheckMs: number;
  outboxMs: number;
  /** Staff notices by e-mail. */
  staffNoticeMs: number;
  /** How often an idle pg-boss worker looks for due jobs. */
  pollSeconds: number;
  /** How often due webhook deliveries are sent. */
  webhookMs: number;
  /** How often running firmware campaigns move on. */
  campaignMs: number;
}

export const INCIDENT_RESOLVED_JOB = 'incident-resolved';

const DEFAULT_SCHEDULE: JobSchedule = {
  silenceCheckMs: 30_000,
  outageCheckMs: 15_000,
  outboxMs: 1_000,
  staffNoticeMs: 30_000,
  pollSeconds: 2,
  webhookMs: 2_000,
  campaignMs: 5_000,
};

/** Starts the simulated demo ISP and connects it to the desk's ports (implemented in src/demo). */
export type DemoStarter = (deps: {
  config: Config;
  log: Logger;
  repos: Repositories;
  acs: CoreCapabilities['acs'];
  isp: SwitchablePorts;
  staff: CoreCapabilities['staff'];
  agent: CoreCapabilities['agent'];
}) => Promise<{ sim: DemoHome; stop(): Promise<void> }>;

export async function createDesk(config: Config, overrides: DeskOverrides = {}): Promise<Desk> {
  const stopHooks: (() => Promise<void>)[] = [];

  // 1. Logging.
  const log =
    overrides.logger === false ? pino({ level: 'silent' }) : (overrides.logger ?? createLogger(config));

  log.info({ file: config.operatorFile, brand: config.operator.brand.name }, 'operator configuration');

  // 2. Database: open and migrate.
  const db = openDatabase(config.databaseUrl, { poolMax: config.databasePoolMax });
  stopHooks.push(() => db.close());
  const applied = await migrateToLatest(db.db, db.engine);
  log.info({ engine: db.engine, applied }, 'database ready');

  // 3. Repositories (TicketStore, CustomerDirectory, IncidentStore, AuditLog, devices), with the
  // secret box (AES-256-GCM key for PPPoE passwords at rest) and the operator file's SLA targets.
  const repos = reposOf(config, db, log, overrides.now);
  const secrets = repos.secrets;
  // Outbound webhooks (operator file): ticket and incident changes raise events wherever they are made.
  const deliveries = createDeliveryStore(db.db);
  const webhooks = createWebhooks({
    store: deliveries,
    receivers: resolveReceivers(config.operator.adapters.webhooks),
    log: log.child({ mod: 'webhooks' }),
    now: overrides.now,
  });
  if (webhooks.active) {
    repos.tickets = tapTicketEvents(repos.tickets, webhooks.emit);
    repos.incidents = tapIncidentEvents(repos.incidents, webhooks.emit);
  }

  // 4. Capabilities: ACS, agent (triage, diagnostics, runbooks, actions), staff, KB, e-mail.
  //    The ISP ports are switchable: the demo ISP (or a test harness) connects them after start.
  const isp = overrides.isp ?? new SwitchablePorts();
  if (isp instanceof SwitchablePorts) {
    const radiusAaa = connectRadiusAaa(isp, config.operator.adapters.aaa, process.env);
    if (radiusAaa) stopHooks.push(() => radiusAaa.close());
  }
  // The ISP's own systems over HTTP (operator file); in DEMO mode the demo ISP connects them itself.
  const ispAdapter = config.operator.adapters.isp;
  if (ispAdapter.kind === 'http' && !(overrides.demo && config.demo) && isp instanceof SwitchablePorts)
    isp.use(createHttpIspPorts(httpIspOptions(ispAdapter, process.env)));
  const capOpts: CapabilityOptions = {
    config,
    log,
    repos,
    isp,
    now: overrides.now,
    acsConfig: overrides.acsConfig,
    agentConfig: overrides.agentConfig,
    sleep: overrides.sleep,
  };
  const caps = buildCapabilities(capOpts);
  // Replies pushed on any instance reach the chat sockets held by this one.
  const bus =
    db.engine === 'postgres'
      ? await createPgBus({ connectionString: config.databaseUrl, log })
      : createInProcessBus();
  stopHooks.push(() => bus.close());
  // A router task finished by a session on another instance wakes its waiter here at once.
  if (db.engine === 'postgres') caps.acs.queue.shareEvents(bus);
  const live = bridgeReplies(caps.agent, bus, log);
  stopHooks.push(async () => live.close());
  caps.liveReplies = live;
  caps.liveBus = bus;
  const seeded = await caps.kb.seed();
  log.debug({ seeded }, 'knowledge base seeded');
  const readiness: Record<string, () => Promise<void>> = {};
  // Work that must happen once across instances runs on the job engine (pg-boss on PostgreSQL).
  const schedule = { ...DEFAULT_SCHEDULE, ...overrides.schedule };
  const jobs =
    db.engine === 'postgres'
      ? await createPgJobs({ connectionString: config.databaseUrl, log, pollSeconds: schedule.pollSeconds })
      : createInProcessJobs(log);
  // Outage notices by SMS (operator file adapters.sms), besides the message on each linked case.
  const smsSettings = config.operator.adapters.sms;
  const outageSms = smsSettings?.use.includes('outage_notices')
    ? createOutageSms({
        tickets: repos.tickets,
        directory: repos.customers,
        incidents: repos.incidents,
        sms: createSmsGateway(smsSettings),
        brand: config.operator.brand.name,
        log: log.child({ mod: 'sms' }),
      })
    : null;
  // Telling every affected customer can take long: the resolving request only queues it.
  jobs.handle<{ incidentId: string }>(INCIDENT_RESOLVED_JOB, async ({ incidentId }) => {
    const notified = await caps.agent.notifyIncidentResolved(incidentId);
    log.info({ incident: incidentId, notified }, 'customers told that the incident is resolved');
    const texted = await outageSms?.notifyResolved(incidentId);
    if (texted) log.info({ incident: incidentId, texted }, 'customers texted that the incident is resolved');
  });
  const onIncidentResolved = (incident: Incident) =>
    jobs.send(INCIDENT_RESOLVED_JOB, { incidentId: incident.id });

  // 5. HTTP app (core REST API) with every capability's routes.
  const app = buildApp(
    { repos, readiness, onIncidentResolved, firmware: config.operator.firmware },
    {
      logger: log,
      bodyLimitBytes: config.bodyLimitBytes,
      access: { tokens: apiTokensOf(config), open: config.apiOpen, staff: caps.staff },
      trustProxy: config.trustProxy,
      rateLimit: {
        config: config.rateLimit,
        // Counted in the database when instances share it (PostgreSQL), or when asked to.
        store:
          config.rateLimit.store === 'database' ||
          (config.rateLimit.store === 'auto' && db.engine === 'postgres')
            ? databaseRateLimitStore(createRateCounter(repos.db, { now: overrides.now }))
            : undefined,
      },
      inventoryDeviceReads: false,
    },
  );
  await registerCapabilities(app, caps, capOpts);
  const privacy = createPrivacyService({
    store: createPersonalDataStore(repos, overrides.now),
    audit: repos.audit,
    retention: config,
    now: overrides.now,
  });
  await app.register(privacyPlugin, { prefix: '/api/v1', privacy });
  const mail = startMail(caps, capOpts);
  await app.register(emailAdminPlugin, {
    prefix: '/api/v1',
    store: caps.emailStore,
    relay: () => mail.outbox.status(),
    imap: () => mail.imap?.status() ?? null,
  });
  await app.register(webhooksPlugin, { prefix: '/api/v1', webhooks, store: deliveries });
  await app.register(attachmentsPlugin, {
    prefix: '/api/v1',
    tickets: repos.tickets,
    store: caps.emailStore,
  });
  if (!config.smtpRelayUrl)
    log.warn(
      'SMTP_RELAY_URL is not set: e-mail replies cannot be sent and are marked failed (GET /api/v1/email/outbox)',
    );

  // 6. Lifecycle.
  let started = false;
  return {
    app,
    services: { config, log, db, secrets, repos, caps, isp, mail },
    async start() {
      const exposure = apiExposure(
        config,
        (await caps.staff.store.listUsers()).filter((u) => u.active).length,
      );
      if (exposure.refusal) throw new Error(`refusing to start: ${exposure.refusal}`);
      const nbiRefusal = nbiListenerRefusal(config.acsNbiListen, apiTokensOf(config));
      if (nbiRefusal) throw new Error(`refusing to start: ${nbiRefusal}`);
      const acsAddr = await caps.acs.listen(config.acsPort, config.host);
      stopHooks.push(() => caps.acs.close());
      const smtpAddr = await mail.listen();
      stopHooks.push(() => mail.close());
      // Reminders after silence: the waiting conversations are rows, so any instance sends them.
      jobs.every({
        name: 'silence-reminders',
        everyMs: schedule.silenceCheckMs,
        run: () => caps.agent.tick(),
      });
      // Failing lines observed by any instance, counted per area once across instances.
      jobs.every({
        name: 'outage-detection',
        everyMs: schedule.outageCheckMs,
        run: () => caps.outages.detect(),
      });
      // Queued mail (each run claims what it sends, so a run cut short by a crash is retried).
      jobs.every({ name: 'email-outbox', everyMs: schedule.outboxMs, run: () => mail.outbox.flush() });
      // Messages another (crashed) instance acknowledged but never answered.
      jobs.every({
        name: 'turn-recovery',
        everyMs: 60_000,
        run: () => caps.agent.recoverPending({ olderThanMs: 5 * 60_000 }),
      });
      jobs.every({ name: 'privacy-retention', everyMs: SWEEP_EVERY_MS, run: () => privacy.sweep() });
      // Webhook deliveries, each claimed in the database (sent once across instances, retried with back-off).
      if (webhooks.active)
        jobs.every({
          name: 'webhook-delivery',
          everyMs: schedule.webhookMs,
          run: () => webhooks.deliverDue(),
        });
      // Staff notices by e-mail for those who asked (each claimed in the database, so mailed once).
      const staffNotices = createStaffNoticeMailer({
        tickets: repos.tickets,
        users: () => caps.staff.store.listUsers(),
        notices: createKyselyNoticeStore(repos.db),
        outbox: caps.emailStore,
        sla: repos.tickets.sla,
        now: overrides.now,
        publicUrl: config.publicUrl,
      });
      jobs.every({ name: 'staff-notices', everyMs: schedule.staffNoticeMs, run: () => staffNotices.run() });
      // Firmware campaigns: each run tracks the stage's downloads and starts or stops stages.
      scheduleCampaigns(jobs, caps.acs.campaigns, schedule.campaignMs);
      await jobs.start();
      stopHooks.push(() => jobs.stop());
      if (overrides.demo && config.demo && overrides.demoIsp !== false && isp instanceof SwitchablePorts) {
        const demo = await overrides.demo({
          config,
          log,
          repos,
          acs: caps.acs,
          isp,
          staff: caps.staff,
          agent: caps.agent,
        });
        stopHooks.push(() => demo.stop());
        // In the demo a customer's "done" to a physical step happens in the simulated home.
        caps.agent.useDemoHome(demo.sim);
      }
      // GenieACS's NBI port, for scripts written against GenieACS (off unless ACS_NBI_LISTEN is set).
      const nbi = config.acsNbiListen
        ? await startNbiListener({
            ...config.acsNbiListen,
            tokens: apiTokensOf(config),
            nbi: caps.acs.nbiPlugin,
            control: routerControlDepsOf(repos),
            logger: log,
            bodyLimitBytes: config.bodyLimitBytes,
          })
        : null;
      if (nbi) stopHooks.push(() => nbi.close());
      await app.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG });
      started = true;
      // Messages acknowledged before a crash get their answer now (waits out a dead holder's lease).
      void caps.agent
        .recoverPending({ olderThanMs: 0 })
        .then((n) => n && log.warn({ answered: n }, 'answered messages left unanswered by a previous run'))
        .catch((err: unknown) => log.error({ err }, 'turn recovery failed'));
      const addr = app.server.address();
      const port = typeof addr === 'object' && addr ? addr.port : config.port;
      const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
      log.info({ url, acs: caps.acs.url(), smtpPort: smtpAddr.port }, 'Frontline desk listening');
      const level = config.apiOpen ? 'warn' : 'info';
      log[level](
        { protectedBy: exposure.protectedBy, open: exposure.open },
        `REST API: router control and customer data need ${exposure.protectedBy}`,
      );
      return {
        url,
        port,
        acsUrl: caps.acs.url(),
        acsPort: acsAddr.port,
        smtpPort: smtpAddr.port,
        nbiUrl: nbi?.url ?? null,
      };
    },
    async stop() {
      if (started || app.server.listening) await app.close();
      else
        await app
          .close()
          .catch((err: unknown) =>
            log.warn({ err }, 'closing the HTTP app of a desk that never started failed'),
          );
      for (const hook of stopHooks.reverse()) await hook();
    },
  };
}
