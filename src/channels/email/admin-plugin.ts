import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { withAccess } from '../../server/access.js';
import { zodRoute } from '../../http/zod-route.js';
import type { RelayStatus } from './outbox-worker.js';
import type { EmailStore } from './ports.js';

// Admin view of outgoing mail: whether a relay is configured, how the last sends went, and the
// replies that could not be delivered (with why). Needs the admin scope.

export interface EmailAdminOptions {
  store: EmailStore;
  relay: () => RelayStatus;
}

async function routes(app: FastifyInstance, opts: EmailAdminOptions): Promise<void> {
  zodRoute(
    app,
    {
      method: 'GET',
      url: '/email/outbox',
      summary: 'The SMTP relay status, outgoing mail per status and the latest undeliverable replies',
      tags: ['email'],
      query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
    },
    async ({ query }) => {
      const summary = await opts.store.outboxSummary(query.limit);
      return { relay: opts.relay(), counts: summary.counts, failed: summary.failed };
    },
  );
}

export const emailAdminPlugin = withAccess<EmailAdminOptions>({ scope: 'admin' }, routes);
