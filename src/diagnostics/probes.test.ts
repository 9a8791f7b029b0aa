import { describe, expect, it } from 'vitest';
import { DeviceError } from '../acs/device-service.js';
import { P, type AccessKind } from '../domain/index.js';
import type { LineStatus } from '../isp/ports.js';
import * as C from './codes.js';
import { runProbes } from './run.js';
import { diagnosticContext, fakeWorld, healthyLine, type FakeWorld } from './testing/fakes.js';
import type { ProbeId } from './types.js';

async function run(w: FakeWorld, probe: ProbeId, overrides = {}) {
  const [r] = await runProbes(diagnosticContext(w, overrides), [probe]);
  return r;
}
async function codes(w: FakeWorld, probe: ProbeId) {
  const r = await run(w, probe);
  expect(r.unavailable).toBeUndefined();
  return r.findings.map((f) => f.code);
}
function withLine(access: AccessKind, patch: Partial<LineStatus>) {
  const w = fakeWorld({ access });
  w.isp.access.lines.set(w.service.id, { ...healthyLine(access), ...patch } as LineStatus);
  return w;
}

describe('account probe', () => {
  it('active and suspended', async () => {
    const w = fakeWorld();
    expect(await codes(w, 'account')).toEqual([C.ACCOUNT_OK]);
    w.service.accountStatus = 'suspended_nonpayment';
    const r = await run(w, 'account');
    expect(r.findings[0]).toMatchObject({ code: C.ACCOUNT_SUSPENDED, severity: 'fault' });
  });
  it('says what it could not check without a service', async () => {
    const r = await run(fakeWorld(), 'account', { service: null });
    expect(r.findings).toEqual([]);
    expect(r.unavailable).toMatch(/account status.*no service/);
  });
});

describe('incident probe', () => {
  it('reports an open incident in the area with its reference and ETA', async () => {
    const w = fakeWorld();
    expect(await codes(w, 'incident')).toEqual([C.INCIDENT_NONE]);
    await w.incidents.create({ areas: ['SE-OTHER'], kind: 'fiber_cut', title: 'x' });
    expect(await codes(w, 'incident')).toEqual([C.INCIDENT_NONE]);
    const inc = await w.incidents.create({
      areas: [w.service.areaCode],
      kind: 'fiber_cut',
      title: 'Fibre cut',
      etaAt: '2026-01-15T12:00:00.000Z',
    });
    const r = await run(w, 'incident');
    expect(r.findings[0]).toMatchObject({
      code: C.INCIDENT_AREA_OUTAGE,
      severity: 'fault',
      evidence: { values: { incidentId: inc.id, reference: inc.reference, etaAt: inc.etaAt } },
    });
    expect(r.findings[0].explanation.sv).toContain(inc.reference);
    await w.incidents.resolve(inc.id);
    expect(await codes(w, 'incident')).toEqual([C.INCIDENT_NONE]);
  });
});

describe('aaa probe', () => {
  const session = (w: FakeWorld, s: object) =>
    w.isp.aaa.sessions.set(w.service.pppoeUsername!, {
      up: false,
      ipAddress: null,
      startedAt: null,
      lastReject: null,
      lastRejectAt: null,
      ...s,
    });
  it('session up, rejects and no session', async () => {
    const w = fakeWorld();
    expect(await codes(w, 'aaa')).toEqual([C.AAA_SESSION_UP]);
    session(w, { lastReject: 'auth_failure' });
    expect(await codes(w, 'aaa')).toEqual([C.AAA_REJECT_AUTH]);
    session(w, { lastReject: 'account_disabled' });
    expect(await codes(w, 'aaa')).toEqual([C.AAA_REJECT_DISABLED]);
    session(w, { lastReject: 'no_carrier' });
    expect(await codes(w, 'aaa')).toEqual([C.AAA_NO_SESSION]);
  });
  it('is unavailable without a PPPoE username', async () => {
    const w = fakeWorld();
    w.service.pppoeUsername = null;
    expect((await run(w, 'aaa')).unavailable).toMatch(/PPPoE/);
  });
});

