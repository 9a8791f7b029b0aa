// A slice of the scenario benchmark in the test suite: whole conversations over the real chat API
// and SMTP against routers that speak CWMP, scored by the contract's pass rule.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from './harness.js';
import { loadScenarios, summarise } from './scenarios-run.js';

const { scenarios, invalid } = loadScenarios(join(import.meta.dirname, 'scenarios'));
const pick = (id: string) => {
  const s = scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`scenario ${id} is missing`);
  return s;
};

describe('scenario benchmark harness (a ten-scenario subset end to end)', () => {
  it('reads every repository scenario', () => {
    expect(invalid).toEqual([]);
    expect(scenarios.length).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['ppp-auth-sv-1', 'resolved'],
    ['fiber-los-en-1', 'escalated'],
    ['outage-sv-1', 'outage_informed'],
    ['wifi-password-unverified-en-1', 'refused'],
    ['email-dns-en-1', 'resolved'],
    ['powered-off-sv-1', 'resolved'],
    ['billing-suspended-sv-1', 'routed'],
    ['bridge-mode-en-1', 'escalated'],
    ['wifi-password-auth-en-1', 'resolved'],
    ['dsl-snr-splitter-sv-1', 'resolved'],
  ])('%s ends %s and passes', { timeout: 60_000 }, async (id, outcome) => {
    const run = await runScenario(pick(id));
    expect(run.observation.errors).toEqual([]);
    expect(run.observation.outcome).toBe(outcome);
    expect(run.score.reasons).toEqual([]);
    expect(run.score.pass).toBe(true);
    expect(run.observation.documentation.triage).toBe(true);
  });

  it('fails a run whose fix never happens, with a reason', { timeout: 60_000 }, async () => {
    const base = pick('ppp-auth-sv-1');
    // The customer refuses every consent: the credentials are never pushed, so the problem stays.
    const stubborn = { ...base, persona: { ...base.persona, answers: { ...base.persona.answers, 'consent.*': 'nej, gör inget' } } };
    const run = await runScenario(stubborn);
    expect(run.score.pass).toBe(false);
    expect(run.score.reasons.join(' ')).toMatch(/outcome|fixedBy|pppoe_credentials_resync/);
    expect(run.observation.actionsDone).not.toContain('pppoe_credentials_resync');
    const summary = summarise([run]);
    expect(summary.passed).toBe(0);
    expect(summary.scenarios[0].reasons.length).toBeGreaterThan(0);
  });
});
