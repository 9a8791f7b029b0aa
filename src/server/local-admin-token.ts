import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isPostgresUrl, sqliteFileOf } from '../storage/db.js';
import { apiTokensOf } from './api-exposure.js';
import type { Config } from './config.js';

// A production desk on the embedded SQLite file that was given no API credential gets an admin
// token of its own, written once beside the database file and readable only by the desk's user
// (whoever can read it can read the database too). So `DEMO=false npm start` serves its API to the
// operator at once instead of refusing to start, and nothing is open to anyone else. On PostgreSQL,
// where instances share no disk, the operator sets FRONTLINE_API_TOKEN(S) or creates staff accounts.

export const LOCAL_TOKEN_FILE = 'api-token';

export interface LocalAdminToken {
  config: Config;
  /** The token file, when the admin token came from it. */
  file?: string;
  /** True when this call wrote the file. */
  created?: boolean;
}

function databaseFileOf(url: string): string | null {
  if (isPostgresUrl(url)) return null;
  const file = sqliteFileOf(url);
  return file === ':memory:' ? null : resolve(file);
}

function readToken(file: string): string | null {
  try {
    const token = readFileSync(file, 'utf8').trim();
    // A token file others may read is no secret: tighten it rather than trust it silently.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return token;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** The config with the file's admin token when the desk would otherwise have no API credential. */
export function withLocalAdminToken(config: Config): LocalAdminToken {
  if (config.demo || config.apiOpen || apiTokensOf(config).length > 0) return { config };
  const db = databaseFileOf(config.databaseUrl);
  if (!db) return { config };
  mkdirSync(dirname(db), { recursive: true });
  const file = join(dirname(db), LOCAL_TOKEN_FILE);
  let created = false;
  let token = readToken(file);
  if (token === null) {
    try {
      // 'wx': of two desks starting at once on one file, one writes and the other reads it.
      const fresh = randomBytes(32).toString('base64url');
      writeFileSync(file, `${fresh}\n`, { mode: 0o600, flag: 'wx' });
      token = fresh;
      created = true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      token = readToken(file) ?? '';
    }
  }
  if (token.length < 32) throw new Error(`${file} holds no usable API token (32 characters or more)`);
  return { config: { ...config, apiToken: token }, file, created };
}