describe('line probe: fibre', () => {
  it.each([
    [{ los: true, rxDbm: null }, [C.LINE_FIBER_LOS]],
    [{ ontRegistered: false, rxDbm: null }, [C.LINE_NO_LINK]],
    [{ rxDbm: -27.1 }, [C.LINE_OPTICAL_LOW]],
    [{ rxDbm: -27 }, [C.LINE_OK, C.LINE_OPTICAL_MARGINAL]],
    [{ rxDbm: -25.1 }, [C.LINE_OK, C.LINE_OPTICAL_MARGINAL]],
    [{ rxDbm: -25 }, [C.LINE_OK]],
    [{ rxDbm: -8 }, [C.LINE_OK]],
    [{ rxDbm: -7.9 }, [C.LINE_OPTICAL_OVERLOAD]],
  ])('%o → %o', async (patch, expected) => {
    expect(await codes(withLine('fiber', patch), 'line')).toEqual(expected);
  });
  it('puts values and thresholds in the evidence', async () => {
    const r = await run(withLine('fiber', { rxDbm: -29.1 }), 'line');
    expect(r.findings[0].evidence).toMatchObject({
      values: { rxDbm: -29.1 },
      thresholds: { minDbm: -27, maxDbm: -8 },
      source: 'isp:access-node',
    });
  });
});

describe('line probe: DSL', () => {
  it.each([
    [{ sync: false }, [C.LINE_NO_LINK]],
    [{ snrMarginDb: 6 }, [C.LINE_DSL_SNR_LOW]],
    [{ snrMarginDb: 6.5 }, [C.LINE_OK, C.LINE_DSL_SNR_MARGINAL]],
    [{ snrMarginDb: 10 }, [C.LINE_OK, C.LINE_DSL_SNR_MARGINAL]],
    [{ snrMarginDb: 10.5 }, [C.LINE_OK]],
    [{ crcErrors: 1101, crcErrorsHourAgo: 1000 }, [C.LINE_OK, C.LINE_DSL_CRC_GROWTH]],
    [{ crcErrors: 1100, crcErrorsHourAgo: 1000 }, [C.LINE_OK]],
    [{ attenuationDb: 50.5 }, [C.LINE_OK, C.LINE_DSL_ATTENUATION_HIGH]],
    [{ attenuationDb: 50 }, [C.LINE_OK]],
    [{ snrMarginDb: 4, crcErrors: 5000, crcErrorsHourAgo: 100 }, [C.LINE_DSL_SNR_LOW, C.LINE_DSL_CRC_GROWTH]],
  ])('%o → %o', async (patch, expected) => {
    expect(await codes(withLine('dsl', patch), 'line')).toEqual(expected);
  });
});

describe('line probe: DOCSIS', () => {
  it.each([
    [{ online: false, dsPowerDbmv: null, snrDb: null }, [C.LINE_NO_LINK]],
    [{ dsPowerDbmv: 15.1 }, [C.LINE_DOCSIS_POWER]],
    [{ dsPowerDbmv: -15.1, online: false }, [C.LINE_DOCSIS_POWER]],
    [{ dsPowerDbmv: 15 }, [C.LINE_OK]],
    [{ dsPowerDbmv: -15 }, [C.LINE_OK]],
    [{ snrDb: 29.9 }, [C.LINE_OK, C.LINE_DOCSIS_SNR_LOW]],
    [{ snrDb: 30 }, [C.LINE_OK]],
  ])('%o → %o', async (patch, expected) => {
    expect(await codes(withLine('cable', patch), 'line')).toEqual(expected);
  });
});

