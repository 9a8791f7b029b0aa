import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { withAccess, type ApiCaller } from '../server/access.js';
import { HttpProblem } from '../http/problem.js';
import { zodRoute } from '../http/zod-route.js';
import type { PrivacyActor } from './audit-entries.js';
import type { PrivacyService } from './service.js';

// Admin-only REST API for data-subject requests and the retention sweep. Every route of this
// plugin needs the admin scope (an admin API token or an admin staff session).

export interface PrivacyPluginOptions {
  privacy: PrivacyService;
}

const tags = ['privacy'];
const params = z.object({
  customerNumber: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{1,32}$/),
});
const eraseBody = z.object({
  confirm: z.string().describe('the customer number again, to confirm the erasure'),
});

function actorOf(caller: ApiCaller | undefined): PrivacyActor {
  if (caller?.kind === 'staff') return { kind: 'staff', id: caller.id };
  return { kind: 'api', id: caller?.id ?? 'anonymous' };
}

function notFound(customerNumber: string): HttpProblem {
  return new HttpProblem(404, 'Not Found', `no customer ${customerNumber}`);
}

async function routes(app: FastifyInstance, opts: PrivacyPluginOptions): Promise<void> {
  const { privacy } = opts;

  zodRoute(
    app,
    {
      method: 'GET',
      url: '/privacy/customers/:customerNumber/export',
      summary: 'Everything held about a customer, as one JSON document (GDPR access and portability)',
      tags,
      params,
    },
    async ({ params: p, request }, reply) => {
      const archive = await privacy.exportCustomer(p.customerNumber, actorOf(request.caller));
      if (!archive) throw notFound(p.customerNumber);
      return reply
        .header('content-disposition', `attachment; filename="customer-${p.customerNumber}.json"`)
        .send(archive);
    },
  );

  zodRoute(
    app,
    {
      method: 'POST',
      url: '/privacy/customers/:customerNumber/erase',
      summary:
        "Erase a customer's personal data; tickets and audit entries stay as anonymous skeletons (GDPR erasure)",
      tags,
      params,
      body: eraseBody,
    },
    async ({ params: p, body, request }) => {
      if (body.confirm !== p.customerNumber)
        throw new HttpProblem(400, 'Bad Request', 'confirm must repeat the customer number');
      const erased = await privacy.eraseCustomer(p.customerNumber, actorOf(request.caller));
      if (!erased) throw notFound(p.customerNumber);
      return { erased };
    },
  );

  zodRoute(
    app,
    {
      method: 'POST',
      url: '/privacy/sweep',
      summary: 'Apply the retention periods now (the desk also does this every hour)',
      tags,
    },
    async () => ({ removed: await privacy.sweep() }),
  );
}

export const privacyPlugin = withAccess<PrivacyPluginOptions>({ scope: 'admin' }, routes);
