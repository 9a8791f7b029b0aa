// Desks for the HTTP-security tests: SQLite in a temporary folder, no demo ISP, every port free.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/server/logger.js';
import { loadConfig } from '../../src/server/config.js';
import { createDesk, type Desk } from '../../src/server/desk.js';
import { testDeskEnv } from '../helpers/desk-env.js';

export const ADMIN_TOKEN = 'http-test-admin-token-0123456789';

export interface TestDesk {
  desk: Desk;
  url: string;
  port: number;
  /** Log lines written so far (JSON objects), when `captureLogs` was asked for. */
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

export async function startTestDesk(
  env: Record<string, string> = {},
  opts: { start?: boolean; captureLogs?: boolean } = {},
): Promise<TestDesk> {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-http-'));
  const config = loadConfig({
    ...testDeskEnv(join(dir, 'desk.db')),
    DEMO: 'false',
    LOG_LEVEL: opts.captureLogs ? 'info' : 'silent',
    ...env,
  });
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const desk = await createDesk(config, {
    logger: opts.captureLogs ? createLogger(config, sink) : false,
    demoIsp: false,
  });
  let url = '';
  let port = 0;
  if (opts.start !== false) ({ url, port } = await desk.start());
  return {
    desk,
    url,
    port,
    logs,
    async stop() {
      await desk.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One request written byte for byte on a socket; the status code and body of the answer. */
export function rawRequest(
  port: number,
  requestLine: string,
  headers: Record<string, string> = {},
  body = '',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
    const length = body ? { 'content-length': String(Buffer.byteLength(body)) } : {};
    const head = Object.entries({
      host: `127.0.0.1:${port}`,
      connection: 'close',
      ...length,
      ...headers,
    }).map(([k, v]) => `${k}: ${v}\r\n`);
    socket.write(`${requestLine}\r\n${head.join('')}\r\n${body}`);
  });
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A new service of the customer (fibre unless said otherwise) and an open chat ticket about it. */
export async function serviceWithTicket(d: TestDesk, customerId: string, access: 'fiber' | 'dsl' = 'fiber') {
  const repos = d.desk.services.repos;
  const service = await repos.customers.createService({
    customerId,
    access,
    plan: { downMbps: 100, upMbps: 100 },
    areaCode: 'SE-X',
  });
  const ticket = await repos.tickets.create({
    customerId,
    serviceId: service.id,
    channel: 'chat',
    language: 'sv',
    priority: 'P3',
    subject: null,
  });
  return { service, ticket };
}