describe('cpe probe', () => {
  it('online with uptime and last inform; long uptime only above 30 days', async () => {
    const w = fakeWorld();
    const r = await run(w, 'cpe');
    expect(r.findings.map((f) => f.code)).toEqual([C.CPE_ONLINE]);
    expect(r.findings[0].evidence.values).toMatchObject({
      uptimeDays: 3,
      lastInformAt: '2026-01-15T10:00:00.000Z',
    });
    w.devices.set(w.deviceId, { [P.uptime]: 30 * 86400 });
    expect(await codes(w, 'cpe')).toEqual([C.CPE_ONLINE]);
    w.devices.set(w.deviceId, { [P.uptime]: 30 * 86400 + 1 });
    expect(await codes(w, 'cpe')).toEqual([C.CPE_ONLINE, C.CPE_LONG_UPTIME]);
  });
  it('hardware error', async () => {
    const w = fakeWorld();
    w.devices.set(w.deviceId, { [P.hardwareStatus]: 'Error: WAN PHY failure' });
    expect(await codes(w, 'cpe')).toEqual([C.CPE_ONLINE, C.CPE_HARDWARE_ERROR]);
  });
  it('reads fresh (maxAgeMs 0)', async () => {
    const w = fakeWorld();
    await run(w, 'cpe');
    expect(w.devices.callsOf('getParameters')[0].args[1]).toMatchObject({ maxAgeMs: 0 });
  });
  it.each(['offline', 'timeout'] as const)('device %s → cpe.unreachable', async (kind) => {
    const w = fakeWorld();
    w.devices.failWith('getParameters', new DeviceError(kind, kind));
    const r = await run(w, 'cpe');
    expect(r.findings[0]).toMatchObject({
      code: C.CPE_UNREACHABLE,
      severity: 'fault',
      evidence: { values: { error: kind, lastInformAt: '2026-01-15T10:00:00.000Z' } },
    });
  });
  it('looks the router up by service; unavailable when none is registered', async () => {
    const w = fakeWorld();
    expect(await codes(w, 'cpe')).toEqual([C.CPE_ONLINE]);
    const r1 = await run(w, 'cpe', { deviceId: null });
    expect(r1.findings.map((f) => f.code)).toEqual([C.CPE_ONLINE]);
    const r2 = await run(w, 'cpe', { deviceId: null, service: { ...w.service, id: 'svc-none' } });
    expect(r2.unavailable).toMatch(/no router is registered/);
  });
});

describe('wan probe', () => {
  it('connected and internet reachable → wan.ok', async () => {
    expect(await codes(fakeWorld(), 'wan')).toEqual([C.WAN_OK]);
  });
  it('authentication failure', async () => {
    const w = fakeWorld();
    w.devices.set(w.deviceId, {
      [P.pppStatus]: 'Disconnected',
      [P.pppLastError]: 'ERROR_AUTHENTICATION_FAILURE',
    });
    const r = await run(w, 'wan');
    expect(r.findings[0]).toMatchObject({
      code: C.WAN_PPP_AUTH_FAILURE,
      evidence: { source: `acs:${P.pppLastError}` },
    });
  });
  it('PPP down for another reason', async () => {
    const w = fakeWorld();
    w.devices.set(w.deviceId, { [P.pppStatus]: 'Connecting', [P.pppLastError]: 'ERROR_NO_CARRIER' });
    expect(await codes(w, 'wan')).toEqual([C.WAN_PPP_DOWN]);
  });
  it('connected but internet ping fails → traffic stalled', async () => {
    const w = fakeWorld();
    w.devices.onDiagnostic(w.deviceId, 'ipPing', () => ({
      kind: 'ipPing',
      state: 'Complete',
      successCount: 0,
      failureCount: 3,
      averageResponseTimeMs: null,
    }));
    expect(await codes(w, 'wan')).toEqual([C.WAN_TRAFFIC_STALLED]);
  });
  it('frequent reconnects above 5 a day', async () => {
    const w = fakeWorld();
    w.devices.set(w.deviceId, { [P.pppReconnects]: 5 });
    expect(await codes(w, 'wan')).toEqual([C.WAN_OK]);
    w.devices.set(w.deviceId, { [P.pppReconnects]: 6 });
    expect(await codes(w, 'wan')).toEqual([C.WAN_OK, C.WAN_FREQUENT_RECONNECTS]);
  });
});

describe('dns probe', () => {
  const failLookup = (w: FakeWorld) =>
    w.devices.onDiagnostic(w.deviceId, 'nslookup', () => ({
      kind: 'nslookup',
      state: 'Error_DNSServerNotResolved',
      successCount: 0,
      results: [],
    }));
  it('ISP servers and a working lookup', async () => {
    expect(await codes(fakeWorld(), 'dns')).toEqual([C.DNS_OK]);
  });
  it('foreign servers and failing lookups → misconfigured', async () => {
    const w = fakeWorld();
    w.devices.set(w.deviceId, { [P.dnsServer(1)]: '10.255.255.1', [P.dnsServer(2)]: '' });
    failLookup(w);
    const r = await run(w, 'dns');
    expect(r.findings[0]).toMatchObject({
      code: C.DNS_MISCONFIGURED,
      severity: 'fault',
      evidence: { values: { servers: ['10.255.255.1'] } },
    });
  });
  it('foreign servers that answer are only a warning', async () => {
    const w = fakeWorld();
    w.devices.set(w.deviceId, { [P.dnsServer(1)]: '9.9.9.9' });
    expect(await codes(w, 'dns')).toEqual([C.DNS_CUSTOM_SERVERS]);
  });
  it('ISP servers but lookups fail', async () => {
    const w = fakeWorld();
    failLookup(w);
    expect(await codes(w, 'dns')).toEqual([C.DNS_LOOKUP_FAILED]);
  });
});

