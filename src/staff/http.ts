import type { FastifyReply, FastifyRequest } from 'fastify';

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
