import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DigestVerifier } from '../../sim/cwmp/digest.js';
import { sendConnectionRequest } from './connection-request.js';

// A connection request is a Digest challenge and its answer (TR-069 3.2.2). Both go over one
// kept-alive connection when the router keeps it open, and a router asked again soon reuses it
// (issue 17: a new TCP connection for each of the two requests was ~4.5 % of a desk's CPU); a
// router that closes a kept-alive connection as it is reused is asked again on a new one.

const creds = { username: 'cr-user', password: 'cr-secret' };
const opts = { timeoutMs: 2000, allowBasic: false };

interface Router {
  url: string;
  connections: number;
  accepted: number;
  server: Server;
}

let servers: Server[] = [];
afterEach(async () => {
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
  servers = [];
});

/** A router's connection-request listener; `onRequest` may drop a request (returns true). */
async function router(
  onRequest: (socket: Socket, nth: number, res: ServerResponse) => boolean = () => false,
): Promise<Router> {
  const digest = new DigestVerifier('router');
  const perSocket = new WeakMap<Socket, number>();
  const r = { url: '', connections: 0, accepted: 0 } as Router;
  r.server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const nth = (perSocket.get(req.socket) ?? 0) + 1;
    perSocket.set(req.socket, nth);
    if (onRequest(req.socket, nth, res)) return;
    if (!digest.verify(req.headers.authorization, 'GET', creds.username, creds.password)) {
      res.writeHead(401, { 'www-authenticate': digest.challenge(), 'content-length': '0' }).end();
      return;
    }
    r.accepted++;
    res.writeHead(200, { 'content-length': '0' }).end();
  });
  r.server.on('connection', () => r.connections++);
  servers.push(r.server);
  await new Promise<void>((resolve) => r.server.listen(0, '127.0.0.1', resolve));
  r.url = `http://127.0.0.1:${(r.server.address() as AddressInfo).port}/cr`;
  return r;
}

describe('connection requests', () => {
  it('sends the challenge and its answer over one connection, and reuses it for the next request', async () => {
    const r = await router();
    expect(await sendConnectionRequest(r.url, creds, opts)).toEqual({ ok: true, status: 200 });
    expect(r.connections).toBe(1);
    expect(await sendConnectionRequest(r.url, creds, opts)).toEqual({ ok: true, status: 200 });
    expect(r.connections).toBe(1);
    expect(r.accepted).toBe(2);
  });

  it('asks again on a new connection when the router drops a kept-alive one as it is reused', async () => {
    // The second request on any connection finds it closed.
    const r = await router((socket, nth) => {
      if (nth < 2) return false;
      socket.destroy();
      return true;
    });
    expect(await sendConnectionRequest(r.url, creds, opts)).toEqual({ ok: true, status: 200 });
    expect(r.connections).toBe(2);
    expect(r.accepted).toBe(1);
  });

  it('works with a router that closes each connection, and fails as before with one that does not answer', async () => {
    const closing = await router((_s, _n, res) => {
      res.setHeader('connection', 'close');
      return false;
    });
    expect(await sendConnectionRequest(closing.url, creds, opts)).toEqual({ ok: true, status: 200 });
    expect(closing.connections).toBe(2);
    const dead = await router((socket) => {
      socket.destroy();
      return true;
    });
    const r = await sendConnectionRequest(dead.url, creds, opts);
    expect(r).toEqual({ ok: false, reason: 'socket hang up' });
    const wrong = await sendConnectionRequest(closing.url, { ...creds, password: 'nope' }, opts);
    expect(wrong).toEqual({ ok: false, reason: 'connection request credentials rejected', status: 401 });
  });
});
