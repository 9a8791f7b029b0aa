import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, SEED, hostileJson, hostileString, startFuzzDesk, wellFormed } from './fuzz-desk.js';

// Every operation in the OpenAPI document, called with random paths, queries and bodies, with and
// without credentials: the desk answers 2xx/3xx/4xx (never 5xx) and stays up.

type Desk = Awaited<ReturnType<typeof startFuzzDesk>>;
interface Operation {
  method: string;
  path: string;
}

describe('REST fuzz (seeded, bounded)', () => {
  let d: Desk;
  let operations: Operation[] = [];
  beforeAll(async () => {
    d = await startFuzzDesk();
    const doc = (await fetch(`${d.url}/api/v1/openapi.json`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    }).then((r) => r.json())) as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        // A real import or erasure would change what later calls see; they are fuzzed with their own bodies below.
        .map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(async () => {
    await d?.stop();
  });

  it('the OpenAPI document lists the API', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it('no operation answers 5xx to random input', async () => {
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(hostileString, { minLength: 3, maxLength: 3 }),
        fc.dictionary(
          fc.constantFrom('limit', 'cursor', 'q', 'status', 'queue', 'after', 'from', 'to', 'lang', 'page'),
          hostileString,
          { maxKeys: 3 },
        ),
        hostileJson,
        fc.constantFrom('admin', 'none', 'bogus'),
        fc.constantFrom('application/json', 'text/plain', 'application/xml', 'text/csv'),
        async (pick, segments, query, body, auth, contentType) => {
          const op = operations[pick % operations.length];
          let i = 0;
          const path = op.path.replace(/\{[^}]+\}/g, () =>
            encodeURIComponent(wellFormed(segments[i++ % segments.length] || 'x')),
          );
          const qs = new URLSearchParams(query as Record<string, string>).toString();
          const headers: Record<string, string> = {};
          if (auth === 'admin') headers.authorization = `Bearer ${ADMIN_TOKEN}`;
          if (auth === 'bogus') headers.authorization = 'Bearer not-a-token';
          const hasBody = op.method !== 'GET' && op.method !== 'DELETE';
          if (hasBody) headers['content-type'] = contentType;
          const payload = hasBody
            ? contentType === 'application/json'
              ? JSON.stringify(body)
              : String(JSON.stringify(body))
            : undefined;
          const res = await d.desk.app.inject({
            method: op.method as 'GET',
            url: `${path}${qs ? `?${qs}` : ''}`,
            headers,
            payload,
          });
          if (res.statusCode >= 500)
            failures.push(`${op.method} ${path} → ${res.statusCode} ${res.body.slice(0, 200)}`);
          return res.statusCode < 500;
        },
      ),
      { seed: SEED, numRuns: 1200, endOnFailure: true },
    );
    expect(failures).toEqual([]);
    expect((await fetch(`${d.url}/healthz`)).status).toBe(200);
  });

  it('malformed JSON, wrong types and oversized bodies are 4xx with a problem document', async () => {
    const bad = [
      '{',
      '{"a":',
      'null',
      '[]',
      '"x"',
      '{"__proto__":{"admin":true}}',
      '\u0000',
      '{"text":' + '"a"'.repeat(10) + '}',
    ];
    for (const payload of bad) {
      const res = await d.desk.app.inject({
        method: 'POST',
        url: '/api/v1/chat/conversations',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode, payload).toBeLessThan(500);
    }
    const huge = await d.desk.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      payload: JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toMatch(/problem\+json/);
  });
});
