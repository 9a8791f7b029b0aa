import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { AuditEntry, ConsentKey } from '../domain/index.js';
import { grantsFromTicket } from '../staff/grants.js';
import type { AuditLog, TicketStore } from '../tickets/ports.js';
import { HttpProblem } from '../http/problem.js';
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

const param = (request: FastifyRequest, key: string) =>
  String((request.params as Record<string, unknown>)[key] ?? '');

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
// The GenieACS-compatible NBI's router tasks follow the same rules.
ROUTER_ACTIONS['POST /api/v1/acs/nbi/devices/:id/tasks'] = ROUTER_ACTIONS['POST /api/v1/devices/:id/tasks']!;
ROUTER_ACTIONS['DELETE /api/v1/acs/nbi/tasks/:id'] = ROUTER_ACTIONS['DELETE /api/v1/tasks/:id']!;
ROUTER_ACTIONS['POST /api/v1/acs/nbi/tasks/:id/retry'] = ROUTER_ACTIONS['POST /api/v1/tasks/:id/retry']!;

/** Task names a devices-scope caller may queue; everything else (factory reset, raw writes) needs admin. */
const DEVICE_SCOPE_TASKS = new Set([
  'getParameterValues',
  'getParameterNames',
  'refreshObject',
  'reboot',
  'upgradeFirmware',
  'runDiagnostic',
]);

function scopeOfTask(body: unknown): ApiScope {
  const b = (body ?? {}) as { name?: unknown; url?: unknown };
  if (typeof b.name !== 'string') return 'admin';
  if (DEVICE_SCOPE_TASKS.has(b.name)) return 'devices';
  // A firmware download from the catalogue is an upgrade; one from any URL is not.
  if (b.name === 'download' && b.url === undefined) return 'devices';
  return 'admin';
}

const WIFI_PATH = /WiFi|WLANConfiguration|\.SSID|KeyPassphrase|PreSharedKey/i;

function pathsOf(parameterValues: unknown): string[] {
  if (!Array.isArray(parameterValues)) return [];
  return parameterValues.map((v: unknown) =>
    String(Array.isArray(v) ? v[0] : ((v as { path?: unknown } | null)?.path ?? '')),
  );
}

/**
 * The customer's consents a router task needs, as for the agent's own actions (none: read-only).
 * A write needs the Wi-Fi consent for Wi-Fi parameters and the configuration consent for any
 * other, so a Wi-Fi consent never carries another change along. Unknown tasks need the latter.
 */
export function consentsForTask(body: unknown): ConsentKey[] {
  const b = (body ?? {}) as { name?: unknown; parameterValues?: unknown };
  switch (b.name) {
    case 'getParameterValues':
    case 'getParameterNames':
    case 'refreshObject':
    case 'runDiagnostic':
      return [];
    case 'reboot':
      return ['consent.reboot'];
    case 'factoryReset':
      return ['consent.factory_reset'];
    case 'upgradeFirmware':
    case 'download':
      return ['consent.firmware_update'];
    case 'setParameterValues': {
      const paths = pathsOf(b.parameterValues);
      const needs = new Set<ConsentKey>();
      for (const p of paths) needs.add(WIFI_PATH.test(p) ? 'consent.wifi_change' : 'consent.config_change');
      return needs.size ? [...needs] : ['consent.config_change'];
    }
    default:
      return ['consent.config_change'];
  }
}

/** A consent covers work soon after it was given, on a case still open. */
export const CONSENT_VALID_MS = 30 * 60_000;

/** How a REST caller shows the customer's consent: their ticket, or (admin only) a stated override. */
interface ConsentProof {
  ticketId?: unknown;
  override?: { reason?: unknown };
}

function actorOf(caller: ApiCaller | undefined): AuditEntry['actor'] {
  if (caller?.kind === 'staff') return { kind: 'staff', id: caller.id };
  return { kind: 'api', id: caller?.id ?? 'anonymous' };
}

function addHook(
  route: RouteOptions,
  hook: 'preHandler' | 'onResponse',
  fn: (request: FastifyRequest, reply: FastifyReply) => Promise<void>,
) {
  const prev = route[hook];
  route[hook] = [...(prev === undefined ? [] : Array.isArray(prev) ? prev : [prev]), fn] as never;
}

export interface RouterControlDeps {
  audit: AuditLog;
  tickets: TicketStore;
  /** The service a router belongs to (null: unknown router or not linked). */
  serviceOfDevice: (deviceId: string) => Promise<string | null>;
}

