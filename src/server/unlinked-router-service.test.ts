import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitDevice } from '../acs/device-columns.js';
import { acsDeviceRow } from '../acs/testing/device-row.js';
import { acsTestEngines } from '../acs/testing/engines.js';
import { informEnvelope, RawClient } from '../acs/testing/raw-client.js';
import { finishSession, informAs } from '../acs/testing/router-flows.js';
import { statementRecorder } from '../acs/testing/statements.js';
import type { Database } from '../storage/schema.js';
import { createAcsNode, type AcsNode } from './acs-node.js';
import { loadConfig } from './config.js';

// A registered router without a service is linked by the desk's inventory on each Inform: another
// row of its serial number with a service, else the service of the PPPoE username it reports. On
// PostgreSQL that look-up goes with the session's first statement (the lock, the router's row and
// tasks) instead of a statement of its own (issue 17); what it finds must stay the same.

const SHARED = { username: 'fleet', password: 'fleet-secret' };
const now = () => new Date().toISOString();
const PPP = 'InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Username';
const sql = statementRecorder();
beforeAll(sql.install);
afterAll(sql.uninstall);

for (const engine of acsTestEngines('acs_unlinked')) {
  describe(`an unlinked router's service on ${engine.name}`, () => {
    let node: AcsNode;
    let drop: () => Promise<void>;
    let db: Kysely<Database>;
    let url: string;
    const clients: RawClient[] = [];

    beforeAll(async () => {
      const d = await engine.database();
      drop = d.drop;
      node = await createAcsNode(
        loadConfig({
          DATABASE_URL: d.databaseUrl,
          ACS_PORT: '0',
          HOST: '127.0.0.1',
          ACS_USERNAME: SHARED.username,
          ACS_PASSWORD: SHARED.password,
          LOG_LEVEL: 'silent',
        }),
        { logger: false, campaignMs: 3_600_000 },
      );
      url = `${(await node.start()).acsUrl}/`;
      db = node.db.db as Kysely<Database>;
      const at = now();
      await db
        .insertInto('customers')
        .values({
          id: 'cust-1',
          customer_number: '100001',
          name: 'Anna',
          contacts: '[]',
          language: 'sv',
          segment: 'consumer',
          pin_hash: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      for (const [id, user] of [
        ['svc-ppp', 'anna@isp'],
        ['svc-serial', null],
      ] as const)
        await db
          .insertInto('services')
          .values({
            id,
            customer_id: 'cust-1',
            access: 'fiber',
            down_mbps: 100,
            up_mbps: 100,
            area_code: 'A1',
            account_status: 'active',
            pppoe_username: user,
            pppoe_password_enc: null,
            created_at: at,
            updated_at: at,
          })
          .execute();
      for (const serial of ['UNLINKED01', 'UNLINKED02', 'UNLINKED03']) {
        const { device, state } = splitDevice(acsDeviceRow(serial, at));
        await db.insertInto('devices').values(device).execute();
        await db
          .insertInto('acs_device_state')
          .values({ ...state, device_id: device.id })
          .execute();
      }
      // Another row of UNLINKED02's serial number (another OUI), linked in the inventory.
      await db
        .insertInto('devices')
        .values({
          ...splitDevice(acsDeviceRow('UNLINKED02', at)).device,
          id: 'AABBCC-HGW3000-UNLINKED02',
          oui: 'AABBCC',
          service_id: 'svc-serial',
        })
        .execute();
    });
    afterAll(async () => {
      for (const c of clients) c.close();
      await node.stop();
      await drop();
    });

    const inform = async (serial: string, pppoe?: string) => {
      const c = new RawClient(url);
      clients.push(c);
      const params: [string, string, string][] = [
        ['Device.DeviceInfo.SoftwareVersion', '2.3.1', 'xsd:string'],
      ];
      if (pppoe) params.push([PPP, pppoe, 'xsd:string']);
      sql.start();
      const r = await informAs(c, informEnvelope('1-2', { serial, params }), SHARED, true);
      const statements = sql.stop();
      expect(r.status).toBe(200);
      await finishSession(c);
      const row = await db
        .selectFrom('devices')
        .select('service_id')
        .where('id', '=', `00D0F1-HGW3000-${serial}`)
        .executeTakeFirstOrThrow();
      return { service: row.service_id, statements };
    };
    const lookedUpApart = (statements: string[]) =>
      statements.some((s) => s.startsWith('select coalesce') || /^select .* from "?services/.test(s));

    it('links it by the PPPoE username it reports', async () => {
      const r = await inform('UNLINKED01', 'anna@isp');
      expect(r.service).toBe('svc-ppp');
      if (engine.name === 'PostgreSQL') expect(lookedUpApart(r.statements)).toBe(false);
    });

    it('links it by another row of its serial number before the PPPoE username', async () => {
      const r = await inform('UNLINKED02', 'anna@isp');
      expect(r.service).toBe('svc-serial');
    });

    it('leaves it unlinked when neither finds a service', async () => {
      const r = await inform('UNLINKED03', 'nobody@isp');
      expect(r.service).toBeNull();
      if (engine.name === 'PostgreSQL') expect(lookedUpApart(r.statements)).toBe(false);
    });
  });
}
