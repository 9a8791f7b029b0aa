import { createServer, type Server, type Socket } from 'node:net';
import pino from 'pino';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxWorker, NO_RELAY } from '../../src/channels/email/outbox-worker.js';
import type { EmailStore } from '../../src/channels/email/ports.js';
import { DEFAULT_RELAY, type RelaySettings } from '../../src/channels/email/relay.js';
import { createEmailStore } from '../../src/storage/channel-store.js';
import { openDatabase, type Db } from '../../src/storage/db.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { QUEUED_REPLY } from '../helpers/outbound-mail.js';

// The relay's timeouts and TLS policy reach the SMTP connection (they used to be passed as message
// defaults, which nodemailer ignores), and without a relay a reply fails visibly instead of waiting.

const log = pino({ level: 'silent' });
let db: Db;
let store: EmailStore;
const closers: (() => Promise<void>)[] = [];

beforeEach(async () => {
  db = openDatabase(':memory:');
  await migrateToLatest(db.db as never, db.engine);
  store = createEmailStore(db.db as never);
  await store.enqueue(QUEUED_REPLY);
});
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
  await db.close();
});

/** A relay that accepts connections and never greets. */
async function silentRelay(): Promise<number> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((s) => void sockets.add(s));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  closers.push(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
  });
  return (server.address() as { port: number }).port;
}

/** An SMTP relay recording whether each mail arrived over TLS (STARTTLS with the library's self-signed certificate unless disabled). */
async function relay(options: Partial<SMTPServerOptions> = {}) {
  const secure: boolean[] = [];
  const server = new SMTPServer({
    authOptional: true,
    logger: false,
    ...options,
    onData(stream, session, cb) {
      stream.resume();
      stream.on('end', () => {
        secure.push(session.secure);
        cb();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  closers.push(() => new Promise<void>((r) => server.close(() => r())));
  return { port: (server.server.address() as { port: number }).port, secure };
}

async function send(url: string | null, settings: Partial<RelaySettings> = {}) {
  const worker = createOutboxWorker({
    store,
    log,
    relayUrl: url,
    relay: { ...DEFAULT_RELAY, ...settings },
    fromAddress: 'support@isp.example',
    fromName: 'Support',
  });
  const sent = await worker.flush();
  const status = worker.status();
  await worker.stop();
  const [item] = await store.outbox();
  return { sent, item: item!, status };
}

describe('the SMTP relay connection', () => {
  it('gives up on a relay that never greets after the configured greeting timeout', async () => {
    const port = await silentRelay();
    const r = await send(`smtp://127.0.0.1:${port}`, { greetingTimeoutMs: 300, connectionTimeoutMs: 300 });
    expect(r.sent).toBe(0);
    expect(r.item).toMatchObject({ status: 'queued', lastError: expect.stringMatching(/greeting/i) });
    expect(r.status).toMatchObject({ configured: true, lastError: expect.stringMatching(/greeting/i) });
  });

  it('tls: required refuses a relay that offers no STARTTLS', async () => {
    const plain = await relay({ disabledCommands: ['STARTTLS'] });
    const r = await send(`smtp://127.0.0.1:${plain.port}`, { tls: 'required' });
    expect(r.sent).toBe(0);
    expect(r.item.lastError).toMatch(/STARTTLS/i);
    expect(plain.secure).toEqual([]);
  });

  it('tls: required upgrades with STARTTLS (certificate check off for the test relay)', async () => {
    const tls = await relay();
    const r = await send(`smtp://127.0.0.1:${tls.port}`, { tls: 'required', rejectUnauthorized: false });
    expect(r.sent).toBe(1);
    expect(tls.secure).toEqual([true]);
    expect(r.status.lastSentAt).not.toBeNull();
  });

  it('verifies the relay certificate by default', async () => {
    const tls = await relay();
    const r = await send(`smtp://127.0.0.1:${tls.port}`, { tls: 'required' });
    expect(r.sent).toBe(0);
    expect(r.item.lastError).toMatch(/certificate/i);
    expect(tls.secure).toEqual([]);
  });

  it('tls: none sends without upgrading even when STARTTLS is offered', async () => {
    const tls = await relay();
    const r = await send(`smtp://127.0.0.1:${tls.port}`, { tls: 'none' });
    expect(r.sent).toBe(1);
    expect(tls.secure).toEqual([false]);
  });
});

describe('without a relay', () => {
  it('marks each queued reply failed with a clear reason instead of keeping it queued', async () => {
    const r = await send(null);
    expect(r.sent).toBe(0);
    expect(r.item).toMatchObject({ status: 'failed', lastError: NO_RELAY });
    expect(r.status).toMatchObject({ configured: false, tls: null, lastError: NO_RELAY });
  });
});
