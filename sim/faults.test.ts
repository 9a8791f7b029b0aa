// Every fault kind: inject → observe through CWMP and the ISP ports → a wrong action leaves it
// broken → the right fix (CWMP write, reboot, download, customer step) clears it.
import { afterEach, describe, expect, it } from 'vitest';
import { P } from '../src/domain/index.js';
import { harness, runDiagnostic, spec, type Harness } from './test-helpers/fixture.js';
import type { SubscriberSpec } from './types.js';
import type { FaultSpec } from './types.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const C = '100001';
async function withFault(
  fault: FaultSpec | FaultSpec[],
  over: Partial<SubscriberSpec> = {},
): Promise<Harness> {
  h = await harness([spec(1, over)], {}, (sim) => {
    for (const f of Array.isArray(fault) ? fault : [fault]) sim.injectFault(C, f);
  });
  return h;
}
const reboot = async (x: Harness) => {
  const before = x.acs.informs.length;
  await x.call(C, '<cwmp:Reboot><CommandKey>r</CommandKey></cwmp:Reboot>');
  await x.acs.waitForInform(x.sim.deviceId(C), 'M Reboot', before);
  await x.sim.waitIdle();
};
const ping = (x: Harness, host: string) => runDiagnostic(x, C, P.ipPing, [['Host', host]]);
const nslookup = (x: Harness, name: string) => runDiagnostic(x, C, P.nslookup, [['HostName', name]]);
const speed = (x: Harness) => runDiagnostic(x, C, P.download, []);
const kbps = (v: Record<string, string>) => Number(v[`${P.download}X_FRONTLINE_ThroughputKbps`]);

