import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acsTestEngines } from '../testing/engines.js';
import { startTestAcs, type TestAcs } from '../testing/harness.js';
import { TestCpe } from '../testing/test-cpe.js';
import { genieacsId } from './document.js';

// GenieACS's /files as its API reference shows it: upload with the metadata as headers, list and
// query, a download task naming the file (the router fetches it over HTTP from the ACS), delete.

const engines = acsTestEngines('nbifiles');

describe.each(engines)('NBI files ($name)', ({ database }) => {
  let drop: () => Promise<void>;
  let t: TestAcs;
  let app: FastifyInstance;
  let cpe: TestCpe;
  const image = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));

  beforeEach(async () => {
    const db = await database();
    drop = db.drop;
    t = await startTestAcs({}, { dbUrl: db.databaseUrl });
    app = Fastify();
    await app.register(t.acs.restPlugin, { prefix: '/api/v1' });
    await app.ready();
    cpe = new TestCpe({ acsUrl: t.url, serial: 'F1' });
    await cpe.startCrListener();
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
  });
  afterEach(async () => {
    await app.close();
    await cpe.stop();
    await t.close();
    await drop();
  });

  const upload = (name: string, body: Buffer, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'PUT',
      url: `/api/v1/acs/nbi/files/${name}`,
      // curl --data-binary sends form encoding unless told otherwise: the body is the file all the same.
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      payload: body,
    });

  it('uploads, lists, queries, serves and deletes a file', async () => {
    const put = await upload('new_firmware_v1.0.bin', image, {
      fileType: '1 Firmware Upgrade Image',
      oui: '123456',
      productClass: 'ABC',
      version: '1.0',
    });
    expect(put.statusCode).toBe(200);
    expect(
      (await upload('config.xml', Buffer.from('<x/>'), { fileType: '3 Vendor Configuration File' }))
        .statusCode,
    ).toBe(200);
    const all = await app.inject({ url: '/api/v1/acs/nbi/files/' });
    expect(all.headers['x-total-count']).toBe('2');
    const q = encodeURIComponent(JSON.stringify({ filename: 'new_firmware_v1.0.bin' }));
    const found = (await app.inject({ url: `/api/v1/acs/nbi/files/?query=${q}` })).json();
    expect(found).toEqual([
      expect.objectContaining({
        _id: 'new_firmware_v1.0.bin',
        length: 5000,
        metadata: {
          fileType: '1 Firmware Upgrade Image',
          oui: '123456',
          productClass: 'ABC',
          version: '1.0',
        },
      }),
    ]);
    const byType = encodeURIComponent(JSON.stringify({ 'metadata.fileType': '3 Vendor Configuration File' }));
    expect((await app.inject({ url: `/api/v1/acs/nbi/files/?query=${byType}` })).json()).toHaveLength(1);
    const served = await fetch(`${t.url}fs/new_firmware_v1.0.bin`);
    expect(Buffer.from(await served.arrayBuffer()).equals(image)).toBe(true);
    expect(
      (await app.inject({ method: 'DELETE', url: '/api/v1/acs/nbi/files/new_firmware_v1.0.bin' })).statusCode,
    ).toBe(200);
    expect(
      (await app.inject({ method: 'DELETE', url: '/api/v1/acs/nbi/files/new_firmware_v1.0.bin' })).statusCode,
    ).toBe(404);
    expect((await fetch(`${t.url}fs/new_firmware_v1.0.bin`)).status).toBe(404);
    expect((await upload('.hidden', image)).statusCode).toBe(400);
  });

  it('sends a download task naming the file; the router fetches it from the ACS and reports TransferComplete', async () => {
    await upload('FL-HGW-3000-2.5.0.bin', image, { version: '2.5.0' });
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/acs/nbi/devices/${genieacsId({ oui: cpe.oui, product_class: cpe.productClass, serial_number: cpe.serial })}/tasks?timeout=10000&connection_request`,
      payload: { name: 'download', file: 'FL-HGW-3000-2.5.0.bin' },
    });
    // Download answers Status 1 (applied later): GenieACS, too, answers 202 until TransferComplete.
    expect([200, 202]).toContain(r.statusCode);
    const taskId = r.json()._id as string;
    for (let i = 0; i < 100; i++) {
      const row = await t.acs.store.getTask(taskId);
      if (row?.status === 'done') break;
      await new Promise((res) => setTimeout(res, 50));
    }
    const row = (await t.acs.store.getTask(taskId))!;
    expect(row.status).toBe('done');
    expect(JSON.parse(row.args)).toMatchObject({
      url: `${t.url}fs/FL-HGW-3000-2.5.0.bin`,
      fileSize: 5000,
      fileType: '1 Firmware Upgrade Image',
    });
    expect(cpe.params.get('Device.DeviceInfo.SoftwareVersion')!.value).toBe('2.5.0');
    const missing = await app.inject({
      method: 'POST',
      url: `/api/v1/acs/nbi/devices/${encodeURIComponent(cpe.deviceId)}/tasks`,
      payload: { name: 'download', file: 'none.bin' },
    });
    expect(missing.statusCode).toBe(400);
  }, 30_000);
});
