import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { executeAction } from '../actions/execute.js';
import { CONSENT_KEYS, P } from '../domain/index.js';
import { runProbes } from '../diagnostics/run.js';
import { fakeWorld } from '../diagnostics/testing/fakes.js';
import type { DiagnosticContext } from '../diagnostics/types.js';
import { startTestAcs, type TestAcs } from './testing/harness.js';
import { TestCpe } from './testing/test-cpe.js';
import { tr098Router, type Tr098RouterOptions } from './testing/tr098-router.js';
import { encodeTr098Writes, radioInstance, resolveTr098, type KnownNames } from './tr098.js';

const IGD = 'InternetGatewayDevice.';
const IPC = `${IGD}WANDevice.1.WANConnectionDevice.1.WANIPConnection.1.`;
const PPP = `${IGD}WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.`;
const W1 = `${IGD}LANDevice.1.WLANConfiguration.1.`;

const knownOf = (names: string[]): KnownNames => ({
  has: (n) => names.includes(n),
  hasUnder: (p) => names.some((n) => n.startsWith(p)),
});

/** A router's cached values: WLANConfiguration instances with what tells their band. */
const withValues = (values: Record<string, string>): KnownNames => ({
  ...knownOf(Object.keys(values)),
  names: () => Object.keys(values),
  value: (n) => values[n],
});
const wlan = (i: number, leaf: string, v: string) => ({
  [`${IGD}LANDevice.1.WLANConfiguration.${i}.${leaf}`]: v,
});

describe('TR-098 radios: one, two or more WLANConfiguration instances', () => {
  it('maps the 5 GHz radio to the first 5 GHz instance when 2.4 GHz SSIDs come first (1-4 and 5-8)', () => {
    const known = withValues(
      Object.assign(
        {},
        ...[1, 2, 3, 4].map((i) => wlan(i, 'Standard', 'b,g,n')),
        ...[5, 6, 7, 8].map((i) => wlan(i, 'Channel', '36')),
      ),
    );
    expect(radioInstance(1, known)).toBe(1);
    expect(radioInstance(2, known)).toBe(5);
    expect(resolveTr098(P.radioChannel(2), known).names).toEqual([
      `${IGD}LANDevice.1.WLANConfiguration.5.Channel`,
    ]);
    expect(resolveTr098(P.ssid(2), known).names).toEqual([`${IGD}LANDevice.1.WLANConfiguration.5.SSID`]);
    expect(resolveTr098('Device.WiFi.AccessPoint.2.AssociatedDevice.', known).names).toEqual([
      `${IGD}LANDevice.1.WLANConfiguration.5.AssociatedDevice.`,
    ]);
  });

  it('reads the band from OperatingFrequencyBand, channel, standard or possible channels, in any order', () => {
    const swapped = withValues({ ...wlan(1, 'OperatingFrequencyBand', '5GHz'), ...wlan(2, 'Channel', '11') });
    expect([radioInstance(1, swapped), radioInstance(2, swapped)]).toEqual([2, 1]);
    const byStandard = withValues({
      ...wlan(3, 'Standard', 'a/n/ac'),
      ...wlan(7, 'PossibleChannels', '1-13'),
    });
    expect([radioInstance(1, byStandard), radioInstance(2, byStandard)]).toEqual([7, 3]);
  });

  it('has no 5 GHz radio on a one-radio router: nothing to read, nothing to set', () => {
    const one = withValues({ ...wlan(1, 'Channel', '6'), ...wlan(1, 'SSID', 'home') });
    expect(resolveTr098(P.ssid(1), one).names).toEqual([`${W1}SSID`]);
    expect(resolveTr098(P.radioEnable(2), one)).toMatchObject({ names: [], probe: [] });
    expect(() =>
      encodeTr098Writes([{ name: P.ssid(2), value: 'x', type: 'xsd:string' }], one, () => undefined),
    ).toThrow(/no radio on that band/);
  });

  it('keeps the instance of the same number while no band is known', () => {
    const unknown = withValues({ ...wlan(1, 'SSID', 'a'), ...wlan(2, 'SSID', 'b') });
    expect([radioInstance(1, unknown), radioInstance(2, unknown)]).toEqual([1, 2]);
    expect(radioInstance(2, null)).toBe(2);
    expect(radioInstance(2, withValues({}))).toBe(2);
  });
});

