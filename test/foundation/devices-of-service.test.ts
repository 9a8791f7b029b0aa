// One device table (issue 20): a router the ACS registers is the inventory's device when the
// inventory lists it, and the devices of a service are those the ACS has talked to (freshest
// Inform first) and then the others, on SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { AcsStore } from '../../src/acs/store.js';
import { acsDeviceRow } from '../../src/acs/testing/device-row.js';
import { openTestDb, testEngines, type TestDb } from './helpers.js';

const open: TestDb[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.destroy()));
});

const at = '2026-03-01T08:00:00.000Z';

/** The ACS registers a router at its first Inform. */
async function acsSaw(t: TestDb, serial: string, serviceId: string | null, lastInformAt: string | null) {
  await new AcsStore(t.db, t.engine).insertDevice(
    acsDeviceRow(serial, at, {
      manufacturer: null,
      firmware: '2.4.0',
      service_id: serviceId,
      last_inform_at: lastInformAt,
      last_boot_at: null,
    }),
  );
}

async function aService(t: TestDb, customerNumber: string) {
  const c = await t.repos.customers.createCustomer({ customerNumber, name: 'Karin Lind' });
  return t.repos.customers.createService({
    customerId: c.id,
    access: 'fiber',
    plan: { downMbps: 500, upMbps: 100 },
    areaCode: 'SE-STO',
  });
}

describe.each(testEngines())('one device table (%s)', (engine) => {
  it('the devices of a service: those the ACS has talked to first (latest Inform first), then the others', async () => {
    const t = await openTestDb(engine);
    open.push(t);
    const s = await aService(t, '100482');
    const inventory = async (serial: string) =>
      t.repos.devices.upsert({
        oui: '00D0F1',
        productClass: 'HGW3000',
        serialNumber: serial,
        firmware: '2.3.1',
        serviceId: s.id,
      });
    await inventory('SN1');
    await inventory('SN2');
    // SN2 is listed and then seen (the router's firmware wins); SN3 only the ACS knows.
    await acsSaw(t, 'SN2', s.id, '2026-03-02T08:00:00.000Z');
    await acsSaw(t, 'SN3', s.id, '2026-03-03T08:00:00.000Z');
    await acsSaw(t, 'SN4', null, '2026-03-04T08:00:00.000Z');

    const devices = await t.repos.customers.devicesOfService(s.id);
    expect(devices.map((d) => d.id)).toEqual([
      '00D0F1-HGW3000-SN3',
      '00D0F1-HGW3000-SN2',
      '00D0F1-HGW3000-SN1',
    ]);
    expect(devices[1]).toMatchObject({
      firmware: '2.4.0',
      serviceId: s.id,
      lastInformAt: '2026-03-02T08:00:00.000Z',
    });
    expect(devices[2]).toMatchObject({ firmware: '2.3.1', lastInformAt: null });
    expect(await t.repos.customers.devicesOfService('no-such-service')).toEqual([]);
    // One row per device: the inventory lists what the ACS registered.
    expect((await t.repos.devices.list()).items.map((d) => d.id).sort()).toEqual(
      ['SN1', 'SN2', 'SN3', 'SN4'].map((x) => `00D0F1-HGW3000-${x}`),
    );
  });

  it('a router the ACS registers keeps the service the inventory gave it', async () => {
    const t = await openTestDb(engine);
    open.push(t);
    const s = await aService(t, '100483');
    await t.repos.devices.upsert({
      oui: '00D0F1',
      productClass: 'HGW3000',
      serialNumber: 'SN9',
      serviceId: s.id,
    });
    await acsSaw(t, 'SN9', null, at);
    const store = new AcsStore(t.db, t.engine);
    expect(await store.getDevice('00D0F1-HGW3000-SN9')).toMatchObject({ service_id: s.id, root: 'Device.' });
    await t.repos.devices.delete('00D0F1-HGW3000-SN9');
    expect(await store.getDevice('00D0F1-HGW3000-SN9')).toBeUndefined();
    expect(await store.countDevices()).toBe(0);
  });
});
