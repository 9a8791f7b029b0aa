import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runProbes } from '../../diagnostics/run.js';
import { diagnosticContext, fakeWorld } from '../../diagnostics/testing/fakes.js';
import { createHttpIspPorts, IspHttpError } from './client.js';
import { ispOpenApiDocument } from './openapi.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server | null = null;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => (server ? server.close(r) : r(null)));
  server = null;
});

/** A stand-in ISP answering request n with handlers[n] (the last one repeats); returns its URL and the requests seen. */
async function isp(...handlers: Handler[]) {
  const seen: { method: string; url: string; auth: string | undefined }[] = [];
  server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization });
    handlers[Math.min(seen.length - 1, handlers.length - 1)](req, res);
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const json =
  (status: number, body: unknown): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
const never: Handler = () => {};
const session = { up: true, ipAddress: '203.0.113.9', startedAt: null, lastReject: null, lastRejectAt: null };
const noWait = async () => {};

describe('ISP HTTP client', () => {
  it('retries an idempotent GET after 503s and returns the validated answer', async () => {
    const { url, seen } = await isp(json(503, {}), json(503, {}), json(200, session));
    const ports = createHttpIspPorts({ baseUrl: url, retries: 2, sleep: noWait, token: 't0k' });
    expect(await ports.aaa.session('a b@isp.example')).toEqual(session);
    expect(seen.map((s) => s.url)).toEqual(Array(3).fill('/v1/aaa/sessions/a%20b%40isp.example'));
    expect(seen[0].auth).toBe('Bearer t0k');
  });

  it('gives up after the retries with an error naming the system and the status', async () => {
    const { url, seen } = await isp(json(502, { title: 'Bad Gateway', detail: 'radius down' }));
    const ports = createHttpIspPorts({ baseUrl: url, retries: 1, sleep: noWait });
    const err = await ports.aaa.session('u').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IspHttpError);
    expect((err as Error).message).toBe(
      "the ISP's aaa system (GET /v1/aaa/sessions/{username}) answered 502: radius down",
    );
    expect(seen).toHaveLength(2);
  });

  it('does not retry a call that is not idempotent (a password reset)', async () => {
    const { url, seen } = await isp(json(503, {}));
    const ports = createHttpIspPorts({ baseUrl: url, retries: 3, sleep: noWait });
    await expect(ports.portal.resetPassword('1001')).rejects.toThrow(/answered 503/);
    expect(seen).toEqual([expect.objectContaining({ method: 'POST' })]);
  });

  it('times out each attempt', async () => {
    const { url } = await isp(never);
    let attempts = 0;
    const counted: typeof fetch = (input, init) => {
      attempts++;
      return fetch(input, init);
    };
    const ports = createHttpIspPorts({
      baseUrl: url,
      timeoutMs: 40,
      retries: 1,
      sleep: noWait,
      fetch: counted,
    });
    await expect(ports.portal.status('1001')).rejects.toThrow(
      "the ISP's portal system (GET /v1/portal/accounts/{customerNumber}) did not answer within 40 ms",
    );
    expect(attempts).toBe(2);
  });

  it('refuses an answer outside the contract, saying which field, without retrying', async () => {
    const { url, seen } = await isp(
      json(200, { access: 'fiber', ontRegistered: true, los: false, rxDbm: '-19', dropsLast24h: 0 }),
    );
    const ports = createHttpIspPorts({ baseUrl: url, sleep: noWait });
    await expect(ports.access.lineStatus('svc-1', 'fiber')).rejects.toThrow(
      /answered with a body outside the contract: rxDbm: /,
    );
    expect(seen[0].url).toBe('/v1/lines/svc-1?access=fiber');
    expect(seen).toHaveLength(1);
  });

  it('leaves out the optional ports the ISP does not serve', () => {
    const ports = createHttpIspPorts({ baseUrl: 'http://127.0.0.1:9', optionalPorts: ['billing'] });
    expect(ports.billing).toBeDefined();
    expect(ports.installation).toBeUndefined();
    expect(ports.fieldService).toBeUndefined();
  });

  it('an unreachable ISP becomes "could not check" in the diagnostics, not a crash', async () => {
    const { url } = await isp(json(200, session));
    await new Promise((r) => server!.close(r));
    server = null;
    const w = fakeWorld();
    const ports = createHttpIspPorts({ baseUrl: url, retries: 0, sleep: noWait });
    const runs = await runProbes(diagnosticContext(w, { isp: ports }), ['line', 'portal']);
    expect(runs.find((r) => r.probe === 'line')?.unavailable).toMatch(
      /^Could not check the access line: the ISP's access system \(GET \/v1\/lines\/\{serviceId\}\) could not be reached/,
    );
    expect(runs.find((r) => r.probe === 'portal')?.unavailable).toMatch(
      /^Could not check the customer-portal account: /,
    );
  });
});

describe('ISP OpenAPI document', () => {
  it('docs/isp-http-api.yaml is the document generated from the contract', () => {
    const file = parse(
      readFileSync(new URL('../../../docs/isp-http-api.yaml', import.meta.url), 'utf8'),
    ) as unknown;
    expect(file).toEqual(ispOpenApiDocument());
  });

  it('describes every operation with its schemas', () => {
    const doc = ispOpenApiDocument() as { paths: Record<string, Record<string, { operationId: string }>> };
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p).map((op) => op.operationId));
    expect(ids.sort()).toEqual(
      [
        'aaaDisconnect',
        'aaaSession',
        'addVisitNotes',
        'billingStatus',
        'bookVisit',
        'installationAddress',
        'lineStatus',
        'portalResetPassword',
        'portalStatus',
        'portalUnlock',
      ].sort(),
    );
  });
});
