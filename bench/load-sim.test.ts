import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cwmpOverHttp, endpointOf } from './load-sim.js';

/** Two ACS endpoints that record what reached them and answer with a session cookie and a challenge. */
function endpoint(name: string, seen: { at: string; req: IncomingMessage; body: string }[]): Server {
  return createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      seen.push({ at: name, req, body });
      res.setHeader('set-cookie', [`session=${name}-1; Path=/`, 'other=x']);
      res.setHeader('www-authenticate', 'Digest realm="r", nonce="n"');
      res.statusCode = body ? 401 : 200;
      res.end(`<answer from="${name}"/>`);
    });
  });
}

describe('cwmpOverHttp (the sim process of bench:load)', () => {
  const seen: { at: string; req: IncomingMessage; body: string }[] = [];
  const servers = [endpoint('a', seen), endpoint('b', seen)];
  const urls: string[] = [];
  beforeAll(async () => {
    for (const s of servers) {
      await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
      urls.push(`http://127.0.0.1:${(s.address() as AddressInfo).port}`);
    }
  });
  afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

  it("keeps one connection per session to the serial's endpoint; the session's later posts follow its cookie", async () => {
    seen.length = 0;
    const session = cwmpOverHttp(urls)();
    const post = session.post;
    // A serial that the hash sends to the second endpoint.
    const serial = ['S1', 'S2', 'S3', 'S4', 'S5'].find((s) => endpointOf(s, 2) === 1)!;
    const inform = `<Inform><DeviceId><SerialNumber>${serial}</SerialNumber></DeviceId></Inform>`;
    const first = await post(
      `${urls[0]}/cwmp`,
      { 'content-type': 'text/xml' },
      inform,
      new AbortController().signal,
    );
    expect(first).toEqual({
      status: 401,
      setCookies: ['session=b-1; Path=/', 'other=x'],
      wwwAuthenticate: 'Digest realm="r", nonce="n"',
      text: '<answer from="b"/>',
    });
    const next = await post(
      `${urls[0]}/cwmp`,
      { cookie: 'session=b-1; other=x' },
      '',
      new AbortController().signal,
    );
    expect(next.status).toBe(200);
    expect(seen.map((s) => [s.at, s.req.url, s.req.headers.connection, s.body.length > 0])).toEqual([
      ['b', '/cwmp', 'keep-alive', true],
      ['b', '/cwmp', 'keep-alive', false],
    ]);
    expect(seen[0].req.headers['content-type']).toBe('text/xml');
    expect(seen[0].req.headers['content-length']).toBe(String(Buffer.byteLength(inform)));
    expect(seen[1].req.socket).toBe(seen[0].req.socket);
    const socket = seen[0].req.socket;
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    session.end();
    await closed;
  });

  it('gives each session a connection of its own', async () => {
    seen.length = 0;
    const open = cwmpOverHttp(urls);
    const [one, two] = [open(), open()];
    for (const s of [one, two])
      await s.post(`${urls[0]}/cwmp`, { cookie: 'session=a-1' }, '', new AbortController().signal);
    expect(seen).toHaveLength(2);
    expect(seen[1].req.socket).not.toBe(seen[0].req.socket);
    one.end();
    two.end();
  });

  it('is aborted by its signal', async () => {
    const ac = new AbortController();
    ac.abort(new Error('simulation stopped'));
    const session = cwmpOverHttp(urls)();
    await expect(session.post(`${urls[0]}/cwmp`, {}, '', ac.signal)).rejects.toThrow();
    session.end();
  });
});
