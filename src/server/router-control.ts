import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { AuditEntry } from '../domain/index.js';
import type { AuditLog } from '../tickets/ports.js';
import type { ApiScope } from './api-tokens.js';
import { requireScope, type ApiCaller, type RouteAccess } from './access.js';

// Router actions over the REST API (the ACS plugin's task routes): they need the devices scope,
// the ones that wipe or reconfigure a router need admin, and each is written to the audit log with
// the token or staff member as actor. The policy is keyed by the route definitions the ACS plugin
// registers, so it follows the router, not the request's URL.

interface RouterAction {
  name: (request: FastifyRequest) => string;
  target: (request: FastifyRequest) => string;
}

const param = (request: FastifyRequest, key: string) => String((request.params as Record<string, unknown>)[key] ?? '');

const ROUTER_ACTIONS: Record<string, RouterAction> = {
  'POST /api/v1/devices/:id/tasks': {
    name: (r) => {
      const n = (r.body as { name?: unknown } | undefined)?.name;
      return typeof n === 'string' ? n.slice(0, 64) : 'unknown';
    },
    target: (r) => `device:${param(r, 'id')}`,
  },
  'DELETE /api/v1/tasks/:id': { name: () => 'cancelTask', target: (r) => `task:${param(r, 'id')}` },
  'POST /api/v1/tasks/:id/retry': { name: () => 'retryTask', target: (r) => `task:${param(r, 'id')}` },
};

/** Task names a devices-scope caller may queue; everything else (factory reset, raw writes) needs admin. */
const DEVICE_SCOPE_TASKS = new Set(['getParameterValues', 'getParameterNames', 'refreshObject', 'reboot', 'upgradeFirmware', 'runDiagnostic']);

function scopeOfTask(body: unknown): ApiScope {
  const b = (body ?? {}) as { name?: unknown; url?: unknown };
  if (typeof b.name !== 'string') return 'admin';
  if (DEVICE_SCOPE_TASKS.has(b.name)) return 'devices';
  // A firmware download from the catalogue is an upgrade; one from any URL is not.
  if (b.name === 'download' && b.url === undefined) return 'devices';
  return 'admin';
}

function actorOf(caller: ApiCaller | undefined): AuditEntry['actor'] {
  if (caller?.kind === 'staff') return { kind: 'staff', id: caller.id };
  return { kind: 'api', id: caller?.id ?? 'anonymous' };
}

function addHook(route: RouteOptions, hook: 'preHandler' | 'onResponse', fn: (request: FastifyRequest, reply: FastifyReply) => Promise<void>) {
  const prev = route[hook];
  route[hook] = [...(prev === undefined ? [] : Array.isArray(prev) ? prev : [prev]), fn] as never;
}

/** The access policy for the ACS plugin's routes (use with `withAccess`). */
export function routerControlPolicy(audit: AuditLog) {
  async function record(request: FastifyRequest, action: RouterAction, result: 'done' | 'failed' | 'refused', why: string) {
    await audit.append({
      action: 'device.action',
      actor: actorOf(request.caller),
      target: action.target(request),
      reason: `REST API ${request.method} ${request.routeOptions.url}: ${why}`,
      name: action.name(request),
      ticketId: null,
      evidence: [],
      result,
    });
  }

  return (route: RouteOptions): RouteAccess | undefined => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const action = methods.map((m) => ROUTER_ACTIONS[`${m} ${route.url}`]).find(Boolean);
    if (!action) return undefined;
    addHook(route, 'preHandler', async (request) => {
      const need = route.url.endsWith('/tasks') ? scopeOfTask(request.body) : 'devices';
      try {
        requireScope(request.caller, need);
      } catch (err) {
        await record(request, action, 'refused', `needs the ${need} scope`);
        throw err;
      }
    });
    addHook(route, 'onResponse', async (request, reply) => {
      // Refusals before the handler ran: 401 has no caller, 403 was recorded by the preHandler.
      if (reply.statusCode === 401 || reply.statusCode === 403) return;
      const result = reply.statusCode < 300 ? 'done' : 'failed';
      await record(request, action, result, `HTTP ${reply.statusCode}`).catch((err: unknown) =>
        request.log.error({ err }, 'could not audit a router action'),
      );
    });
    // Any authenticated caller gets as far as the preHandler, so refusals are audited too.
    return { scope: 'read' };
  };
}
