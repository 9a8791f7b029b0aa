import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { createAcs, registerAcsMetrics, type Acs, type AcsConfig } from '../acs/index.js';
import { acsOptionsOf } from './acs-node.js';
import { customerWordsOf, withOperatorActions, withOperatorDiagnostics } from '../operator/bind.js';
import { createAgent, DEFAULT_AGENT_CONFIG, type AgentConfig, type PushedReply } from '../agent/agent.js';
import type { LiveBus } from '../live/bus.js';
import { defaultActions, defaultDiagnostics } from '../agent/defaults.js';
import { signPortalToken } from '../agent/portal-session.js';
import { statsPlugin } from '../agent/stats.js';
import { chatPlugin } from '../channels/chat/plugin.js';
import { chatFrameLimit } from './rate-limits.js';
import { EmailChannel } from '../channels/email/channel.js';
import { createOutboxWorker } from '../channels/email/outbox-worker.js';
import { createInboundSmtp } from '../channels/email/smtp-inbound.js';
import { resolveSmtpSecurity } from '../channels/email/smtp-security.js';
import { createImapPoller } from '../channels/email/imap-poller.js';
import { readPassword } from '../channels/email/settings.js';
import { createMailboxCursor } from '../storage/mailbox-cursor.js';
import { voicePlugin } from '../channels/voice/plugin.js';
import { queueLines } from '../channels/voice/transfer.js';
import { createInsightsService, createQaService, insightsPlugin } from '../insights/index.js';
import type { IspPorts } from '../isp/ports.js';
import { createKnowledgeBase, kbPlugin, type KnowledgeBase } from '../kb/index.js';
import { createStaffAuth, type StaffAuth } from '../staff/auth.js';
import { consolePlugin } from '../staff/console-plugin.js';
import { createKyselyNoticeStore } from '../staff/notice-store.js';
import { staffNotifyPlugin } from '../staff/notify-plugin.js';
import { demoPlugin } from '../staff/demo-plugin.js';
import { staffAuthPlugin } from '../staff/plugin.js';
import { createKyselyStaffStore } from '../staff/store.js';
import { webPlugin } from '../staff/web-plugin.js';
import type { ChannelLinks } from '../channels/conversation-port.js';
import type { EmailStore } from '../channels/email/ports.js';
import { createChannelLinks, createEmailStore } from '../storage/channel-store.js';
import type { Repositories } from '../storage/repositories.js';
import { KyselyPendingTurns } from '../storage/pending-turns.js';
import { KyselySilenceWatch } from '../storage/silence-timers.js';
import { KyselyLineFailures } from '../storage/line-failures.js';
import { createOutageDetector, type OutageDetector } from '../outages/detector.js';
import { createDeskTime, type DeskTime } from './desk-time.js';
import { KyselyVerificationAttempts } from '../storage/verification-attempts.js';
import { PUBLIC, withAccess, type RouteAccess } from './access.js';
import { apiTokensOf } from './api-exposure.js';
import type { FrontlineApp } from './app.js';
import type { Config } from './config.js';
import { routerControlDepsOf, routerControlPolicy } from './router-control.js';
import { openAiCompatibleAnswers } from '../llm/openai-compatible.js';

// The desk's capabilities, each built from its factory and registered on the HTTP app. The
// composition root (desk.ts) calls these in order; nothing here does storage or I/O itself.

export const DEMO_PORTAL_SECRET = 'frontline-demo-portal-secret-not-for-production';

export type Agent = ReturnType<typeof createAgent>;

export interface CoreCapabilities {
  acs: Acs;
  agent: Agent;
  staff: StaffAuth;
  kb: KnowledgeBase;
  email: EmailChannel;
  attempts: KyselyVerificationAttempts;
  /** Channel ids (e-mail Message-IDs, call ids) → tickets, and the e-mail journal/outbox. */
  links: ChannelLinks;
  emailStore: EmailStore;
  /** Area outages suggested to the NOC from failing lines (its check runs as a job). */
  outages: OutageDetector;
  /** Desk time per customer message, per channel (Prometheus histograms). */
  deskTime: DeskTime;
  /** Pushed replies from every instance (the live bus); without it, this instance's only. */
  liveReplies?: { onReply(listener: (p: PushedReply) => void): () => void };
  /** The live bus between desk instances (console presence rides on it too). */
  liveBus?: LiveBus;
}

export interface CapabilityOptions {
  config: Config;
  log: Logger;
  repos: Repositories;
  isp: IspPorts;
  now?: () => Date;
  acsConfig?: AcsConfig;
  agentConfig?: Partial<AgentConfig>;
  /** Agent waits (device settle times); the scenario benchmark passes a scaled one. */
  sleep?: (ms: number) => Promise<void>;
}

export function portalSecretOf(config: Config): string | undefined {
  return config.portalSecret ?? (config.demo ? DEMO_PORTAL_SECRET : undefined);
}

