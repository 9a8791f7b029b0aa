// Every key the runbook engine and the agent build at run time exists in both catalogues, and no
// customer text carries an internal code: a raw key never reaches a customer.
import { describe, expect, it } from 'vitest';
import { ACTIONS, CONSENT_FOR_ACTION, QUEUES, STEP_KEYS } from '../../domain/index.js';
import { PROCEDURES } from '../../runbooks/procedures.js';
import { CATALOGUES, hasMessage } from './index.js';

function engineKeys(): string[] {
  const keys = new Set<string>([
    'testing',
    'verifying',
    'verified.ok',
    'verified.still',
    'action.failed',
    'refused.unverified',
    'consent.declined',
    'confirm.not_fixed',
    'offer.declined',
  ]);
  for (const p of PROCEDURES.values()) {
    if (p.explain) keys.add(p.explain);
    for (const s of p.steps) if (s.kind === 'advise') keys.add(s.message);
    if (p.otherwise.kind === 'inform') keys.add(p.otherwise.message);
    if (p.otherwise.kind === 'escalate') {
      keys.add(`escalated.${p.otherwise.queue}`);
      if (p.otherwise.askAvailability) keys.add(`escalate.before_availability.${p.otherwise.queue}`);
    }
    if (p.otherwise.kind === 'route') keys.add(`routed.${p.otherwise.queue}`);
  }
  for (const a of ACTIONS) {
    keys.add(`acting.${a}`);
    keys.add(`done.${a}`);
    keys.add(`summary.step.${a}`);
    if (CONSENT_FOR_ACTION[a]) keys.add(`consent.${a}`);
  }
  for (const s of STEP_KEYS) keys.add(`summary.step.${s}`);
  for (const q of QUEUES) keys.add(`team.${q}`);
  for (const q of ['agents', 'tier2', 'noc', 'field', 'security']) keys.add(`escalated.${q}`);
  keys.add('offer.admin_password_change');
  return [...keys];
}

describe('message catalogues', () => {
  it('hold every key the engine and the agent build at run time', () => {
    expect(engineKeys().filter((k) => !hasMessage(k))).toEqual([]);
  });

  it('have the same keys in Swedish and English, each with the same parameters', () => {
    expect(Object.keys(CATALOGUES.sv).sort()).toEqual(Object.keys(CATALOGUES.en).sort());
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = Object.keys(CATALOGUES.en).filter(
      (k) =>
        params(CATALOGUES.en[k as keyof typeof CATALOGUES.en]).join() !==
        params(CATALOGUES.sv[k as keyof typeof CATALOGUES.sv]).join(),
    );
    expect(differing).toEqual([]);
  });

  it('never show an internal code to a customer', () => {
    const code =
      /\b[a-z]+_[a-z_]+\b|\b(identity|consent|step|lights|resolution|csat|routed|escalated)\.[a-z_]+/;
    const leaks = Object.entries({ ...CATALOGUES.en }).flatMap(([k, v]) => (code.test(v) ? [k] : []));
    const sv = Object.entries({ ...CATALOGUES.sv }).flatMap(([k, v]) => (code.test(v) ? [k] : []));
    expect([...leaks, ...sv]).toEqual([]);
  });
});
