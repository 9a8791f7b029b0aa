import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/security/password.js';
import { hashPin, verifyPin } from '../../src/security/pin.js';
import {
  createSecretBox,
  parseSecretKey,
  resolveSecretKey,
  SecretKeyError,
} from '../../src/security/secrets.js';
import { loadConfig, ConfigError } from '../../src/server/config.js';
import { TEST_PIN_COST } from './helpers.js';

describe('security', () => {
  it('hashes PINs with a salt and verifies them', async () => {
    const a = await hashPin('4711', TEST_PIN_COST);
    const b = await hashPin('4711', TEST_PIN_COST);
    expect(a).not.toBe(b);
    expect(await verifyPin('4711', a)).toBe(true);
    expect(await verifyPin('4712', a)).toBe(false);
    expect(await verifyPin('abcd', a)).toBe(false);
    expect(await verifyPin('4711', null)).toBe(false);
    expect(await verifyPin('4711', 'scrypt$garbage')).toBe(false);
    await expect(hashPin('12')).rejects.toThrow();
  });

  it('hashes staff passwords', async () => {
    const h = await hashPassword('correct horse battery', TEST_PIN_COST);
    expect(await verifyPassword('correct horse battery', h)).toBe(true);
    expect(await verifyPassword('wrong', h)).toBe(false);
  });

  it('encrypts with AES-256-GCM and detects tampering', () => {
    const box = createSecretBox(Buffer.alloc(32, 1));
    const c1 = box.encrypt('pppoe-secret');
    expect(c1).not.toContain('pppoe');
    expect(box.encrypt('pppoe-secret')).not.toBe(c1);
    expect(box.decrypt(c1)).toBe('pppoe-secret');
    const parts = c1.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => box.decrypt(parts.join('.'))).toThrow();
    expect(() => createSecretBox(Buffer.alloc(32, 2)).decrypt(c1)).toThrow();
  });

  it('takes the key from config and refuses the development key in production', () => {
    expect(parseSecretKey('ab'.repeat(32))).toHaveLength(32);
    expect(parseSecretKey(Buffer.alloc(32, 9).toString('base64'))).toHaveLength(32);
    expect(() => parseSecretKey('short')).toThrow(SecretKeyError);
    expect(resolveSecretKey(undefined, 'development').development).toBe(true);
    expect(() => resolveSecretKey(undefined, 'production')).toThrow(SecretKeyError);
    expect(resolveSecretKey('ab'.repeat(32), 'production').development).toBe(false);
  });
});

describe('configuration', () => {
  it('has defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: './data/frontline.db',
      acsPort: 7547,
      smtpPort: 2525,
      bodyLimitBytes: 1024 * 1024,
      demo: true,
      logLevel: 'info',
    });
  });

  it('parses and validates values', () => {
    const c = loadConfig({ PORT: '9000', DEMO: 'false', BODY_LIMIT_BYTES: '2048', FRONTLINE_API_TOKEN: '' });
    expect(c).toMatchObject({ port: 9000, demo: false, bodyLimitBytes: 2048, apiToken: undefined });
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' });
    } catch (err) {
      expect((err as ConfigError).problems).toHaveLength(2);
    }
  });
});
