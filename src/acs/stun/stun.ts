import { isIPv4 } from 'node:net';

// STUN Binding (RFC 5389, and the classic RFC 3489 form TR-069 Annex G was written for): just
// enough to tell a router behind NAT the public address and port its request came from.

export const MAGIC_COOKIE = 0x2112a442;
const BINDING_REQUEST = 0x0001;
const BINDING_INDICATION = 0x0011;
const BINDING_SUCCESS = 0x0101;
const BINDING_ERROR = 0x0111;

export const ATTR = {
  MAPPED_ADDRESS: 0x0001,
  USERNAME: 0x0006,
  MESSAGE_INTEGRITY: 0x0008,
  ERROR_CODE: 0x0009,
  UNKNOWN_ATTRIBUTES: 0x000a,
  XOR_MAPPED_ADDRESS: 0x0020,
  /** TR-069 Annex G: the request keeps the binding the ACS's UDP connection requests use. */
  CONNECTION_REQUEST_BINDING: 0xc001,
  /** TR-069 Annex G: the binding changed since the last request. */
  BINDING_CHANGE: 0xc002,
} as const;

/** Comprehension-required attributes (below 0x8000) a Binding Request may carry that we understand or may ignore. */
const UNDERSTOOD = new Set<number>([
  ATTR.MAPPED_ADDRESS,
  0x0002, // RESPONSE-ADDRESS (RFC 3489)
  0x0003, // CHANGE-REQUEST (RFC 3489)
  ATTR.USERNAME,
  ATTR.MESSAGE_INTEGRITY,
]);

export interface StunMessage {
  type: number;
  /** 12 bytes (RFC 5389) or 16 bytes (RFC 3489: the cookie's place is part of it). */
  transactionId: Buffer;
  classic: boolean;
  attributes: { type: number; value: Buffer }[];
}

/** Parses a STUN message; null for anything else (the port may see stray datagrams). */
export function parseStun(buf: Buffer): StunMessage | null {
  if (buf.length < 20 || (buf[0]! & 0xc0) !== 0) return null;
  const type = buf.readUInt16BE(0);
  const length = buf.readUInt16BE(2);
  if (length % 4 !== 0 || 20 + length !== buf.length) return null;
  const classic = buf.readUInt32BE(4) !== MAGIC_COOKIE;
  const attributes: StunMessage['attributes'] = [];
  let off = 20;
  while (off + 4 <= buf.length) {
    const t = buf.readUInt16BE(off);
    const l = buf.readUInt16BE(off + 2);
    if (off + 4 + l > buf.length) return null;
    attributes.push({ type: t, value: buf.subarray(off + 4, off + 4 + l) });
    off += 4 + Math.ceil(l / 4) * 4;
  }
  return { type, transactionId: Buffer.from(buf.subarray(classic ? 4 : 8, 20)), classic, attributes };
}

function attribute(type: number, value: Buffer): Buffer {
  const pad = (4 - (value.length % 4)) % 4;
  const head = Buffer.alloc(4);
  head.writeUInt16BE(type, 0);
  head.writeUInt16BE(value.length, 2);
  return Buffer.concat([head, value, Buffer.alloc(pad)]);
}

function message(type: number, transactionId: Buffer, attrs: Buffer[]): Buffer {
  const body = Buffer.concat(attrs);
  const head = Buffer.alloc(20);
  head.writeUInt16BE(type, 0);
  head.writeUInt16BE(body.length, 2);
  if (transactionId.length === 16) transactionId.copy(head, 4);
  else {
    head.writeUInt32BE(MAGIC_COOKIE, 4);
    transactionId.copy(head, 8);
  }
  return Buffer.concat([head, body]);
}

function addressBytes(address: string): Buffer {
  if (isIPv4(address)) return Buffer.from(address.split('.').map(Number));
  const full = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const [head, tail = ''] = full.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = full.includes('::') ? [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t] : h;
  const out = Buffer.alloc(16);
  groups.forEach((g, i) => out.writeUInt16BE(parseInt(g, 16), i * 2));
  return out;
}