describe('TR-181 desk paths on TR-098 names', () => {
  it('picks the WAN connection the router has, and reads all candidates while it is unknown', () => {
    const ip = knownOf([`${IPC}ExternalIPAddress`, `${IPC}DNSServers`]);
    expect(resolveTr098(P.wanIp, ip).names).toEqual([`${IPC}ExternalIPAddress`]);
    expect(resolveTr098(P.wanIp, null).names).toEqual([`${PPP}ExternalIPAddress`, `${IPC}ExternalIPAddress`]);
    expect(resolveTr098(P.wanIp, null).probe).toHaveLength(2);
    expect(resolveTr098(P.portMappings, ip).names).toEqual([`${IPC}PortMapping.`]);
  });

  it('decodes list items, status values, renamed table leaves and the security mode', () => {
    const values = new Map(
      [
        [`${IPC}DNSServers`, '8.8.8.8, 8.8.4.4'],
        [`${IPC}ConnectionStatus`, 'Connected'],
        [`${W1}Status`, 'Disabled'],
        [`${W1}BeaconType`, 'None'],
        [`${W1}BasicEncryptionModes`, 'None'],
        [`${IGD}LANDevice.1.Hosts.Host.3.MACAddress`, 'AA:BB'],
      ].map(([name, value]) => [name!, { name: name!, value: value!, type: 'xsd:string' }]),
    );
    const one = (path: string) =>
      resolveTr098(path, null)
        .decode(values)
        .map((v) => [v.name, v.value]);
    expect(one(P.dnsServer(2))).toEqual([[P.dnsServer(2), '8.8.4.4']]);
    expect(one(P.wanStatus)).toEqual([[P.wanStatus, 'Up']]);
    expect(one(P.radioStatus(1))).toEqual([[P.radioStatus(1), 'Down']]);
    expect(one(P.apSecurityMode(1))).toEqual([[P.apSecurityMode(1), 'None']]);
    expect(one(P.hosts)).toEqual([['Device.Hosts.Host.3.PhysAddress', 'AA:BB']]);
  });

  it('writes one DNS server into the list, keeping the other, and refuses a derived parameter', () => {
    const known = knownOf([`${PPP}DNSServers`]);
    const out = encodeTr098Writes(
      [{ name: P.dnsServer(2), value: '192.0.2.2', type: 'xsd:string' }],
      known,
      () => '192.0.2.1,9.9.9.9',
    );
    expect(out).toEqual([{ name: `${PPP}DNSServers`, value: '192.0.2.1,192.0.2.2', type: 'xsd:string' }]);
    const both = encodeTr098Writes(
      [
        { name: P.dnsServer(1), value: 'a', type: 'xsd:string' },
        { name: P.dnsServer(2), value: 'b', type: 'xsd:string' },
      ],
      known,
      () => undefined,
    );
    expect(both).toEqual([{ name: `${PPP}DNSServers`, value: 'a,b', type: 'xsd:string' }]);
    expect(() =>
      encodeTr098Writes(
        [{ name: P.apSecurityMode(1), value: 'None', type: 'xsd:string' }],
        known,
        () => undefined,
      ),
    ).toThrow(/TR-098/);
    expect(
      encodeTr098Writes(
        [{ name: 'Device.NAT.PortMapping.2.Enable', value: 'true', type: 'xsd:boolean' }],
        knownOf([`${IPC}X`]),
        () => undefined,
      ),
    ).toEqual([{ name: `${IPC}PortMapping.2.PortMappingEnabled`, value: 'true', type: 'xsd:boolean' }]);
  });
});

