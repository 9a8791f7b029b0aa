import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';

/** Sends an RFC 9457 problem document. */
export function problem(reply: FastifyReply, status: number, title: string, detail?: string, extra: Record<string, unknown> = {}) {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({ type: 'about:blank', title, status, ...(detail ? { detail } : {}), instance: reply.request.url, ...extra });
}

/** Parses `value` with a zod schema; on failure sends a 400 problem and returns undefined. */
export function parseOr400<T>(schema: ZodType<T>, value: unknown, reply: FastifyReply): T | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  void problem(reply, 400, 'Invalid request', 'The request did not match the expected shape.', {
    errors: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  });
  return undefined;
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name || name in out) continue;
    try {
      out[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      out[name] = part.slice(eq + 1).trim();
    }
  }
  return out;
}

export interface CookieOptions {
  httpOnly: boolean;
  secure: boolean;
  maxAgeSec: number | null;
}

export function serializeCookie(name: string, value: string, o: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'SameSite=Strict'];
  if (o.httpOnly) parts.push('HttpOnly');
  if (o.secure) parts.push('Secure');
  if (o.maxAgeSec !== null) parts.push(`Max-Age=${o.maxAgeSec}`);
  return parts.join('; ');
}

/** Adds a Set-Cookie header (Fastify appends set-cookie values instead of replacing them). */
export function appendSetCookie(reply: FastifyReply, cookie: string) {
  reply.header('set-cookie', cookie);
}

export function isHttps(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}
