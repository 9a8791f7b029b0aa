// A small HTTP client for the kit (node:http, no timeout: a turn may wait for a router).
import http from 'node:http';

/** Sends a request to RP_HTTP + path; resolves { status, headers, body (parsed JSON or text) }. */
export function request(method, path, { body, headers = {} } = {}) {
  const base = process.env.RP_HTTP;
  if (!base) throw new Error('RP_HTTP is not set (run through the kit scripts)');
  const url = new URL(path, base);
  const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        headers: {
          ...(data ? { 'content-type': 'application/json', 'content-length': data.length } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed = text;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode, headers: res.headers, body: parsed });
        });
      },
    );
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

/** Like request, but fails on a status >= 400 with the problem's detail. */
export async function ok(method, path, opts) {
  const r = await request(method, path, opts);
  if (r.status >= 400) {
    const b = r.body && typeof r.body === 'object' ? r.body : {};
    throw new Error(
      `${method} ${path}: ${r.status} ${b.title ?? ''} ${b.detail ?? (typeof r.body === 'string' ? r.body : '')}`.trim(),
    );
  }
  return r.body;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function fail(message) {
  console.error(message);
  process.exit(1);
}