describe('diagnostics and actions on a TR-098 router', () => {
  let t: TestAcs;
  let cpe: TestCpe;

  async function start(o: Tr098RouterOptions): Promise<void> {
    t = await startTestAcs();
    // A router that crashes on names it lacks, as genieacs-sim does: the ACS must not send them.
    cpe = new TestCpe({
      acsUrl: t.url,
      serial: 'T98',
      root: 'InternetGatewayDevice.',
      params: tr098Router(o),
      strictNames: true,
    });
    await cpe.startCrListener();
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
  }
  afterEach(() => cpe.stop().then(() => t.close()));

  const ctx = (): DiagnosticContext => {
    const w = fakeWorld();
    return {
      ...w,
      deviceId: cpe.deviceId,
      devices: t.acs.deviceService,
      isp: w.isp,
      incidents: w.incidents,
      deadlineMs: 10_000,
      paramMaxAgeMs: 0,
    } as DiagnosticContext;
  };

  it('detects the data model from the Inform and reads WAN, DNS, Wi-Fi and hosts without crashing the router', async () => {
    await start({ wan: 'ip' });
    expect((await t.acs.deviceService.get(cpe.deviceId))?.root).toBe(IGD);
    const values = await t.acs.deviceService.getParameters(
      cpe.deviceId,
      [
        P.wanIp,
        P.wanStatus,
        P.dnsServer(1),
        P.dnsServer(2),
        P.radioEnable(1),
        P.ssid(1),
        P.pppStatus,
        P.hosts,
        P.uptime,
      ],
      {
        maxAgeMs: 0,
      },
    );
    const by = Object.fromEntries(values.map((v) => [v.path, v.value]));
    expect(by).toMatchObject({
      [P.wanIp]: '203.0.113.20',
      [P.wanStatus]: 'Up',
      [P.dnsServer(1)]: '8.8.8.8',
      [P.dnsServer(2)]: '8.8.4.4',
      [P.radioEnable(1)]: true,
      [P.ssid(1)]: 'Huawei-1234',
      'Device.Hosts.Host.1.PhysAddress': 'AA:BB:CC:00:00:01',
      [P.uptime]: 1234,
    });
    expect(by[P.pppStatus]).toBeUndefined();
    expect(cpe.crashes).toBe(0);
  });

  async function probeCodes(): Promise<Record<string, string>> {
    const runs = await runProbes(ctx(), ['cpe', 'wan', 'wifi', 'security']);
    return Object.fromEntries(
      runs.map((r) => [r.probe, r.unavailable ?? r.findings.map((f) => f.code).join(',')]),
    );
  }

  it('runs the probes: router online, WAN up, Wi-Fi radio disabled', async () => {
    await start({ wan: 'ip', wifiEnabled: false });
    const codes = await probeCodes();
    expect(codes.cpe).toContain('cpe.online');
    expect(codes.wan).toContain('wan.ok');
    expect(codes.wifi).toContain('wifi.radio_disabled');
    expect(cpe.crashes).toBe(0);
  });

  it('runs the probes: open Wi-Fi from the TR-098 beacon type', async () => {
    await start({ wan: 'ppp', beaconType: 'None' });
    const codes = await probeCodes();
    expect(codes.security).toContain('security.open_wifi');
    expect(codes.wifi).not.toContain('wifi.radio_disabled');
    expect(cpe.crashes).toBe(0);
  });

  it('refreshes an object over REST with GetParameterNames first, so the router never sees the object path', async () => {
    await start({ wan: 'ip' });
    const app = Fastify();
    await app.register(t.acs.restPlugin, { prefix: '/api/v1' });
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/devices/${cpe.deviceId}/tasks?connectionRequest=true`,
      payload: { name: 'refreshObject', objectName: `${IGD}LANDevice.1.Hosts.` },
    });
    await app.close();
    expect(r.statusCode).toBe(200);
    expect(r.json().task.result.values.map((v: { name: string }) => v.name)).toContain(
      `${IGD}LANDevice.1.Hosts.Host.1.IPAddress`,
    );
    expect(cpe.received.slice(-2)).toEqual(['GetParameterNames', 'GetParameterValues']);
    expect(cpe.crashes).toBe(0);
  });

  it('finds the 5 GHz radio of a router with four WLANConfiguration instances, and none on a one-radio router', async () => {
    await start({
      wan: 'ip',
      wlans: [
        { instance: 1, ssid: 'home', standard: 'b,g,n' },
        { instance: 2, ssid: 'guest', standard: 'b,g,n' },
        { instance: 3, ssid: 'home-5', channel: 100 },
        { instance: 4, ssid: 'guest-5', channel: 100 },
      ],
    });
    const read = async () =>
      Object.fromEntries(
        (
          await t.acs.deviceService.getParameters(cpe.deviceId, [P.ssid(1), P.ssid(2), P.radioChannel(2)], {
            maxAgeMs: 0,
          })
        ).map((v) => [v.path, v.value]),
      );
    expect(await read()).toEqual({ [P.ssid(1)]: 'home', [P.ssid(2)]: 'home-5', [P.radioChannel(2)]: 100 });
    await t.acs.deviceService.setParameters(cpe.deviceId, [
      { path: P.ssid(2), value: 'Lind-5', type: 'xsd:string' },
    ]);
    expect(cpe.params.get(`${IGD}LANDevice.1.WLANConfiguration.3.SSID`)?.value).toBe('Lind-5');
    expect(cpe.params.get(`${IGD}LANDevice.1.WLANConfiguration.2.SSID`)?.value).toBe('guest');
    expect(cpe.crashes).toBe(0);
  });

  it('reads radio 1 and reports no radio 2 on a one-radio router without crashing it', async () => {
    await start({ wan: 'ip', wlans: [{ instance: 1, ssid: 'only', channel: 6 }] });
    const values = await t.acs.deviceService.getParameters(
      cpe.deviceId,
      [P.ssid(1), P.ssid(2), P.radioEnable(2)],
      {
        maxAgeMs: 0,
      },
    );
    expect(values.map((v) => [v.path, v.value])).toEqual([[P.ssid(1), 'only']]);
    await expect(
      t.acs.deviceService.setParameters(cpe.deviceId, [{ path: P.ssid(2), value: 'x', type: 'xsd:string' }]),
    ).rejects.toMatchObject({ kind: 'fault' });
    expect(cpe.crashes).toBe(0);
  });

  it('carries out Wi-Fi actions and DNS writes in TR-098 names', async () => {
    await start({ wan: 'ppp', wifiEnabled: false });
    const c = ctx();
    const actx = {
      ...c,
      ticketId: null,
      actor: { kind: 'bot' as const, id: null },
      verified: true,
      consents: new Set(CONSENT_KEYS),
      directory: fakeWorld().directory,
      audit: fakeWorld().audit,
    };
    expect(await executeAction('wifi_radio_enable', actx, {}, 'radio off', [])).toMatchObject({ ok: true });
    expect(cpe.params.get(`${W1}Enable`)?.value).toBe('true');
    expect(await executeAction('wifi_ssid_change', actx, { ssid: 'Lind' }, 'asked', [])).toMatchObject({
      ok: true,
    });
    expect(cpe.params.get(`${W1}SSID`)?.value).toBe('Lind');
    await t.acs.deviceService.setParameters(cpe.deviceId, [
      { path: P.dnsServer(1), value: '192.0.2.53', type: 'xsd:string' },
    ]);
    expect(cpe.params.get(`${PPP}DNSServers`)?.value).toBe('192.0.2.53,8.8.4.4');
    await expect(
      t.acs.deviceService.setParameters(cpe.deviceId, [{ path: P.opticalRx, value: 1 }]),
    ).rejects.toMatchObject({ kind: 'fault', faultCode: 9005 });
    expect(cpe.crashes).toBe(0);
  });
});
