import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { withAccess } from '../server/access.js';
import { zodRoute } from '../http/zod-route.js';
import type { DeliveryStore } from './store.js';
import type { Webhooks } from './webhooks.js';

// Admin API: the configured receivers (never their keys) and the delivery log. Admin scope only.

export interface WebhooksPluginOptions {
  webhooks: Webhooks;
  store: DeliveryStore;
}

const tags = ['webhooks'];

async function routes(app: FastifyInstance, opts: WebhooksPluginOptions): Promise<void> {
  zodRoute(
    app,
    {
      method: 'GET',
      url: '/webhooks',
      summary: 'The outbound webhook receivers of the operator file (without their keys)',
      tags,
    },
    async () => ({
      items: opts.webhooks.receivers(),
    }),
  );

  zodRoute(
    app,
    {
      method: 'GET',
      url: '/webhooks/deliveries',
      summary:
        'The webhook delivery log, newest first: each event per receiver with its status, attempts and last answer',
      tags,
      query: z.object({
        status: z.enum(['pending', 'delivering', 'delivered', 'failed']).optional(),
        webhook: z.string().max(64).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(50),
      }),
    },
    async ({ query }) => {
      const items = await opts.store.list(query);
      return { items: items.map((d) => ({ ...d, body: JSON.parse(d.body) as unknown })) };
    },
  );
}

export const webhooksPlugin = withAccess<WebhooksPluginOptions>({ scope: 'admin' }, routes);
