import { describe, expect, it } from 'vitest';
import { DeviceError } from '../acs/device-service.js';
import { P, type AccessKind } from '../domain/index.js';
import type { LineStatus } from '../isp/ports.js';
import * as C from './codes.js';
import { diagnose } from './diagnose.js';
import { finding } from './finding.js';
import { runProbes } from './run.js';
import { diagnosticContext, fakeWorld, healthyLine, type FakeWorld } from './testing/fakes.js';
import { PROBE_IDS, type ProbeRun } from './types.js';

const noSession = (w: FakeWorld, lastReject: 'auth_failure' | 'account_disabled' | null = null) =>
  w.isp.aaa.sessions.set(w.service.pppoeUsername!, {
    up: false,
    ipAddress: null,
    startedAt: null,
    lastReject,
    lastRejectAt: null,
  });
const line = (w: FakeWorld, patch: Partial<LineStatus>) =>
  w.isp.access.lines.set(w.service.id, { ...healthyLine(w.service.access), ...patch } as LineStatus);
const pingFails = (w: FakeWorld) =>
  w.devices.onDiagnostic(w.deviceId, 'ipPing', () => ({
    kind: 'ipPing',
    state: 'Complete',
    successCount: 0,
    failureCount: 3,
    averageResponseTimeMs: null,
  }));
const lookupFails = (w: FakeWorld) =>
  w.devices.onDiagnostic(w.deviceId, 'nslookup', () => ({
    kind: 'nslookup',
    state: 'Error_Other',
    successCount: 0,
    results: [],
  }));
const download = (w: FakeWorld, mbps: number) =>
  w.devices.onDiagnostic(w.deviceId, 'download', () => ({
    kind: 'download',
    state: 'Completed',
    throughputMbps: mbps,
    bytes: 1,
    durationMs: 1,
  }));

interface Case {
  kind: string;
  access?: AccessKind;
  setup: (w: FakeWorld) => unknown;
  expect: { cause: string; action?: string; step?: string; escalateTo?: string; tier1Fixable: boolean };
}