export function buildCapabilities(o: CapabilityOptions): CoreCapabilities {
  const { config, log, repos } = o;
  const acs = createAcs(
    acsOptionsOf(config, {
      repos,
      log,
      now: o.now,
      acsConfig: o.acsConfig,
    }),
  );
  const attempts = new KyselyVerificationAttempts(repos.db, { now: o.now });
  const kb = createKnowledgeBase({
    db: repos.db,
    engine: repos.engine,
    publicBaseUrl: config.operator.urls.helpCentre ?? config.publicUrl,
    now: o.now,
  });
  const outages = createOutageDetector({
    tickets: repos.tickets,
    incidents: repos.incidents,
    store: new KyselyLineFailures(repos.db),
    now: o.now ?? (() => new Date()),
    config: o.agentConfig?.outageWatch ?? DEFAULT_AGENT_CONFIG.outageWatch,
    log,
  });
  const agent = createAgent({
    tickets: repos.tickets,
    directory: repos.customers,
    incidents: repos.incidents,
    audit: repos.audit,
    devices: acs.deviceService,
    isp: o.isp,
    attempts,
    log,
    now: o.now,
    // Customers read the operator's portal name and times in the operator's zone.
    config: { words: customerWordsOf(config.operator), ...o.agentConfig },
    knowledge: kb,
    ...(config.llm
      ? {
          openAnswers: openAiCompatibleAnswers({
            ...config.llm,
            onError: (err) => log.warn({ err: err.message }, 'open answer failed'),
          }),
        }
      : {}),
    sleep: o.sleep,
    diagnostics: withOperatorDiagnostics(defaultDiagnostics, config.operator),
    actions: withOperatorActions(defaultActions, config.operator),
    // Each turn is one unit of work on the ticket row: its lease (short, renewed while the turn runs,
    // so a crashed holder blocks the conversation for seconds) and state in one read, its writes in one transaction.
    turns: repos.tickets,
    pendingTurns: new KyselyPendingTurns(repos.db),
    // In the database: the reminder job runs on one instance and must see every conversation.
    silence: new KyselySilenceWatch(repos.db),
    // Failing lines are rows: the outage check counts those every instance saw.
    outageWatch: {
      async observe(...seen) {
        await outages.observe(...seen);
        return null;
      },
    },
  });
  // Secure cookies when the public URL is https, else when the request came over https (via a trusted proxy).
  const secureCookies = config.publicUrl?.startsWith('https:') ? true : 'auto';
  const staff = createStaffAuth({
    store: createKyselyStaffStore(repos.db),
    audit: repos.audit,
    now: o.now,
    secureCookies,
  });
  const links = createChannelLinks(repos.db);
  const emailStore = createEmailStore(repos.db, { box: repos.secrets });
  const deskTime = createDeskTime();
  const email = new EmailChannel({
    agent: deskTime.timed(agent, 'email'),
    tickets: repos.tickets,
    links,
    store: emailStore,
    config: {
      supportAddress: config.supportAddress,
      signature: config.operator.brand.signature,
      maxAttachmentBytes: Math.min(config.maxMailBytes, 10 * 1024 * 1024),
    },
    log: log.child({ mod: 'email' }),
  });
  return { acs, agent, staff, kb, email, attempts, links, emailStore, outages, deskTime };
}

