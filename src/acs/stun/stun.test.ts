import { createSocket } from 'node:dgram';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestAcs, type TestAcs } from '../testing/harness.js';
import { NatRouter } from '../testing/nat-router.js';
import { answerBinding, bindingRequest, MAGIC_COOKIE, mappedOf, parseStun } from './stun.js';
import { parseUdpAddress, udpCrMessage, verifyUdpCr } from './udp-connection-request.js';

// TR-069 Annex G: routers behind NAT learn their public UDP address from the ACS's STUN server,
// report it, and are asked to connect with a signed UDP connection request when HTTP cannot
// reach them.

const TXID = Buffer.from('b7e7a701bc34d686fa87dfae', 'hex');

describe('STUN binding', () => {
  it('answers an RFC 5389 request with XOR-MAPPED-ADDRESS (RFC 5769 sample values) and MAPPED-ADDRESS', () => {
    const reply = answerBinding(parseStun(bindingRequest(TXID))!, '192.0.2.1', 32853)!;
    expect(reply.readUInt16BE(0)).toBe(0x0101);
    expect(reply.readUInt32BE(4)).toBe(MAGIC_COOKIE);
    expect(reply.subarray(8, 20).equals(TXID)).toBe(true);
    // XOR-MAPPED-ADDRESS of 192.0.2.1:32853 as in RFC 5769 section 2.2.
    expect(reply.subarray(20, 32).toString('hex')).toBe('002000080001a147e112a643');
    expect(mappedOf(parseStun(reply)!)).toEqual({ address: '192.0.2.1', port: 32853 });
  });

  it('answers a classic RFC 3489 request with MAPPED-ADDRESS and its 16-byte transaction id', () => {
    const req = Buffer.alloc(20);
    req.writeUInt16BE(0x0001, 0);
    Buffer.from('00112233445566778899aabbccddeeff', 'hex').copy(req, 4);
    const reply = answerBinding(parseStun(req)!, '10.1.2.3', 4000)!;
    expect(reply.subarray(4, 20).toString('hex')).toBe('00112233445566778899aabbccddeeff');
    expect(reply.subarray(20).toString('hex')).toBe('0001000800010fa00a010203');
  });

  it('refuses unknown comprehension-required attributes with 420 and ignores what is not STUN', () => {
    const req = Buffer.concat([bindingRequest(TXID), Buffer.from('00250000', 'hex')]);
    req.writeUInt16BE(4, 2);
    const reply = answerBinding(parseStun(req)!, '127.0.0.1', 1)!;
    expect(reply.readUInt16BE(0)).toBe(0x0111);
    expect(reply.subarray(24, 28).toString('hex')).toBe('00000414'); // ERROR-CODE 420
    expect(parseStun(Buffer.from('GET / HTTP/1.1\r\n\r\n'))).toBeNull();
    expect(parseStun(Buffer.alloc(19))).toBeNull();
  });
});

describe('UDP connection request message', () => {
  const creds = { username: 'cr-user', password: 'cr-secret' };
  const msg = udpCrMessage(
    '192.0.2.7:30005',
    { ts: 1120673700, id: 1234, un: 'cr-user', cn: 'XTGRWIPC6D3IPXS3' },
    'cr-secret',
  );

  it('is an HTTP GET request line carrying ts, id, un, cn and an HMAC-SHA1 signature', () => {
    expect(msg).toMatch(
      /^GET http:\/\/192\.0\.2\.7:30005\?ts=1120673700&id=1234&un=cr-user&cn=XTGRWIPC6D3IPXS3&sig=[0-9A-F]{40} HTTP\/1\.1\r\nHost: 192\.0\.2\.7:30005\r\n\r\n$/,
    );
    expect(verifyUdpCr(msg, creds, null)).toEqual({ ok: true, ts: 1120673700, id: 1234 });
  });

  it('is refused with another password, a tampered field, or as a replay', () => {
    expect(verifyUdpCr(msg, { ...creds, password: 'other' }, null)).toMatchObject({
      ok: false,
      reason: 'bad signature',
    });
    expect(verifyUdpCr(msg.replace('id=1234', 'id=1235'), creds, null)).toMatchObject({ ok: false });
    expect(verifyUdpCr(msg, creds, { ts: 1120673700, id: 1234 })).toMatchObject({
      ok: false,
      reason: 'replayed',
    });
    expect(parseUdpAddress('[2001:db8::1]:7547')).toEqual({ host: '2001:db8::1', port: 7547 });
    expect(parseUdpAddress('no-port')).toBeNull();
  });
});

