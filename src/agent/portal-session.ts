// Signed customer-portal sessions: `base64url(JSON{customerNumber, exp})`.`base64url(HMAC-SHA256)`.
// A valid token means the portal already authenticated the customer (identity known and verified).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const payloadSchema = z.object({ customerNumber: z.string().min(1).max(32), exp: z.number().int() });

const b64url = (buf: Buffer) => buf.toString('base64url');

function sign(payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/** A token valid for `ttlSeconds` (exp in Unix seconds). */
export function signPortalToken(
  customerNumber: string,
  secret: string,
  ttlSeconds = 3600,
  now = new Date(),
): string {
  const exp = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const payload = b64url(Buffer.from(JSON.stringify({ customerNumber, exp })));
  return `${payload}.${b64url(sign(payload, secret))}`;
}

/** The customer number of a valid, unexpired token; null for anything else. */
export function verifyPortalToken(
  token: string,
  secret: string,
  now = new Date(),
): { customerNumber: string } | null {
  if (typeof token !== 'string' || token.length > 2048 || !secret) return null;
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const [payload, sig] = parts;
  const expected = sign(payload, secret);
  let given: Buffer;
  try {
    given = Buffer.from(sig, 'base64url');
  } catch {
    return null;
  }
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const r = payloadSchema.safeParse(parsed);
  if (!r.success) return null;
  if (r.data.exp * 1000 <= now.getTime()) return null;
  return { customerNumber: r.data.customerNumber };
}
