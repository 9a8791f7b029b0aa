import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { CustomerDirectory } from '../tickets/ports.js';
import { parseOr400, problem } from '../http/reply.js';

export interface DemoPluginOptions {
  /** DEMO mode: without it the routes answer 404 as if they did not exist. */
  enabled: boolean;
  directory: CustomerDirectory;
  /** signPortalToken from src/agent/portal-session.ts (HMAC-signed customer-portal session). */
  signPortalToken: (customerNumber: string) => string;
  /** Demo customers offered on the demo page ("sign in as …"). */
  demoCustomers?: () => Promise<{ customerNumber: string; name: string; note?: string }[]>;
}

const body = z.object({
  customerNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{1,32}$/),
});

/** Demo-only helpers for the customer demo page at `/`. */
export async function demoPlugin(app: FastifyInstance, opts: DemoPluginOptions) {
  app.post('/api/v1/demo/portal-token', { bodyLimit: 4096 }, async (request, reply) => {
    if (!opts.enabled) return problem(reply, 404, 'Not found');
    const b = parseOr400(reply, body, request.body, 'body');
    if (!b) return reply;
    const customer = await opts.directory.byNumber(b.customerNumber);
    if (!customer) return problem(reply, 404, 'Unknown customer', `No demo customer ${b.customerNumber}.`);
    return {
      portalToken: opts.signPortalToken(customer.customerNumber),
      customer: { customerNumber: customer.customerNumber, name: customer.name, language: customer.language },
    };
  });

  app.get('/api/v1/demo/customers', async (_request, reply) => {
    if (!opts.enabled) return problem(reply, 404, 'Not found');
    return { customers: opts.demoCustomers ? await opts.demoCustomers() : [] };
  });
}
