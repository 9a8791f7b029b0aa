import { mkdtempSync, rmSync } from 'node:fs';
import { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { LISTEN_BACKLOG } from '../../src/http/listen-backlog.js';
import { loadConfig } from '../../src/server/config.js';
import { createDesk } from '../../src/server/desk.js';
import { testDeskEnv } from '../helpers/desk-env.js';

// Node 20 accepts one connection per event-loop iteration; with the default backlog (511) a busy
// desk's kernel drops new customers' SYNs and they retry after 1, 3, 7, 15, 31 s. The desk's HTTP
// listener and the ACS's CWMP listener ask for a long queue instead.
describe('listen backlog', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-backlog-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the desk and its ACS listen with a queue of 4096 connections, not the default 511', async () => {
    const listen = vi.spyOn(Server.prototype, 'listen');
    const config = loadConfig({
      ...testDeskEnv(join(dir, 'desk.db')),
      DEMO: 'false',
      API_OPEN: 'true',
      RATE_LIMITS: 'false',
    });
    const desk = await createDesk(config, { logger: false });
    try {
      const { url, acsUrl } = await desk.start();
      const ports = new Map<number, unknown>();
      for (const call of listen.mock.calls) {
        const opts = call[0] as { port?: number; backlog?: number } | number;
        const server = listen.mock.contexts[listen.mock.calls.indexOf(call)] as Server;
        const addr = server.address();
        if (addr && typeof addr === 'object')
          ports.set(addr.port, typeof opts === 'object' ? opts.backlog : undefined);
      }
      expect(LISTEN_BACKLOG).toBe(4096);
      expect(ports.get(Number(new URL(url).port))).toBe(LISTEN_BACKLOG);
      expect(ports.get(Number(new URL(acsUrl).port))).toBe(LISTEN_BACKLOG);
    } finally {
      listen.mockRestore();
      await desk.stop();
    }
  });
});