describe('fault model', () => {
  it('healthy subscriber: everything works', async () => {
    h = await harness([spec(1)]);
    expect(h.sim.problemGone(C)).toBe(true);
    expect(h.sim.activeFaults(C)).toEqual([]);
    expect(h.sim.lights(C)).toEqual({ power: 'green', internet: 'green', wifi: 'green', los: 'off' });
    expect(await h.sim.ports.access.lineStatus('svc-100001', 'fiber')).toMatchObject({
      ontRegistered: true,
      los: false,
      dropsLast24h: 0,
    });
    expect((await h.sim.ports.aaa.session('100001@isp')).up).toBe(true);
    const s = await speed(h);
    expect(s[`${P.download}DiagnosticsState`]).toBe('Complete');
    expect(kbps(s)).toBeGreaterThan(500 * 1000 * 0.9);
    const ns = await nslookup(h, 'example.com');
    expect(ns[`${P.nslookup}SuccessCount`]).toBe('1');
  });

  it('rejects unknown kinds, bad params and faults that do not fit the line', async () => {
    h = await harness([spec(1), spec(2, { access: 'dsl' })]);
    expect(() => h!.sim.injectFault(C, { kind: 'meteor_strike' as never })).toThrow(/unknown fault kind/);
    expect(() => h!.sim.injectFault(C, { kind: 'cpe_hung', params: { foo: 1 } })).toThrow(/invalid params/);
    expect(() => h!.sim.injectFault(C, { kind: 'optical_power_low', params: { rxDbm: -20 } })).toThrow(
      /invalid params/,
    );
    expect(() => h!.sim.injectFault(C, { kind: 'dsl_low_snr' })).toThrow(/needs a dsl line/);
    expect(() => h!.sim.injectFault('100002', { kind: 'fiber_los' })).toThrow(/needs a fiber line/);
  });

  it('ppp_auth_failure: AAA rejects; a reboot does not help; pushing the credentials does', async () => {
    const x = await withFault({ kind: 'ppp_auth_failure' });
    const v = await x.gpv(C, P.pppStatus, P.pppLastError);
    expect(v).toEqual({ [P.pppStatus]: 'Disconnected', [P.pppLastError]: 'ERROR_AUTHENTICATION_FAILURE' });
    expect(await x.sim.ports.aaa.session('100001@isp')).toMatchObject({
      up: false,
      lastReject: 'auth_failure',
    });
    expect(x.sim.lights(C).internet).toBe('red');
    await reboot(x);
    expect(x.sim.activeFaults(C)).toEqual(['ppp_auth_failure']);
    const before = x.acs.informs.length;
    await x.spv(C, [
      [P.pppUsername, '100001@isp'],
      [P.pppPassword, 'pw-100001'],
    ]);
    const vc = await x.acs.waitForInform(x.sim.deviceId(C), '4 VALUE CHANGE', before);
    expect(vc.params[P.wanIp]).toMatch(/^100\./);
    expect(await x.sim.ports.aaa.session('100001@isp')).toMatchObject({ up: true, lastReject: null });
    expect(x.sim.problemGone(C)).toBe(true);
  });

  it('dns_misconfigured: lookups fail, IP ping works; reboot does not help; ISP DNS servers do', async () => {
    const x = await withFault({ kind: 'dns_misconfigured' });
    expect((await x.gpv(C, P.dnsServer(1)))[P.dnsServer(1)]).toBe('192.0.2.53');
    const ns = await nslookup(x, 'www.example.com');
    expect(ns[`${P.nslookup}SuccessCount`]).toBe('0');
    expect(ns[`${P.nslookup}Result.1.Status`]).toBe('Error_DNSServerNotAvailable');
    const pg = await ping(x, '8.8.8.8');
    expect(pg[`${P.ipPing}SuccessCount`]).toBe('3');
    const byName = await ping(x, 'www.example.com');
    expect(byName[`${P.ipPing}DiagnosticsState`]).toBe('Error_CannotResolveHostName');
    await reboot(x);
    expect(x.sim.problemGone(C)).toBe(false);
    await x.spv(C, [
      [P.dnsServer(1), '198.51.100.53'],
      [P.dnsServer(2), '198.51.100.54'],
    ]);
    expect(x.sim.problemGone(C)).toBe(true);
    expect((await nslookup(x, 'www.example.com'))[`${P.nslookup}SuccessCount`]).toBe('1');
  });

  it('cpe_hung: management works, traffic stalls, long uptime; a DNS change does not help, a reboot does', async () => {
    const x = await withFault({ kind: 'cpe_hung' });
    const v = await x.gpv(C, P.uptime, P.pppStatus);
    expect(Number(v[P.uptime])).toBeGreaterThan(30 * 86400);
    expect(v[P.pppStatus]).toBe('Connected');
    expect(x.sim.lights(C)).toMatchObject({ power: 'green', internet: 'green' });
    expect((await ping(x, '8.8.8.8'))[`${P.ipPing}SuccessCount`]).toBe('0');
    await x.spv(C, [[P.dnsServer(1), '198.51.100.53']]);
    expect(x.sim.problemGone(C)).toBe(false);
    await reboot(x);
    expect(x.sim.problemGone(C)).toBe(true);
    expect((await ping(x, '8.8.8.8'))[`${P.ipPing}SuccessCount`]).toBe('3');
  });

  it('cpe_hung is also cleared by a power cycle', async () => {
    const x = await withFault({ kind: 'cpe_hung' });
    expect(x.sim.performStep(C, 'step.power_cycle')).toBe('done');
    await x.sim.waitIdle();
    expect(x.sim.problemGone(C)).toBe(true);
  });

  it('firmware_bug_drops: known-bad version, reconnects; reboot does not help; a real download of the recommended image does', async () => {
    const x = await withFault({ kind: 'firmware_bug_drops' });
    const v = await x.gpv(C, P.softwareVersion, P.pppReconnects);
    expect(v[P.softwareVersion]).toBe('2.2.0');
    expect(Number(v[P.pppReconnects])).toBeGreaterThan(10);
    await reboot(x);
    expect(x.sim.problemGone(C)).toBe(false);
    const image = Buffer.from(`FRONTLINE-FW model=FL-HGW-3000 version=2.3.1\n${'x'.repeat(4000)}`);
    x.acs.files.set('FL-HGW-3000-2.3.1.bin', image);
    // A truncated transfer is reported as 9017 and changes nothing.
    let before = x.acs.informs.length;
    const r = await x.call(
      C,
      `<cwmp:Download><CommandKey>dl-bad</CommandKey><FileType>1 Firmware Upgrade Image</FileType><URL>${x.acs.fileUrl('FL-HGW-3000-2.3.1.bin')}</URL><Username></Username><Password></Password><FileSize>9999</FileSize><TargetFileName></TargetFileName><DelaySeconds>0</DelaySeconds></cwmp:Download>`,
    );
    expect(r.name).toBe('DownloadResponse');
    await x.acs.waitForInform(x.sim.deviceId(C), '7 TRANSFER COMPLETE', before);
    await x.sim.waitIdle();
    expect(x.acs.transfers.at(-1)).toMatchObject({ commandKey: 'dl-bad', faultCode: 9017 });
    expect(x.sim.firmware(C)).toBe('2.2.0');
    before = x.acs.informs.length;
    await x.call(
      C,
      `<cwmp:Download><CommandKey>dl-1</CommandKey><FileType>1 Firmware Upgrade Image</FileType><URL>${x.acs.fileUrl('FL-HGW-3000-2.3.1.bin')}</URL><Username></Username><Password></Password><FileSize>${image.length}</FileSize><TargetFileName>FL-HGW-3000-2.3.1.bin</TargetFileName><DelaySeconds>0</DelaySeconds></cwmp:Download>`,
    );
    const inf = await x.acs.waitForInform(x.sim.deviceId(C), 'M Download', before);
    expect(inf.events).toEqual(expect.arrayContaining(['1 BOOT', '7 TRANSFER COMPLETE', 'M Download']));
    expect(inf.params[P.softwareVersion]).toBe('2.3.1');
    await x.sim.waitIdle();
    expect(x.acs.transfers.at(-1)).toMatchObject({ commandKey: 'dl-1', faultCode: 0 });
    expect(x.sim.problemGone(C)).toBe(true);
  });

  it('firmware download of an image for another model is refused (9018)', async () => {
    const x = await withFault({ kind: 'firmware_bug_drops' });
    x.acs.files.set('FL-VDSL-2200-5.4.2.bin', Buffer.from('model=FL-VDSL-2200 version=5.4.2'));
    const before = x.acs.informs.length;
    await x.call(
      C,
      `<cwmp:Download><CommandKey>dl-x</CommandKey><FileType>1 Firmware Upgrade Image</FileType><URL>${x.acs.fileUrl('FL-VDSL-2200-5.4.2.bin')}</URL><FileSize>0</FileSize><DelaySeconds>0</DelaySeconds></cwmp:Download>`,
    );
    await x.acs.waitForInform(x.sim.deviceId(C), '7 TRANSFER COMPLETE', before);
    await x.sim.waitIdle();
    expect(x.acs.transfers.at(-1)?.faultCode).toBe(9018);
    expect(x.sim.firmware(C)).toBe('2.2.0');
  });

  it('wifi_channel_congestion: busy 2.4 GHz channel; an adjacent channel does not help, a quiet one or auto-channel does', async () => {
    const x = await withFault({ kind: 'wifi_channel_congestion' });
    const v = await x.gpv(C, P.radioChannel(1), P.radioUtilization(1), P.radioNeighbours(1));
    expect(v[P.radioChannel(1)]).toBe('6');
    expect(Number(v[P.radioUtilization(1)])).toBeGreaterThan(75);
    expect(Number(v[P.radioNeighbours(1)])).toBeGreaterThan(10);
    await x.spv(C, [[P.radioChannel(1), '7', 'xsd:unsignedInt']]);
    expect(x.sim.problemGone(C)).toBe(false);
    await x.spv(C, [[P.radioChannel(1), '11', 'xsd:unsignedInt']]);
    expect(x.sim.problemGone(C)).toBe(true);
    await x.spv(C, [[P.radioChannel(1), '6', 'xsd:unsignedInt']]);
    expect(x.sim.problemGone(C)).toBe(false);
    await x.spv(C, [[P.radioAutoChannel(1), 'true', 'xsd:boolean']]);
    expect(x.sim.problemGone(C)).toBe(true);
    expect(Number((await x.gpv(C, P.radioUtilization(1)))[P.radioUtilization(1)])).toBeLessThanOrEqual(75);
  });

  it('wifi_weak_signal: client RSSI below -75; a reboot does not help, moving closer does', async () => {
    const x = await withFault({ kind: 'wifi_weak_signal' });
    const v = await x.gpv(C, P.apClients(2));
    const rssi = Object.entries(v)
      .filter(([k]) => k.endsWith('SignalStrength'))
      .map(([, s]) => Number(s));
    expect(Math.min(...rssi)).toBeLessThan(-75);
    await reboot(x);
    expect(x.sim.problemGone(C)).toBe(false);
    x.sim.performStep(C, 'step.move_closer');
    expect(x.sim.problemGone(C)).toBe(true);
  });

  it('wifi_radio_disabled: radios off, Wi-Fi light off; enabling a radio brings the customer back', async () => {
    const x = await withFault({ kind: 'wifi_radio_disabled' });
    expect((await x.gpv(C, P.radioEnable(1)))[P.radioEnable(1)]).toBe('false');
    expect(x.sim.lights(C).wifi).toBe('off');
    await reboot(x);
    expect(x.sim.problemGone(C)).toBe(false);
    await x.spv(C, [
      [P.radioEnable(1), 'true', 'xsd:boolean'],
      [P.radioEnable(2), '1', 'xsd:boolean'],
    ]);
    expect(x.sim.problemGone(C)).toBe(true);
    expect(x.sim.lights(C).wifi).toBe('green');
  });

  it('wifi_password_forgotten: an SSID change does not help (and drops the phone), a new key does', async () => {
    const x = await withFault({ kind: 'wifi_password_forgotten' });
    expect(x.sim.problemGone(C)).toBe(false);
    await x.spv(C, [[P.ssid(2), 'Renamed']]);
    expect(x.sim.problemGone(C)).toBe(false);
    expect(x.sim.performStep(C, 'step.rejoin_wifi')).toBe('cannot');
    await x.spv(C, [
      [P.apKeyPassphrase(1), 'a-new-key-1234'],
      [P.apKeyPassphrase(2), 'a-new-key-1234'],
    ]);
    expect(x.sim.problemGone(C)).toBe(true);
  });

  it('changing the Wi-Fi key without that fault disconnects the customer until they rejoin', async () => {
    h = await harness([spec(1)]);
    await h.spv(C, [
      [P.apKeyPassphrase(2), 'another-key-99'],
      [P.apKeyPassphrase(1), 'another-key-99'],
    ]);
    expect(h.sim.problemGone(C)).toBe(false);
    expect(h.sim.performStep(C, 'step.rejoin_wifi')).toBe('done');
    expect(h.sim.problemGone(C)).toBe(true);
  });

  it('speed_wifi_limited: the CPE test reaches the plan, the client is on 2.4 GHz; the wired test and advice end it', async () => {
    const x = await withFault({ kind: 'speed_wifi_limited' });
    expect(kbps(await speed(x))).toBeGreaterThan(500 * 1000 * 0.9);
    const clients = await x.gpv(C, P.apClients(1));
    expect(Object.keys(clients).some((k) => k.endsWith('SignalStrength'))).toBe(true);
    await reboot(x);
    expect(x.sim.problemGone(C)).toBe(false);
    x.sim.performStep(C, 'step.wired_test');
    expect(x.sim.problemGone(C)).toBe(true);
  });

  it('speed_wifi_limited: without a cable, a speed test on 5 GHz close to the router ends it too', async () => {
    const x = await withFault({ kind: 'speed_wifi_limited' });
    expect(x.sim.problemGone(C)).toBe(false);
    x.sim.performStep(C, 'step.move_closer');
    expect(x.sim.problemGone(C)).toBe(true);
  });

  it('speed_line_degraded: download far below plan with normal line metrics; nothing at Tier-1 clears it', async () => {
    const x = await withFault({ kind: 'speed_line_degraded' });
    expect(kbps(await speed(x))).toBeLessThan(500 * 1000 * 0.3);
    expect(await x.sim.ports.access.lineStatus('svc-100001', 'fiber')).toMatchObject({
      ontRegistered: true,
      dropsLast24h: 0,
    });
    await reboot(x);
    x.sim.performStep(C, 'step.power_cycle');
    x.sim.performStep(C, 'step.check_cables');
    await x.sim.waitIdle();
    expect(x.sim.activeFaults(C)).toEqual(['speed_line_degraded']);
  });

  it('area_outage: lines in the area have no link while the incident lasts', async () => {
    h = await harness([spec(1), spec(2), spec(3, { area: 'SE-TEST-B' })], {}, (sim) =>
      sim.injectFault(C, { kind: 'area_outage' }),
    );
    expect(await h.sim.ports.access.lineStatus('svc-100002', 'fiber')).toMatchObject({
      ontRegistered: false,
      los: false,
      rxDbm: null,
    });
    expect(h.sim.problemGone('100002')).toBe(false);
    expect(h.sim.problemGone('100003')).toBe(true);
    await expect(h.cr(C)).rejects.toThrow();
    h.sim.performStep(C, 'step.power_cycle');
    await h.sim.waitIdle();
    expect(h.sim.problemGone(C)).toBe(false);
    const before = h.acs.informs.length;
    h.sim.setAreaOutage('SE-TEST-A', false);
    await h.sim.waitIdle();
    expect(h.sim.problemGone(C)).toBe(true);
    expect(h.acs.informs.length).toBeGreaterThan(before);
  });

  it('billing_suspended: AAA rejects as disabled while the account is suspended', async () => {
    const x = await withFault({ kind: 'billing_suspended' }, { accountStatus: 'suspended_nonpayment' });
    expect(await x.sim.ports.aaa.session('100001@isp')).toMatchObject({
      up: false,
      lastReject: 'account_disabled',
    });
    expect((await x.gpv(C, P.pppLastError))[P.pppLastError]).toBe('ERROR_ACCOUNT_DISABLED');
    await x.spv(C, [
      [P.pppUsername, '100001@isp'],
      [P.pppPassword, 'pw-100001'],
    ]);
    await reboot(x);
    expect(x.sim.problemGone(C)).toBe(false);
    x.sim.setAccountStatus(C, 'active');
    expect((await x.sim.ports.aaa.session('100001@isp')).up).toBe(true);
    expect(x.sim.problemGone(C)).toBe(true);
  });

  it('portal_account_locked: locked until unlocked or reset', async () => {
    const x = await withFault({ kind: 'portal_account_locked' });
    expect(await x.sim.ports.portal.status(C)).toMatchObject({ exists: true, locked: true, failedLogins: 5 });
    await reboot(x);
    expect(x.sim.problemGone(C)).toBe(false);
    await x.sim.ports.portal.unlock(C);
    expect(x.sim.problemGone(C)).toBe(true);
    x.sim.injectFault(C, { kind: 'portal_account_locked' });
    const { temporaryPassword } = await x.sim.ports.portal.resetPassword(C);
    expect(temporaryPassword).toMatch(/^\w{8,}$/);
    expect(x.sim.problemGone(C)).toBe(true);
    expect((await x.sim.ports.portal.status('999')).exists).toBe(false);
  });

  it('default_admin_password: reported until Users.User.1.Password is set', async () => {
    const x = await withFault({ kind: 'default_admin_password' });
    expect(await x.gpv(C, P.adminPasswordIsDefault, P.adminPassword)).toEqual({
      [P.adminPasswordIsDefault]: 'true',
      [P.adminPassword]: '',
    });
    expect(x.sim.problemGone(C)).toBe(false);
    const weak = await x.spv(C, [[P.adminPassword, 'short']]);
    expect(weak.fault?.spv[0].code).toBe(9007);
    await x.spv(C, [[P.adminPassword, 'Str0ng-Passw0rd']]);
    expect((await x.gpv(C, P.adminPasswordIsDefault))[P.adminPasswordIsDefault]).toBe('false');
    expect(x.sim.problemGone(C)).toBe(true);
  });

  it('default_admin_password as a second fault does not decide whether the customer is helped', async () => {
    const x = await withFault([{ kind: 'dns_misconfigured' }, { kind: 'default_admin_password' }]);
    expect(x.sim.activeFaults(C)).toEqual(['dns_misconfigured', 'default_admin_password']);
    await x.spv(C, [
      [P.dnsServer(1), '198.51.100.53'],
      [P.dnsServer(2), '198.51.100.54'],
    ]);
    expect(x.sim.problemGone(C)).toBe(true);
    expect(x.sim.activeFaults(C)).toEqual(['default_admin_password']);
  });

  it('hardware_failure: hardware error reported, reboots do not help', async () => {
    const x = await withFault({ kind: 'hardware_failure' });
    expect((await x.gpv(C, P.hardwareStatus))[P.hardwareStatus]).toMatch(/^Error: /);
    await reboot(x);
    x.sim.performStep(C, 'step.power_cycle');
    await x.sim.waitIdle();
    expect((await x.gpv(C, P.hardwareStatus))[P.hardwareStatus]).toMatch(/^Error: /);
    expect(x.sim.problemGone(C)).toBe(false);
  });

  it('cpe_powered_off: nothing answers, no link (not LOS), lights off; power on brings it back with BOOT', async () => {
    const x = await withFault({ kind: 'cpe_powered_off' });
    expect(x.acs.informs).toHaveLength(1); // the ACS knew the device before it went dark
    expect(await x.sim.ports.access.lineStatus('svc-100001', 'fiber')).toMatchObject({
      ontRegistered: false,
      los: false,
    });
    expect(x.sim.lights(C)).toEqual({ power: 'off', internet: 'off', wifi: 'off', los: 'off' });
    await expect(x.cr(C)).rejects.toThrow();
    const before = x.acs.informs.length;
    expect(x.sim.performStep(C, 'step.power_on')).toBe('done');
    await x.acs.waitForInform(x.sim.deviceId(C), '1 BOOT', before);
    await x.sim.waitIdle();
    expect(x.sim.problemGone(C)).toBe(true);
  });

  it('cable_unplugged: line up at the access node, no AAA session, CPE unreachable; checking cables fixes it', async () => {
    const x = await withFault({ kind: 'cable_unplugged' }, { access: 'dsl' });
    expect(await x.sim.ports.access.lineStatus('svc-100001', 'dsl')).toMatchObject({ sync: true });
    expect((await x.sim.ports.aaa.session('100001@isp')).up).toBe(false);
    expect(x.sim.lights(C)).toMatchObject({ power: 'green', internet: 'off' });
    await expect(x.cr(C)).rejects.toThrow();
    x.sim.performStep(C, 'step.power_cycle');
    await x.sim.waitIdle();
    expect(x.sim.problemGone(C)).toBe(false);
    const before = x.acs.informs.length;
    x.sim.performStep(C, 'step.check_cables');
    await x.sim.waitIdle();
    expect(x.sim.problemGone(C)).toBe(true);
    expect(x.acs.informs.length).toBeGreaterThan(before);
    expect((await x.sim.ports.aaa.session('100001@isp')).up).toBe(true);
  });

  it('fiber_los: LOS at the OLT and a red LOS light; not clearable at Tier-1', async () => {
    const x = await withFault({ kind: 'fiber_los' });
    expect(await x.sim.ports.access.lineStatus('svc-100001', 'fiber')).toMatchObject({
      los: true,
      ontRegistered: false,
      rxDbm: null,
    });
    expect(x.sim.lights(C).los).toBe('red');
    x.sim.performStep(C, 'step.check_cables');
    x.sim.performStep(C, 'step.power_cycle');
    await x.sim.waitIdle();
    expect(x.sim.activeFaults(C)).toEqual(['fiber_los']);
  });

  it('optical_power_low: rx below -27 dBm at the OLT and on the ONT, drops', async () => {
    const x = await withFault({ kind: 'optical_power_low', params: { rxDbm: -29.4 } });
    expect(await x.sim.ports.access.lineStatus('svc-100001', 'fiber')).toMatchObject({
      rxDbm: -29.4,
      dropsLast24h: 14,
    });
    expect((await x.gpv(C, P.opticalRx))[P.opticalRx]).toBe('-29400');
    await reboot(x);
    expect(x.sim.problemGone(C)).toBe(false);
  });

  it('dsl_low_snr caused by a splitter: low SNR, CRC growth, resyncs; checking cables fixes it', async () => {
    const x = await withFault(
      { kind: 'dsl_low_snr', params: { cause: 'splitter' } },
      { access: 'dsl', plan: { downMbps: 100, upMbps: 40 } },
    );
    const line = await x.sim.ports.access.lineStatus('svc-100001', 'dsl');
    expect(line).toMatchObject({ sync: true, resyncsLast24h: 11 });
    if (line.access !== 'dsl') throw new Error('dsl');
    expect(line.snrMarginDb).toBeLessThanOrEqual(6);
    expect(line.crcErrors - line.crcErrorsHourAgo).toBeGreaterThan(1000);
    expect(Number((await x.gpv(C, P.dslSnrDown))[P.dslSnrDown])).toBeLessThanOrEqual(60);
    x.sim.performStep(C, 'step.check_cables');
    expect(x.sim.problemGone(C)).toBe(true);
  });

  it('dsl_low_snr on the line itself is not fixed by the customer', async () => {
    const x = await withFault({ kind: 'dsl_low_snr', params: { cause: 'line' } }, { access: 'dsl' });
    x.sim.performStep(C, 'step.check_cables');
    await reboot(x);
    expect(x.sim.activeFaults(C)).toEqual(['dsl_low_snr']);
  });

  it('docsis_power_out_of_range: downstream power outside ±15 dBmV', async () => {
    const x = await withFault({ kind: 'docsis_power_out_of_range' }, { access: 'cable' });
    const line = await x.sim.ports.access.lineStatus('svc-100001', 'cable');
    expect(line).toMatchObject({ online: true, dsPowerDbmv: -17.8 });
    expect((await x.gpv(C, P.docsisDsPower))[P.docsisDsPower]).toBe('-178');
    await reboot(x);
    expect(x.sim.problemGone(C)).toBe(false);
  });

  it('faults compose: PPP, DNS and a disabled radio all need their own fix', async () => {
    const x = await withFault([
      { kind: 'ppp_auth_failure' },
      { kind: 'dns_misconfigured' },
      { kind: 'wifi_radio_disabled', params: { radio: 1 } },
    ]);
    expect(x.sim.activeFaults(C).sort()).toEqual([
      'dns_misconfigured',
      'ppp_auth_failure',
      'wifi_radio_disabled',
    ]);
    await x.spv(C, [[P.pppPassword, 'pw-100001']]);
    expect(x.sim.activeFaults(C).sort()).toEqual(['dns_misconfigured', 'wifi_radio_disabled']);
    await x.spv(C, [[P.dnsServer(1), '198.51.100.53']]);
    expect(x.sim.problemGone(C)).toBe(false);
    await x.spv(C, [[P.radioEnable(1), 'true', 'xsd:boolean']]);
    expect(x.sim.problemGone(C)).toBe(true);
  });
});
