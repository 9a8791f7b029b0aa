// Issue 15, item 2: FRONTLINE_API_TOKEN was bypassed by an absolute-form request target
// (`GET http://host/api/v1/customers`), because the token hook tested the raw request URL.
// These requests go over a real socket, written byte for byte.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, bearer, rawRequest, startTestDesk, type TestDesk } from './helpers.js';

const NUMBER = '415161';

describe('API token and odd request targets', () => {
  let d: TestDesk;
  beforeAll(async () => {
    d = await startTestDesk({ FRONTLINE_API_TOKEN: ADMIN_TOKEN, RATE_LIMITS: 'false' });
    const created = await fetch(`${d.url}/api/v1/customers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(ADMIN_TOKEN) },
      body: JSON.stringify({ customerNumber: NUMBER, name: 'Greta Secret', pin: '1234' }),
    });
    expect(created.status).toBe(201);
  });
  afterAll(async () => {
    await d?.stop();
  });

  const targets = (port: number) => [
    `http://127.0.0.1:${port}/api/v1/customers`,
    `http://127.0.0.1:${port}/api/v1/customers/${NUMBER}`,
    `http://evil.example/api/v1/customers`,
    `HTTP://127.0.0.1:${port}/api/v1/customers`,
    `http://127.0.0.1:${port}/api/v1/chat/../customers`,
    '/api/v1/%63ustomers',
    '/api/v1/customers%2F',
    '/api/v1/customers/',
    '/api/v1/customers?x=/api/v1/chat/',
    '//api/v1/customers',
    '/api//v1/customers',
    '/api/v1//customers',
    '/api/v1/./customers',
    '/api/v1/chat/../customers',
    '/api/v1/chat/%2e%2e/customers',
    '/api/v1/openapi.json/../customers',
    '/API/v1/customers',
  ];

  it('never serves customer data without the token, whatever the request target looks like', async () => {
    for (const target of targets(d.port)) {
      const res = await rawRequest(d.port, `GET ${target} HTTP/1.1`);
      expect(res.status, target).not.toBe(200);
      expect(res.status, target).toBeGreaterThanOrEqual(400);
      expect(res.status, target).toBeLessThan(500);
      expect(res.body, target).not.toContain('"customerNumber"');
      expect(res.body, target).not.toContain('Greta');
    }
  });

  it('routes the same absolute-form target when the token is given (the request form itself works)', async () => {
    const res = await rawRequest(
      d.port,
      `GET http://127.0.0.1:${d.port}/api/v1/customers HTTP/1.1`,
      bearer(ADMIN_TOKEN),
    );
    expect(res.status).toBe(200);
    expect(res.body).toContain(NUMBER);
  });

  it('does not queue router tasks through an absolute-form target either', async () => {
    const body = JSON.stringify({ name: 'reboot' });
    const target = `http://127.0.0.1:${d.port}/api/v1/devices/00D0F1-X-1/tasks?connectionRequest=false`;
    const res = await rawRequest(
      d.port,
      `POST ${target} HTTP/1.1`,
      { 'content-type': 'application/json' },
      body,
    );
    expect(res.status).toBe(401);
  });
});
