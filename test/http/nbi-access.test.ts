import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, bearer, startTestDesk, type TestDesk } from './helpers.js';

// The GenieACS-style NBI under /api/v1/acs/nbi follows the REST API's rules for router tasks:
// scopes, the customer's consent for changes, and an audit entry for each request.

const READ_TOKEN = 'nbi-reader-token-0123456789';
const NOC_TOKEN = 'nbi-noc-token-0123456789ab';
const json = { 'content-type': 'application/json' };

describe('NBI access', () => {
  let d: TestDesk;
  beforeAll(async () => {
    d = await startTestDesk(
      {
        RATE_LIMITS: 'false',
        FRONTLINE_API_TOKEN: ADMIN_TOKEN,
        FRONTLINE_API_TOKENS: `reader:read:${READ_TOKEN},noc:devices:${NOC_TOKEN}`,
      },
      { start: false },
    );
  });
  afterAll(async () => {
    await d?.stop();
  });

  const task = (token: string, body: object) =>
    d.desk.app.inject({
      method: 'POST',
      url: '/api/v1/acs/nbi/devices/00D0F1-X-9/tasks',
      headers: { ...json, ...bearer(token) },
      payload: body,
    });

  it('reads devices with the read scope, and needs a credential at all', async () => {
    expect(
      (await d.desk.app.inject({ url: '/api/v1/acs/nbi/devices/?query=%7B%7D', headers: bearer(READ_TOKEN) }))
        .statusCode,
    ).toBe(200);
    expect((await d.desk.app.inject({ url: '/api/v1/acs/nbi/devices/' })).statusCode).toBe(401);
    expect(
      (
        await d.desk.app.inject({
          method: 'POST',
          url: '/api/v1/acs/nbi/devices/00D0F1-X-9/tags/x',
          headers: bearer(READ_TOKEN),
        })
      ).statusCode,
    ).toBe(403);
  });

  it('asks for the scope and the customer consent a task needs, and audits it', async () => {
    expect(
      (await task(READ_TOKEN, { name: 'getParameterValues', parameterNames: ['Device.'] })).statusCode,
    ).toBe(403);
    expect(
      (await task(NOC_TOKEN, { name: 'getParameterValues', parameterNames: ['Device.'] })).statusCode,
    ).toBe(404);
    expect(
      (
        await task(NOC_TOKEN, {
          name: 'setParameterValues',
          parameterValues: [['Device.ManagementServer.URL', 'http://evil']],
        })
      ).statusCode,
    ).toBe(403);
    const reboot = await task(ADMIN_TOKEN, { name: 'reboot' });
    expect(reboot.statusCode).toBe(403);
    expect(reboot.json().title).toBe('Consent required');
    const audit = await d.desk.services.repos.audit.list({ action: 'device.action' });
    const seen = audit.map(
      (e) => e.action === 'device.action' && `${e.actor.kind}:${e.actor.id}:${e.name}:${e.result}`,
    );
    expect(seen).toEqual(
      expect.arrayContaining(['api:noc:getParameterValues:failed', 'api:admin:reboot:refused']),
    );
  });
});
