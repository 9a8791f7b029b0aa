import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { RateCounter } from '../storage/rate-counter.js';
import type { RateLimitConfig } from './config.js';
import { HttpProblem } from '../http/problem.js';

// Request limits per minute (@fastify/rate-limit) on the routes that anyone can call in bulk:
// starting a chat, chat messages, staff logins and customer look-ups. Like access, a limit
// belongs to a route definition (method and route pattern), not to a URL test.

type Limit = keyof Omit<RateLimitConfig, 'enabled' | 'store'>;

interface RouteLimit {
  /** A name for the counter; keys of different limits never meet. */
  name: string;
  limit: Limit;
  /** Multiplies the configured limit (a looser aggregate next to a tight one). */
  factor?: number;
  key: (request: FastifyRequest) => string;
}

const byAddress = (request: FastifyRequest) => request.ip;
const byConversation = (request: FastifyRequest) => String((request.params as { id?: unknown }).id ?? '');
const byCaller = (request: FastifyRequest) =>
  request.caller ? `${request.caller.kind}:${request.caller.id}` : request.ip;

const LIMITED_ROUTES: Record<string, RouteLimit[]> = {
  'POST /api/v1/chat/conversations': [{ name: 'chat-start', limit: 'chatStart', key: byAddress }],
  'POST /api/v1/chat/conversations/:id/messages': [
    { name: 'chat-message', limit: 'chatMessages', key: byConversation },
    { name: 'chat-message-address', limit: 'chatMessages', factor: 10, key: byAddress },
  ],
  'POST /api/v1/auth/login': [{ name: 'staff-login', limit: 'login', key: byAddress }],
  // Each call's turns come through here: a looser per-address limit (the telephony provider's
  // servers call for many callers) that still stops ticket floods and customer-number probing.
  'POST /api/v1/voice/webhook': [{ name: 'voice-webhook', limit: 'chatStart', factor: 5, key: byAddress }],
  'GET /api/v1/customers': [{ name: 'customer-lookup', limit: 'lookups', key: byCaller }],
  'GET /api/v1/customers/:id': [{ name: 'customer-lookup', limit: 'lookups', key: byCaller }],
};

const WINDOW_MS = 60_000;

/** A @fastify/rate-limit store over the database counters (shared by every instance). */
export function databaseRateLimitStore(counter: RateCounter): FastifyRateLimitStoreCtor {
  return class DatabaseRateLimitStore {
    incr(
      key: string,
      cb: (err: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      counter.hit(key, timeWindow).then(
        (r) => cb(null, { current: r.count, ttl: Math.max(0, r.resetAt.getTime() - Date.now()) }),
        (err: Error) => cb(err),
      );
    }
    child() {
      return this;
    }
  };
}

export interface RateLimitOptions {
  config: RateLimitConfig;
  /** Shared counters; without them each instance counts in memory. */
  store?: FastifyRateLimitStoreCtor;
}

/** Registers the limiter and attaches the limits to the routes in LIMITED_ROUTES as they are added. */
export function installRateLimits(app: FastifyInstance, o: RateLimitOptions): void {
  if (!o.config.enabled) return;
  app.register(rateLimit, { global: false, skipOnError: true, ...(o.store ? { store: o.store } : {}) });
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const limits = methods.flatMap((m) => LIMITED_ROUTES[`${m} ${route.url}`] ?? []);
    if (limits.length === 0) return;
    let checks: ReturnType<FastifyInstance['createRateLimit']>[] | null = null;
    const hook = async (request: FastifyRequest, reply: FastifyReply) => {
      checks ??= limits.map((l) =>
        app.createRateLimit({
          max: o.config[l.limit] * (l.factor ?? 1),
          timeWindow: WINDOW_MS,
          keyGenerator: (r) => `${l.name}|${l.key(r)}`,
        }),
      );
      for (const check of checks) {
        const r = await check(request);
        if (!r.isAllowed && r.isExceeded) {
          reply.header('retry-after', String(r.ttlInSeconds));
          throw new HttpProblem(
            429,
            'Too Many Requests',
            `too many requests; try again in ${r.ttlInSeconds} s`,
            { retryAfter: r.ttlInSeconds },
          );
        }
      }
    };
    // A route's onRequest hooks run after the app's, so the caller is known (look-ups count per
    // credential) and the body is not read yet.
    const prev = route.onRequest;
    route.onRequest = [hook, ...(prev === undefined ? [] : Array.isArray(prev) ? prev : [prev])] as never;
  });
}

/**
 * The per-conversation message limit for frames on the chat WebSocket, keyed like the REST
 * route's (`chat-message|<conversationId>`): with the database store both count together; the
 * in-memory store keeps one count per limiter. Undefined when limits are off.
 */
export function chatFrameLimit(
  app: FastifyInstance,
  config: RateLimitConfig,
): ((request: FastifyRequest) => Promise<boolean>) | undefined {
  if (!config.enabled) return undefined;
  let check: ReturnType<FastifyInstance['createRateLimit']> | null = null;
  return async (request) => {
    check ??= app.createRateLimit({
      max: config.chatMessages,
      timeWindow: WINDOW_MS,
      keyGenerator: (r) =>
        `chat-message|${String((r.query as { conversationId?: unknown }).conversationId ?? '')}`,
    });
    const r = await check(request);
    return r.isAllowed || !r.isExceeded;
  };
}
