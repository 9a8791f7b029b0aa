import { createHash, timingSafeEqual } from 'node:crypto';

// REST API tokens. Each token has a name (the audit log's actor), a scope, and is kept only as
// its SHA-256 digest. FRONTLINE_API_TOKEN is the token named `admin` with the admin scope;
// FRONTLINE_API_TOKENS adds scoped ones as `name:scope:secret` entries, where the secret is the
// token itself (16+ characters) or `sha256:<64 hex>` so that the environment need not hold it.

export const API_SCOPES = ['read', 'devices', 'admin'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

const RANK: Record<ApiScope, number> = { read: 0, devices: 1, admin: 2 };

/** read < devices (read + router control) < admin (everything). */
export function scopeCovers(have: ApiScope, need: ApiScope): boolean {
  return RANK[have] >= RANK[need];
}

export interface ApiToken {
  name: string;
  scope: ApiScope;
  /** SHA-256 of the token. */
  digest: Buffer;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest();

export function adminToken(secret: string): ApiToken {
  return { name: 'admin', scope: 'admin', digest: sha256(secret) };
}

/** Parses FRONTLINE_API_TOKENS; throws with a readable message on a bad entry. */
export function parseApiTokens(list: string): ApiToken[] {
  const out: ApiToken[] = [];
  for (const entry of list.split(/[\s,]+/).filter(Boolean)) {
    const m = /^([A-Za-z0-9._-]{1,64}):([a-z]+):(.+)$/.exec(entry);
    if (!m) throw new Error(`"${entry.slice(0, 24)}…" is not name:scope:secret`);
    const [, name, scope, secret] = m;
    if (!(API_SCOPES as readonly string[]).includes(scope))
      throw new Error(`token ${name}: scope must be one of ${API_SCOPES.join(', ')}`);
    const hashed = /^sha256:([0-9a-f]{64})$/i.exec(secret);
    if (!hashed && secret.length < 16)
      throw new Error(`token ${name}: use at least 16 characters or sha256:<hex>`);
    if (out.some((t) => t.name === name)) throw new Error(`token ${name} is listed twice`);
    out.push({
      name,
      scope: scope as ApiScope,
      digest: hashed ? Buffer.from(hashed[1], 'hex') : sha256(secret),
    });
  }
  return out;
}

/** The token whose digest equals the given token's, compared in constant time against each. */
export function findApiToken(given: string, tokens: readonly ApiToken[]): ApiToken | null {
  const d = sha256(given);
  let found: ApiToken | null = null;
  for (const t of tokens) if (timingSafeEqual(d, t.digest) && !found) found = t;
  return found;
}
