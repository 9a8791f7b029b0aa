// The summary says only what happened: "no faults found in the tests" only after tests, the findings
// of the cause the case worked on (not a second root cause beside it), and a step's result that a
// password label before it cannot turn into a masked "secret".
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../domain/index.js';
import type { EngineState } from '../runbooks/engine.js';
import { maskSecretText } from '../security/mask.js';
import { finding as explained } from '../diagnostics/finding.js';
import { buildSummary, type CaseFacts } from './handoff.js';

const finding = (code: string, severity: 'ok' | 'fault', en: string) => ({
  code,
  severity,
  evidence: { values: {}, source: 'test' },
  explanation: { sv: en, en },
});

function facts(engine: Partial<EngineState>): CaseFacts {
  return {
    ticket: { id: 't', reference: 'T-000001', slaDueAt: null } as unknown as Ticket,
    customer: null,
    service: null,
    deviceId: null,
    verified: true,
    priority: 'P3',
    problem: { customer: 'A question about TV', en: 'A question about TV' },
    engine: {
      intent: 'slow_speed',
      findings: [],
      tried: [],
      facts: {},
      causes: [],
      handled: [],
      current: null,
      ...engine,
    } as unknown as EngineState,
  };
}
const routed = {
  outcome: 'routed' as const,
  queue: 'agents' as const,
  disposition: 'routed.agents',
  reason: 'x',
};
const resolved = {
  outcome: 'resolved' as const,
  queue: null,
  disposition: 'resolved.remote_fix',
  reason: 'x',
};

describe('the summary says only what happened', () => {
  it('an account look-up alone is not "tests": no "no faults found"', () => {
    const s = buildSummary(facts({ findings: [finding('account.ok', 'ok', 'Active.')] }), routed, 'en');
    expect(s.customer).not.toMatch(/No faults found/);
    expect(s.staff).not.toMatch(/No faults found/);
  });

  it('after a line test that found nothing, "no faults found" is said', () => {
    const s = buildSummary(facts({ findings: [finding('line.ok', 'ok', 'Fine.')] }), routed, 'sv');
    expect(s.customer).toMatch(/Inga fel hittades/);
  });

  it('the customer reads the cause the case worked on, not a second cause it set aside', () => {
    const s = buildSummary(
      facts({
        findings: [
          finding('cpe.hardware_fault', 'fault', 'The router reports a fault in its hardware.'),
          finding('wan.traffic_stalled', 'fault', 'It has most likely frozen.'),
        ],
        causes: [
          { cause: 'hardware_failure', score: 1, codes: ['cpe.hardware_fault'] },
          { cause: 'cpe_hung', score: 0.5, codes: ['wan.traffic_stalled'] },
        ],
        handled: ['hardware_failure'],
        tried: [{ step: 'cpe_reboot', result: 'did not help' }],
      }),
      { outcome: 'escalated', queue: 'field', disposition: 'escalated.field', reason: 'x' },
      'en',
    );
    expect(s.customer).toMatch(/hardware/);
    expect(s.customer).not.toMatch(/frozen/);
    expect(s.staff).toMatch(/frozen/);
  });

  it('a step named after a password keeps its result through masking', () => {
    const s = buildSummary(
      facts({
        findings: [finding('security.default_admin_password', 'fault', 'Factory default.')],
        tried: [{ step: 'admin_password_change', result: 'fixed' }],
      }),
      resolved,
      'en',
    );
    expect(maskSecretText(s.customer)).toBe(s.customer);
    expect(s.customer).toMatch(/new router admin password – fixed it/);
    const sv = buildSummary(
      facts({ tried: [{ step: 'wifi_password_change', result: 'done' }], findings: [] }),
      resolved,
      'sv',
    );
    expect(maskSecretText(sv.customer)).toBe(sv.customer);
  });
});

// Round 24 (c6): "Signalen i kabel-tv-nätet är utanför det tillåtna (-17.8 dBmV) … Signalen i kabel-tv-nätet är
// störd" — the cause's main finding and the one supporting it, both told. The customer reads one finding per
// cause worked; the staff summary keeps every finding.
describe('the customer summary tells each cause once', () => {
  const escalated = {
    outcome: 'escalated' as const,
    queue: 'field' as const,
    disposition: 'escalated.field',
    reason: 'x',
  };
  const ofCause = (cause: string, found: ReturnType<typeof explained>[]) =>
    facts({
      findings: found,
      current: { cause } as EngineState['current'],
      causes: [{ cause, score: 1, codes: found.map((f) => f.code) }],
    });
  const docsis = ofCause('docsis_power_out_of_range', [
    explained('line.docsis_power', 'fault', 'line', { dsPowerDbmv: -17.8 }),
    explained('line.docsis_snr_low', 'warn', 'line', { snrDb: 28 }),
  ]);

  it.each(['sv', 'en'] as const)('%s: the cable signal once, with its figure', (lang) => {
    const s = buildSummary(docsis, escalated, lang).customer;
    expect(s).toMatch(/-17[.,]8/);
    expect(s.match(/Signalen i kabel-tv-nätet|The signal in the cable network/g) ?? []).toHaveLength(1);
  });

  it('the staff summary keeps both findings', () => {
    const s = buildSummary(docsis, escalated, 'en').staff;
    expect(s).toContain('line.docsis_power');
    expect(s).toContain('line.docsis_snr_low');
  });

  it('sv: a DSL line with noise and lost data is told as the one line fault', () => {
    const dsl = ofCause('dsl_low_snr', [
      explained('line.dsl_snr_low', 'fault', 'line', { snrMarginDb: 4 }),
      explained('line.dsl_crc_growth', 'warn', 'line', {}),
    ]);
    const s = buildSummary(dsl, escalated, 'sv').customer;
    expect(s).toContain('signalmarginal 4 dB');
    expect(s).not.toContain('tappar data');
  });
});
