import type { FastifyInstance } from 'fastify';
import { PUBLIC } from './access.js';
import { sendProblem } from '../http/problem.js';

export type ReadinessCheck = () => Promise<void>;

const CHECK_TIMEOUT_MS = 5_000;

function withTimeout(check: ReadinessCheck): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([check(), late]).finally(() => clearTimeout(timer));
}

/** /healthz: the process answers. /readyz: every check passes (the database first). */
export function installHealth(app: FastifyInstance, checks: Record<string, ReadinessCheck>): void {
  app.get('/healthz', { config: { access: PUBLIC } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: PUBLIC } }, async (request, reply) => {
    const results: Record<string, string> = {};
    let ok = true;
    for (const [name, check] of Object.entries(checks)) {
      try {
        await withTimeout(check);
        results[name] = 'ok';
      } catch (err) {
        ok = false;
        results[name] = 'failing';
        request.log.warn({ err, check: name }, 'readiness check failed');
      }
    }
    if (ok) return { status: 'ready', checks: results };
    return sendProblem(reply, {
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      detail: 'a dependency is not ready',
      instance: '/readyz',
      checks: results,
    });
  });
}
