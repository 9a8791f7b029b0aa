// HTTP Digest (RFC 2617/7616, MD5, qop=auth) and Basic authentication, both directions:
// the CPE answers an ACS challenge, and the connection-request listener challenges the ACS.
import { createHash, randomBytes } from 'node:crypto';

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

export interface Challenge {
  scheme: 'digest' | 'basic';
  params: Record<string, string>;
}

/** Parses a `WWW-Authenticate` / `Authorization` value such as `Digest realm="x", nonce="y", qop="auth"`. */
export function parseAuthHeader(header: string | undefined | null): Challenge | null {
  if (!header) return null;
  const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!m) return null;
  const scheme = m[1].toLowerCase();
  if (scheme !== 'digest' && scheme !== 'basic') return null;
  const params: Record<string, string> = {};
  if (scheme === 'basic') {
    params.token = m[2].trim();
    return { scheme, params };
  }
  const re = /(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]+))/g;
  let p: RegExpExecArray | null;
  while ((p = re.exec(m[2])))
    params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
  return { scheme, params };
}

export interface DigestClientState {
  challenge: Challenge;
  nc: number;
}

/** The `Authorization` header answering a challenge (Basic, or Digest with qop=auth when offered). */
export function authorizationFor(
  state: DigestClientState,
  method: string,
  uri: string,
  username: string,
  password: string,
): string {
  const { challenge } = state;
  if (challenge.scheme === 'basic')
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const { realm = '', nonce = '', opaque, qop, algorithm } = challenge.params;
  const ha1 = md5(`${username}:${realm}:${password}`);
  const ha2 = md5(`${method}:${uri}`);
  const parts = [`username="${username}"`, `realm="${realm}"`, `nonce="${nonce}"`, `uri="${uri}"`];
  if (
    qop &&
    qop
      .split(',')
      .map((q) => q.trim())
      .includes('auth')
  ) {
    state.nc += 1;
    const nc = state.nc.toString(16).padStart(8, '0');
    const cnonce = randomBytes(8).toString('hex');
    parts.push(`qop=auth`, `nc=${nc}`, `cnonce="${cnonce}"`);
    parts.push(`response="${md5(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`)}"`);
  } else {
    parts.push(`response="${md5(`${ha1}:${nonce}:${ha2}`)}"`);
  }
  if (opaque !== undefined) parts.push(`opaque="${opaque}"`);
  if (algorithm) parts.push(`algorithm=${algorithm}`);
  return `Digest ${parts.join(', ')}`;
}

/** Server side: issues nonces and checks Digest answers (nonces expire after `ttlMs`). */
export class DigestVerifier {
  private readonly nonces = new Map<string, number>();
  constructor(
    readonly realm: string,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  challenge(): string {
    const nonce = randomBytes(16).toString('hex');
    const now = Date.now();
    this.nonces.set(nonce, now);
    if (this.nonces.size > 10_000) {
      for (const [n, at] of this.nonces) if (now - at > this.ttlMs) this.nonces.delete(n);
    }
    return `Digest realm="${this.realm}", qop="auth", nonce="${nonce}", algorithm=MD5`;
  }

  verify(header: string | undefined, method: string, username: string, password: string): boolean {
    const auth = parseAuthHeader(header);
    if (!auth || auth.scheme !== 'digest') return false;
    const p = auth.params;
    const issued = this.nonces.get(p.nonce ?? '');
    if (issued === undefined || Date.now() - issued > this.ttlMs) return false;
    if (p.username !== username || p.realm !== this.realm || !p.uri) return false;
    const ha1 = md5(`${username}:${this.realm}:${password}`);
    const ha2 = md5(`${method}:${p.uri}`);
    const expected =
      p.qop === 'auth'
        ? md5(`${ha1}:${p.nonce}:${p.nc}:${p.cnonce}:auth:${ha2}`)
        : md5(`${ha1}:${p.nonce}:${ha2}`);
    return expected === p.response;
  }
}
