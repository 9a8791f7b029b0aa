import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { createDesk } from '../../src/server/desk.js';

describe('desk composition root', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-desk-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the SQLite database on first run, migrates, listens and stops', async () => {
    const file = join(dir, 'nested', 'frontline.db');
    const config = loadConfig({ DATABASE_URL: file, PORT: '0', HOST: '127.0.0.1' });
    const desk = await createDesk(config, { logger: false });
    const { url, port } = await desk.start();
    expect(port).toBeGreaterThan(0);
    expect(existsSync(file)).toBe(true);
    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(health.headers.get('x-request-id')).toBeTruthy();
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    await desk.stop();

    // A second start on the same file finds the schema in place.
    const again = await createDesk(config, { logger: false });
    await again.start();
    expect((await again.services.repos.customers.listCustomers()).items).toEqual([]);
    await again.stop();
  });
});
