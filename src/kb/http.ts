// Small HTTP helpers for the KB and insights plugins: problem+json replies (RFC 9457) and
// language negotiation. Self-contained so the plugins work in any Fastify app.
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { z } from 'zod';
import { LANGUAGES, type Language } from '../domain/index.js';

export type Guard = preHandlerAsyncHookHandler;

export function problem(
  reply: FastifyReply,
  status: number,
  title: string,
  detail?: string,
  extra: Record<string, unknown> = {},
): FastifyReply {
  const instance = reply.request.url.split('?')[0];
  return reply
    .code(status)
    .type('application/problem+json')
    .send({ type: 'about:blank', title, status, ...(detail ? { detail } : {}), instance, ...extra });
}

/** Parses `value` with `schema`; on failure answers 400 with every field error and returns null. */
export function parseOr400<T extends z.ZodType>(
  reply: FastifyReply,
  schema: T,
  value: unknown,
  where: 'body' | 'query' | 'params',
): z.output<T> | null {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  problem(reply, 400, 'Your request is not valid', `${r.error.issues.length} field(s) failed validation`, {
    errors: r.error.issues.map((i) => ({ in: where, pointer: '/' + i.path.map(String).join('/'), detail: i.message })),
  });
  return null;
}

/** First of sv/en in an Accept-Language header by q-value, or null. */
export function languageFromHeader(header: string | undefined): Language | null {
  if (!header) return null;
  const prefs = header
    .split(',')
    .slice(0, 20)
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q[1]) : 1, i };
    })
    .filter((p) => (LANGUAGES as readonly string[]).includes(p.lang) && p.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return prefs.length > 0 ? (prefs[0].lang as Language) : null;
}

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

/** `?lang=` when valid, else Accept-Language, else the default. */
export function requestLanguage(request: FastifyRequest, fallback: Language = 'sv'): Language {
  const q = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isLanguage(q)) return q;
  return languageFromHeader(request.headers['accept-language']) ?? fallback;
}

export function guarded(guard: Guard | undefined): { preHandler?: Guard } {
  return guard ? { preHandler: guard } : {};
}
