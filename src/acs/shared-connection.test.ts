import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestAcs, type TestAcs } from './testing/harness.js';
import { informEnvelope, methodOf, RawClient } from './testing/raw-client.js';

// Routers behind a proxy (or a client with a shared keep-alive pool) can reach the ACS over one
// TCP connection. One router's Inform must not end another router's session on that connection.
describe('CWMP sessions over a shared connection', () => {
  let t: TestAcs;
  let a: RawClient;
  let b: RawClient;

  beforeEach(async () => {
    t = await startTestAcs();
    a = new RawClient(t.url);
    b = new RawClient(t.url);
    b.agent = a.agent; // one socket for both routers
  });
  afterEach(async () => {
    a.close();
    await t.close();
  });

  it("keeps the first router's session when a second router's Inform arrives on the same connection", async () => {
    expect((await a.post(informEnvelope('1-2', { serial: 'SHARED1', events: ['0 BOOTSTRAP'] }))).status).toBe(
      200,
    );
    expect((await b.post(informEnvelope('1-2', { serial: 'SHARED2', events: ['0 BOOTSTRAP'] }))).status).toBe(
      200,
    );
    expect(a.cookie).not.toBe(b.cookie);
    // Router A carries on with its own session (its cookie): the ACS has work for a new device.
    const next = await a.post('');
    expect(next.status).toBe(200);
    expect(methodOf(next.body)).toBe('SetParameterValues');
    const other = await b.post('');
    expect(other.status).toBe(200);
    expect(methodOf(other.body)).toBe('SetParameterValues');
  });

  it('still treats a new Inform from the same router as a fresh start', async () => {
    expect((await a.post(informEnvelope('1-2', { serial: 'SHARED3', events: ['0 BOOTSTRAP'] }))).status).toBe(
      200,
    );
    const first = a.cookie;
    expect((await a.post(informEnvelope('1-2', { serial: 'SHARED3', events: ['1 BOOT'] }))).status).toBe(200);
    expect(a.cookie).not.toBe(first);
  });
});
