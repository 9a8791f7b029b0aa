import { describe, expect, it } from 'vitest';
import { DeviceError } from '../acs/device-service.js';
import { P } from '../domain/index.js';
import * as C from './codes.js';
import { FINDING_CODES } from './codes.js';
import { hasExplanation } from './explanations.js';
import { runProbes } from './run.js';
import { diagnosticContext, fakeWorld } from './testing/fakes.js';
import { PROBE_IDS } from './types.js';

describe('runProbes', () => {
  it('reads all device parameters of the selected probes in one call, reusing a recent cache', async () => {
    const w = fakeWorld();
    const runs = await runProbes(diagnosticContext(w), ['wan', 'dns', 'wifi', 'security', 'firmware']);
    const reads = w.devices.callsOf('getParameters');
    expect(reads).toHaveLength(1);
    const paths = reads[0].args[0] as string[];
    expect(paths).toEqual(
      expect.arrayContaining([
        P.pppStatus,
        P.dnsServer(1),
        P.radioEnable(1),
        P.apClients(2),
        P.adminPasswordIsDefault,
        P.softwareVersion,
      ]),
    );
    expect(new Set(paths).size).toBe(paths.length);
    expect(reads[0].args[1]).toMatchObject({ maxAgeMs: 30_000 });
    expect(runs.map((r) => r.probe)).toEqual(['wan', 'dns', 'wifi', 'security', 'firmware']);
    expect(runs.every((r) => r.unavailable === undefined)).toBe(true);
  });

  it('runs each device diagnostic once even when two probes need it', async () => {
    const w = fakeWorld();
    await runProbes(diagnosticContext(w), ['wan', 'ping']);
    const pings = w.devices
      .callsOf('runDiagnostic')
      .filter((c) => (c.args[0] as { host: string }).host === '8.8.8.8');
    expect(pings).toHaveLength(1);
  });

  it('an offline router: cpe.unreachable, device probes unavailable, network-side probes still answer', async () => {
    const w = fakeWorld();
    w.devices.setOnline(w.deviceId, false);
    const runs = await runProbes(diagnosticContext(w), [...PROBE_IDS]);
    const by = Object.fromEntries(runs.map((r) => [r.probe, r]));
    expect(by.cpe.findings.map((f) => f.code)).toEqual([C.CPE_UNREACHABLE]);
    for (const p of ['wan', 'dns', 'wifi', 'firmware', 'security', 'ping', 'speed'] as const) {
      expect(by[p].unavailable, p).toMatch(/router is offline/);
    }
    expect(by.line.findings.map((f) => f.code)).toEqual([C.LINE_OK]);
    expect(by.aaa.findings.map((f) => f.code)).toEqual([C.AAA_SESSION_UP]);
    expect(by.account.findings.map((f) => f.code)).toEqual([C.ACCOUNT_OK]);
    expect(by.portal.findings.map((f) => f.code)).toEqual([C.PORTAL_OK]);
  });

  it('a router that never answers: every probe ends by its deadline', async () => {
    const w = fakeWorld();
    w.devices.hang('getParameters').hang('runDiagnostic');
    const runs = await runProbes(diagnosticContext(w, { deadlineMs: 30 }), ['wan', 'wifi', 'ping', 'line']);
    expect(runs.find((r) => r.probe === 'wan')?.unavailable).toMatch(
      /router internet connection: no answer within 30 ms/,
    );
    expect(runs.find((r) => r.probe === 'ping')?.unavailable).toMatch(/no answer within 30 ms/);
    expect(runs.find((r) => r.probe === 'line')?.findings.map((f) => f.code)).toEqual([C.LINE_OK]);
  });

  it('a port that throws is reported as unavailable, not thrown', async () => {
    const w = fakeWorld();
    w.isp.access.lines.clear();
    w.isp.aaa.session = async () => {
      throw new Error('RADIUS connection refused');
    };
    const runs = await runProbes(diagnosticContext(w), ['line', 'aaa']);
    expect(runs[0].unavailable).toMatch(/access line: unknown service/);
    expect(runs[1].unavailable).toMatch(/RADIUS connection refused/);
  });

  it('falls back to per-probe reads when the combined read faults on one path', async () => {
    const w = fakeWorld();
    w.devices.delete(w.deviceId, P.pppReconnects);
    const runs = await runProbes(diagnosticContext(w), ['wan', 'dns', 'wifi']);
    const by = Object.fromEntries(runs.map((r) => [r.probe, r]));
    expect(by.wan.unavailable).toMatch(/fault 9005/);
    expect(by.dns.findings.map((f) => f.code)).toEqual([C.DNS_OK]);
    expect(by.wifi.findings.map((f) => f.code)).toEqual([C.WIFI_OK]);
  });

  it('an unknown device at the ACS is unavailable for device probes', async () => {
    const w = fakeWorld();
    const runs = await runProbes(diagnosticContext(w, { deviceId: 'nope' }), ['wifi']);
    expect(runs[0].unavailable).toMatch(/not known to the ACS/);
  });

  it('unknown customer: says what could not be checked', async () => {
    const w = fakeWorld();
    const runs = await runProbes(diagnosticContext(w, { customer: null, service: null, deviceId: null }), [
      ...PROBE_IDS,
    ]);
    for (const r of runs) {
      expect(r.findings).toEqual([]);
      expect(r.unavailable).toMatch(/^Could not check /);
    }
  });

  it('a device fault other than offline is not reported as unreachable', async () => {
    const w = fakeWorld();
    w.devices.failWith('getParameters', new DeviceError('fault', 'Internal error', 9002));
    const [r] = await runProbes(diagnosticContext(w), ['cpe']);
    expect(r.unavailable).toMatch(/fault 9002/);
  });
});

describe('finding texts', () => {
  it('every finding code has a Swedish and English explanation', () => {
    for (const code of FINDING_CODES) expect(hasExplanation(code), code).toBe(true);
  });
  it('findings carry non-empty explanations in both languages', async () => {
    const w = fakeWorld();
    w.devices.set(w.deviceId, { [P.adminPasswordIsDefault]: true, [P.radioEnable(1)]: false });
    const runs = await runProbes(diagnosticContext(w), [...PROBE_IDS]);
    for (const f of runs.flatMap((r) => r.findings)) {
      expect(f.explanation.sv.length).toBeGreaterThan(10);
      expect(f.explanation.en.length).toBeGreaterThan(10);
      expect(f.explanation.en).not.toMatch(/undefined|\[object/);
    }
  });
});
