import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from './problem.js';

// Optional bearer token for the REST API (staff/API authentication proper is a later issue).

export const DEFAULT_PUBLIC_PREFIXES = ['/api/v1/chat/', '/api/v1/openapi.json'];

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export function installApiToken(app: FastifyInstance, token: string, publicPrefixes: string[]): void {
  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0];
    if (!path.startsWith('/api/v1/') && path !== '/api/v1') return;
    if (publicPrefixes.some((p) => path === p || path.startsWith(p))) return;
    const header = request.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m || !tokenMatches(m[1], token)) {
      throw new HttpProblem(401, 'Unauthorized', 'a valid bearer token is required');
    }
  });
}
