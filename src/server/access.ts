import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { StaffRole } from '../staff/roles.js';
import { findApiToken, scopeCovers, type ApiScope, type ApiToken } from './api-tokens.js';
import { HttpProblem } from '../http/problem.js';

// Who may call a route is part of the route's definition (`config.access`), never a test on the
// request's URL: the raw URL can be in absolute form, percent-encoded or carry extra slashes,
// while the router has already resolved which route runs. A route without `access` needs an API
// credential: the read scope for GET/HEAD, admin for anything else. Plugins that authenticate
// their callers themselves (chat tokens, staff sessions, webhooks) are registered through
// `withAccess` and so declare that for every route they add.

export type RouteAccess =
  /** No API credential: the route is public or authenticates its caller itself. */
  { public: true } | { scope: ApiScope };

/** The authenticated caller of a route that needs an API credential. */
export interface ApiCaller {
  /** nbi: a caller without a credential that the NBI listener trusts (src/server/nbi-listener.ts). */
  kind: 'token' | 'staff' | 'open' | 'nbi';
  /** Token name, staff username, `anonymous` when the API is open, the NBI listener's address. */
  id: string;
  scope: ApiScope;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    caller?: ApiCaller;
  }
}

/** The console session of a request, as src/staff/auth.ts reads it. */
export interface StaffSessions {
  authenticate(
    request: FastifyRequest,
  ): Promise<{ username: string; role: StaffRole; csrfToken: string } | null>;
  csrfOk(request: FastifyRequest, principal: { csrfToken: string }): boolean;
}

export interface AccessOptions {
  tokens: readonly ApiToken[];
  /** API_OPEN: routes that need a credential let anonymous callers through (with the admin scope). */
  open?: boolean;
  staff?: StaffSessions;
  /** Who a request without any credential is, if it is trusted as someone (else 401). */
  anonymous?: (request: FastifyRequest) => ApiCaller | null;
}

export const PUBLIC: RouteAccess = { public: true };

const STAFF_SCOPE: Record<StaffRole, ApiScope> = {
  agent: 'read',
  tier2: 'read',
  supervisor: 'devices',
  admin: 'admin',
};
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function defaultAccess(method: string): RouteAccess {
  return { scope: SAFE_METHODS.has(method) ? 'read' : 'admin' };
}

type Policy = RouteAccess | ((route: RouteOptions) => RouteAccess | undefined);

/**
 * Registers `plugin` so that each route it adds gets `access` from `policy` (a route that sets
 * its own `config.access` keeps it). Register the result as you would the plugin.
 */
export function withAccess<O>(policy: Policy, plugin: (app: FastifyInstance, opts: O) => Promise<void>) {
  return async function accessScoped(app: FastifyInstance, opts: O): Promise<void> {
    app.addHook('onRoute', (route) => {
      if ((route.config as { access?: RouteAccess } | undefined)?.access) return;
      const access = typeof policy === 'function' ? policy(route) : policy;
      if (access) route.config = { ...route.config, access } as RouteOptions['config'];
    });
    await plugin(app, opts);
  };
}

function bearer(request: FastifyRequest): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return m ? m[1] : null;
}

async function identify(request: FastifyRequest, o: AccessOptions): Promise<ApiCaller> {
  const token = bearer(request);
  if (token !== null || request.headers.authorization) {
    const found = token === null ? null : findApiToken(token, o.tokens);
    if (!found) throw new HttpProblem(401, 'Unauthorized', 'the bearer token is not valid');
    return { kind: 'token', id: found.name, scope: found.scope };
  }
  const staff = await o.staff?.authenticate(request);
  if (staff) {
    if (!SAFE_METHODS.has(request.method) && !o.staff!.csrfOk(request, staff)) {
      throw new HttpProblem(
        403,
        'CSRF check failed',
        'Send the x-csrf-token header with the token from the fl_csrf cookie.',
      );
    }
    return { kind: 'staff', id: staff.username, scope: STAFF_SCOPE[staff.role] };
  }
  const trusted = o.anonymous?.(request);
  if (trusted) return trusted;
  if (o.open) return { kind: 'open', id: 'anonymous', scope: 'admin' };
  throw new HttpProblem(
    401,
    'Unauthorized',
    'an API token (Authorization: Bearer) or a staff session is required',
  );
}

/** Refuses a caller that lacks `need` (403). */
export function requireScope(caller: ApiCaller | undefined, need: ApiScope): void {
  if (!caller || !scopeCovers(caller.scope, need)) {
    throw new HttpProblem(403, 'Forbidden', `this needs an API credential with the ${need} scope`);
  }
}

/** Authenticates every request to a route that needs a credential, before its body is read. */
export function installAccessControl(app: FastifyInstance, o: AccessOptions): void {
  app.addHook('onRequest', async (request) => {
    // No route matched: the not-found handler answers, nothing to protect.
    if (request.routeOptions.url === undefined) return;
    const access = request.routeOptions.config.access ?? defaultAccess(request.method);
    if ('public' in access) return;
    request.caller = await identify(request, o);
    requireScope(request.caller, access.scope);
  });
}