/** The access policy for the ACS plugin's routes (use with `withAccess`). */
export function routerControlPolicy(deps: RouterControlDeps) {
  const { audit } = deps;
  /** How each allowed request showed consent, for its audit entry. */
  const consentNotes = new WeakMap<FastifyRequest, string>();

  /**
   * The same rule as the agent's guards: a task that changes the router needs the verified
   * customer's consent, shown by the ticket on which they gave it (linked to the router's service).
   * An admin may override with a written reason, which is audited as such.
   */
  async function requireConsent(
    request: FastifyRequest,
    action: RouterAction,
    needed: ConsentKey[],
  ): Promise<void> {
    const consent = needed.join(' and ');
    const proof = (request.body ?? {}) as ConsentProof;
    const refuse = async (why: string) => {
      await record(request, action, 'refused', why);
      throw new HttpProblem(403, 'Consent required', why);
    };
    if (proof.override !== undefined) {
      const reason = typeof proof.override?.reason === 'string' ? proof.override.reason.trim() : '';
      if (reason.length < 10) await refuse('an override needs a reason of at least 10 characters');
      try {
        requireScope(request.caller, 'admin');
      } catch (err) {
        await record(request, action, 'refused', 'only an admin may override the customer consent');
        throw err;
      }
      consentNotes.set(request, `customer consent (${consent}) overridden by admin: ${reason.slice(0, 300)}`);
      return;
    }
    if (typeof proof.ticketId !== 'string' || !proof.ticketId) {
      await refuse(
        `this task needs the customer's ${consent}: pass the ticketId on which they gave it (or an admin override with a reason)`,
      );
    }
    const ticketId = proof.ticketId as string;
    const [ticket, serviceId] = await Promise.all([
      deps.tickets.get(ticketId),
      deps.serviceOfDevice(param(request, 'id')),
    ]);
    if (!ticket || !serviceId || ticket.serviceId !== serviceId)
      await refuse(`ticket ${ticketId} is not the customer's ticket for this router`);
    if (ticket && (ticket.status === 'resolved' || ticket.status === 'closed'))
      await refuse(`ticket ${ticketId} is ${ticket.status}: a consent covers an open case only`);
    const grants = await grantsFromTicket(deps.tickets, audit, ticketId, request.log);
    if (!grants.verified) await refuse(`the customer on ticket ${ticketId} is not verified`);
    const since = Date.now() - CONSENT_VALID_MS;
    const given = (await audit.list({ target: ticketId, action: 'consent.given', limit: 500 })).filter(
      (e) => Date.parse(e.at) >= since,
    );
    for (const key of needed) {
      if (!grants.consents.includes(key))
        await refuse(`the customer has not given ${key} on ticket ${ticketId}`);
      if (!given.some((e) => e.action === 'consent.given' && e.consentKey === key)) {
        await refuse(
          `the customer's ${key} on ticket ${ticketId} is older than ${CONSENT_VALID_MS / 60_000} minutes: ask again`,
        );
      }
    }
    consentNotes.set(request, `customer gave ${consent} on ticket ${ticketId}`);
  }

  async function record(
    request: FastifyRequest,
    action: RouterAction,
    result: 'done' | 'failed' | 'refused',
    why: string,
  ) {
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
      const isTask = route.url.endsWith('/tasks');
      const need = isTask ? scopeOfTask(request.body) : 'devices';
      try {
        requireScope(request.caller, need);
      } catch (err) {
        await record(request, action, 'refused', `needs the ${need} scope`);
        throw err;
      }
      const needed = isTask ? consentsForTask(request.body) : [];
      if (needed.length) await requireConsent(request, action, needed);
    });
    addHook(route, 'onResponse', async (request, reply) => {
      // Refusals before the handler ran: 401 has no caller, 403 was recorded by the preHandler.
      if (reply.statusCode === 401 || reply.statusCode === 403) return;
      const result = reply.statusCode < 300 ? 'done' : 'failed';
      const note = consentNotes.get(request);
      await record(
        request,
        action,
        result,
        `HTTP ${reply.statusCode}${reply.statusCode === 202 ? ' (queued)' : ''}${note ? `; ${note}` : ''}`,
      ).catch((err: unknown) => request.log.error({ err }, 'could not audit a router action'));
    });
    // Any authenticated caller gets as far as the preHandler, so refusals are audited too.
    return { scope: 'read' };
  };
}
