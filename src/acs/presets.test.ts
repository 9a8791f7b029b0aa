import { afterEach, describe, expect, it } from 'vitest';
import type { AcsConfig } from './config.js';
import { startTestAcs, type TestAcs } from './testing/harness.js';
import { TestCpe, type TestParam } from './testing/test-cpe.js';
import { tr098Router } from './testing/tr098-router.js';

// Presets: at bootstrap the ACS sets the periodic inform interval and the DNS servers on the
// routers they match, in the router's own data model, and not again until the next bootstrap.

const PRESETS: AcsConfig['presets'] = [
  { name: 'inform-interval', provisions: [{ kind: 'periodicInform', intervalSeconds: 900 }] },
  {
    name: 'isp-dns',
    provisions: [
      { kind: 'setValue', path: 'Device.DNS.Client.Server.1.DNSServer', value: '192.0.2.1' },
      { kind: 'setValue', path: 'Device.DNS.Client.Server.2.DNSServer', value: '192.0.2.2' },
    ],
  },
  {
    name: 'lab-only',
    match: { tags: ['lab'] },
    provisions: [{ kind: 'setValue', path: 'Device.WiFi.SSID.1.SSID', value: 'lab' }],
  },
  {
    name: 'other-model',
    match: { productClass: 'OTHER' },
    provisions: [{ kind: 'periodicInform', intervalSeconds: 60 }],
  },
];

const enable = (root: string): Record<string, TestParam> => ({
  [`${root}ManagementServer.PeriodicInformEnable`]: { value: 'false', type: 'xsd:boolean', writable: true },
});

describe('presets', () => {
  let t: TestAcs;
  let cpe: TestCpe;
  afterEach(() => cpe.stop().then(() => t.close()));

  const spvs = () => cpe.received.filter((m) => m === 'SetParameterValues').length;

  it('sets the inform interval and DNS on a TR-181 router at bootstrap, not at later informs', async () => {
    t = await startTestAcs({ presets: PRESETS });
    const dns = (i: number): Record<string, TestParam> => ({
      [`Device.DNS.Client.Server.${i}.DNSServer`]: { value: '8.8.8.8', type: 'xsd:string', writable: true },
    });
    cpe = new TestCpe({
      acsUrl: t.url,
      serial: 'P181',
      params: {
        ...enable('Device.'),
        ...dns(1),
        ...dns(2),
        'Device.WiFi.SSID.1.SSID': { value: 'home', type: 'xsd:string', writable: true },
      },
    });
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    expect(cpe.params.get('Device.ManagementServer.PeriodicInformInterval')?.value).toBe('900');
    expect(cpe.params.get('Device.ManagementServer.PeriodicInformEnable')?.value).toBe('true');
    expect(cpe.params.get('Device.DNS.Client.Server.1.DNSServer')?.value).toBe('192.0.2.1');
    expect(cpe.params.get('Device.DNS.Client.Server.2.DNSServer')?.value).toBe('192.0.2.2');
    expect(cpe.params.get('Device.WiFi.SSID.1.SSID')?.value).toBe('home');
    const after = spvs();
    await cpe.inform();
    await cpe.inform([{ code: '1 BOOT', commandKey: '' }]);
    expect(spvs()).toBe(after);
    // A factory reset (BOOTSTRAP again) provisions it again.
    cpe.params.get('Device.ManagementServer.PeriodicInformInterval')!.value = '300';
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    expect(cpe.params.get('Device.ManagementServer.PeriodicInformInterval')?.value).toBe('900');
  });

  it('sets them in TR-098 names on a TR-098 router', async () => {
    t = await startTestAcs({ presets: PRESETS });
    cpe = new TestCpe({
      acsUrl: t.url,
      serial: 'P098',
      root: 'InternetGatewayDevice.',
      params: { ...tr098Router({ wan: 'ppp' }), ...enable('InternetGatewayDevice.') },
    });
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    expect(cpe.params.get('InternetGatewayDevice.ManagementServer.PeriodicInformInterval')?.value).toBe(
      '900',
    );
    expect(
      cpe.params.get('InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.DNSServers')
        ?.value,
    ).toBe('192.0.2.1,192.0.2.2');
  });

  it("sets the DNS servers on a TR-098 router's IP connection (as genieacs-sim has), reading first where they live", async () => {
    t = await startTestAcs({ presets: PRESETS });
    cpe = new TestCpe({
      acsUrl: t.url,
      serial: 'P098IP',
      root: 'InternetGatewayDevice.',
      params: { ...tr098Router({ wan: 'ip' }), ...enable('InternetGatewayDevice.') },
      // It crashes on names it lacks, as genieacs-sim does: the PPP connection is never named to it.
      strictNames: true,
    });
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    expect(
      cpe.params.get('InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANIPConnection.1.DNSServers')
        ?.value,
    ).toBe('192.0.2.1,192.0.2.2');
    expect(cpe.params.get('InternetGatewayDevice.ManagementServer.PeriodicInformInterval')?.value).toBe(
      '900',
    );
    expect(cpe.crashes).toBe(0);
    const after = spvs();
    await cpe.inform();
    expect(spvs()).toBe(after);
  });

  it('counts a first contact without 0 BOOTSTRAP (as genieacs-sim makes) as a bootstrap', async () => {
    t = await startTestAcs({ presets: PRESETS });
    cpe = new TestCpe({ acsUrl: t.url, serial: 'PFIRST', params: enable('Device.') });
    await cpe.inform([{ code: '2 PERIODIC', commandKey: '' }]);
    expect(cpe.params.get('Device.ManagementServer.PeriodicInformInterval')?.value).toBe('900');
  });

  it('applies a tag-matched preset once the router has the tag', async () => {
    t = await startTestAcs({ presets: [{ ...PRESETS[2]!, events: ['2 PERIODIC'] }] });
    cpe = new TestCpe({
      acsUrl: t.url,
      serial: 'PTAG',
      params: { 'Device.WiFi.SSID.1.SSID': { value: 'home', type: 'xsd:string', writable: true } },
    });
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    await cpe.inform();
    expect(cpe.params.get('Device.WiFi.SSID.1.SSID')?.value).toBe('home');
    await t.acs.store.addTag(cpe.deviceId, 'lab', new Date().toISOString());
    await cpe.inform();
    expect(cpe.params.get('Device.WiFi.SSID.1.SSID')?.value).toBe('lab');
  });
});