const CASES: Case[] = [
  {
    kind: 'cpe_powered_off',
    setup: (w) => {
      line(w, { ontRegistered: false, rxDbm: null });
      noSession(w);
      w.devices.setOnline(w.deviceId, false);
    },
    expect: { cause: 'cpe_powered_off', step: 'step.power_on', tier1Fixable: true },
  },
  {
    kind: 'cable_unplugged',
    setup: (w) => {
      noSession(w);
      w.devices.setOnline(w.deviceId, false);
    },
    expect: { cause: 'cable_unplugged', step: 'step.check_cables', tier1Fixable: true },
  },
  {
    kind: 'fiber_los',
    setup: (w) => {
      line(w, { los: true, ontRegistered: false, rxDbm: null });
      noSession(w);
      w.devices.setOnline(w.deviceId, false);
    },
    expect: { cause: 'fiber_los', escalateTo: 'field', tier1Fixable: false },
  },
  {
    kind: 'optical_power_low',
    setup: (w) => line(w, { rxDbm: -29.5, dropsLast24h: 14 }),
    expect: { cause: 'optical_power_low', escalateTo: 'field', tier1Fixable: false },
  },
  {
    kind: 'dsl_low_snr',
    access: 'dsl',
    setup: (w) => line(w, { snrMarginDb: 4.5, crcErrors: 9000, crcErrorsHourAgo: 2000, resyncsLast24h: 9 }),
    expect: { cause: 'dsl_low_snr', step: 'step.check_cables', escalateTo: 'tier2', tier1Fixable: true },
  },
  {
    kind: 'docsis_power_out_of_range',
    access: 'cable',
    setup: (w) => line(w, { dsPowerDbmv: -18 }),
    expect: { cause: 'docsis_power_out_of_range', escalateTo: 'field', tier1Fixable: false },
  },
  {
    kind: 'ppp_auth_failure',
    setup: (w) => {
      noSession(w, 'auth_failure');
      w.devices.set(w.deviceId, {
        [P.pppStatus]: 'Disconnected',
        [P.pppLastError]: 'ERROR_AUTHENTICATION_FAILURE',
      });
      pingFails(w);
      lookupFails(w);
    },
    expect: { cause: 'ppp_auth_failure', action: 'pppoe_credentials_resync', tier1Fixable: true },
  },
  {
    kind: 'dns_misconfigured',
    setup: (w) => {
      w.devices.set(w.deviceId, { [P.dnsServer(1)]: '10.99.99.1', [P.dnsServer(2)]: '10.99.99.2' });
      lookupFails(w);
    },
    expect: { cause: 'dns_misconfigured', action: 'dns_reset', tier1Fixable: true },
  },
  {
    kind: 'cpe_hung',
    setup: (w) => {
      w.devices.set(w.deviceId, { [P.uptime]: 64 * 86400 });
      pingFails(w);
      lookupFails(w);
      download(w, 0.1);
    },
    expect: { cause: 'cpe_hung', action: 'cpe_reboot', tier1Fixable: true },
  },
  {
    kind: 'firmware_bug_drops',
    setup: (w) => w.devices.set(w.deviceId, { [P.softwareVersion]: '2.2.0', [P.pppReconnects]: 14 }),
    expect: { cause: 'firmware_bug_drops', action: 'cpe_firmware_upgrade', tier1Fixable: true },
  },
  {
    kind: 'wifi_channel_congestion',
    setup: (w) => w.devices.set(w.deviceId, { [P.radioUtilization(1)]: 88, [P.radioNeighbours(1)]: 14 }),
    expect: { cause: 'wifi_channel_congestion', action: 'wifi_channel_change', tier1Fixable: true },
  },
  {
    kind: 'wifi_weak_signal',
    setup: (w) => w.devices.set(w.deviceId, { [`${P.apClients(1)}1.SignalStrength`]: -82 }),
    expect: { cause: 'wifi_weak_signal', step: 'step.move_closer', tier1Fixable: true },
  },
  {
    kind: 'wifi_radio_disabled',
    setup: (w) => w.devices.set(w.deviceId, { [P.radioEnable(1)]: false, [P.radioEnable(2)]: false }),
    expect: { cause: 'wifi_radio_disabled', action: 'wifi_radio_enable', tier1Fixable: true },
  },
  {
    kind: 'speed_wifi_limited',
    setup: (w) => {
      download(w, 470);
      w.devices.set(w.deviceId, { [`${P.apClients(1)}1.SignalStrength`]: -71 });
    },
    expect: { cause: 'speed_wifi_limited', step: 'step.wired_test', tier1Fixable: true },
  },
  {
    kind: 'speed_line_degraded',
    setup: (w) => download(w, 60),
    expect: { cause: 'speed_line_degraded', escalateTo: 'tier2', tier1Fixable: false },
  },
  {
    kind: 'area_outage',
    setup: async (w) => {
      await w.incidents.create({
        areas: [w.service.areaCode],
        kind: 'fiber_cut',
        title: 'Fibre cut',
        etaAt: '2026-01-15T14:00:00.000Z',
      });
      line(w, { ontRegistered: false, rxDbm: null });
      noSession(w);
      w.devices.setOnline(w.deviceId, false);
    },
    expect: { cause: 'area_outage', tier1Fixable: false },
  },
  {
    kind: 'billing_suspended',
    setup: (w) => {
      w.service.accountStatus = 'suspended_nonpayment';
      noSession(w, 'account_disabled');
      w.devices.set(w.deviceId, {
        [P.pppStatus]: 'Disconnected',
        [P.pppLastError]: 'ERROR_ACCOUNT_DISABLED',
      });
    },
    expect: { cause: 'billing_suspended', escalateTo: 'billing', tier1Fixable: false },
  },
  {
    kind: 'portal_account_locked',
    setup: (w) =>
      w.isp.portal.accounts.set(w.customer.customerNumber, {
        exists: true,
        locked: true,
        failedLogins: 6,
        lastLoginAt: null,
      }),
    expect: { cause: 'portal_account_locked', action: 'account_unlock', tier1Fixable: true },
  },
  {
    kind: 'default_admin_password',
    setup: (w) => w.devices.set(w.deviceId, { [P.adminPasswordIsDefault]: true }),
    expect: { cause: 'default_admin_password', action: 'admin_password_change', tier1Fixable: true },
  },
  {
    kind: 'hardware_failure',
    setup: (w) => w.devices.set(w.deviceId, { [P.hardwareStatus]: 'Error: Wi-Fi chipset not responding' }),
    expect: { cause: 'hardware_failure', action: 'cpe_reboot', escalateTo: 'field', tier1Fixable: false },
  },
];

