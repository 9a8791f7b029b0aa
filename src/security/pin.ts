import { DEFAULT_COST, scryptHash, scryptVerify, type ScryptCost } from './scrypt-hash.js';

// Customer verification PINs: stored only as a salted scrypt hash, compared in constant time.

export const PIN_PATTERN = /^\d{4,8}$/;

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

export async function hashPin(pin: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  if (!isValidPin(pin)) throw new Error('a PIN is 4 to 8 digits');
  return scryptHash(pin, cost);
}

export async function verifyPin(pin: string, stored: string | null | undefined): Promise<boolean> {
  if (!stored) return false;
  // Still do the work for malformed input so that timing does not reveal whether a hash exists.
  const candidate = isValidPin(pin) ? pin : `invalid:${pin}`;
  const ok = await scryptVerify(candidate, stored);
  return ok && isValidPin(pin);
}