describe('routers behind NAT', () => {
  let t: TestAcs;
  let app: FastifyInstance;
  const routers: NatRouter[] = [];
  afterEach(async () => {
    for (const r of routers.splice(0)) await r.stop();
    await app?.close();
    await t?.close();
  });

  async function start() {
    t = await startTestAcs({ stun: { port: 0 }, connectionRequest: { timeoutMs: 500, udpGapMs: 20 } });
    app = Fastify();
    await app.register(t.acs.restPlugin, { prefix: '/api/v1' });
    await app.ready();
  }

  const read = (r: NatRouter) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/devices/${encodeURIComponent(r.cpe.deviceId)}/tasks?connectionRequest=true&timeoutMs=10000`,
      payload: { name: 'getParameterValues', parameterNames: ['Device.DeviceInfo.UpTime'] },
    });

  it('reaches a router behind NAT by UDP at the address it learnt from the STUN server', async () => {
    await start();
    const r = new NatRouter({ acsUrl: t.url, serial: 'NAT1' });
    routers.push(r);
    const address = await r.start(t.acs.stunPort()!);
    // The STUN server saw the NAT's public side, not the router's own socket.
    expect(address).toBe(`127.0.0.1:${r.publicPort()}`);
    await r.cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    const res = await read(r);
    expect(res.statusCode).toBe(200);
    expect(res.json().task.result.values[0]).toMatchObject({ name: 'Device.DeviceInfo.UpTime' });
    expect(r.accepted).toHaveLength(1);
    expect(r.accepted[0]).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\?ts=\d+&id=\d+&un=[^&]+&cn=[0-9a-f]+&sig=[0-9A-F]{40} HTTP\/1\.1$/,
    );
    // The retransmissions of that request are recognised as such.
    expect(r.refused.every((why) => why === 'replayed')).toBe(true);
  }, 30_000);

  it('falls back to UDP when the HTTP connection request fails, and does not without an address', async () => {
    await start();
    const r = new NatRouter({
      acsUrl: t.url,
      serial: 'NAT2',
      natDetected: false,
      crUrl: 'http://127.0.0.1:1/cr',
    });
    routers.push(r);
    await r.start(t.acs.stunPort()!);
    await r.cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    expect((await read(r)).statusCode).toBe(200);
    expect(r.accepted).toHaveLength(1);
    // Without a UDP address the failed HTTP request is all there is.
    r.cpe.params.get('Device.ManagementServer.UDPConnectionRequestAddress')!.value = '';
    await r.cpe.inform();
    const res = await read(r);
    expect(res.statusCode).toBe(202);
    expect(res.json().connectionRequest).toMatch(/ECONNREFUSED/);
    expect(r.accepted).toHaveLength(1);
  }, 30_000);

  it('is answered by the STUN server on its UDP port', async () => {
    await start();
    const s = createSocket('udp4');
    const got = new Promise<Buffer>((resolve) => s.once('message', resolve));
    await new Promise<void>((r) => s.bind(0, '127.0.0.1', r));
    s.send(bindingRequest(TXID), t.acs.stunPort()!, '127.0.0.1');
    expect(mappedOf(parseStun(await got)!)).toEqual({ address: '127.0.0.1', port: s.address().port });
    s.close();
  });
});
