import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { frontlineIdOf } from '../acs/index.js';
import type { AuditEntry, ConsentKey } from '../domain/index.js';
import { grantsFromTicket } from '../staff/grants.js';
import type { AuditLog, TicketStore } from '../tickets/ports.js';
import type { Repositories } from '../storage/repositories.js';
import { HttpProblem } from '../http/problem.js';
import type { ApiScope } from './api-tokens.js';
import { requireScope, type ApiCaller, type RouteAccess } from './access.js';

// Router actions over the REST API (the ACS plugin's task and tag routes) and the NBI listener:
// they need the devices scope, the ones that wipe or reconfigure a router need admin, and each is
// written to the audit log with the token, staff member or NBI listener as actor. The policy is
// keyed by the route definitions the ACS plugin registers, so it follows the router, not the
// request's URL.

interface RouterAction {
  name: (request: FastifyRequest) => string;
  target: (request: FastifyRequest) => string;
}

const param = (request: FastifyRequest, key: string) =>
  String((request.params as Record<string, unknown>)[key] ?? '');

const TASK: RouterAction = {
  name: (r) => {
    const n = (r.body as { name?: unknown } | undefined)?.name;
    return typeof n === 'string' ? n.slice(0, 64) : 'unknown';
  },
  target: (r) => `device:${param(r, 'id')}`,
};
const CANCEL: RouterAction = { name: () => 'cancelTask', target: (r) => `task:${param(r, 'id')}` };
const RETRY: RouterAction = { name: () => 'retryTask', target: (r) => `task:${param(r, 'id')}` };
// Tags choose the routers of presets and firmware campaigns: they need the devices scope too.
const tagAction = (verb: string): RouterAction => ({
  name: (r) => `${verb}:${param(r, 'tag').slice(0, 64)}`,
  target: (r) => `device:${param(r, 'id')}`,
});

/** The router actions of the NBI registered at `prefix`, keyed by `METHOD url` as routes are. */
function nbiActions(prefix: string): Record<string, RouterAction> {
  return {
    [`POST ${prefix}/devices/:id/tasks`]: TASK,
    [`DELETE ${prefix}/tasks/:id`]: CANCEL,
    [`POST ${prefix}/tasks/:id/retry`]: RETRY,
    [`POST ${prefix}/devices/:id/tags/:tag`]: tagAction('addTag'),
    [`DELETE ${prefix}/devices/:id/tags/:tag`]: tagAction('removeTag'),
  };
}

export type RouterActions = Readonly<Record<string, RouterAction>>;

/** The REST API's router actions, and those of the GenieACS-compatible NBI under it. */
export const REST_ROUTER_ACTIONS: RouterActions = {
  'POST /api/v1/devices/:id/tasks': TASK,
  'DELETE /api/v1/tasks/:id': CANCEL,
  'POST /api/v1/tasks/:id/retry': RETRY,
  ...nbiActions('/api/v1/acs/nbi'),
};
/** The NBI served at the root of a listener in GenieACS's place. */
export const NBI_ROOT_ROUTER_ACTIONS: RouterActions = nbiActions('');

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
  if (caller?.kind === 'nbi') return { kind: 'nbi', id: caller.id };
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

/** Router control on the desk's repositories. */
export function routerControlDepsOf(
  repos: Pick<Repositories, 'audit' | 'tickets' | 'db'>,
): RouterControlDeps {
  return {
    audit: repos.audit,
    tickets: repos.tickets,
    serviceOfDevice: async (id) => {
      const serviceOf = async (deviceId: string) =>
        (
          await repos.db
            .selectFrom('devices')
            .select('service_id')
            .where('id', '=', deviceId)
            .executeTakeFirst()
        )?.service_id;
      // The NBI names a router by its GenieACS id as well as by Frontline's.
      const own = await serviceOf(id);
      if (own !== undefined) return own;
      const mapped = frontlineIdOf(id);
      return (mapped && (await serviceOf(mapped))) ?? null;
    },
  };
}

export interface RouterControlOptions {
  /** Which routes are router actions (default: the REST API's). */
  actions?: RouterActions;
  /** Where the request came in, for the audit entry's reason (default `REST API`). */
  via?: string;
}

/** The access policy for the ACS plugin's routes (use with `withAccess`). */
export function routerControlPolicy(deps: RouterControlDeps, opts: RouterControlOptions = {}) {
  const { audit } = deps;
  const actions = opts.actions ?? REST_ROUTER_ACTIONS;
  const via = opts.via ?? 'REST API';
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
      reason: `${via} ${request.method} ${request.routeOptions.url}: ${why}`,
      name: action.name(request),
      ticketId: null,
      evidence: [],
      result,
    });
  }

  return (route: RouteOptions): RouteAccess | undefined => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const action = methods.map((m) => actions[`${m} ${route.url}`]).find(Boolean);
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
