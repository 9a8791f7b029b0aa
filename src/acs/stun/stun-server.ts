import { createSocket, type Socket } from 'node:dgram';
import type { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { answerBinding, ATTR, parseStun } from './stun.js';

// The ACS's STUN server (TR-069 Annex G): routers behind NAT learn their public UDP address from
// it and report it as UDPConnectionRequestAddress. Emits 'stunBinding' for requests that name the
// router (USERNAME) so that the mapping can be followed.

export interface StunServer {
  port: number;
  close(): Promise<void>;
}

export function startStunServer(opts: {
  port: number;
  host: string;
  log: Logger;
  events?: EventEmitter;
}): Promise<StunServer> {
  const socket: Socket = createSocket(opts.host.includes(':') ? 'udp6' : 'udp4');
  socket.on('message', (buf, rinfo) => {
    const msg = parseStun(buf);
    if (!msg) return;
    const reply = answerBinding(msg, rinfo.address, rinfo.port);
    if (reply) socket.send(reply, rinfo.port, rinfo.address);
    const user = msg.attributes.find((a) => a.type === ATTR.USERNAME);
    if (user)
      opts.events?.emit('stunBinding', {
        username: user.value.toString('utf8'),
        address: `${rinfo.address}:${rinfo.port}`,
        changed: msg.attributes.some((a) => a.type === ATTR.BINDING_CHANGE),
      });
  });
  socket.on('error', (err) => opts.log.warn({ err }, 'stun: socket error'));
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(opts.port, opts.host, () => {
      socket.off('error', reject);
      resolve({
        port: socket.address().port,
        close: () => new Promise<void>((r) => socket.close(() => r())),
      });
    });
  });
}
