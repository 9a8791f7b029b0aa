// The customer's summary is in plain words: "advice wifi limited: råd givet" and "failed: device_offline"
// (issue 14) never reach a customer.
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../domain/index.js';
import type { EngineState } from '../runbooks/engine.js';
import { buildSummary, type CaseFacts } from './handoff.js';

const engine = {
  findings: [],
  tried: [
    { step: 'advice.wifi_limited', result: 'advised' },
    { step: 'cpe_reboot', result: 'failed: device_offline' },
  ],
  facts: {},
} as unknown as EngineState;

const facts: CaseFacts = {
  ticket: { id: 't', reference: 'T-000001', slaDueAt: null } as unknown as Ticket,
  customer: null,
  service: null,
  deviceId: null,
  verified: true,
  priority: 'P3',
  problem: { customer: 'Låg hastighet', en: 'Slow speed' },
  engine,
};

describe('customer summary', () => {
  it('names steps and results in plain words in the customer language', () => {
    const finish = {
      outcome: 'escalated' as const,
      queue: 'tier2' as const,
      disposition: 'escalated.tier2',
      reason: 'x',
    };
    const sv = buildSummary(facts, finish, 'sv').customer;
    expect(sv).toContain('råd om hastighet över wifi – råd givet');
    expect(sv).toContain('omstart av routern – fungerade inte');
    expect(sv).not.toMatch(/advice|wifi limited|device_offline|failed/);
    const en = buildSummary(facts, finish, 'en').customer;
    expect(en).not.toMatch(/device_offline|wifi limited/);
    // "our second-line technicians follows up" (issue 14) is not English; team names are singular
    // collectives, so "{team} has / gets back" reads right.
    expect(en).toContain('you will hear from our second-line team within 24 hours');
  });
});