describe('ping probe', () => {
  it('internet reachable or not', async () => {
    const w = fakeWorld();
    expect(await codes(w, 'ping')).toEqual([C.PING_OK]);
    w.devices.onDiagnostic(w.deviceId, 'ipPing', (req) =>
      req.kind === 'ipPing' && req.host === '8.8.8.8'
        ? { kind: 'ipPing', state: 'Complete', successCount: 0, failureCount: 3, averageResponseTimeMs: null }
        : { kind: 'ipPing', state: 'Complete', successCount: 3, failureCount: 0, averageResponseTimeMs: 4 },
    );
    const r = await run(w, 'ping');
    expect(r.findings[0]).toMatchObject({
      code: C.PING_INTERNET_FAILED,
      evidence: { values: { ispReachable: true } },
    });
  });
});

describe('speed probe', () => {
  const speed = (w: FakeWorld, mbps: number | null, state = 'Completed') =>
    w.devices.onDiagnostic(w.deviceId, 'download', () => ({
      kind: 'download',
      state,
      throughputMbps: mbps,
      bytes: 1,
      durationMs: 1,
    }));
  it('below 50 % of the plan is a fault; 50 % is fine', async () => {
    const w = fakeWorld({ downMbps: 500 });
    speed(w, 249);
    const r = await run(w, 'speed');
    expect(r.findings[0]).toMatchObject({
      code: C.SPEED_BELOW_PLAN,
      evidence: { values: { measuredMbps: 249, planMbps: 500 } },
    });
    speed(w, 250);
    expect(await codes(w, 'speed')).toEqual([C.SPEED_OK]);
  });
  it('a test that did not complete is unavailable, not a finding', async () => {
    const w = fakeWorld();
    speed(w, null, 'Error_Timeout');
    expect((await run(w, 'speed')).unavailable).toMatch(/download speed.*did not complete/);
  });
});

describe('wifi probe', () => {
  it('healthy', async () => {
    expect(await codes(fakeWorld(), 'wifi')).toEqual([C.WIFI_OK]);
  });
  it('radio disabled', async () => {
    const w = fakeWorld();
    w.devices.set(w.deviceId, { [P.radioEnable(2)]: false });
    const r = await run(w, 'wifi');
    expect(r.findings[0]).toMatchObject({
      code: C.WIFI_RADIO_DISABLED,
      evidence: { values: { radios: [2] } },
    });
  });
  it.each([
    [76, 3, [C.WIFI_CHANNEL_CONGESTED]],
    [75, 12, [C.WIFI_OK]],
    [90, 2, [C.WIFI_CHANNEL_BUSY]],
  ])('utilisation %i %% with %i neighbours → %o', async (util, neighbours, expected) => {
    const w = fakeWorld();
    w.devices.set(w.deviceId, { [P.radioUtilization(1)]: util, [P.radioNeighbours(1)]: neighbours });
    expect(await codes(w, 'wifi')).toEqual(expected);
  });
  it('client signal: weak below -75 dBm; on 2.4 GHz below -67 dBm', async () => {
    const w = fakeWorld();
    const rssi = (r: 1 | 2, v: number) =>
      w.devices.set(w.deviceId, { [`${P.apClients(r)}1.SignalStrength`]: v });
    rssi(1, -67);
    expect(await codes(w, 'wifi')).toEqual([C.WIFI_OK]);
    rssi(1, -70);
    expect(await codes(w, 'wifi')).toEqual([C.WIFI_CLIENT_ON_24GHZ]);
    rssi(1, -75);
    expect(await codes(w, 'wifi')).toEqual([C.WIFI_CLIENT_ON_24GHZ]);
    rssi(1, -80);
    expect(await codes(w, 'wifi')).toEqual([C.WIFI_CLIENT_WEAK_SIGNAL, C.WIFI_CLIENT_ON_24GHZ]);
    rssi(1, -50);
    rssi(2, -70);
    expect(await codes(w, 'wifi')).toEqual([C.WIFI_OK]);
    rssi(2, -78);
    const r = await run(w, 'wifi');
    expect(r.findings.map((f) => f.code)).toEqual([C.WIFI_CLIENT_WEAK_SIGNAL]);
    expect(r.findings[0].evidence.values).toMatchObject({ rssiDbm: -78 });
  });
  it('ignores inactive clients', async () => {
    const w = fakeWorld();
    w.devices.set(w.deviceId, {
      [`${P.apClients(1)}1.SignalStrength`]: -90,
      [`${P.apClients(1)}1.Active`]: false,
    });
    expect(await codes(w, 'wifi')).toEqual([C.WIFI_OK]);
  });
});

