import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createSocket } from 'node:dgram';
import type { Credentials } from '../digest.js';

// UDP connection requests (TR-069 Annex G): an HTTP GET request line in one datagram to the
// router's UDPConnectionRequestAddress, signed with HMAC-SHA1 under its ConnectionRequestPassword
// over ts, id, un and cn. UDP gets no answer: the datagram is sent a few times, and the session
// the router opens is the proof.

export interface UdpCrFields {
  ts: number;
  id: number;
  un: string;
  cn: string;
}

export function udpCrSignature(f: UdpCrFields, password: string): string {
  return createHmac('sha1', password).update(`${f.ts}${f.id}${f.un}${f.cn}`).digest('hex').toUpperCase();
}

/** The datagram for `host:port` (the router's UDPConnectionRequestAddress). */
export function udpCrMessage(address: string, f: UdpCrFields, password: string): string {
  const q = new URLSearchParams({
    ts: String(f.ts),
    id: String(f.id),
    un: f.un,
    cn: f.cn,
    sig: udpCrSignature(f, password),
  });
  return `GET http://${address}?${q.toString()} HTTP/1.1\r\nHost: ${address}\r\n\r\n`;
}

/** `host:port` of a UDPConnectionRequestAddress value (IPv6 in brackets); null when it is not one. */
export function parseUdpAddress(value: string): { host: string; port: number } | null {
  const m = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(value.trim());
  if (!m) return null;
  const port = Number(m[2]);
  return port > 0 && port < 65_536 ? { host: m[1]!, port } : null;
}

/** Sends the signed request `repeats` times, `gapMs` apart (Annex G asks for retransmission). */
export async function sendUdpConnectionRequest(
  address: string,
  creds: Credentials,
  opts: { repeats: number; gapMs: number; now: () => number },
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const target = parseUdpAddress(address);
  if (!target) return { ok: false, reason: `invalid UDPConnectionRequestAddress ${address}` };
  const fields: UdpCrFields = {
    ts: Math.floor(opts.now() / 1000),
    id: randomBytes(4).readUInt32BE(0),
    un: creds.username,
    cn: randomBytes(8).toString('hex'),
  };
  const datagram = Buffer.from(udpCrMessage(address, fields, creds.password));
  const socket = createSocket(target.host.includes(':') ? 'udp6' : 'udp4');
  try {
    for (let i = 0; i < opts.repeats; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, opts.gapMs));
      await new Promise<void>((resolve, reject) =>
        socket.send(datagram, target.port, target.host, (err) => (err ? reject(err) : resolve())),
      );
    }
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  } finally {
    socket.close();
  }
}

/** What a router checks before it connects (used by test routers): a fresh, signed request for it. */
export function verifyUdpCr(
  datagram: string,
  creds: Credentials,
  last: { ts: number; id: number } | null,
): { ok: true; ts: number; id: number } | { ok: false; reason: string } {
  const m = /^GET (\S+) HTTP\/1\.1\r\n/.exec(datagram);
  if (!m) return { ok: false, reason: 'not a UDP connection request' };
  let url: URL;
  try {
    url = new URL(m[1]!);
  } catch {
    return { ok: false, reason: 'bad URI' };
  }
  const g = (k: string) => url.searchParams.get(k) ?? '';
  const f: UdpCrFields = { ts: Number(g('ts')), id: Number(g('id')), un: g('un'), cn: g('cn') };
  if (f.un !== creds.username) return { ok: false, reason: 'unknown username' };
  const want = Buffer.from(udpCrSignature(f, creds.password));
  const got = Buffer.from(g('sig').toUpperCase());
  if (want.length !== got.length || !timingSafeEqual(want, got))
    return { ok: false, reason: 'bad signature' };
  if (last && (f.ts < last.ts || f.id === last.id)) return { ok: false, reason: 'replayed' };
  return { ok: true, ts: f.ts, id: f.id };
}
