import { afterEach, describe, expect, it } from 'vitest';
import { P } from '../src/domain/index.js';
import { harness, spec, type Harness } from './test-helpers/fixture.js';
import { MiniAcs } from './test-helpers/mini-acs.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('CPE over CWMP', () => {
  it('bootstraps with BOOTSTRAP + BOOT and the forced inform parameters', async () => {
    h = await harness([spec(1)]);
    const inf = h.acs.informs.find((i) => i.deviceId === h!.sim.deviceId('100001'))!;
    expect(inf.events).toEqual(expect.arrayContaining(['0 BOOTSTRAP', '1 BOOT']));
    expect(inf.namespace).toBe('urn:dslforum-org:cwmp-1-2');
    expect(inf.deviceId).toBe('00D0F1-HGW3000-FL00100001');
    expect(inf.params['Device.DeviceInfo.SoftwareVersion']).toBe('2.3.1');
    expect(inf.params['Device.PPP.Interface.1.Username']).toBe('100001@isp');
    expect(inf.params['Device.IP.Interface.1.IPv4Address.1.IPAddress']).toMatch(/^100\.\d+\.\d+\.\d+$/);
    expect(inf.params['Device.ManagementServer.ConnectionRequestURL']).toBe(
      `http://127.0.0.1:${h.sim.connectionRequestPort}/cr/FL00100001`,
    );
    expect(inf.params).toHaveProperty('Device.ManagementServer.ParameterKey');
    expect(inf.params).toHaveProperty('Device.DeviceInfo.ProvisioningCode');
  });

  it('answers GetParameterValues for full and partial paths, hiding secrets', async () => {
    h = await harness([spec(1)]);
    const v = await h.gpv('100001', P.softwareVersion, 'Device.WiFi.AccessPoint.1.', P.pppPassword);
    expect(v[P.softwareVersion]).toBe('2.3.1');
    expect(v[P.apKeyPassphrase(1)]).toBe('');
    expect(v[P.pppPassword]).toBe('');
    expect(v['Device.WiFi.AccessPoint.1.Security.ModeEnabled']).toBe('WPA2-WPA3-Personal');
    const all = await h.gpv('100001', 'Device.');
    expect(Object.keys(all).length).toBeGreaterThan(250);
  });

  it('reports every path of cpe-paths.ts for each access type', async () => {
    h = await harness([spec(1), spec(2, { access: 'dsl' }), spec(3, { access: 'cable' })]);
    const common = Object.values(P)
      .flatMap((v) => (typeof v === 'function' ? [v(1), v(2)] : [v]))
      .filter((p) => !/Optical|DSL|DOCSIS/.test(p));
    for (const c of ['100001', '100002', '100003']) await h.gpv(c, ...common);
    await h.gpv('100001', P.opticalRx, P.opticalStatus);
    await h.gpv('100002', P.dslLinkStatus, P.dslSnrDown, P.dslAttenuationDown, P.dslCrc);
    const c = await h.gpv('100003', P.docsisDsPower, P.docsisDsSnr, P.docsisUsPower, P.docsisStatus);
    expect(c[P.docsisStatus]).toBe('Operational');
  });

  it('faults 9005 for unknown names in GPV', async () => {
    h = await harness([spec(1)]);
    const r = await h.call('100001', MiniAcs.gpv('Device.Nope.X'));
    expect(r.fault?.code).toBe(9005);
  });

  it('SetParameterValues faults 9005/9006/9007/9008 per parameter and applies nothing', async () => {
    h = await harness([spec(1)]);
    const r = await h.spv('100001', [
      ['Device.Nope', 'x'],
      [P.radioEnable(1), 'maybe', 'xsd:boolean'],
      [P.radioChannel(1), 'abc', 'xsd:unsignedInt'],
      [P.radioChannel(2), '7', 'xsd:unsignedInt'],
      [P.softwareVersion, '9.9.9'],
      [P.ssid(1), 'NewName'],
    ]);
    expect(r.fault?.code).toBe(9003);
    const byName = Object.fromEntries(r.fault!.spv.map((f) => [f.name, f.code]));
    expect(byName).toEqual({
      'Device.Nope': 9005,
      [P.radioEnable(1)]: 9007,
      [P.radioChannel(1)]: 9007,
      [P.radioChannel(2)]: 9007,
      [P.softwareVersion]: 9008,
    });
    const r2 = await h.spv('100001', [[P.radioEnable(1), 'true', 'xsd:unsignedInt']]);
    expect(r2.fault?.spv[0].code).toBe(9006);
    const v = await h.gpv('100001', P.ssid(1));
    expect(v[P.ssid(1)]).toBe('Frontline-0001');
  });

  it('SetParameterValues applies and sets ParameterKey', async () => {
    h = await harness([spec(1)]);
    const r = await h.call(
      '100001',
      MiniAcs.spv(
        [
          [P.ssid(1), 'Home'],
          [P.radioChannel(1), '11', 'xsd:unsignedInt'],
        ],
        'key-7',
      ),
    );
    expect(r.name).toBe('SetParameterValuesResponse');
    const v = await h.gpv(
      '100001',
      P.ssid(1),
      P.radioChannel(1),
      P.radioAutoChannel(1),
      'Device.ManagementServer.ParameterKey',
    );
    expect(v).toMatchObject({
      [P.ssid(1)]: 'Home',
      [P.radioChannel(1)]: '11',
      [P.radioAutoChannel(1)]: 'false',
      'Device.ManagementServer.ParameterKey': 'key-7',
    });
  });

  it('GetParameterNames lists objects and parameters (next level and full)', async () => {
    h = await harness([spec(1)]);
    const r = await h.call(
      '100001',
      '<cwmp:GetParameterNames><ParameterPath>Device.WiFi.</ParameterPath><NextLevel>true</NextLevel></cwmp:GetParameterNames>',
    );
    const names = (
      r.body.ParameterList as { ParameterInfoStruct: { Name: string }[] }
    ).ParameterInfoStruct.map((p) => p.Name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Device.WiFi.Radio.',
        'Device.WiFi.SSID.',
        'Device.WiFi.AccessPoint.',
        'Device.WiFi.RadioNumberOfEntries',
      ]),
    );
    expect(
      names.every((n) => n.slice('Device.WiFi.'.length).replace(/\.$/, '').split('.').length === 1),
    ).toBe(true);
    const r2 = await h.call(
      '100001',
      '<cwmp:GetParameterNames><ParameterPath>Device.NAT.</ParameterPath><NextLevel>false</NextLevel></cwmp:GetParameterNames>',
    );
    const n2 = (r2.body.ParameterList as { ParameterInfoStruct: { Name: string; Writable: string }[] })
      .ParameterInfoStruct;
    expect(n2.find((p) => p.Name === 'Device.NAT.PortMapping.')?.Writable).toBe('1');
  });

  it('adds, configures and deletes NAT port mappings', async () => {
    h = await harness([spec(1)]);
    const add = await h.call(
      '100001',
      '<cwmp:AddObject><ObjectName>Device.NAT.PortMapping.</ObjectName><ParameterKey>a</ParameterKey></cwmp:AddObject>',
    );
    expect(add.name).toBe('AddObjectResponse');
    const inst = String((add.body as { InstanceNumber: string }).InstanceNumber);
    expect(inst).toBe('1');
    const base = `Device.NAT.PortMapping.${inst}.`;
    const bad = await h.spv('100001', [[`${base}InternalClient`, '10.0.0.5']]);
    expect(bad.fault?.spv[0].code).toBe(9007);
    const ok = await h.spv('100001', [
      [`${base}Enable`, 'true', 'xsd:boolean'],
      [`${base}ExternalPort`, '25565', 'xsd:unsignedInt'],
      [`${base}InternalPort`, '25565', 'xsd:unsignedInt'],
      [`${base}InternalClient`, '192.168.1.50'],
      [`${base}Protocol`, 'TCP'],
    ]);
    expect(ok.fault).toBeUndefined();
    const v = await h.gpv('100001', P.portMappings, 'Device.NAT.PortMappingNumberOfEntries');
    expect(v[`${base}Status`]).toBe('Enabled');
    expect(v['Device.NAT.PortMappingNumberOfEntries']).toBe('1');
    const del = await h.call(
      '100001',
      `<cwmp:DeleteObject><ObjectName>${base}</ObjectName><ParameterKey>d</ParameterKey></cwmp:DeleteObject>`,
    );
    expect(del.name).toBe('DeleteObjectResponse');
    const again = await h.call(
      '100001',
      `<cwmp:DeleteObject><ObjectName>${base}</ObjectName><ParameterKey>d</ParameterKey></cwmp:DeleteObject>`,
    );
    expect(again.fault?.code).toBe(9005);
  });

  it('rejects a connection request with wrong credentials and ignores one for an unreachable CPE', async () => {
    h = await harness([spec(1)]);
    const url = `http://127.0.0.1:${h.sim.connectionRequestPort}/cr/FL00100001`;
    expect(await h.acs.connectionRequest(url, 'FL00100001', 'wrong')).toBe(401);
    const before = h.acs.informs.length;
    expect(await h.cr('100001')).toBe(200);
    const inf = await h.acs.waitForInform(h.sim.deviceId('100001'), '6 CONNECTION REQUEST', before);
    expect(inf.events).toContain('6 CONNECTION REQUEST');
    h.sim.injectFault('100001', { kind: 'cpe_powered_off' });
    await expect(h.cr('100001')).rejects.toThrow();
  });

  it('authenticates to the ACS with Digest and with Basic', async () => {
    h = await harness([spec(1)], { acsAuth: { username: 'cpe', password: 's3cret', scheme: 'digest' } });
    expect(h.acs.informs.length).toBe(1);
    expect((await h.gpv('100001', P.uptime))[P.uptime]).toMatch(/^\d+$/);
    await h.close();
    h = await harness([spec(1)], { acsAuth: { username: 'cpe', password: 's3cret', scheme: 'basic' } });
    expect(h.acs.informs.length).toBe(1);
  });

  it('speaks the configured CWMP version', async () => {
    h = await harness([spec(1, { cpe: { cwmpVersion: '1.0' } }), spec(2)], { cwmpVersion: '1.4' });
    const ns = Object.fromEntries(h.acs.informs.map((i) => [i.deviceId.split('-')[2], i.namespace]));
    expect(ns).toEqual({ FL00100001: 'urn:dslforum-org:cwmp-1-0', FL00100002: 'urn:dslforum-org:cwmp-1-4' });
    const v = await h.gpv('100001', P.uptime);
    expect(v[P.uptime]).toBeDefined();
  });

  it('reboots with M Reboot and BOOT, uptime restarts', async () => {
    h = await harness([spec(1)]);
    const id = h.sim.deviceId('100001');
    const before = h.acs.informs.length;
    const r = await h.call('100001', '<cwmp:Reboot><CommandKey>rb-1</CommandKey></cwmp:Reboot>');
    expect(r.name).toBe('RebootResponse');
    expect(h.sim.lights('100001').power).toBe('blinking green');
    const inf = await h.acs.waitForInform(id, 'M Reboot', before);
    expect(inf.events).toContain('1 BOOT');
    expect(inf.commandKeys['M Reboot']).toBe('rb-1');
    await h.sim.waitIdle();
    const v = await h.gpv('100001', P.uptime);
    expect(Number(v[P.uptime])).toBeLessThan(3600);
  });

  it('factory reset restores factory values and comes back with BOOTSTRAP; PPP stays down until re-provisioned', async () => {
    h = await harness([spec(1)]);
    await h.spv('100001', [
      [P.ssid(1), 'Renamed'],
      [P.adminPassword, 'LongEnough1'],
    ]);
    const before = h.acs.informs.length;
    await h.call('100001', '<cwmp:FactoryReset/>');
    const inf = await h.acs.waitForInform(h.sim.deviceId('100001'), '0 BOOTSTRAP', before);
    expect(inf.events).toContain('1 BOOT');
    await h.sim.waitIdle();
    const v = await h.gpv('100001', P.ssid(1), P.pppUsername, P.pppStatus, P.adminPasswordIsDefault);
    expect(v).toMatchObject({
      [P.ssid(1)]: 'Frontline-0001',
      [P.pppUsername]: '',
      [P.pppStatus]: 'Unconfigured',
      [P.adminPasswordIsDefault]: 'true',
    });
    expect(h.sim.problemGone('100001')).toBe(false);
    expect((await h.sim.ports.aaa.session('100001@isp')).up).toBe(false);
    await h.spv('100001', [
      [P.pppUsername, '100001@isp'],
      [P.pppPassword, 'pw-100001'],
    ]);
    await h.sim.waitIdle();
    expect((await h.sim.ports.aaa.session('100001@isp')).up).toBe(true);
    expect(h.sim.problemGone('100001')).toBe(true);
  });

  it('sends periodic informs on the simulated clock', async () => {
    h = await harness([spec(1)], { timeScale: 3600, periodicInformSeconds: 60 });
    await h.acs.waitForInform(h.sim.deviceId('100001'), '2 PERIODIC');
  });
});
