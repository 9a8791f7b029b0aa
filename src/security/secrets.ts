import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// Secrets at rest (PPPoE passwords): AES-256-GCM with a random 96-bit IV per value.
// Stored form: `v1.<iv b64url>.<tag b64url>.<ciphertext b64url>`.

export interface SecretBox {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
}

export class SecretKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretKeyError';
  }
}

const DEV_KEY_SEED = 'frontline-development-key-not-for-production';

/** Parses a 32-byte key given as 64 hex characters or as base64/base64url. */
export function parseSecretKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (key.length !== 32)
    throw new SecretKeyError('FRONTLINE_SECRET_KEY must be 32 bytes (64 hex characters or base64)');
  return key;
}

export interface KeyResolution {
  key: Buffer;
  /** True when the fixed development key was used (never in production). */
  development: boolean;
}

/**
 * The key from configuration; without one, a fixed development key — refused when NODE_ENV is
 * 'production'. The caller logs a warning when `development` is true.
 */
export function resolveSecretKey(configured: string | undefined, nodeEnv: string | undefined): KeyResolution {
  if (configured) return { key: parseSecretKey(configured), development: false };
  if (nodeEnv === 'production') throw new SecretKeyError('FRONTLINE_SECRET_KEY is required in production');
  return { key: createHash('sha256').update(DEV_KEY_SEED).digest(), development: true };
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new SecretKeyError('AES-256-GCM needs a 32-byte key');
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return ['v1', iv.toString('base64url'), tag.toString('base64url'), ct.toString('base64url')].join('.');
    },
    decrypt(stored) {
      const parts = stored.split('.');
      if (parts.length !== 4 || parts[0] !== 'v1') throw new SecretKeyError('not an encrypted value');
      const [iv, tag, ct] = parts.slice(1).map((p) => Buffer.from(p, 'base64url')) as [
        Buffer,
        Buffer,
        Buffer,
      ];
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
    },
  };
}
