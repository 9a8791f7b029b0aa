import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acsTestEngines } from '../testing/engines.js';
import { startTestAcs, type TestAcs } from '../testing/harness.js';
import { TestCpe } from '../testing/test-cpe.js';
import { tr098Router } from '../testing/tr098-router.js';
import { frontlineIdOf, genieacsId } from './document.js';
import { matches } from './query.js';

// The GenieACS NBI subset, exercised with the examples of GenieACS's API reference: find by id,
// by a parameter value, by last inform; tags with a projection; child-object projections; tasks
// with connection_request (refresh all, set SSID and key, a timeout); retry; faults.

const IGD = 'InternetGatewayDevice.';
const W1 = `${IGD}LANDevice.1.WLANConfiguration.1.`;

describe('GenieACS ids', () => {
  it('escapes every byte outside [A-Za-z0-9_] as GenieACS does, and maps its ids back', () => {
    const id = genieacsId({ oui: '202BC1', product_class: 'BM632w', serial_number: 'A.B-1 é' });
    expect(id).toBe('202BC1-BM632w-A%2EB%2D1%20%C3%A9');
    expect(frontlineIdOf(id)).toBe('202BC1-BM632w-A.B%2D1 %E9');
    expect(genieacsId({ oui: '00D0F1', product_class: '', serial_number: 'X' })).toBe('00D0F1-X');
  });
});

describe('NBI queries', () => {
  const doc = {
    _id: 'a',
    _tags: ['tag1', 'lab'],
    _lastInform: '2017-12-10T10:00:00.000Z',
    InternetGatewayDevice: {
      DeviceInfo: { SoftwareVersion: { _value: 'V1.2.3', _type: 'xsd:string' }, UpTime: { _value: 120 } },
    },
  };
  it.each([
    [{ _id: 'a' }, true],
    [{ _tags: 'lab' }, true],
    [{ _tags: { $in: ['x', 'tag1'] } }, true],
    [{ _tags: { $nin: ['lab'] } }, false],
    [{ 'InternetGatewayDevice.DeviceInfo.SoftwareVersion': { $regex: '^v1\\.', $options: 'i' } }, true],
    [{ 'InternetGatewayDevice.DeviceInfo.UpTime': { $gt: 100, $lte: 120 } }, true],
    [{ _lastInform: { $lt: '2017-12-11 13:16:23 +0000' } }, true],
    [{ _lastInform: { $gt: 1513000000000 } }, false],
    [{ $or: [{ _id: 'b' }, { 'InternetGatewayDevice.DeviceInfo.SoftwareVersion': 'V1.2.3' }] }, true],
    [{ 'InternetGatewayDevice.DeviceInfo.HardwareVersion': { $exists: false } }, true],
    [{ _id: { $ne: 'a' } }, false],
  ])('%j → %s', (q, want) => {
    expect(matches(doc, q)).toBe(want);
  });
});

const engines = acsTestEngines('nbi');

