import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// HTTP Digest (RFC 7616, MD5, qop=auth) and Basic authentication: the server side for CPEs that
// contact the ACS, and the client side for connection requests to CPEs.

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

/** Parses `key=value, key="quoted"` lists of an Authorization / WWW-Authenticate header. */
export function parseAuthParams(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([a-zA-Z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)))
    out[m[1]!.toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!;
  return out;
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export interface Credentials {
  username: string;
  password: string;
}

export type AuthResult =
  { ok: true; username: string } | { ok: false; reason: 'missing' | 'invalid' | 'stale' };

/**
 * Stateless nonces: `<time>.<random>.<hmac>` so that any instance sharing the secret can check
 * them. The random part keeps two challenges of the same millisecond apart: routers sharing a
 * username would otherwise get one nonce, and the second to answer would look like a replay.
 */
export class DigestVerifier {
  private readonly secret: Buffer;
  /**
   * The highest nonce count accepted per username and nonce (this instance): a captured Authorization header
   * cannot be replayed while its nonce is fresh. A repeat is answered "stale", so an honest
   * client simply asks again with a new nonce.
   */
  private readonly counts = new Map<string, number>();
  constructor(
    readonly realm: string,
    secret: string | undefined,
    private readonly nonceTtlMs: number,
    private readonly now: () => number,
  ) {
    this.secret = secret ? Buffer.from(secret) : randomBytes(32);
  }

  private nonceFor(t: number, salt = randomBytes(6).toString('base64url')): string {
    const mac = createHmac('sha256', this.secret).update(`${t}.${salt}`).digest('base64url').slice(0, 22);
    return `${t.toString(36)}.${salt}.${mac}`;
  }

  challenge(stale = false): string {
    return `Digest realm="${this.realm}", qop="auth", nonce="${this.nonceFor(this.now())}", algorithm=MD5${stale ? ', stale=true' : ''}`;
  }

  basicChallenge(): string {
    return `Basic realm="${this.realm}"`;
  }

  private nonceState(nonce: string): 'ok' | 'stale' | 'invalid' {
    const [ts, salt, mac, ...rest] = nonce.split('.');
    if (!ts || !salt || !mac || rest.length > 0) return 'invalid';
    const t = Number.parseInt(ts, 36);
    if (!Number.isFinite(t) || !safeEqual(this.nonceFor(t, salt), nonce)) return 'invalid';
    return this.now() - t > this.nonceTtlMs ? 'stale' : 'ok';
  }

  /** Whether a nonce is one of ours and still fresh. */
  nonceFresh(nonce: string): boolean {
    return this.nonceState(nonce) === 'ok';
  }

  /** Checks presented credentials (see `presentedAuth`) against the stored ones for their username. */
  check(p: PresentedAuth, method: string, creds: Credentials | null): AuthResult {
    if (!creds || !safeEqual(creds.username, p.username)) return { ok: false, reason: 'invalid' };
    if (p.scheme === 'basic')
      return safeEqual(creds.password, p.password)
        ? { ok: true, username: p.username }
        : { ok: false, reason: 'invalid' };
    const d = p.params;
    if (d.realm !== this.realm) return { ok: false, reason: 'invalid' };
    const ha1 = md5(`${creds.username}:${this.realm}:${creds.password}`);
    const ha2 = md5(`${method}:${d.uri}`);
    const expected = d.qop
      ? md5(`${ha1}:${d.nonce}:${d.nc}:${d.cnonce}:${d.qop}:${ha2}`)
      : md5(`${ha1}:${d.nonce}:${ha2}`);
    if (!safeEqual(expected, d.response!.toLowerCase())) return { ok: false, reason: 'invalid' };
    const state = this.nonceState(d.nonce!);
    if (state === 'invalid') return { ok: false, reason: 'invalid' };
    if (state === 'stale') return { ok: false, reason: 'stale' };
    return { ok: true, username: p.username };
  }

  /**
   * Takes a request's Digest nonce count, once per request after its credentials checked out:
   * false when this username already used this nonce with this count or a higher one (a replay).
   * Basic has no nonce and always passes.
   */
  consume(p: PresentedAuth): boolean {
    if (p.scheme !== 'digest') return true;
    return this.countOnce(
      `${p.username}|${p.params.nonce ?? ''}`,
      p.params.qop ? Number.parseInt(p.params.nc ?? '', 16) : 0,
    );
  }

  private countOnce(key: string, nc: number): boolean {
    if (!Number.isFinite(nc)) return false;
    const last = this.counts.get(key);
    if (last !== undefined && nc <= last) return false;
    this.counts.set(key, nc);
    if (this.counts.size > 50_000) {
      for (const k of this.counts.keys())
        if (this.nonceState(k.slice(k.lastIndexOf('|') + 1)) !== 'ok') this.counts.delete(k);
      // Still full of fresh nonces (a flood): forget the oldest half rather than grow.
      if (this.counts.size > 50_000)
        [...this.counts.keys()].slice(0, 25_000).forEach((k) => this.counts.delete(k));
    }
    return true;
  }

  /** Checks an Authorization header against the credentials found for its username. */
  verify(
    header: string | undefined,
    method: string,
    lookup: (username: string) => Credentials | null,
    allowBasic: boolean,
  ): AuthResult {
    const p = presentedAuth(header);
    if (!p) return { ok: false, reason: header ? 'invalid' : 'missing' };
    if (p.scheme === 'basic' && !allowBasic) return { ok: false, reason: 'invalid' };
    return this.check(p, method, lookup(p.username));
  }
}

/** Credentials as a client presented them: Basic (password visible) or Digest (its parameters). */
export type PresentedAuth =
  | { scheme: 'basic'; username: string; password: string }
  | { scheme: 'digest'; username: string; params: Record<string, string> };

/** Parses an Authorization header; null when it is missing or malformed. */
export function presentedAuth(header: string | undefined): PresentedAuth | null {
  if (!header) return null;
  const space = header.indexOf(' ');
  if (space < 0) return null;
  const scheme = header.slice(0, space).toLowerCase();
  const rest = header.slice(space + 1);
  if (scheme === 'basic') {
    const decoded = Buffer.from(rest.trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return null;
    return { scheme: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (scheme !== 'digest') return null;
  const params = parseAuthParams(rest);
  if (params.username === undefined || !params.nonce || !params.uri || !params.response) return null;
  return { scheme: 'digest', username: params.username, params };
}

/** Builds the Authorization header answering a `WWW-Authenticate` challenge (client side). */
export function authorizationFor(
  challenge: string,
  method: string,
  uri: string,
  creds: Credentials,
  allowBasic: boolean,
  nc = 1,
): string | null {
  const space = challenge.indexOf(' ');
  const scheme = challenge.slice(0, space).toLowerCase();
  if (scheme === 'basic') {
    return allowBasic
      ? `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`
      : null;
  }
  if (scheme !== 'digest') return null;
  const p = parseAuthParams(challenge.slice(space + 1));
  const realm = p.realm ?? '';
  const nonce = p.nonce ?? '';
  const qop = p.qop
    ?.split(',')
    .map((q) => q.trim())
    .includes('auth')
    ? 'auth'
    : undefined;
  const ha1 = md5(`${creds.username}:${realm}:${creds.password}`);
  const ha2 = md5(`${method}:${uri}`);
  const ncHex = nc.toString(16).padStart(8, '0');
  const cnonce = randomBytes(8).toString('hex');
  const response = qop
    ? md5(`${ha1}:${nonce}:${ncHex}:${cnonce}:${qop}:${ha2}`)
    : md5(`${ha1}:${nonce}:${ha2}`);
  const parts = [
    `username="${creds.username}"`,
    `realm="${realm}"`,
    `nonce="${nonce}"`,
    `uri="${uri}"`,
    `response="${response}"`,
    'algorithm=MD5',
  ];
  if (p.opaque) parts.push(`opaque="${p.opaque}"`);
  if (qop) parts.push(`qop=${qop}`, `nc=${ncHex}`, `cnonce="${cnonce}"`);
  return `Digest ${parts.join(', ')}`;
}
