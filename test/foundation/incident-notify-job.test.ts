import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { createDesk } from '../../src/server/desk.js';
import { testDeskEnv } from '../helpers/desk-env.js';

// Resolving an incident answers at once; telling the affected customers runs as a background job.

describe('incident resolved: customers are notified by a background job', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-incident-job-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers the resolve request before the notification has run, then runs it once', async () => {
    const token = 'incident-job-token-0123456789';
    const config = loadConfig({
      ...testDeskEnv(join(dir, 'desk.db')),
      DEMO: 'false',
      FRONTLINE_API_TOKEN: token,
    });
    const desk = await createDesk(config, { logger: false });
    const notified: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    desk.services.caps.agent.notifyIncidentResolved = async (id: string) => {
      await gate;
      notified.push(id);
      return 0;
    };
    const { url } = await desk.start();
    try {
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const created = await fetch(`${url}/api/v1/incidents`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ areas: ['SE-STO-KISTA'], kind: 'fiber_cut', title: 'Fibre cut in Kista' }),
      }).then((r) => r.json() as Promise<{ id: string }>);
      const res = await fetch(`${url}/api/v1/incidents/${created.id}/resolve`, {
        method: 'POST',
        headers: { authorization: headers.authorization },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { status: string }).status).toBe('resolved');
      expect(notified).toEqual([]);
      release();
      for (let i = 0; i < 100 && notified.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(notified).toEqual([created.id]);
    } finally {
      await desk.stop();
    }
  });
});
