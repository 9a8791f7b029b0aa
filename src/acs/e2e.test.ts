import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeviceError } from './device-service.js';
import { startTestAcs, type TestAcs } from './testing/harness.js';
import { TestCpe } from './testing/test-cpe.js';

describe('ACS end to end over HTTP with a test CPE', () => {
  let t: TestAcs;
  let cpe: TestCpe;

  beforeEach(async () => {
    t = await startTestAcs(
      { cpeAuth: { mode: 'digest' } },
      {
        resolveService: async (q) => (q.pppoeUsername === 'anna@isp' ? 'svc-1' : null),
        serviceIds: ['svc-1'],
      },
    );
    // The router's own credentials, provisioned before it first calls (provisioning).
    const own = await t.acs.credentials.provision('00D0F1-HGW3000-SN0001', new Date().toISOString());
    cpe = new TestCpe({
      acsUrl: t.url,
      serial: 'SN0001',
      auth: { username: own.username, password: own.password },
      params: {
        'Device.PPP.Interface.1.Username': { value: 'anna@isp', type: 'xsd:string', writable: true },
        'Device.WiFi.SSID.1.SSID': { value: 'home', type: 'xsd:string', writable: true },
        'Device.WiFi.Radio.1.Enable': { value: 'true', type: 'xsd:boolean', writable: true },
        'Device.WiFi.Radio.1.Channel': { value: '6', type: 'xsd:unsignedInt', writable: true },
        'Device.DeviceInfo.X_FRONTLINE_HardwareStatus': { value: 'OK', type: 'xsd:string', writable: false },
      },
    });
    await cpe.startCrListener();
    await cpe.inform([
      { code: '0 BOOTSTRAP', commandKey: '' },
      { code: '1 BOOT', commandKey: '' },
    ]);
  });

  afterEach(async () => {
    await cpe.stop();
    await t.close();
  });

  it('registers the device on first Inform and links it to a service', async () => {
    const ds = t.acs.deviceService;
    const dev = await ds.get(cpe.deviceId);
    expect(dev).toMatchObject({
      id: '00D0F1-HGW3000-SN0001',
      serviceId: 'svc-1',
      model: 'FL-HGW-3000',
      firmware: '2.2.0',
      root: 'Device.',
    });
    expect(await ds.findByService('svc-1')).toMatchObject({ id: cpe.deviceId });
    expect(await ds.findByService('nope')).toBeNull();
  });

  it('reads parameters through a connection request, then from the cache', async () => {
    const ds = t.acs.deviceService;
    const values = await ds.getParameters(
      cpe.deviceId,
      ['Device.WiFi.Radio.1.Enable', 'Device.WiFi.Radio.1.Channel'],
      { timeoutMs: 5000 },
    );
    expect(values.map((v) => [v.path, v.value])).toEqual([
      ['Device.WiFi.Radio.1.Enable', true],
      ['Device.WiFi.Radio.1.Channel', 6],
    ]);
    const before = cpe.received.length;
    const cached = await ds.getParameters(cpe.deviceId, ['Device.WiFi.Radio.1.Channel'], {
      maxAgeMs: 60_000,
    });
    expect(cached[0]!.value).toBe(6);
    expect(cpe.received.length).toBe(before);
  });

  it('reads a partial path and skips names the device does not have', async () => {
    const ds = t.acs.deviceService;
    const values = await ds.getParameters(cpe.deviceId, [
      'Device.WiFi.',
      'Device.Optical.Interface.1.OpticalSignalLevel',
      'Device.DeviceInfo.UpTime',
    ]);
    const paths = values.map((v) => v.path).sort();
    expect(paths).toContain('Device.WiFi.SSID.1.SSID');
    expect(paths).toContain('Device.DeviceInfo.UpTime');
    expect(paths).not.toContain('Device.Optical.Interface.1.OpticalSignalLevel');
    await expect(ds.getParameters(cpe.deviceId, ['Device.Nope.X'])).rejects.toMatchObject({
      kind: 'fault',
      faultCode: 9005,
    });
  });

  it('sets parameters and reports per-parameter faults as DeviceError fault', async () => {
    const ds = t.acs.deviceService;
    expect(
      await ds.setParameters(cpe.deviceId, [{ path: 'Device.WiFi.Radio.1.Channel', value: 11 }]),
    ).toEqual({ status: 0 });
    expect(cpe.params.get('Device.WiFi.Radio.1.Channel')).toMatchObject({
      value: '11',
      type: 'xsd:unsignedInt',
    });
    const err = await ds
      .setParameters(cpe.deviceId, [{ path: 'Device.DeviceInfo.X_FRONTLINE_HardwareStatus', value: 'x' }])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeviceError);
    expect(err).toMatchObject({ kind: 'fault', faultCode: 9003 });
    const tasks = await t.acs.store.listTasks(cpe.deviceId);
    const faulted = tasks.find((x) => x.status === 'fault')!;
    expect(JSON.parse(faulted.fault!)).toMatchObject({
      code: 9003,
      parameterFaults: [{ parameterName: 'Device.DeviceInfo.X_FRONTLINE_HardwareStatus', faultCode: 9008 }],
    });
  });

  it('reboots and resolves when the device is back with M Reboot', async () => {
    await t.acs.deviceService.reboot(cpe.deviceId, { timeoutMs: 5000 });
    await cpe.idle();
    expect(cpe.sessions.at(-1)!.events).toEqual(['1 BOOT', 'M Reboot']);
  });

  it('factory resets and resolves on BOOTSTRAP', async () => {
    await t.acs.deviceService.factoryReset(cpe.deviceId, { timeoutMs: 5000 });
    await cpe.idle();
    expect(cpe.sessions.at(-1)!.events).toContain('0 BOOTSTRAP');
  });

  it('upgrades firmware from the built-in file server and waits for TransferComplete', async () => {
    await t.acs.deviceService.upgradeFirmware(cpe.deviceId, '2.3.1', { timeoutMs: 5000 });
    expect(cpe.params.get('Device.DeviceInfo.SoftwareVersion')!.value).toBe('2.3.1');
    expect((await t.acs.deviceService.get(cpe.deviceId))!.firmware).toBe('2.3.1');
  });

  it('turns a failed download into DeviceError fault 9010', async () => {
    (cpe as unknown as { o: { downloadFault: number } }).o.downloadFault = 9010;
    await expect(
      t.acs.deviceService.upgradeFirmware(cpe.deviceId, '2.3.1', { timeoutMs: 5000 }),
    ).rejects.toMatchObject({ kind: 'fault', faultCode: 9010 });
  });

  it('refuses an upgrade to a version without an image', async () => {
    await expect(t.acs.deviceService.upgradeFirmware(cpe.deviceId, '9.9.9')).rejects.toMatchObject({
      kind: 'fault',
    });
  });

  it('runs diagnostics: set inputs, wait for 8 DIAGNOSTICS COMPLETE, read results', async () => {
    const ds = t.acs.deviceService;
    const ping = await ds.runDiagnostic(
      cpe.deviceId,
      { kind: 'ipPing', host: '8.8.8.8' },
      { timeoutMs: 5000 },
    );
    expect(ping).toEqual({
      kind: 'ipPing',
      state: 'Complete',
      successCount: 3,
      failureCount: 0,
      averageResponseTimeMs: 12,
    });
    expect(cpe.params.get('Device.IP.Diagnostics.IPPing.Host')!.value).toBe('8.8.8.8');
    const [ns, dl] = await Promise.all([
      ds.runDiagnostic(cpe.deviceId, { kind: 'nslookup', hostName: 'example.com' }, { timeoutMs: 5000 }),
      ds.runDiagnostic(cpe.deviceId, { kind: 'download' }, { timeoutMs: 5000 }),
    ]);
    expect(ns).toMatchObject({
      kind: 'nslookup',
      successCount: 1,
      results: [{ hostName: 'example.com', ipAddresses: ['93.184.216.34'] }],
    });
    expect(dl).toMatchObject({ kind: 'download', bytes: 12500000, durationMs: 1000, throughputMbps: 100 });
    const tr = await ds.runDiagnostic(
      cpe.deviceId,
      { kind: 'traceRoute', host: 'example.com' },
      { timeoutMs: 5000 },
    );
    expect(tr).toMatchObject({
      kind: 'traceRoute',
      hops: [{ host: 'gw', address: '192.168.1.1', rttMs: 2 }],
    });
  });

  it('adds and deletes objects', async () => {
    const ds = t.acs.deviceService;
    const { instance } = await ds.addObject(cpe.deviceId, 'Device.NAT.PortMapping.', { timeoutMs: 5000 });
    expect(instance).toBe(1);
    expect(cpe.params.has('Device.NAT.PortMapping.1.Enable')).toBe(true);
    await ds.deleteObject(cpe.deviceId, 'Device.NAT.PortMapping.1.', { timeoutMs: 5000 });
    expect(cpe.params.has('Device.NAT.PortMapping.1.Enable')).toBe(false);
  });

  it('reports offline when the connection request fails, and not_found for unknown devices', async () => {
    cpe.online = false;
    await expect(
      t.acs.deviceService.getParameters(cpe.deviceId, ['Device.DeviceInfo.UpTime'], { timeoutMs: 3000 }),
    ).rejects.toMatchObject({ kind: 'offline' });
    await expect(t.acs.deviceService.reboot('nope')).rejects.toMatchObject({ kind: 'not_found' });
    const tasks = await t.acs.store.listTasks(cpe.deviceId);
    expect(tasks[0]!.status).toBe('expired');
  });

  it('serialises parallel operations on one device', async () => {
    const ds = t.acs.deviceService;
    const results = await Promise.all([
      ds.getParameters(cpe.deviceId, ['Device.DeviceInfo.UpTime'], { timeoutMs: 5000 }),
      ds.getParameters(cpe.deviceId, ['Device.WiFi.SSID.1.SSID'], { timeoutMs: 5000 }),
      ds.setParameters(cpe.deviceId, [{ path: 'Device.WiFi.SSID.1.SSID', value: 'new' }], {
        timeoutMs: 5000,
      }),
    ]);
    expect(results[0][0]!.value).toBe(1234);
    expect(results[2]).toEqual({ status: 0 });
  });
});
