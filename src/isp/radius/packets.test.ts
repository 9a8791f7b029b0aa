import { createSocket, type Socket } from 'node:dgram';
import radius from 'radius';
import { afterEach, describe, expect, it } from 'vitest';
import { exchange, parseRadiusUrl, RadiusTimeoutError } from './packets.js';

// A NAS-side stand-in: answers Disconnect-Requests as told, to exercise the client's checks.
async function responder(
  answer: (attempt: number) => { secret: string; code: string } | null,
): Promise<Socket> {
  const s = createSocket('udp4');
  let attempt = 0;
  s.on('message', (msg, from) => {
    const a = answer(++attempt);
    if (!a) return;
    const req = radius.decode({ packet: msg, secret: 'shared-secret' });
    s.send(radius.encode_response({ packet: req, code: a.code, secret: a.secret }), from.port, from.address);
  });
  await new Promise<void>((r) => s.bind(0, '127.0.0.1', () => r()));
  return s;
}

describe('RADIUS exchange', () => {
  let server: Socket | null = null;
  afterEach(() => {
    server?.close();
    server = null;
  });

  it('retransmits when the first request goes unanswered', async () => {
    server = await responder((n) => (n < 2 ? null : { secret: 'shared-secret', code: 'Disconnect-ACK' }));
    const to = { host: '127.0.0.1', port: server.address().port, secret: 'shared-secret' };
    const r = await exchange(to, 'Disconnect-Request', [['User-Name', 'u']], { timeoutMs: 50, tries: 3 });
    expect(r.code).toBe('Disconnect-ACK');
  });

  it('ignores a reply signed with another secret, and gives up after its tries', async () => {
    server = await responder(() => ({ secret: 'not-the-secret', code: 'Disconnect-ACK' }));
    const to = { host: '127.0.0.1', port: server.address().port, secret: 'shared-secret' };
    await expect(
      exchange(to, 'Disconnect-Request', [['User-Name', 'u']], { timeoutMs: 50, tries: 2 }),
    ).rejects.toBeInstanceOf(RadiusTimeoutError);
  });

  it('reads radius:// URLs, accounting on the next port unless given', () => {
    expect(parseRadiusUrl('radius://127.0.0.1:18120?acct=18125')).toEqual({
      host: '127.0.0.1',
      authPort: 18120,
      acctPort: 18125,
    });
    expect(parseRadiusUrl('radius://[::1]')).toEqual({ host: '::1', authPort: 1812, acctPort: 1813 });
    expect(() => parseRadiusUrl('http://x')).toThrow(/radius:\/\//);
  });
});
