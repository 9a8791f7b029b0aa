import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { createDesk, type Desk } from '../../src/server/desk.js';
import type { PersonalDataArchive } from '../../src/privacy/ports.js';
import { createSecretBox, resolveSecretKey } from '../../src/security/secrets.js';
import { openDatabase } from '../../src/storage/db.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { createRepositories } from '../../src/storage/repositories.js';
import type { TestDb } from '../foundation/helpers.js';
import { ANNA, BERTIL, seedCustomer } from './fixtures.js';

const run = promisify(execFile);
const ADMIN = 'privacy-admin-token-0123456789';
const READER = 'privacy-reader-token-0123456789';

function asTestDb(desk: Desk): TestDb {
  const { db, repos } = desk.services;
  return { ...db, repos, destroy: () => desk.stop() };
}

describe('privacy REST API (admin only)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-privacy-rest-'));
  let desk: Desk;
  beforeAll(async () => {
    const config = loadConfig({
      DATABASE_URL: join(dir, 'desk.db'),
      DEMO: 'false',
      FRONTLINE_API_TOKEN: ADMIN,
      FRONTLINE_API_TOKENS: `reader:read:${READER}`,
      RATE_LIMITS: 'false',
    });
    desk = await createDesk(config, { logger: false });
    await desk.app.ready();
    await seedCustomer(asTestDb(desk), ANNA);
    await seedCustomer(asTestDb(desk), BERTIL);
  });
  afterAll(async () => {
    await desk?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = (method: 'GET' | 'POST', url: string, token?: string, payload?: object) =>
    desk.app.inject({ method, url, payload, headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('refuses callers without the admin scope', async () => {
    const url = `/api/v1/privacy/customers/${ANNA.number}/export`;
    expect((await call('GET', url)).statusCode).toBe(401);
    expect((await call('GET', url, READER)).statusCode).toBe(403);
    expect(
      (await call('POST', `/api/v1/privacy/customers/${ANNA.number}/erase`, READER, { confirm: ANNA.number }))
        .statusCode,
    ).toBe(403);
    expect((await call('POST', '/api/v1/privacy/sweep', READER)).statusCode).toBe(403);
  });

  it('exports, then erases with confirmation, audited under the token', async () => {
    const exported = await call('GET', `/api/v1/privacy/customers/${ANNA.number}/export`, ADMIN);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain(`customer-${ANNA.number}.json`);
    const archive = exported.json<PersonalDataArchive>();
    expect(archive.customer.name).toBe(ANNA.name);
    expect(archive.tickets).toHaveLength(2);

    expect(
      (
        await call('POST', `/api/v1/privacy/customers/${ANNA.number}/erase`, ADMIN, {
          confirm: BERTIL.number,
        })
      ).statusCode,
    ).toBe(400);
    const erased = await call('POST', `/api/v1/privacy/customers/${ANNA.number}/erase`, ADMIN, {
      confirm: ANNA.number,
    });
    expect(erased.statusCode).toBe(200);
    expect(erased.json()).toMatchObject({ erased: { tickets: 2 } });
    expect((await call('GET', `/api/v1/privacy/customers/${ANNA.number}/export`, ADMIN)).statusCode).toBe(
      404,
    );
    const [entry] = await desk.services.repos.audit.list({ target: 'erased', action: 'security.event' });
    expect(entry).toMatchObject({
      actor: { kind: 'api', id: 'admin' },
      reason: 'data subject erasure request',
    });
    expect(JSON.stringify(await desk.services.repos.audit.list({ limit: 1000 }))).not.toContain(ANNA.name);

    expect((await call('POST', '/api/v1/privacy/sweep', ADMIN)).json()).toHaveProperty('removed');
  });
});

describe('frontline privacy (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-privacy-cli-'));
  const file = join(dir, 'desk.db');
  const env = { ...process.env, DATABASE_URL: file, DEMO: 'false', LOG_LEVEL: 'silent' };
  const cli = (...args: string[]) =>
    run(join(process.cwd(), 'node_modules/.bin/tsx'), ['src/cli/main.ts', 'privacy', ...args], { env });

  beforeAll(async () => {
    const db = openDatabase(file);
    await migrateToLatest(db.db as never, db.engine);
    const repos = createRepositories({
      db: db.db,
      engine: db.engine,
      secrets: createSecretBox(resolveSecretKey(undefined, 'test').key),
    });
    await seedCustomer({ ...db, repos, destroy: () => db.close() }, ANNA);
    await db.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exports to a file only its owner can read, refuses to erase without --yes, then erases', async () => {
    const out = join(dir, 'anna.json');
    await cli('export', ANNA.number, '--out', out);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ customer: { name: ANNA.name } });
    expect(statSync(out).mode & 0o077).toBe(0);

    await expect(cli('erase', ANNA.number)).rejects.toMatchObject({ code: 1 });
    const { stdout } = await cli('erase', ANNA.number, '--yes');
    expect(JSON.parse(stdout)).toMatchObject({ erased: { tickets: 2 } });
    const db = openDatabase(file);
    expect(await db.db.selectFrom('customers').select('id').execute()).toEqual([]);
    await db.close();
    expect(JSON.parse((await cli('sweep')).stdout)).toHaveProperty('removed');
  }, 60_000);
});
