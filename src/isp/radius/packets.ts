import { randomInt } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { isIP } from 'node:net';
import radius from 'radius';

// One RADIUS exchange over UDP (RFC 2865/2866/5176): encode a request, send it, retransmit on
// silence, and accept only a reply whose authenticator proves the shared secret.

export type RadiusAttributes = [string, string | number | Buffer][];

export interface RadiusReply {
  code: string;
  attributes: Record<string, unknown>;
}

export interface RadiusTarget {
  host: string;
  port: number;
  secret: string;
}

export class RadiusTimeoutError extends Error {
  constructor(
    readonly target: string,
    readonly code: string,
  ) {
    super(`no answer from RADIUS ${target} to ${code}`);
    this.name = 'RadiusTimeoutError';
  }
}

export async function exchange(
  to: RadiusTarget,
  code: string,
  attributes: RadiusAttributes,
  opts: { timeoutMs?: number; tries?: number } = {},
): Promise<RadiusReply> {
  const timeoutMs = opts.timeoutMs ?? 1000;
  const tries = opts.tries ?? 3;
  const packet = radius.encode({
    code,
    secret: to.secret,
    identifier: randomInt(256),
    attributes,
    // Without: the library then also demands one in the reply, which FreeRADIUS 3.2.1 does not send.
    add_message_authenticator: false,
  });
  const socket = createSocket(isIP(to.host) === 6 ? 'udp6' : 'udp4');
  let timer: NodeJS.Timeout | null = null;
  try {
    return await new Promise<RadiusReply>((resolve, reject) => {
      let sent = 0;
      const send = () => {
        if (sent++ >= tries) return reject(new RadiusTimeoutError(`${to.host}:${to.port}`, code));
        socket.send(packet, to.port, to.host, (err) => err && reject(err));
        timer = setTimeout(send, timeoutMs);
      };
      socket.on('error', reject);
      socket.on('message', (msg) => {
        // A reply with a wrong authenticator (another secret, another request) counts as lost.
        let decoded: ReturnType<typeof radius.decode>;
        try {
          if (!radius.verify_response({ request: packet, response: msg, secret: to.secret })) return;
          decoded = radius.decode({ packet: msg, secret: to.secret });
        } catch {
          // The library throws on a malformed datagram: that one is dropped like a lost packet.
          return;
        }
        resolve({ code: decoded.code, attributes: decoded.attributes });
      });
      send();
    });
  } finally {
    if (timer) clearTimeout(timer);
    socket.close();
  }
}

/** `radius://host:authPort?acct=acctPort` (acct defaults to the next port, as 1812/1813). */
export function parseRadiusUrl(url: string): { host: string; authPort: number; acctPort: number } {
  const u = new URL(url);
  if (u.protocol !== 'radius:') throw new Error(`not a radius:// URL: ${url}`);
  const authPort = Number(u.port || 1812);
  const acct = u.searchParams.get('acct');
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    authPort,
    acctPort: acct ? Number(acct) : authPort + 1,
  };
}
