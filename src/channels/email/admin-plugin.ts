import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { withAccess } from '../../server/access.js';
import { zodRoute } from '../../http/zod-route.js';
import type { ImapPollerStatus } from './imap-poller.js';
import type { RelayStatus } from './outbox-worker.js';
import type { EmailStore } from './ports.js';

// Admin view of the mail paths: whether a relay is configured, how the last sends went, the
// replies that could not be delivered (with why), and whether the support mailbox is being read.
// Needs the admin scope.

export interface EmailAdminOptions {
  store: EmailStore;
  relay: () => RelayStatus;
  /** The support mailbox's poller; null when adapters.imap is not configured. */
  imap?: () => ImapPollerStatus | null;
}

async function routes(app: FastifyInstance, opts: EmailAdminOptions): Promise<void> {
  zodRoute(
    app,
    {
      method: 'GET',
      url: '/email/outbox',
      summary:
        'The SMTP relay status, outgoing mail per status, the latest undeliverable replies and the IMAP poller status',
      tags: ['email'],
      query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
    },
    async ({ query }) => {
      const summary = await opts.store.outboxSummary(query.limit);
      return {
        relay: opts.relay(),
        imap: opts.imap?.() ?? null,
        counts: summary.counts,
        failed: summary.failed,
      };
    },
  );
}

export const emailAdminPlugin = withAccess<EmailAdminOptions>({ scope: 'admin' }, routes);
