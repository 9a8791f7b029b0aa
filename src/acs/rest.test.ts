import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestAcs, type TestAcs } from './testing/harness.js';
import { TestCpe } from './testing/test-cpe.js';

describe('ACS REST API', () => {
  let t: TestAcs;
  let app: FastifyInstance;
  let cpe: TestCpe;

  beforeEach(async () => {
    t = await startTestAcs();
    app = Fastify();
    await app.register(t.acs.restPlugin, { prefix: '/api/v1' });
    await app.ready();
    cpe = new TestCpe({
      acsUrl: t.url,
      serial: 'R1',
      params: { 'Device.WiFi.SSID.1.SSID': { value: 'home', type: 'xsd:string', writable: true } },
    });
    await cpe.startCrListener();
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
  });
  afterEach(async () => {
    await app.close();
    await cpe.stop();
    await t.close();
  });

  it('lists devices and shows one with status, last inform and parameters', async () => {
    const list = await app.inject({ method: 'GET', url: '/api/v1/devices' });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ id: cpe.deviceId, status: 'online', model: 'FL-HGW-3000' }],
    });
    const one = await app.inject({
      method: 'GET',
      url: `/api/v1/devices/${encodeURIComponent(cpe.deviceId)}`,
    });
    expect(one.statusCode).toBe(200);
    const body = one.json();
    expect(body).toMatchObject({
      id: cpe.deviceId,
      lastEvents: ['0 BOOTSTRAP'],
      cwmpNamespace: 'urn:dslforum-org:cwmp-1-2',
    });
    expect(
      body.parameters.find((p: { path: string }) => p.path === 'Device.DeviceInfo.SoftwareVersion').value,
    ).toBe('2.2.0');
    expect(body.events[0].events[0].code).toBe('0 BOOTSTRAP');
  });

  it('answers unknown devices and tasks with problem+json 404', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/v1/devices/nope' });
    expect(r.statusCode).toBe(404);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json()).toMatchObject({ status: 404, title: 'Device not found' });
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/tasks/nope' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/api/v1/tasks/nope/retry' })).statusCode).toBe(404);
  });

  it('validates task bodies', async () => {
    const url = `/api/v1/devices/${cpe.deviceId}/tasks`;
    for (const payload of [
      {},
      { name: 'explode' },
      { name: 'getParameterValues' },
      { name: 'getParameterValues', parameterNames: [] },
      { name: 'runDiagnostic', diagnostic: { kind: 'ipPing' } },
    ]) {
      const r = await app.inject({ method: 'POST', url, payload });
      expect(r.statusCode).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json().errors.length).toBeGreaterThan(0);
    }
    const bad = await app.inject({ method: 'POST', url: `${url}?timeoutMs=-5`, payload: { name: 'reboot' } });
    expect(bad.statusCode).toBe(400);
  });

  it('queues a task (202), runs it with a connection request (200) and lists tasks', async () => {
    const url = `/api/v1/devices/${cpe.deviceId}/tasks`;
    const queued = await app.inject({
      method: 'POST',
      url,
      payload: { name: 'getParameterValues', parameterNames: ['Device.WiFi.SSID.1.SSID'] },
    });
    expect(queued.statusCode).toBe(202);
    expect(queued.json().task.status).toBe('pending');
    const done = await app.inject({
      method: 'POST',
      url: `${url}?connectionRequest=true&timeoutMs=5000`,
      payload: {
        name: 'setParameterValues',
        parameterValues: [['Device.WiFi.SSID.1.SSID', 'office', 'xsd:string']],
      },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().task).toMatchObject({ status: 'done', result: { status: 0 } });
    expect(cpe.params.get('Device.WiFi.SSID.1.SSID')!.value).toBe('office');
    const list = await app.inject({ method: 'GET', url });
    expect(list.json().items.map((x: { status: string }) => x.status)).toEqual(
      expect.arrayContaining(['done']),
    );
    // the queued read ran in the same session
    expect(list.json().items.filter((x: { status: string }) => x.status === 'pending')).toHaveLength(0);
  });

  it('reports a faulted task with 202 and its fault, retries and deletes tasks', async () => {
    const url = `/api/v1/devices/${cpe.deviceId}/tasks?connectionRequest=true&timeoutMs=5000`;
    const r = await app.inject({
      method: 'POST',
      url,
      payload: { name: 'getParameterValues', parameterNames: ['Device.Nope.'] },
    });
    expect(r.statusCode).toBe(202);
    expect(r.json()).toMatchObject({ detail: 'Task faulted', fault: { code: 9005 } });
    const id = r.json().task.id as string;
    const retry = await app.inject({ method: 'POST', url: `/api/v1/tasks/${id}/retry` });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().task).toMatchObject({ status: 'pending', attempts: 0 });
    const del = await app.inject({ method: 'DELETE', url: `/api/v1/tasks/${id}` });
    expect(del.statusCode).toBe(204);
    expect((await t.acs.store.getTask(id))!.status).toBe('cancelled');
  });

  it('says "queued but not processed" when the device does not answer the connection request', async () => {
    cpe.online = false;
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/devices/${cpe.deviceId}/tasks?connectionRequest=true&timeoutMs=2000`,
      payload: { name: 'reboot' },
    });
    expect(r.statusCode).toBe(202);
    expect(r.json().detail).toBe('Task queued but not processed');
  });

  it('upgrades firmware by version and runs diagnostics through REST', async () => {
    const url = `/api/v1/devices/${cpe.deviceId}/tasks?connectionRequest=true&timeoutMs=5000`;
    const up = await app.inject({
      method: 'POST',
      url,
      payload: { name: 'upgradeFirmware', version: '2.3.1' },
    });
    expect(up.statusCode).toBe(202);
    expect(up.json().task.name).toBe('download');
    expect(['waiting', 'done']).toContain(up.json().task.status);
    const missing = await app.inject({
      method: 'POST',
      url,
      payload: { name: 'upgradeFirmware', version: '0.0.1' },
    });
    expect(missing.statusCode).toBe(422);
    await cpe.idle();
    const diag = await app.inject({
      method: 'POST',
      url,
      payload: { name: 'runDiagnostic', diagnostic: { kind: 'ipPing', host: '1.1.1.1' } },
    });
    expect(diag.statusCode).toBe(202);
    expect(['waiting', 'pending', 'running', 'done']).toContain(diag.json().task.status);
  });
  it('never serves a connection-request password or a Wi-Fi key, in the device view or in task results', async () => {
    const cr = cpe.params.get('Device.ManagementServer.ConnectionRequestPassword')!.value; // set by the ACS at first contact
    expect(cr).not.toBe('cr-pass');
    cpe.params.set('Device.WiFi.AccessPoint.1.Security.KeyPassphrase', {
      value: 'wifi-key-123',
      type: 'xsd:string',
      writable: true,
    });
    const url = `/api/v1/devices/${encodeURIComponent(cpe.deviceId)}`;
    const read = await app.inject({
      method: 'POST',
      url: `${url}/tasks?connectionRequest=true&timeoutMs=5000`,
      payload: {
        name: 'getParameterValues',
        parameterNames: ['Device.ManagementServer.', 'Device.WiFi.AccessPoint.1.Security.KeyPassphrase'],
      },
    });
    expect(read.statusCode).toBe(200);
    // An older version cached the password in clear: it is not served either.
    await t.acs.store.db
      .updateTable('acs_params')
      .set({ value: 'old-clear-value' })
      .where('path', '=', 'Device.ManagementServer.ConnectionRequestPassword')
      .execute();
    const bodies = [
      read.body,
      (await app.inject({ method: 'GET', url })).body,
      (await app.inject({ method: 'GET', url: `${url}/tasks` })).body,
    ];
    for (const body of bodies) {
      expect(body).not.toContain(cr);
      expect(body).not.toContain('wifi-key-123');
      expect(body).not.toContain('old-clear-value');
    }
    const view = (await app.inject({ method: 'GET', url })).json();
    expect(
      view.parameters.find(
        (p: { path: string }) => p.path === 'Device.ManagementServer.ConnectionRequestPassword',
      ),
    ).toMatchObject({ value: null, redacted: true });
    expect(
      view.parameters.find(
        (p: { path: string }) => p.path === 'Device.ManagementServer.ConnectionRequestUsername',
      ).value,
    ).toBeTruthy();
    // Stored results and cache hold no secret either.
    const stored = JSON.stringify([
      await t.acs.store.listTasks(cpe.deviceId),
      await t.acs.store.getParams(cpe.deviceId, ['Device.WiFi.AccessPoint.1.Security.KeyPassphrase']),
    ]);
    expect(stored).not.toContain(cr);
    expect(stored).not.toContain('wifi-key-123');
  });
});
