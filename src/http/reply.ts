// Answers for plugins that validate by hand (sockets, cookies, form posts): the same problem+json
// documents and the same 400 format as zodRoute, and the guard type every plugin takes.
import type { FastifyBaseLogger, FastifyReply, preHandlerAsyncHookHandler } from 'fastify';
import type { z } from 'zod';
import { fieldErrors, sendProblem, toProblem, validationProblem } from './problem.js';

/** A preHandler that refuses a request (401/403) or lets it through. */
export type Guard = preHandlerAsyncHookHandler;

export function guarded(guard: Guard | undefined): { preHandler?: Guard } {
  return guard ? { preHandler: guard } : {};
}

const instanceOf = (reply: FastifyReply) => reply.request.url.split('?')[0];

/** Sends an RFC 9457 problem document. */
export function problem(
  reply: FastifyReply,
  status: number,
  title: string,
  detail?: string,
  extra: Record<string, unknown> = {},
): FastifyReply {
  return sendProblem(reply, {
    type: 'about:blank',
    title,
    status,
    ...(detail ? { detail } : {}),
    instance: instanceOf(reply),
    ...extra,
  });
}

/** Parses `value` with `schema`; on failure answers 400 with every field error (as zodRoute does) and returns null. */
export function parseOr400<T extends z.ZodType>(
  reply: FastifyReply,
  schema: T,
  value: unknown,
  where: 'body' | 'query' | 'params',
): z.output<T> | null {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  void sendProblem(reply, toProblem(validationProblem(fieldErrors(r.error, where)), instanceOf(reply)));
  return null;
}

/** What an optional read gives when it fails: the fallback, with the error logged in its context (no silent catch). */
export function loggedFallback<T>(
  log: Pick<FastifyBaseLogger, 'warn'>,
  context: object,
  what: string,
  fallback: T,
): (err: unknown) => T {
  return (err: unknown) => {
    log.warn({ err, ...context }, `${what} failed; going on without it`);
    return fallback;
  };
}
