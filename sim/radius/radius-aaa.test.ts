import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRadiusAaa, type RadiusAaa } from '../../src/isp/radius/aaa.js';
import { exchange, parseRadiusUrl } from '../../src/isp/radius/packets.js';
import { harness, spec, type Harness } from '../test-helpers/fixture.js';
import { radiusEnv } from './env.js';

// What the RADIUS adapter reads and causes in FreeRADIUS's tables, beyond the port's contract.

const env = radiusEnv();

describe.skipIf(!env)('RADIUS AAA over FreeRADIUS', () => {
  const run = randomBytes(4).toString('hex');
  let db: pg.Pool;
  let h: Harness;
  let aaa: RadiusAaa;
  beforeAll(async () => {
    db = new pg.Pool({ connectionString: env!.databaseUrl, max: 2 });
    h = await harness([], { radius: { url: env!.url, secret: env!.secret, databaseUrl: env!.databaseUrl } });
    aaa = createRadiusAaa({
      databaseUrl: env!.databaseUrl,
      secret: env!.secret,
      disconnectPort: h.sim.nas!.dmPort,
    });
  });
  afterAll(async () => {
    await h?.close();
    await aaa?.close();
    await db?.end();
  });

  it('a Disconnect-Request stops the session as Admin-Reset in radacct, and the router starts a new one', async () => {
    const s = spec(1, { pppoeUsername: `dm-${run}@isp` });
    h.sim.addSubscriber(s);
    h.sim.setAccountStatus(s.customerNumber, 'active');
    await h.sim.nas!.idle();
    expect(await aaa.disconnect(s.pppoeUsername)).toBe(true);
    await h.sim.nas!.idle();
    const rows = await db.query<{
      acctsessionid: string;
      acctstoptime: Date | null;
      acctterminatecause: string;
    }>(
      'SELECT acctsessionid, acctstoptime, acctterminatecause FROM radacct WHERE username = $1 ORDER BY radacctid',
      [s.pppoeUsername],
    );
    expect(rows.rows).toHaveLength(2);
    expect(rows.rows[0]).toMatchObject({ acctterminatecause: 'Admin-Reset' });
    expect(rows.rows[0].acctstoptime).not.toBeNull();
    expect(rows.rows[1].acctstoptime).toBeNull();
    expect(rows.rows[1].acctsessionid).not.toBe(rows.rows[0].acctsessionid);
  });

  it('an up session gets Interim-Updates in radacct', async () => {
    const s = spec(2, { pppoeUsername: `interim-${run}@isp` });
    h.sim.addSubscriber(s);
    h.sim.setAccountStatus(s.customerNumber, 'active');
    await h.sim.nas!.idle();
    // 900 simulated seconds between updates: 1.5 s at the fixture's time scale.
    for (let i = 0; i < 100; i++) {
      // The Start row says 0 seconds; an Interim-Update brings the session time.
      const r = await db.query<{ seconds: string }>(
        'SELECT acctsessiontime AS seconds FROM radacct WHERE username = $1 AND acctstoptime IS NULL',
        [s.pppoeUsername],
      );
      if (Number(r.rows[0]?.seconds ?? 0) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('no Interim-Update reached radacct');
  });

  it("a user's own Auth-Type := Reject makes a reject account_disabled", async () => {
    const user = `own-reject-${run}@isp`;
    await db.query(
      `INSERT INTO radcheck (username, attribute, op, value) VALUES ($1, 'Cleartext-Password', ':=', 'pw'), ($1, 'Auth-Type', ':=', 'Reject')`,
      [user],
    );
    const server = parseRadiusUrl(env!.url);
    const reply = await exchange(
      { host: server.host, port: server.authPort, secret: env!.secret },
      'Access-Request',
      [
        ['User-Name', user],
        ['User-Password', 'pw'],
        ['NAS-IP-Address', '127.0.0.1'],
      ],
    );
    expect(reply.code).toBe('Access-Reject');
    expect(await aaa.session(user)).toMatchObject({ up: false, lastReject: 'account_disabled' });
    await db.query('DELETE FROM radcheck WHERE username = $1', [user]);
    await db.query('DELETE FROM radpostauth WHERE username = $1', [user]);
  });
});
