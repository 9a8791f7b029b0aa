import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoOperatorFile } from '../../src/operator/load.js';
import { loadConfig } from '../../src/server/config.js';
import { createDesk } from '../../src/server/desk.js';
import { testDeskEnv } from '../helpers/desk-env.js';

// Channels the operator file turns off have no routes and no listener.

const dir = mkdtempSync(join(tmpdir(), 'frontline-adapters-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('adapters in the operator file', () => {
  it('chat, voice and the inbound SMTP listener can be turned off', async () => {
    const file = join(dir, 'operator.yaml');
    const demo = readFileSync(demoOperatorFile(), 'utf8');
    writeFileSync(
      file,
      demo.replace(
        '  chat: true\n  voice: true\n  emailInbound: true\n',
        '  chat: false\n  voice: false\n  emailInbound: false\n',
      ),
    );
    const config = loadConfig({
      ...testDeskEnv(join(dir, 'desk.db')),
      DEMO: 'false',
      OPERATOR_CONFIG: file,
      API_OPEN: 'true',
      RATE_LIMITS: 'false',
    });
    expect(config.operator.adapters).toMatchObject({ chat: false, voice: false, emailInbound: false });
    const desk = await createDesk(config, { logger: false });
    try {
      const started = await desk.start();
      expect(started.smtpPort).toBe(0);
      expect(
        (await desk.app.inject({ method: 'POST', url: '/api/v1/chat/conversations', payload: {} }))
          .statusCode,
      ).toBe(404);
      expect(
        (await desk.app.inject({ method: 'POST', url: '/api/v1/voice/webhook', payload: {} })).statusCode,
      ).toBe(404);
    } finally {
      await desk.stop();
    }
  });
});