describe('firmware probe', () => {
  it('recommended, known bad, outdated, outdated with reconnects', async () => {
    const w = fakeWorld({ access: 'fiber' });
    expect(await codes(w, 'firmware')).toEqual([C.FIRMWARE_OK]);
    w.devices.set(w.deviceId, { [P.softwareVersion]: '2.2.0' });
    const r = await run(w, 'firmware');
    expect(r.findings[0]).toMatchObject({
      code: C.FIRMWARE_KNOWN_BAD,
      evidence: { values: { version: '2.2.0', recommended: '2.3.1' } },
    });
    w.devices.set(w.deviceId, { [P.softwareVersion]: '2.1.0' });
    expect(await codes(w, 'firmware')).toEqual([C.FIRMWARE_OUTDATED]);
    w.devices.set(w.deviceId, { [P.pppReconnects]: 12 });
    expect(await codes(w, 'firmware')).toEqual([C.FIRMWARE_KNOWN_BAD, C.FIRMWARE_OUTDATED]);
    w.devices.set(w.deviceId, { [P.softwareVersion]: '2.10.0' });
    expect(await codes(w, 'firmware')).toEqual([C.FIRMWARE_OK]);
  });
  it('unknown model is unavailable', async () => {
    const w = fakeWorld();
    w.devices.set(w.deviceId, { [P.modelName]: 'Other-1' });
    expect((await run(w, 'firmware')).unavailable).toMatch(/not in the firmware catalogue/);
  });
});

describe('security probe', () => {
  it('flags default admin password, WPS and open Wi-Fi', async () => {
    const w = fakeWorld();
    expect(await codes(w, 'security')).toEqual([C.SECURITY_OK]);
    w.devices.set(w.deviceId, {
      [P.adminPasswordIsDefault]: true,
      [P.apWpsEnable(1)]: true,
      [P.apSecurityMode(2)]: 'None',
    });
    expect(await codes(w, 'security')).toEqual([
      C.SECURITY_DEFAULT_ADMIN_PASSWORD,
      C.SECURITY_WPS_ENABLED,
      C.SECURITY_OPEN_WIFI,
    ]);
    w.devices.set(w.deviceId, {
      [P.ssidEnable(2)]: false,
      [P.apWpsEnable(1)]: false,
      [P.adminPasswordIsDefault]: false,
    });
    expect(await codes(w, 'security')).toEqual([C.SECURITY_OK]);
  });
});

describe('portal probe', () => {
  it('ok, locked, missing, unknown customer', async () => {
    const w = fakeWorld();
    expect(await codes(w, 'portal')).toEqual([C.PORTAL_OK]);
    w.isp.portal.accounts.set(w.customer.customerNumber, {
      exists: true,
      locked: true,
      failedLogins: 5,
      lastLoginAt: null,
    });
    expect(await codes(w, 'portal')).toEqual([C.PORTAL_LOCKED]);
    w.isp.portal.accounts.delete(w.customer.customerNumber);
    expect(await codes(w, 'portal')).toEqual([C.PORTAL_NO_ACCOUNT]);
    expect((await run(w, 'portal', { customer: null })).unavailable).toMatch(/not identified/);
  });
});
