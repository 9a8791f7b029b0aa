import { DEFAULT_COST, scryptHash, scryptVerify, type ScryptCost } from './scrypt-hash.js';

// Staff passwords: same scrypt scheme as PINs, with a minimum length instead of a digit pattern.

export const MIN_PASSWORD_LENGTH = 8;

export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new Error(`a password has at least ${MIN_PASSWORD_LENGTH} characters`);
  return scryptHash(password, cost);
}

export function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  if (!stored) return Promise.resolve(false);
  return scryptVerify(password, stored);
}
