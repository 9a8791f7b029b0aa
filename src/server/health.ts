import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem.js';

export type ReadinessCheck = () => Promise<void>;

/** /healthz: the process answers. /readyz: every check passes (the database first). */
export function installHealth(app: FastifyInstance, checks: Record<string, ReadinessCheck>): void {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    const results: Record<string, string> = {};
    let ok = true;
    for (const [name, check] of Object.entries(checks)) {
      try {
        await check();
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
