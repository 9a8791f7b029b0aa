import { randomBytes } from 'node:crypto';
import { DEFAULT_COST, scryptHash, scryptVerify } from '../security/scrypt-hash.js';

// Staff passwords use the desk's shared scrypt scheme (src/security): `scrypt$N$r$p$salt$hash`.

export function hashPassword(password: string, cost: { N?: number } = {}): Promise<string> {
  return scryptHash(password, { ...DEFAULT_COST, N: cost.N ?? DEFAULT_COST.N });
}

export function verifyPassword(password: string, stored: string): Promise<boolean> {
  return scryptVerify(password, stored);
}

/** A fixed hash checked against when the username is unknown, so timing does not reveal it. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(12).toString('hex'));
  return dummyHash;
}

export const MIN_PASSWORD_LENGTH = 10;

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 256) return 'password is too long';
  return null;
}
