// Extra evidence a probe can do without (a DNS lookup, a ping, the router summary) is not dropped in
// silence: the probe goes on, its finding says "not checked", and the failure is logged with the probe
// and what was missing (issue 20: no silent catch).
import { describe, expect, it } from 'vitest';
import { DeviceError } from '../acs/device-service.js';
import { runProbes } from './run.js';
import { diagnosticContext, fakeWorld } from './testing/fakes.js';

function recordingLog() {
  const warnings: { details: Record<string, unknown>; message?: string }[] = [];
  return {
    warnings,
    info() {},
    warn(details: object, message?: string) {
      warnings.push({ details: details as Record<string, unknown>, message });
    },
  };
}

describe('optional evidence', () => {
  it('a failed DNS lookup leaves the finding "not checked" and is logged with the probe', async () => {
    const w = fakeWorld();
    w.devices.failWith('runDiagnostic', new DeviceError('fault', 'diagnostics not supported'));
    const log = recordingLog();
    const [dns] = await runProbes(diagnosticContext(w, { log }), ['dns']);
    expect(dns.unavailable).toBeUndefined();
    expect(dns.findings[0].evidence).toMatchObject({ values: { lookup: 'not checked' } });
    expect(log.warnings).toEqual([
      expect.objectContaining({
        details: expect.objectContaining({
          probe: 'dns',
          what: 'DNS lookup',
          error: 'diagnostics not supported',
        }),
      }),
    ]);
  });

  it('a run without a logger still answers', async () => {
    const w = fakeWorld();
    w.devices.failWith('runDiagnostic', new DeviceError('fault', 'diagnostics not supported'));
    const [dns] = await runProbes(diagnosticContext(w), ['dns']);
    expect(dns.findings[0].evidence).toMatchObject({ values: { lookup: 'not checked' } });
  });
});
