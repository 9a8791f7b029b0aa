// A desk for the fuzz suites: its own SQLite file, no demo ISP, the admin token, no rate limits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadConfig } from '../../src/server/config.js';
import { createDesk } from '../../src/server/desk.js';
import { testDeskEnv } from '../helpers/desk-env.js';

export const ADMIN_TOKEN = 'fuzz-admin-token-0123456789';
/** Every run explores the same inputs; change the seed to explore others. */
export const SEED = 20261204;

export async function startFuzzDesk() {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-fuzz-'));
  const config = loadConfig({
    ...testDeskEnv(join(dir, 'fuzz.db')),
    DEMO: 'false',
    FRONTLINE_API_TOKEN: ADMIN_TOKEN,
    RATE_LIMITS: 'false',
    LOG_LEVEL: 'silent',
  });
  const desk = await createDesk(config, { logger: false });
  const addr = await desk.start();
  return {
    desk,
    ...addr,
    async stop() {
      await desk.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Hostile strings: control characters, markup, SQL, path tricks, huge numbers, odd Unicode. */
export const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '%',
    '%00',
    '%E0%A4%A',
    '../../etc/passwd',
    "' OR 1=1 --",
    '"; DROP TABLE tickets; --',
    '<script>alert(1)</script>',
    '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>',
    '__proto__',
    'constructor',
    '9'.repeat(400),
    '-1',
    '1e309',
    'NaN',
    '\uD800',
    '🙂'.repeat(50),
    'T-000001',
  ),
);

/** Any JSON value, with hostile keys and strings mixed in. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'text', 'customerNumber', 'pin')),
      tie('value'),
      { maxKeys: 5 },
    ),
  ),
})).value;

/** Replaces lone surrogates (which URLs cannot carry) with U+FFFD. */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