describe.each(engines)('GenieACS-style NBI ($name)', ({ database }) => {
  let drop: () => Promise<void>;
  let t: TestAcs;
  let app: FastifyInstance;
  let a: TestCpe;
  let b: TestCpe;
  const nbi = '/api/v1/acs/nbi';
  let aId: string;

  beforeAll(async () => {
    const db = await database();
    drop = db.drop;
    t = await startTestAcs({ tasks: { maxAttempts: 3 } }, { dbUrl: db.databaseUrl });
    app = Fastify();
    await app.register(t.acs.restPlugin, { prefix: '/api/v1' });
    await app.ready();
    a = new TestCpe({
      acsUrl: t.url,
      oui: '202BC1',
      productClass: 'BM632w',
      serial: 'SN.1',
      root: 'InternetGatewayDevice.',
      params: tr098Router({ wan: 'ip' }),
      unsupported: ['Reboot'],
    });
    b = new TestCpe({
      acsUrl: t.url,
      oui: '202BC1',
      productClass: 'BM632w',
      serial: 'SN.2',
      root: 'InternetGatewayDevice.',
      params: tr098Router({ wan: 'ppp' }),
    });
    for (const c of [a, b]) {
      await c.startCrListener();
      await c.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    }
    aId = '202BC1-BM632w-SN%2E1';
  });
  afterAll(() =>
    Promise.all([a.stop(), b.stop()])
      .then(() => Promise.all([app.close(), t.close()]))
      .then(() => drop()),
  );

  const get = async (url: string) => {
    const r = await app.inject({ method: 'GET', url });
    const json = String(r.headers['content-type']).includes('json');
    return {
      status: r.statusCode,
      total: r.headers['x-total-count'],
      body: (json ? r.json() : []) as Record<string, unknown>[],
    };
  };
  const q = (query: object) => encodeURIComponent(JSON.stringify(query));

  it('finds a device by its GenieACS id and counts the filtered set', async () => {
    const r = await get(`${nbi}/devices/?query=${q({ _id: aId })}`);
    expect(r.status).toBe(200);
    expect(r.total).toBe('1');
    expect(r.body).toHaveLength(1);
    expect(r.body[0]).toMatchObject({ _id: aId, _deviceId: { _OUI: '202BC1', _SerialNumber: 'SN.1' } });
    expect((await get(`${nbi}/devices`)).total).toBe('2');
    // Frontline's own list counts what its filter keeps too.
    expect((await app.inject({ url: '/api/v1/devices?serviceId=none' })).json()).toMatchObject({
      total: 0,
      items: [],
    });
  });

  it('finds devices by a parameter value and by last inform', async () => {
    const byModel = await get(
      `${nbi}/devices/?query=${q({ [`${IGD}DeviceInfo.SoftwareVersion`]: '2.2.0' })}&projection=_id`,
    );
    expect(byModel.body.map((d) => d._id).sort()).toEqual([aId, '202BC1-BM632w-SN%2E2']);
    const byPpp = await get(
      `${nbi}/devices/?query=${q({ [`${IGD}WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Username`]: { $regex: '@isp' } })}&projection=_id`,
    );
    expect(byPpp.body.map((d) => d._id)).toEqual(['202BC1-BM632w-SN%2E2']);
    expect(
      (await get(`${nbi}/devices/?query=${q({ _lastInform: { $lt: '2017-12-11 13:16:23 +0000' } })}`)).total,
    ).toBe('0');
  });

  it('adds and removes tags, and projects id and last inform of the tagged devices', async () => {
    expect((await app.inject({ method: 'POST', url: `${nbi}/devices/${aId}/tags/tag1` })).statusCode).toBe(
      200,
    );
    const tagged = await get(`${nbi}/devices/?query=${q({ _tags: 'tag1' })}&projection=_id,_lastInform`);
    expect(tagged.body).toHaveLength(1);
    expect(Object.keys(tagged.body[0]!).sort()).toEqual(['_id', '_lastInform']);
    expect((await app.inject({ method: 'DELETE', url: `${nbi}/devices/${aId}/tags/tag1` })).statusCode).toBe(
      200,
    );
    expect((await get(`${nbi}/devices/?query=${q({ _tags: 'tag1' })}`)).total).toBe('0');
  });

  it('refreshes all parameters with a connection request, then projects a child object', async () => {
    const r = await app.inject({
      method: 'POST',
      url: `${nbi}/devices/${aId}/tasks?connection_request&timeout=10000`,
      payload: { name: 'refreshObject', objectName: '' },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ name: 'refreshObject', device: aId });
    const wlan = await get(
      `${nbi}/devices/?query=${q({ _id: aId })}&projection=${IGD}LANDevice.1.WLANConfiguration.1`,
    );
    const w = (
      wlan.body[0] as {
        InternetGatewayDevice: {
          LANDevice: Record<
            string,
            { WLANConfiguration: Record<string, Record<string, { _value: unknown }>> }
          >;
        };
      }
    ).InternetGatewayDevice.LANDevice['1']!.WLANConfiguration['1']!;
    expect(w.SSID!._value).toBe('Huawei-1234');
    expect(w.PreSharedKey).toMatchObject({ '1': { PreSharedKey: { _value: '' } } });
  });

  it('sets SSID and key with a connection request (200 once done), and queues without one (202)', async () => {
    const r = await app.inject({
      method: 'POST',
      url: `${nbi}/devices/${aId}/tasks?connection_request`,
      payload: {
        name: 'setParameterValues',
        parameterValues: [
          [`${W1}SSID`, 'GenieACS', 'xsd:string'],
          [`${W1}PreSharedKey.1.PreSharedKey`, 'hello world', 'xsd:string'],
        ],
      },
    });
    expect(r.statusCode).toBe(200);
    expect(JSON.stringify(r.json())).not.toContain('hello world');
    expect(a.params.get(`${W1}SSID`)?.value).toBe('GenieACS');
    const queued = await app.inject({
      method: 'POST',
      url: `${nbi}/devices/${aId}/tasks`,
      payload: { name: 'getParameterValues', parameterNames: [`${IGD}DeviceInfo.UpTime`] },
    });
    expect(queued.statusCode).toBe(202);
    const open = await get(`${nbi}/tasks/?query=${q({ device: aId })}`);
    expect(open.body.map((x) => x._id)).toContain(queued.json()._id);
    expect(
      (await app.inject({ method: 'DELETE', url: `${nbi}/tasks/${queued.json()._id}` })).statusCode,
    ).toBe(200);
  });

  it('lists a task fault as GenieACS does, retries it, and deletes it with its task', async () => {
    const r = await app.inject({
      method: 'POST',
      url: `${nbi}/devices/${aId}/tasks?connection_request&timeout=10000`,
      payload: { name: 'reboot' },
    });
    expect(r.statusCode).toBe(202);
    const faults = await get(`${nbi}/faults/?query=${q({ device: aId })}`);
    expect(faults.body).toHaveLength(1);
    const f = faults.body[0]!;
    expect(f).toMatchObject({
      _id: `${aId}:task_${r.json()._id}`,
      channel: `task_${r.json()._id}`,
      code: 'cwmp.9000',
      retries: 0,
    });
    expect((await app.inject({ method: 'POST', url: `${nbi}/tasks/${r.json()._id}/retry` })).statusCode).toBe(
      200,
    );
    await a.inform();
    expect((await get(`${nbi}/faults/?query=${q({ code: 'cwmp.9000' })}`)).total).toBe('1');
    expect(
      (await app.inject({ method: 'DELETE', url: `${nbi}/faults/${encodeURIComponent(String(f._id))}` }))
        .statusCode,
    ).toBe(200);
    expect((await get(`${nbi}/faults`)).total).toBe('0');
    expect(await t.acs.store.getTask(r.json()._id)).toBeUndefined();
  });

  it('answers a reboot with 200 once the router acknowledged it, as GenieACS does', async () => {
    const r = await app.inject({
      method: 'POST',
      url: `${nbi}/devices/202BC1-BM632w-SN%2E2/tasks?connection_request&timeout=10000`,
      payload: { name: 'reboot' },
    });
    expect(r.statusCode).toBe(200);
    expect(b.received).toContain('Reboot');
  });

  it("takes a task sent as the reference's curl examples send it (--data: form encoding, JSON body)", async () => {
    const send = (body: string) =>
      app.inject({
        method: 'POST',
        url: `${nbi}/devices/${aId}/tasks?connection_request&timeout=10000`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: body,
      });
    const r = await send(
      JSON.stringify({
        name: 'getParameterValues',
        parameterNames: ['InternetGatewayDevice.DeviceInfo.UpTime'],
      }),
    );
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ name: 'getParameterValues' });
    expect((await send('name=reboot')).statusCode).toBe(400);
  });

  it('answers a bad query with 400 and an unknown device with 404', async () => {
    expect((await get(`${nbi}/devices/?query=${encodeURIComponent('{bad')}`)).status).toBe(400);
    expect((await get(`${nbi}/devices/?query=${q({ _id: { $where: '1' } })}`)).status).toBe(400);
    expect((await get(`${nbi}/devices/?query=${q({ _id: { $regex: '(a+)+$' } })}`)).status).toBe(400);
    expect(
      (await app.inject({ method: 'POST', url: `${nbi}/devices/nope/tasks`, payload: { name: 'reboot' } }))
        .statusCode,
    ).toBe(404);
  });
});
