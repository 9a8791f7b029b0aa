import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDeskEnv } from '../../test/helpers/desk-env.js';
import { loadConfig } from './config.js';
import { withLocalAdminToken } from './local-admin-token.js';

const dir = mkdtempSync(join(tmpdir(), 'frontline-token-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const production = (sub: string, extra: Record<string, string> = {}) =>
  loadConfig({ ...testDeskEnv(join(dir, sub, 'desk.db')), DEMO: 'false', ...extra });

describe('the admin token of a production desk on SQLite with no API credential', () => {
  it('is written once beside the database, readable by its user only, and read back after', () => {
    const first = withLocalAdminToken(production('a'));
    expect(first.created).toBe(true);
    expect(first.file).toBe(join(dir, 'a', 'api-token'));
    expect(statSync(first.file!).mode & 0o777).toBe(0o600);
    expect(first.config.apiToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const again = withLocalAdminToken(production('a'));
    expect(again.created).toBe(false);
    expect(again.config.apiToken).toBe(first.config.apiToken);
  });

  it('is not made where the operator chose a credential, an open API, the demo or PostgreSQL', () => {
    const token = 'operator-chosen-token-0123456789';
    expect(withLocalAdminToken(production('b', { FRONTLINE_API_TOKEN: token })).config.apiToken).toBe(token);
    expect(withLocalAdminToken(production('c', { API_OPEN: 'true' })).file).toBeUndefined();
    expect(withLocalAdminToken(production('d', { DEMO: 'true' })).file).toBeUndefined();
    const pg = loadConfig({ ...testDeskEnv('postgres://x@127.0.0.1/x'), DEMO: 'false' });
    expect(withLocalAdminToken(pg)).toEqual({ config: pg });
  });

  it('tightens a token file others could read, and refuses one too short to be a secret', () => {
    withLocalAdminToken(production('e'));
    const file = join(dir, 'e', 'api-token');
    writeFileSync(file, `${readFileSync(file, 'utf8')}`, { mode: 0o644 });
    statSync(file);
    withLocalAdminToken(production('e'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    writeFileSync(file, 'short\n');
    expect(() => withLocalAdminToken(production('e'))).toThrow(/no usable API token/);
  });

  it('`frontline start` with only DEMO=false and ACS_ACCEPT_NEW_DEVICES=true serves the API to that token alone', async () => {
    const db = join(dir, 'cli', 'desk.db');
    const child = spawn(join(process.cwd(), 'node_modules/.bin/tsx'), ['src/cli/main.ts', 'start'], {
      env: {
        PATH: process.env.PATH,
        ...testDeskEnv(db),
        DEMO: 'false',
        ACS_ACCEPT_NEW_DEVICES: 'true',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /"url":"(http:[^"]+)"[^\n]*Frontline desk listening/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`desk exited ${code}: ${out}`)));
      });
      const token = readFileSync(join(dir, 'cli', 'api-token'), 'utf8').trim();
      expect((await fetch(`${url}/api/v1/devices`)).status).toBe(401);
      const ok = await fetch(`${url}/api/v1/devices`, { headers: { authorization: `Bearer ${token}` } });
      expect(ok.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
