// Issue 15, item 8 (the web side): no CSP or frame options on the console, and cookies never
// Secure behind a TLS proxy.
import { afterAll, describe, expect, it } from 'vitest';
import { startTestDesk, type TestDesk } from './helpers.js';

const desks: TestDesk[] = [];
afterAll(async () => {
  while (desks.length) await desks.pop()!.stop();
});
async function desk(env: Record<string, string>) {
  const d = await startTestDesk({ DEMO: 'true', RATE_LIMITS: 'false', ...env }, { start: false });
  desks.push(d);
  return d;
}

describe('security headers', () => {
  it('the console, the demo page, the help centre and the API forbid framing and limit sources and referrers', async () => {
    const d = await desk({});
    for (const url of [
      '/',
      '/console',
      '/console/tickets/x',
      '/help',
      '/api/v1/openapi.json',
      '/api/v1/customers',
    ]) {
      const res = await d.desk.app.inject({ url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("frame-ancestors 'none'");
      // The help centre sets a stricter policy of its own (no scripts at all).
      expect(csp, url).toMatch(/default-src '(self|none)'/);
      expect(csp, url).not.toContain('unsafe-eval');
      expect(csp, url).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['referrer-policy'], url).toBe('same-origin');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });
});

describe('Secure session cookies', () => {
  const login = async (d: TestDesk, headers: Record<string, string>) => {
    if (!(await d.desk.services.caps.staff.store.userByUsername('tess'))) {
      await d.desk.services.caps.staff.createUser({
        username: 'tess',
        password: 'tess-password-1',
        role: 'agent',
      });
    }
    const res = await d.desk.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json', ...headers },
      payload: { username: 'tess', password: 'tess-password-1' },
    });
    expect(res.statusCode).toBe(200);
    return res.cookies;
  };

  it('are Secure when a trusted TLS proxy says the request came over https', async () => {
    const d = await desk({ TRUST_PROXY: '127.0.0.1' });
    const cookies = await login(d, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.4' });
    // Each cookie once.
    expect(cookies.map((c) => c.name).sort()).toEqual(['fl_csrf', 'fl_session']);
    expect(cookies.every((c) => c.secure === true)).toBe(true);
    expect((await login(d, {})).every((c) => !c.secure)).toBe(true);
  });

  it('ignore X-Forwarded-Proto from a client that is not a trusted proxy', async () => {
    const d = await desk({});
    expect((await login(d, { 'x-forwarded-proto': 'https' })).every((c) => !c.secure)).toBe(true);
  });

  it('are always Secure when the public URL is https', async () => {
    const d = await desk({ PUBLIC_URL: 'https://support.example.net' });
    expect((await login(d, {})).every((c) => c.secure === true)).toBe(true);
  });
});