function mappedAddress(address: string, port: number, xor: Buffer | null): Buffer {
  const ip = addressBytes(address);
  const value = Buffer.alloc(4 + ip.length);
  value[1] = ip.length === 4 ? 0x01 : 0x02;
  value.writeUInt16BE(xor ? port ^ (MAGIC_COOKIE >>> 16) : port, 2);
  for (let i = 0; i < ip.length; i++) value[4 + i] = xor ? ip[i]! ^ xor[i]! : ip[i]!;
  return value;
}

/**
 * The answer to a datagram from `address:port`: a Binding Success with the mapped address (both
 * XOR-MAPPED-ADDRESS and MAPPED-ADDRESS for RFC 5389 clients; MAPPED-ADDRESS for classic ones),
 * a 420 for unknown comprehension-required attributes, nothing for anything else.
 */
export function answerBinding(msg: StunMessage, address: string, port: number): Buffer | null {
  if (msg.type === BINDING_INDICATION || msg.type !== BINDING_REQUEST) return null;
  const unknown = msg.attributes.map((a) => a.type).filter((t) => t < 0x8000 && !UNDERSTOOD.has(t));
  if (unknown.length > 0 && !msg.classic) {
    const reason = Buffer.from('Unknown Attribute');
    const code = Buffer.concat([Buffer.from([0, 0, 4, 20]), reason]);
    const list = Buffer.alloc(unknown.length * 2);
    unknown.forEach((t, i) => list.writeUInt16BE(t, i * 2));
    return message(BINDING_ERROR, msg.transactionId, [
      attribute(ATTR.ERROR_CODE, code),
      attribute(ATTR.UNKNOWN_ATTRIBUTES, list),
    ]);
  }
  const plain = attribute(ATTR.MAPPED_ADDRESS, mappedAddress(address, port, null));
  if (msg.classic) return message(BINDING_SUCCESS, msg.transactionId, [plain]);
  const key = Buffer.alloc(16);
  key.writeUInt32BE(MAGIC_COOKIE, 0);
  msg.transactionId.copy(key, 4);
  return message(BINDING_SUCCESS, msg.transactionId, [
    attribute(ATTR.XOR_MAPPED_ADDRESS, mappedAddress(address, port, key)),
    plain,
  ]);
}

/** A Binding Request (RFC 5389), for clients and tests; Annex G routers add USERNAME and CONNECTION-REQUEST-BINDING. */
export function bindingRequest(transactionId: Buffer, username?: string): Buffer {
  const attrs = username
    ? [
        attribute(ATTR.USERNAME, Buffer.from(username)),
        attribute(ATTR.CONNECTION_REQUEST_BINDING, Buffer.from('dslforum.org/TR-111 ')),
      ]
    : [];
  return message(BINDING_REQUEST, transactionId, attrs);
}

/** The mapped address of a Binding Success (XOR-MAPPED-ADDRESS preferred), IPv4 only. */
export function mappedOf(msg: StunMessage): { address: string; port: number } | null {
  if (msg.type !== BINDING_SUCCESS) return null;
  const xor = msg.attributes.find((a) => a.type === ATTR.XOR_MAPPED_ADDRESS);
  const plain = msg.attributes.find((a) => a.type === ATTR.MAPPED_ADDRESS);
  const a = xor ?? plain;
  if (!a || a.value[1] !== 0x01) return null;
  const port = a.value.readUInt16BE(2) ^ (xor ? MAGIC_COOKIE >>> 16 : 0);
  const cookie = Buffer.alloc(4);
  cookie.writeUInt32BE(MAGIC_COOKIE, 0);
  const ip = [...a.value.subarray(4, 8)].map((b, i) => (xor ? b ^ cookie[i]! : b));
  return { address: ip.join('.'), port };
}