/** Registers every capability's routes on the app (before listen). */
export async function registerCapabilities(
  app: FastifyInstance,
  caps: CoreCapabilities,
  o: CapabilityOptions,
): Promise<void> {
  const { config, repos } = o;
  const { acs, agent, staff, kb } = caps;
  const portalSecret = portalSecretOf(config);
  // Access per route: plugins that authenticate their own callers are registered as such; the
  // rest of /api/v1 needs an API token or a staff session (src/server/access.ts).
  const routerControl = routerControlPolicy(routerControlDepsOf(repos));
  await app.register(withAccess(routerControl, acs.restPlugin), { prefix: '/api/v1' });
  const registry = (app as Partial<FrontlineApp>).frontline?.metrics.registry;
  if (registry) registerAcsMetrics(acs.events, registry);
  if (registry) caps.deskTime.register(registry);
  const chatAgent = caps.deskTime.timed(
    caps.liveReplies ? { ...agent, onReply: caps.liveReplies.onReply } : agent,
    'chat',
  );
  const frameLimit = chatFrameLimit(app, config.rateLimit);
  // Channels the operator turned off (adapters in the operator file) have no routes at all.
  const adapters = config.operator.adapters;
  if (adapters.chat)
    await app.register(withAccess(PUBLIC, chatPlugin), {
      prefix: '/api/v1/chat',
      agent: chatAgent,
      portalSecret,
      now: o.now,
      frameLimit,
      brand: config.operator.brand.name,
    });
  await app.register(statsPlugin, { prefix: '/api/v1', tickets: repos.tickets, now: o.now });
  if (adapters.voice)
    await app.register(withAccess(PUBLIC, voicePlugin), {
      agent: caps.deskTime.timed(agent, 'voice'),
      tickets: repos.tickets,
      links: caps.links,
      defaultLanguage: config.defaultLanguage,
      queueLines: queueLines(config.operator),
      now: o.now,
    });
  await app.register(withAccess(PUBLIC, staffAuthPlugin), { auth: staff });
  await app.register(withAccess(PUBLIC, staffNotifyPlugin), {
    auth: staff,
    notices: createKyselyNoticeStore(repos.db),
    now: o.now,
  });
  await app.register(withAccess(PUBLIC, consolePlugin), {
    auth: staff,
    tickets: repos.tickets,
    directory: repos.customers,
    incidents: repos.incidents,
    audit: repos.audit,
    devices: acs.deviceService,
    isp: o.isp,
    agent,
    sla: repos.tickets.sla,
    bus: caps.liveBus,
    diagnostics: withOperatorDiagnostics(defaultDiagnostics, config.operator),
    actions: withOperatorActions(defaultActions, config.operator),
    now: o.now,
  });
  await app.register(withAccess(PUBLIC, kbPlugin), {
    kb,
    tickets: repos.tickets,
    writeGuard: staff.requireStaff(['supervisor', 'admin']),
    defaultLanguage: config.defaultLanguage,
  });
  await app.register(withAccess(PUBLIC, insightsPlugin), {
    insights: createInsightsService({ tickets: repos.tickets, now: o.now, log: app.log }),
    qa: createQaService({ db: repos.db, tickets: repos.tickets, now: o.now }),
    guard: staff.requireStaff(['supervisor', 'admin']),
  });
  // Demo portal sessions are open only while no API token is set; then they need a credential.
  const demoAccess: RouteAccess = apiTokensOf(config).length === 0 ? PUBLIC : { scope: 'devices' };
  await app.register(withAccess(demoAccess, demoPlugin), {
    enabled: config.demo && portalSecret !== undefined,
    directory: repos.customers,
    signPortalToken: (n) => signPortalToken(n, portalSecret ?? DEMO_PORTAL_SECRET),
    // In customer-number order, as in the README's demo table (the list's own order follows random ids).
    demoCustomers: async () => {
      const page = await repos.customers.listCustomers({ limit: 100 });
      return page.items
        .map((c) => ({ customerNumber: c.customerNumber, name: c.name }))
        .sort((a, b) => a.customerNumber.localeCompare(b.customerNumber, 'en', { numeric: true }))
        .slice(0, 20);
    },
  });
  await app.register(withAccess(PUBLIC, webPlugin));
}

/** Mail: inbound SMTP listener, outbound queue worker, and pushed agent replies sent by mail. */
export function startMail(caps: CoreCapabilities, o: CapabilityOptions) {
  const { config, log, repos } = o;
  const smtp = createInboundSmtp({
    channel: caps.email,
    log: log.child({ mod: 'smtp' }),
    maxMessageBytes: config.maxMailBytes,
    security: resolveSmtpSecurity(config.operator.adapters.smtpInbound),
  });
  // The support mailbox the ISP already has, read over IMAP into the same ingestion.
  const imapSettings = config.operator.adapters.imap;
  const imap = imapSettings
    ? createImapPoller({
        settings: imapSettings,
        password: readPassword(imapSettings, 'adapters.imap'),
        channel: caps.email,
        cursor: createMailboxCursor(repos.db),
        log: log.child({ mod: 'imap' }),
        maxMessageBytes: config.maxMailBytes,
      })
    : null;
  const outbox = createOutboxWorker({
    store: caps.emailStore,
    log: log.child({ mod: 'outbox' }),
    relayUrl: config.smtpRelayUrl ?? null,
    relay: config.operator.adapters.relay,
    fromAddress: config.supportAddress,
    fromName: config.supportName,
    now: o.now,
  });
  const unsubscribe = caps.agent.onReply((p) => {
    void (async () => {
      const ticket = await repos.tickets.get(p.ticketId);
      if (ticket?.channel === 'email') await caps.email.sendUnprompted(p.ticketId, [p.reply]);
    })().catch((err: unknown) => log.error({ err, ticketId: p.ticketId }, 'could not mail a pushed reply'));
  });
  return {
    smtp,
    outbox,
    imap,
    async listen(): Promise<{ port: number }> {
      imap?.start();
      // Inbound SMTP off: no listener (port 0); replies still go out through the relay.
      if (!config.operator.adapters.emailInbound) return { port: 0 };
      const r = await smtp.listen(config.smtpPort, config.host);
      return r;
    },
    async close(): Promise<void> {
      unsubscribe();
      await imap?.stop();
      await outbox.stop();
      await smtp.close();
    },
  };
}
