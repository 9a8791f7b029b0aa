import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { createDemoDesk } from '../../src/demo/desk.js';
import { createDesk } from '../../src/server/desk.js';

describe('desk composition root', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-desk-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the SQLite database on first run, migrates, listens and stops', async () => {
    const file = join(dir, 'nested', 'frontline.db');
    // Without the demo, the desk starts only with a way to authenticate to its API (here a token).
    const config = loadConfig({
      DATABASE_URL: file,
      PORT: '0',
      ACS_PORT: '0',
      SMTP_PORT: '0',
      HOST: '127.0.0.1',
      DEMO: 'false',
      FRONTLINE_API_TOKEN: 'desk-test-token-0123456789',
    });
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

  it('runs the demo ISP: subscribers imported, routers registered over CWMP, a portal chat answered', async () => {
    const file = join(dir, 'demo.db');
    const config = loadConfig({
      DATABASE_URL: file,
      PORT: '0',
      ACS_PORT: '0',
      SMTP_PORT: '0',
      HOST: '127.0.0.1',
      DEMO_SUBSCRIBERS: '6',
    });
    const desk = await createDemoDesk(config, { logger: false });
    const { url } = await desk.start();
    try {
      const customers = (await desk.services.repos.customers.listCustomers()).items;
      expect(customers).toHaveLength(6);
      // The demo page's picker lists them in customer-number order, the README table's (browser tests pick by position).
      const picker = (await fetch(`${url}/api/v1/demo/customers`).then((r) => r.json())) as {
        customers: { customerNumber: string }[];
      };
      expect(picker.customers.map((c) => c.customerNumber)).toEqual([
        '200101',
        '200108',
        '200115',
        '200122',
        '200129',
        '200136',
      ]);
      // Router data needs a credential, here a demo staff session.
      expect((await fetch(`${url}/api/v1/devices`)).status).toBe(401);
      const login = await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'supervisor', password: 'supervisor-demo' }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const devices = await fetch(`${url}/api/v1/devices`, { headers: { cookie } }).then(
        (r) => r.json() as Promise<{ items: unknown[] }>,
      );
      expect(devices.items.length).toBe(6);
      const token = await fetch(`${url}/api/v1/demo/portal-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ customerNumber: customers[0].customerNumber }),
      }).then((r) => r.json() as Promise<{ portalToken: string }>);
      const start = await fetch(`${url}/api/v1/chat/conversations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ portalToken: token.portalToken }),
      });
      expect(start.status).toBe(201);
      const help = await fetch(`${url}/help`);
      expect(help.status).toBe(200);

      // The demo played conversations through the real agent, so the console has tickets.
      const tickets = (await desk.services.repos.tickets.list({ limit: 50 })).items;
      const outcomes = await Promise.all(
        tickets.map(async (t) =>
          (await desk.services.repos.tickets.timeline(t.id)).find((e) => e.type === 'resolution'),
        ),
      );
      // (The test's own chat above is still open.)
      expect(
        outcomes
          .map((r) => (r?.type === 'resolution' ? r.outcome : null))
          .filter(Boolean)
          .sort(),
      ).toEqual(['outage_informed', 'resolved']);
    } finally {
      await desk.stop();
    }
  });
});
