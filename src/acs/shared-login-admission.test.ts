import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acsDeviceRow } from './testing/device-row.js';
import { acsTestEngines } from './testing/engines.js';
import { startTestAcs, type TestAcs } from './testing/harness.js';
import { informEnvelope, RawClient } from './testing/raw-client.js';
import { finishSession, informAs } from './testing/router-flows.js';
import { statementRecorder } from './testing/statements.js';
import { splitDevice } from './device-columns.js';

// The fleet's shared login admits a registered router without credentials of its own; the session's
// first statement judges that together with taking its lock (issue 17: no credential or device read
// before it). Credentials given to a router, or taken away, count from the next Inform on: nothing
// about them is remembered between sessions.

const SHARED = { username: 'fleet', password: 'fleet-secret' };
const SERIAL = 'SHARED01';
const ID = `00D0F1-HGW3000-${SERIAL}`;
const now = () => new Date().toISOString();
const sql = statementRecorder();
beforeAll(sql.install);
afterAll(sql.uninstall);

for (const engine of acsTestEngines('acs_shared')) {
  describe(`the shared login on ${engine.name}`, () => {
    let t: TestAcs;
    let drop: () => Promise<void>;
    const clients: RawClient[] = [];
    const client = () => {
      const c = new RawClient(t.url);
      clients.push(c);
      return c;
    };
    /** One Inform as the router with these credentials (Basic); the session finished when admitted. */
    const inform = async (creds: { username: string; password: string }, serial = SERIAL) => {
      const c = client();
      const r = await informAs(c, informEnvelope('1-2', { serial }), creds, true);
      if (r.status === 200) await finishSession(c);
      return r.status;
    };

    beforeAll(async () => {
      const db = await engine.database();
      drop = db.drop;
      t = await startTestAcs(
        { cpeAuth: { mode: 'digest', allowBasic: true, ...SHARED } },
        { dbUrl: db.databaseUrl, knownDevice: async (id) => id.endsWith('INVENTORY') },
      );
      const { device, state } = splitDevice(acsDeviceRow(SERIAL, now()));
      await t.acs.store.db.insertInto('devices').values(device).execute();
      await t.acs.store.db
        .insertInto('acs_device_state')
        .values({ ...state, device_id: ID })
        .execute();
    });
    afterAll(async () => {
      for (const c of clients) c.close();
      await t.close();
      await drop();
    });

    it('admits a registered router without credentials of its own, judged with the lock', async () => {
      sql.start();
      const c = client();
      const r = await informAs(c, informEnvelope('1-2', { serial: SERIAL }), SHARED, true);
      const beforeAnswer = sql.stop();
      expect(r.status).toBe(200);
      await finishSession(c);
      // Nothing read before the lock: the credentials and the device come with it.
      expect(beforeAnswer[0]).toMatch(/insert into acs_locks/);
      expect(beforeAnswer.some((s) => /from "?acs_credentials/.test(s) && s.startsWith('select'))).toBe(
        false,
      );
      expect((await t.acs.store.getDevice(ID))!.inform_count).toBe(2);
    });

    it('refuses the shared login once the router has credentials of its own, and admits them', async () => {
      const own = await t.acs.credentials.provision(ID, now());
      expect(await inform(SHARED)).toBe(401);
      expect(await inform(own)).toBe(200);
      expect(await inform(SHARED)).toBe(401);
    });

    it('takes changed credentials from the next Inform on', async () => {
      const before = (await t.acs.credentials.forDevice(ID))!;
      const changed = await t.acs.credentials.provision(ID, now(), { password: 'changed-password' });
      expect(await inform(before)).toBe(401);
      expect(await inform(changed)).toBe(200);
    });

    it('admits the shared login again once the credentials are revoked', async () => {
      expect(await t.acs.credentials.revoke(ID)).toBe(true);
      expect(await inform(SHARED)).toBe(200);
      expect(await inform({ username: ID, password: 'changed-password' })).not.toBe(200);
    });

    it('counts only confirmed credentials: pending ones (not yet set on the router) leave the shared login', async () => {
      await t.acs.credentials.planPush(ID, true, now());
      expect(await inform(SHARED)).toBe(200);
      await t.acs.credentials.revoke(ID);
    });

    it('leaves unregistered routers to the full admission: in the inventory, admitted; else held', async () => {
      expect(await inform(SHARED, 'INVENTORY')).toBe(200);
      expect(await t.acs.store.getDevice('00D0F1-HGW3000-INVENTORY')).toBeDefined();
      expect(await inform(SHARED, 'UNKNOWN1')).toBe(403);
      expect(await t.acs.store.getDevice('00D0F1-HGW3000-UNKNOWN1')).toBeUndefined();
      expect(await t.acs.held.get('00D0F1-HGW3000-UNKNOWN1')).toBeDefined();
    });

    it('answers 503 while another session holds the router, without taking its lock', async () => {
      const other = 'another-instance:session';
      const at = new Date();
      const until = new Date(at.getTime() + 60_000).toISOString();
      expect(await t.acs.store.acquireLock(`cwmp:${ID}`, other, at.toISOString(), until)).toBe(true);
      expect(await inform(SHARED)).toBe(503);
      expect(await t.acs.store.lockHolder(`cwmp:${ID}`, now())).toBe(other);
      await t.acs.store.releaseLock(`cwmp:${ID}`, other);
      expect(await inform(SHARED)).toBe(200);
    });
  });
}
