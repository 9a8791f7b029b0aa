import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_RELAY } from '../../src/channels/email/outbox-worker.js';
import { loadConfig } from '../../src/server/config.js';
import { createDesk } from '../../src/server/desk.js';
import { testDeskEnv } from '../helpers/desk-env.js';
import { QUEUED_REPLY } from '../helpers/outbound-mail.js';

// A desk without SMTP_RELAY_URL: a reply it cannot send is marked failed with the reason, and the
// admin API says the relay is missing.

const dir = mkdtempSync(join(tmpdir(), 'frontline-relay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TOKEN = 'relay-test-admin-token-0123456789';

describe('a desk without a relay', () => {
  it('marks replies failed and reports it on GET /api/v1/email/outbox (admin only)', async () => {
    const config = loadConfig({
      ...testDeskEnv(join(dir, 'desk.db')),
      DEMO: 'false',
      FRONTLINE_API_TOKEN: TOKEN,
      RATE_LIMITS: 'false',
    });
    const desk = await createDesk(config, { logger: false });
    try {
      const { caps, mail } = desk.services;
      await caps.emailStore.enqueue(QUEUED_REPLY);
      await mail.outbox.flush();
      const res = await desk.app.inject({
        method: 'GET',
        url: '/api/v1/email/outbox',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        relay: { configured: false, tls: null, lastError: NO_RELAY },
        counts: { failed: 1 },
        failed: [{ to: 'kund@example.se', lastError: NO_RELAY, attempts: 1 }],
      });
      expect((await desk.app.inject({ method: 'GET', url: '/api/v1/email/outbox' })).statusCode).toBe(401);
    } finally {
      await desk.stop();
    }
  });
});
