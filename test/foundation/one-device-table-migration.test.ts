// Migration 028 (issue 20) on a database holding rows of both old device tables: `devices` becomes
// the one device table and the ACS's session fields move to `acs_device_state`, on SQLite and
// PostgreSQL.
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { AcsStore } from '../../src/acs/store.js';
import { openDatabase, type Db } from '../../src/storage/db.js';
import { migrations } from '../../src/storage/migrations/index.js';
import { adminQuery } from '../helpers/pg-schema.js';
import { testEngines } from './helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function openEmpty(engine: 'sqlite' | 'postgres'): Promise<Db> {
  if (engine === 'sqlite') {
    const db = openDatabase(':memory:');
    cleanups.push(() => db.close());
    return db;
  }
  const url = process.env.TEST_DATABASE_URL!;
  const schema = `m028_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `CREATE SCHEMA ${schema}`);
  cleanups.push(() => adminQuery(url, `DROP SCHEMA ${schema} CASCADE`).then(() => undefined));
  const db = openDatabase(url, { pgSchema: schema, poolMax: 2 });
  cleanups.push(() => db.close());
  return db;
}

const before028 = Object.entries(migrations)
  .filter(([name]) => name < '028')
  .sort(([a], [b]) => (a < b ? -1 : 1));
const m028 = migrations['028_one_device_table']!;

const at = '2026-03-01T08:00:00.000Z';
const later = '2026-03-05T08:00:00.000Z';
const id = (serial: string) => `00D0F1-HGW3000-${serial}`;

async function oldRows(db: Kysely<unknown>): Promise<void> {
  await sql`insert into customers (id, customer_number, name, contacts, language, segment, pin_hash, created_at, updated_at)
    values ('c1', '100482', 'Karin Lind', '[]', 'sv', 'consumer', null, ${at}, ${at})`.execute(db);
  for (const s of ['s1', 's2'])
    await sql`insert into services (id, customer_id, access, down_mbps, up_mbps, area_code, account_status, pppoe_username, pppoe_password_enc, created_at, updated_at)
      values (${s}, 'c1', 'fiber', 100, 100, 'SE-STO', 'active', null, null, ${at}, ${at})`.execute(db);
  const inventory = async (serial: string, serviceId: string | null, firmware: string) =>
    sql`insert into devices (id, oui, product_class, serial_number, manufacturer, model, firmware, service_id, last_inform_at, created_at, updated_at)
      values (${id(serial)}, '00D0F1', 'HGW3000', ${serial}, null, 'HGW3000', ${firmware}, ${serviceId}, null, ${at}, ${at})`.execute(
      db,
    );
  const acs = async (serial: string, serviceId: string | null, lastInform: string) =>
    sql`insert into acs_devices (id, oui, product_class, serial_number, manufacturer, model, firmware, service_id, root, cwmp_ns,
        pppoe_username, connection_request_url, last_inform_at, last_boot_at, last_events, inform_count, created_at, updated_at)
      values (${id(serial)}, '00D0F1', 'HGW3000', ${serial}, 'Frontline Networks', 'FL-HGW-3000', '2.4.0', ${serviceId}, 'Device.', '1-2',
        'anna@isp', ${`http://10.0.0.1:7547/${serial}`}, ${lastInform}, ${at}, '["2 PERIODIC"]', 7, ${at}, ${lastInform})`.execute(
      db,
    );
  await inventory('INV', 's1', '2.3.1'); // the inventory's only
  await inventory('BOTH', 's1', '2.3.1'); // in both, linked by the inventory
  await acs('BOTH', null, later);
  await inventory('LINKED', null, '2.3.1'); // in both, linked by the ACS
  await acs('LINKED', 's2', later);
  await acs('ACS', 's2', later); // the ACS's only
  await acs('GONE', 'deleted-service', later); // linked to a service that no longer exists
}

describe.each(testEngines())('migration 028: one device table (%s)', (engine) => {
  it('moves the rows of both device tables into devices and acs_device_state', async () => {
    const db = await openEmpty(engine);
    const k = db.db as unknown as Kysely<unknown>;
    for (const [, m] of before028) await m.up(k, engine);
    await oldRows(k);
    await m028.up(k, engine);

    const store = new AcsStore(db.db, engine);
    const devices = await db.db.selectFrom('devices').selectAll().orderBy('id').execute();
    expect(devices.map((d) => [d.serial_number, d.service_id, d.firmware])).toEqual([
      ['ACS', 's2', '2.4.0'],
      ['BOTH', 's1', '2.4.0'],
      ['GONE', null, '2.4.0'],
      ['INV', 's1', '2.3.1'],
      ['LINKED', 's2', '2.4.0'],
    ]);
    expect(devices.find((d) => d.serial_number === 'BOTH')).toMatchObject({
      model: 'FL-HGW-3000',
      manufacturer: 'Frontline Networks',
      created_at: at,
      updated_at: later,
    });
    expect(await store.countDevices()).toBe(4);
    expect(await store.getDevice(id('INV'))).toBeUndefined();
    expect(await store.getDevice(id('BOTH'))).toEqual({
      id: id('BOTH'),
      oui: '00D0F1',
      product_class: 'HGW3000',
      serial_number: 'BOTH',
      manufacturer: 'Frontline Networks',
      model: 'FL-HGW-3000',
      firmware: '2.4.0',
      service_id: 's1',
      root: 'Device.',
      cwmp_ns: '1-2',
      pppoe_username: 'anna@isp',
      connection_request_url: 'http://10.0.0.1:7547/BOTH',
      last_inform_at: later,
      last_boot_at: at,
      last_events: '["2 PERIODIC"]',
      inform_count: 7,
      created_at: at,
      updated_at: later,
    });
    // The old table and the inventory's copy of the last Inform are gone.
    await expect(sql`select 1 from acs_devices`.execute(k)).rejects.toThrow();
    await expect(sql`select last_inform_at from devices`.execute(k)).rejects.toThrow();
  });
});
