// The customer-number turn finds the router in one query (issue 20): the devices of a service are
// those the ACS has seen for it (freshest Inform first) and then the inventory's others, from both
// device tables at once, on SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDb, testEngines, type TestDb } from './helpers.js';

const open: TestDb[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.destroy()));
});

const at = '2026-03-01T08:00:00.000Z';

async function acsSaw(t: TestDb, serial: string, serviceId: string | null, lastInformAt: string | null) {
  await t.db
    .insertInto('acs_devices')
    .values({
      id: `00D0F1-HGW3000-${serial}`,
      oui: '00D0F1',
      product_class: 'HGW3000',
      serial_number: serial,
      manufacturer: null,
      model: 'FL-HGW-3000',
      firmware: '2.4.0',
      service_id: serviceId,
      root: 'Device.',
      cwmp_ns: '1-2',
      pppoe_username: null,
      connection_request_url: null,
      last_inform_at: lastInformAt,
      last_boot_at: null,
      last_events: '[]',
      inform_count: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

describe.each(testEngines())('devices of a service (%s)', (engine) => {
  it('reads the ACS and the inventory in one query: the ACS row first and fresher, then the inventory’s others', async () => {
    const t = await openTestDb(engine);
    open.push(t);
    const c = await t.repos.customers.createCustomer({ customerNumber: '100482', name: 'Karin Lind' });
    const s = await t.repos.customers.createService({
      customerId: c.id,
      access: 'fiber',
      plan: { downMbps: 500, upMbps: 100 },
      areaCode: 'SE-STO',
    });
    const inventory = async (serial: string) =>
      t.repos.devices.upsert({
        oui: '00D0F1',
        productClass: 'HGW3000',
        serialNumber: serial,
        serviceId: s.id,
      });
    await inventory('SN1');
    await inventory('SN2');
    // SN2 is in both tables (the ACS's firmware is the fresher); SN3 only the ACS knows.
    await acsSaw(t, 'SN2', s.id, '2026-03-02T08:00:00.000Z');
    await acsSaw(t, 'SN3', s.id, '2026-03-03T08:00:00.000Z');
    await acsSaw(t, 'SN4', null, '2026-03-04T08:00:00.000Z');

    const devices = await t.repos.customers.devicesOfService(s.id);
    expect(devices.map((d) => d.id)).toEqual([
      '00D0F1-HGW3000-SN3',
      '00D0F1-HGW3000-SN2',
      '00D0F1-HGW3000-SN1',
    ]);
    expect(devices[1]).toMatchObject({ firmware: '2.4.0', serviceId: s.id });
    expect(await t.repos.customers.devicesOfService('no-such-service')).toEqual([]);
  });
});
