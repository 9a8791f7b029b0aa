import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Logger } from 'pino';
import type { FirmwareModel, Incident } from '../domain/index.js';
import { probeDatabaseWrite } from '../storage/readiness.js';
import type { Repositories } from '../storage/repositories.js';
import { installAccessControl, PUBLIC, type AccessOptions } from './access.js';
import { installHealth, type ReadinessCheck } from './health.js';
import { createMetrics, installMetrics, type HttpMetrics } from './metrics.js';
import { installOpenApi } from './openapi.js';
import { installProblemHandlers } from '../http/problem.js';
import { installRateLimits, type RateLimitOptions } from './rate-limits.js';
import { genReqId } from './request-id.js';
import { customerRoutes } from './routes/customers.js';
import { deviceRoutes } from './routes/devices.js';
import { importRoutes } from './routes/import.js';
import { incidentRoutes } from './routes/incidents.js';
import { serviceRoutes } from './routes/services.js';
import { ticketRoutes } from './routes/tickets.js';
import { installSecurityHeaders } from './security-headers.js';

export const API_PREFIX = '/api/v1';

export interface AppDeps {
  repos: Repositories;
  /** Extra readiness checks besides the database (e.g. the ACS listener). */
  readiness?: Record<string, ReadinessCheck>;
  onIncidentResolved?: (incident: Incident) => void | Promise<void>;
  /** The operator's firmware catalogue (imports may name a router by model alone). */
  firmware?: readonly FirmwareModel[];
}

export interface AppOptions {
  /** A pino logger; `false` (tests) logs nothing. */
  logger?: Logger | false;
  bodyLimitBytes?: number;
  /**
   * Who may call the routes that need a credential (see access.ts). Default: nobody, since no
   * token and no staff sessions are known.
   */
  access?: AccessOptions;
  /** Fastify trustProxy: the proxies whose X-Forwarded-For/-Proto are believed. */
  trustProxy?: string;
  /** Request limits; omitted: none. */
  rateLimit?: RateLimitOptions;
  /** Inventory GET /api/v1/devices[/:id]; turn off when the ACS plugin serves those paths. */
  inventoryDeviceReads?: boolean;
  version?: string;
}

export interface FrontlineApp extends FastifyInstance {
  frontline: { metrics: HttpMetrics };
}

/**
 * The HTTP app: problem+json errors, request ids, metrics, health, OpenAPI and the core REST API.
 * Other capabilities add their plugins with `app.register(plugin, { prefix: API_PREFIX })`
 * before `listen()`/`ready()`.
 */
export function buildApp(deps: AppDeps, opts: AppOptions = {}): FrontlineApp {
  const serverOpts: FastifyServerOptions = {
    bodyLimit: opts.bodyLimitBytes ?? 1024 * 1024,
    genReqId,
    requestIdHeader: false,
    ...(opts.trustProxy !== undefined ? { trustProxy: opts.trustProxy } : {}),
  };
  const app = (opts.logger
    ? Fastify({ ...serverOpts, loggerInstance: opts.logger as unknown as FastifyBaseLogger })
    : Fastify({ ...serverOpts, logger: false })) as unknown as FrontlineApp;

  const metrics = createMetrics();
  app.decorate('frontline', { metrics });
  installOpenApi(app, {
    title: 'Frontline API',
    version: opts.version ?? '0.1.0',
    description: 'REST API of Frontline, the automated Tier-1 ISP support desk.',
  });
  installProblemHandlers(app);
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    return payload;
  });
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );
  installSecurityHeaders(app);
  // Staff sessions are cookies; parsed on demand (the access check and the staff plugins read them).
  app.register(fastifyCookie, { hook: false });
  installAccessControl(app, opts.access ?? { tokens: [] });
  if (opts.rateLimit) installRateLimits(app, opts.rateLimit);
  installMetrics(app, metrics);
  installHealth(app, {
    database: () => probeDatabaseWrite(deps.repos.db),
    ...deps.readiness,
  });

  const repos = deps.repos;
  app.register(
    async (api) => {
      api.get('/openapi.json', { config: { access: PUBLIC } }, async () => app.swagger());
      await api.register(customerRoutes, { repos });
      await api.register(serviceRoutes, { repos });
      await api.register(deviceRoutes, { repos, reads: opts.inventoryDeviceReads ?? true });
      await api.register(ticketRoutes, { repos });
      await api.register(incidentRoutes, { repos, onResolved: deps.onIncidentResolved });
      await api.register(importRoutes, { repos, firmware: deps.firmware });
    },
    { prefix: API_PREFIX },
  );
  return app;
}