describe('diagnose: each fault kind signature ranks its cause first', () => {
  it.each(CASES.map((c) => [c.kind, c] as const))('%s', async (_kind, c) => {
    const w = fakeWorld({ access: c.access ?? 'fiber' });
    await c.setup(w);
    const runs = await runProbes(diagnosticContext(w), [...PROBE_IDS]);
    const causes = diagnose(runs);
    expect(causes.length).toBeGreaterThan(0);
    const top = causes[0];
    expect(top).toMatchObject({ cause: c.expect.cause, tier1Fixable: c.expect.tier1Fixable });
    expect(top.suggestedAction).toBe(c.expect.action);
    expect(top.suggestedStep).toBe(c.expect.step);
    expect(top.escalateTo).toBe(c.expect.escalateTo);
    expect(top.findings.length).toBeGreaterThan(0);
  });

  it('a healthy subscriber has no root cause', async () => {
    const w = fakeWorld();
    expect(diagnose(await runProbes(diagnosticContext(w), [...PROBE_IDS]))).toEqual([]);
  });

  it('an area outage outranks the no-link signature of a powered-off router', async () => {
    const w = fakeWorld();
    await CASES.find((c) => c.kind === 'area_outage')!.setup(w);
    const causes = diagnose(await runProbes(diagnosticContext(w), [...PROBE_IDS])).map((c) => c.cause);
    expect(causes).not.toContain('cpe_powered_off');
  });

  it('hung router plus default admin password: the hang first, the password as a secondary cause', async () => {
    const w = fakeWorld();
    await CASES.find((c) => c.kind === 'cpe_hung')!.setup(w);
    w.devices.set(w.deviceId, { [P.adminPasswordIsDefault]: true });
    const causes = diagnose(await runProbes(diagnosticContext(w), [...PROBE_IDS])).map((c) => c.cause);
    expect(causes[0]).toBe('cpe_hung');
    expect(causes).toContain('default_admin_password');
    expect(causes).not.toContain('dns_lookup_failed');
    expect(causes).not.toContain('speed_line_degraded');
  });

  it('a router timeout with the line up is still read as the router being cut off', async () => {
    const w = fakeWorld();
    noSession(w);
    w.devices.failWith('getParameters', new DeviceError('timeout', 'no session'));
    const causes = diagnose(await runProbes(diagnosticContext(w), ['line', 'aaa', 'cpe']));
    expect(causes[0].cause).toBe('cable_unplugged');
  });
});

describe('diagnose: pure ranking', () => {
  const run = (...codes: string[]): ProbeRun[] => [
    { probe: 'line', findings: codes.map((c) => finding(c, 'fault', 'test', {})), durationMs: 0 },
  ];
  it('is deterministic and ignores input order', () => {
    const a = diagnose(
      run(C.WIFI_RADIO_DISABLED, C.SECURITY_DEFAULT_ADMIN_PASSWORD, C.WIFI_CHANNEL_CONGESTED),
    );
    const b = diagnose(
      run(C.WIFI_CHANNEL_CONGESTED, C.SECURITY_DEFAULT_ADMIN_PASSWORD, C.WIFI_RADIO_DISABLED),
    );
    expect(a).toEqual(b);
    expect(a.map((c) => c.cause)).toEqual([
      'wifi_radio_disabled',
      'wifi_channel_congestion',
      'default_admin_password',
    ]);
  });
  it('supporting findings raise the score', () => {
    const alone = diagnose(run(C.FIRMWARE_KNOWN_BAD))[0];
    const backed = diagnose(run(C.FIRMWARE_KNOWN_BAD, C.WAN_FREQUENT_RECONNECTS))[0];
    expect(backed.score).toBeGreaterThan(alone.score);
    expect(backed.findings.map((f) => f.code)).toEqual([C.FIRMWARE_KNOWN_BAD, C.WAN_FREQUENT_RECONNECTS]);
  });
  it('AAA reject alone is enough for a PPP authentication failure', () => {
    expect(diagnose(run(C.AAA_REJECT_AUTH))[0]).toMatchObject({
      cause: 'ppp_auth_failure',
      suggestedAction: 'pppoe_credentials_resync',
    });
  });
  it('speed below plan is not blamed on the line service when the line itself is faulty', () => {
    const causes = diagnose(run(C.SPEED_BELOW_PLAN, C.LINE_DSL_SNR_LOW)).map((c) => c.cause);
    expect(causes).toEqual(['dsl_low_snr']);
  });
  it('no findings, no causes', () => {
    expect(diagnose([])).toEqual([]);
  });
});
