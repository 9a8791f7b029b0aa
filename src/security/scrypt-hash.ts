import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Shared scrypt hashing for PINs and staff passwords. The stored form carries its own
// parameters so that the cost can be raised later without breaking existing hashes:
//   scrypt$<N>$<r>$<p>$<salt b64>$<hash b64>

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_COST: ScryptCost = { N: 16384, r: 8, p: 1 };
const KEY_LEN = 32;

function derive(secret: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const opts: ScryptOptions = {
    N: cost.N,
    r: cost.r,
    p: cost.p,
    maxmem: 256 * cost.N * cost.r + 1024 * 1024,
  };
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFKC'), salt, KEY_LEN, opts, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export async function scryptHash(secret: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function scryptVerify(secret: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, saltB64, hashB64] = parts;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((x) => Number.isInteger(x) && x > 0)) return false;
  const expected = Buffer.from(hashB64, 'base64');
  if (expected.length !== KEY_LEN) return false;
  const actual = await derive(secret, Buffer.from(saltB64, 'base64'), cost);
  return timingSafeEqual(actual, expected);
}
