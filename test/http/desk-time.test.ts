import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { createDesk } from '../../src/server/desk.js';
import { testDeskEnv } from '../helpers/desk-env.js';

describe('desk time on /metrics', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-desk-time-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts each chat message answered, in the desk-time histogram', async () => {
    const config = loadConfig({
      ...testDeskEnv(join(dir, 'desk.db')),
      DEMO: 'false',
      API_OPEN: 'true',
      RATE_LIMITS: 'false',
    });
    const desk = await createDesk(config, { logger: false });
    const { url } = await desk.start();
    try {
      const chat = (await fetch(`${url}/api/v1/chat/conversations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ language: 'en' }),
      }).then((r) => r.json())) as { conversationId: string; token: string };
      for (const text of ['my internet is down completely', '123']) {
        const r = await fetch(`${url}/api/v1/chat/conversations/${chat.conversationId}/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${chat.token}` },
          body: JSON.stringify({ text }),
        });
        expect(r.status).toBe(200);
      }
      const metrics = await (await fetch(`${url}/metrics`)).text();
      expect(metrics).toContain('# TYPE frontline_desk_time_seconds histogram');
      expect(metrics).toContain('frontline_desk_time_seconds_count{channel="chat"} 2');
      expect(metrics).toContain('frontline_turn_seconds_count{channel="chat"} 2');
    } finally {
      await desk.stop();
    }
  });
});
