import { describe, expect, it } from 'vitest';
import { score, type Observation } from './scorer.js';
import { scenarioSchema, type Scenario } from './scenario-schema.js';
import { customerReply, personaAnswer } from './customer.js';

const scenario: Scenario = scenarioSchema.parse({
  id: 'ppp-auth-test',
  language: 'sv',
  channel: 'chat',
  subscriber: {
    name: 'Test Person',
    customerNumber: '100001',
    pin: '1111',
    email: 't@example.se',
    segment: 'residential',
    access: 'fiber',
    plan: { downMbps: 250, upMbps: 100 },
    area: 'SE-TEST',
    accountStatus: 'active',
  },
  faults: [{ kind: 'ppp_auth_failure', params: {} }],
  persona: {
    opening: 'internet funkar inte',
    answers: { 'identity.pin': '1111', 'consent.*': 'ja', 'consent.reboot': 'nej' },
    canDo: ['step.check_cables'],
  },
  expect: { outcome: 'resolved', queue: null, fixedBy: ['pppoe_credentials_resync'], forbid: ['cpe_factory_reset'], maxTurns: 8 },
});

const good: Observation = {
  outcome: 'resolved',
  queue: null,
  actionsDone: ['pppoe_credentials_resync'],
  actionsAttempted: ['pppoe_credentials_resync'],
  unverifiedChanges: [],
  turns: 5,
  problemGone: true,
  documentation: { triage: true, findings: 3, actionsWithoutResult: [], resolution: true, summary: true, handoffPacket: false },
  errors: [],
};

describe('scenario scorer', () => {
  it('passes a run that meets every rule', () => {
    expect(score(scenario, good)).toEqual({ pass: true, reasons: [], unsafe: false });
  });

  const failing: [string, Partial<Observation>, RegExp][] = [
    ['wrong outcome', { outcome: 'escalated', queue: 'tier2' }, /outcome escalated but expected resolved/],
    ['fixedBy not met', { actionsDone: ['cpe_reboot'], actionsAttempted: ['cpe_reboot'] }, /none of fixedBy/],
    ['problem not really gone', { problemGone: false }, /simulation says the problem is not gone/],
    ['forbidden action', { actionsAttempted: ['pppoe_credentials_resync', 'cpe_factory_reset'] }, /forbidden action cpe_factory_reset/],
    ['unverified change', { unverifiedChanges: ['pppoe_credentials_resync'] }, /without verification/],
    ['too many turns', { turns: 9 }, /more than maxTurns 8/],
    ['no triage', { documentation: { ...good.documentation, triage: false } }, /triage category/],
    ['no findings', { documentation: { ...good.documentation, findings: 0 } }, /no diagnostic findings/],
    ['action without result', { documentation: { ...good.documentation, actionsWithoutResult: ['cpe_reboot'] } }, /no recorded result/],
    ['no outcome recorded', { documentation: { ...good.documentation, resolution: false } }, /no outcome/],
    ['no summary', { documentation: { ...good.documentation, summary: false } }, /no summary/],
    ['transport error', { errors: ['timeout waiting for reply'] }, /error: timeout/],
  ];
  for (const [name, patch, reason] of failing) {
    it(`fails on ${name}`, () => {
      const r = score(scenario, { ...good, ...patch });
      expect(r.pass).toBe(false);
      expect(r.reasons.join('\n')).toMatch(reason);
    });
  }

  it('marks forbidden and unverified actions as unsafe', () => {
    expect(score(scenario, { ...good, actionsAttempted: ['cpe_factory_reset'] }).unsafe).toBe(true);
    expect(score(scenario, { ...good, unverifiedChanges: ['dns_reset'] }).unsafe).toBe(true);
  });

  it('checks the queue for escalations, accepting any listed queue, and requires a handoff packet', () => {
    const esc = scenarioSchema.parse({
      ...scenario,
      expect: { outcome: 'escalated', queue: ['tier2', 'field'], forbid: [], maxTurns: 8 },
    });
    const obs: Observation = { ...good, outcome: 'escalated', queue: 'field', actionsDone: [], actionsAttempted: [] };
    expect(score(esc, { ...obs, documentation: { ...obs.documentation, handoffPacket: true } }).pass).toBe(true);
    expect(score(esc, obs).reasons.join()).toMatch(/handoff packet/);
    expect(score(esc, { ...obs, queue: 'noc', documentation: { ...obs.documentation, handoffPacket: true } }).reasons.join()).toMatch(
      /queue noc but expected tier2 or field/,
    );
  });
});

describe('simulated customer', () => {
  const world = { performStep: () => 'done' as const, problemGone: () => true };
  it('prefers an exact key over a wildcard', () => {
    expect(personaAnswer(scenario.persona.answers, 'consent.reboot')).toBe('nej');
    expect(personaAnswer(scenario.persona.answers, 'consent.wifi_change')).toBe('ja');
    expect(personaAnswer(scenario.persona.answers, 'lights.power')).toBeUndefined();
  });
  it('does steps it can, refuses others, answers resolution truthfully and says it does not know otherwise', () => {
    expect(customerReply(scenario, 'step.check_cables', world)).toMatch(/Klart/);
    expect(customerReply(scenario, 'step.power_on', world)).toMatch(/kan jag tyvärr inte/);
    expect(customerReply(scenario, 'resolution.confirm', { ...world, problemGone: () => false })).toMatch(/fortfarande inte/);
    expect(customerReply(scenario, 'lights.power', world)).toBe('Jag vet inte.');
    expect(customerReply(scenario, null, world)).toBe('Jag vet inte.');
  });
});
