import { isIP, type AddressInfo } from 'node:net';
import Fastify, { type FastifyBaseLogger, type FastifyPluginAsync, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { HttpProblem, installProblemHandlers } from '../http/problem.js';
import { installAccessControl, withAccess, type ApiCaller } from './access.js';
import type { ApiToken } from './api-tokens.js';
import { genReqId } from './request-id.js';
import { NBI_ROOT_ROUTER_ACTIONS, routerControlPolicy, type RouterControlDeps } from './router-control.js';

// The GenieACS-compatible NBI on a listener of its own, in GenieACS's place (ACS_NBI_LISTEN, e.g.
// 127.0.0.1:7557): the same routes as /api/v1/acs/nbi at GenieACS's paths, so that a script written
// for GenieACS runs unchanged. GenieACS serves its NBI without authentication; here that trust is
// narrowed to this host: bound to a loopback address, a request without a credential is the
// listener itself (actor `nbi`, its address) with the devices scope — reads, tags, read-only tasks,
// and the router tasks the consent rules allow. Anything that needs admin (raw writes, factory
// reset, consent overrides, files) needs an API token as Bearer, as on the REST API. Bound to any
// other address, every request needs a token. Router actions are audited as on the REST API.

/** Who an unauthenticated caller on the loopback listener is taken to be. */
export const LOOPBACK_SCOPE = 'devices';

/** Headers a reverse proxy adds: the request was relayed for someone who may not be on this host. */
const RELAYED = ['forwarded', 'x-forwarded-for', 'x-real-ip'];

export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost') return true;
  if (h.startsWith('::ffff:')) return isLoopbackHost(h.slice('::ffff:'.length));
  if (isIP(h) === 4) return h.startsWith('127.');
  return isIP(h) === 6 && /^(0{0,4}:){2,7}0{0,3}1$/.test(h);
}

/** The host name of a Host header (`name:port`, `[v6]:port` or without the port). */
function hostOf(header: string | undefined): string {
  if (!header) return '';
  const v6 = /^\[([^\]]*)\]/.exec(header);
  if (v6) return v6[1]!;
  return header.replace(/:\d*$/, '');
}

export interface NbiListenerOptions {
  host: string;
  port: number;
  /** The desk's API tokens (FRONTLINE_API_TOKEN is the admin one). */
  tokens: readonly ApiToken[];
  /** The NBI's routes at their root (Acs.nbiPlugin). */
  nbi: FastifyPluginAsync;
  control: RouterControlDeps;
  logger?: Logger | false;
  bodyLimitBytes?: number;
}

export interface NbiListener {
  /** Base URL of the NBI, as a GenieACS script's NBI variable. */
  url: string;
  /** Bound `address:port`: the audit log's actor id for callers without a credential. */
  address: string;
  /** Whether callers on this host need no credential. */
  loopback: boolean;
  close(): Promise<void>;
}

/** Why the listener must not start: off loopback, no one could authenticate to it. */
export function nbiListenerRefusal(
  listen: { host: string } | undefined,
  tokens: readonly ApiToken[],
): string | null {
  if (!listen || isLoopbackHost(listen.host) || tokens.length > 0) return null;
  return `ACS_NBI_LISTEN on ${listen.host}, which is not a loopback address, needs an API token (FRONTLINE_API_TOKEN or FRONTLINE_API_TOKENS): callers off this host must authenticate`;
}

export async function startNbiListener(o: NbiListenerOptions): Promise<NbiListener> {
  const loopback = isLoopbackHost(o.host);
  let address = `${o.host}:${o.port}`;

  /** A caller without a credential: the listener itself when it is local, else a 401 saying why. */
  const anonymous = (request: FastifyRequest): ApiCaller => {
    const refuse = (why: string) => {
      throw new HttpProblem(401, 'Unauthorized', `${why}: send an API token (Authorization: Bearer)`);
    };
    if (!loopback) refuse('this NBI listener is not on a loopback address');
    if (!isLoopbackHost(request.socket.remoteAddress ?? '')) refuse('the caller is not on this host');
    // A page in a browser on this host: a cross-site request, or a name rebound to 127.0.0.1.
    if (!isLoopbackHost(hostOf(request.headers.host))) refuse('the Host header is not a loopback name');
    const site = request.headers['sec-fetch-site'];
    if (request.headers.origin !== undefined || (site !== undefined && site !== 'none'))
      refuse('a request from a web page');
    if (RELAYED.some((h) => request.headers[h] !== undefined)) refuse('a request relayed by a proxy');
    return { kind: 'nbi', id: address, scope: LOOPBACK_SCOPE };
  };

  const log = o.logger ? o.logger.child({ mod: 'nbi' }) : undefined;
  const opts = { bodyLimit: o.bodyLimitBytes ?? 1024 * 1024, genReqId, requestIdHeader: false as const };
  const app = log
    ? Fastify({ ...opts, loggerInstance: log as unknown as FastifyBaseLogger })
    : Fastify({ ...opts, logger: false });
  installProblemHandlers(app);
  installAccessControl(app, { tokens: o.tokens, anonymous });
  const control = routerControlPolicy(o.control, { actions: NBI_ROOT_ROUTER_ACTIONS, via: 'NBI listener' });
  await app.register(withAccess(control, o.nbi));
  await app.listen({ host: o.host, port: o.port });
  const bound = app.server.address() as AddressInfo;
  const host = bound.family === 'IPv6' ? `[${bound.address}]` : bound.address;
  address = `${host}:${bound.port}`;
  const url = `http://${address}`;
  log?.info(
    { url, loopback },
    loopback
      ? `GenieACS-compatible NBI at ${url}: callers on this host need no credential (the ${LOOPBACK_SCOPE} scope, audited as nbi:${address}); admin tasks need an API token`
      : `GenieACS-compatible NBI at ${url}: every request needs an API token`,
  );
  return { url, address, loopback, close: () => app.close() };
}
