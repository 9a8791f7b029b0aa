import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../storage/db.js';
import { migrateToLatest } from '../storage/migrate.js';
import { createStaffAuth } from './auth.js';
import { DEMO_STAFF, seedDemoStaff } from './seed.js';
import { createKyselyStaffStore } from './store.js';

const engines: [string, string][] = [['sqlite', ':memory:']];
if (process.env.TEST_DATABASE_URL) engines.push(['postgres', process.env.TEST_DATABASE_URL]);

describe.each(engines)('staff store (%s)', (_engine, url) => {
  let db: Db;
  afterAll(async () => {
    if (db?.engine === 'postgres') {
      await db.db.deleteFrom('staff_sessions').execute();
      await db.db.deleteFrom('staff_login_attempts').execute();
      await db.db.deleteFrom('staff_users').execute();
    }
    await db?.close();
  });

  it('migrates, seeds the demo staff idempotently and signs in', async () => {
    db = openDatabase(url);
    await migrateToLatest(db.db as never, db.engine);
    const auth = createStaffAuth({ store: createKyselyStaffStore(db.db), scryptN: 1024 });
    if (db.engine === 'postgres') await db.db.deleteFrom('staff_users').execute();
    expect(await seedDemoStaff(auth)).toEqual(DEMO_STAFF.map((u) => u.username));
    expect(await seedDemoStaff(auth)).toEqual([]);
    const r = await auth.login('Agent', 'agent-demo', '127.0.0.1');
    expect(r.ok).toBe(true);
    const users = await auth.store.listUsers();
    expect(users.map((u) => u.role).sort()).toEqual(['admin', 'agent', 'supervisor', 'tier2']);
    await expect(
      auth.createUser({ username: 'agent', password: 'another-pass', role: 'agent' }),
    ).rejects.toThrow(/exists/);
    await expect(
      auth.createUser({ username: 'x y', password: 'another-pass', role: 'agent' }),
    ).rejects.toThrow(/username/);
    await expect(auth.createUser({ username: 'short', password: 'short', role: 'agent' })).rejects.toThrow(
      /at least/,
    );
    await auth.setPassword('agent', 'a-new-password');
    expect((await auth.login('agent', 'agent-demo', '127.0.0.1')).ok).toBe(false);
    expect((await auth.login('agent', 'a-new-password', '127.0.0.1')).ok).toBe(true);
  });
});
