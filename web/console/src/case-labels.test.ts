import { describe, expect, it } from 'vitest';
import { actionErrorLabel, causeLabel, customerStepLabel, outcomeLabel, reasonLabel } from './case-labels.js';

describe('case labels', () => {
  it('reads the agent hand-over reasons as words in the console language', () => {
    expect(reasonLabel('human_request: no Tier-1 fix applies', 'sv')).toBe(
      'Kunden vill prata med en person: ingen åtgärd på nivå 1 passar',
    );
    expect(reasonLabel('wifi_channel_congestion: wifi_channel_change: failed: no_consent', 'sv')).toBe(
      'Trängsel på wifi-kanalen: Byt wifi-kanal: misslyckades (no consent)',
    );
    expect(
      reasonLabel('cpe_hung: cpe_reboot: did not help; step.power_cycle: customer could not', 'en'),
    ).toBe('Router hung: Restart the router: did not help; power cycle: customer could not');
    expect(reasonLabel('runbook wifi_channel_congestion', 'sv')).toBe('Felsökning: Trängsel på wifi-kanalen');
    // Free text (a person's reason) is left alone.
    expect(reasonLabel('Kunden vill ha tekniker (by agent)', 'sv')).toBe(
      'Kunden vill ha tekniker (by agent)',
    );
  });

  it('names causes and outcomes, and falls back to a readable code', () => {
    expect(causeLabel('wifi_channel_congestion', 'sv')).toBe('Trängsel på wifi-kanalen');
    expect(outcomeLabel('escalated', 'sv')).toBe('Eskalerat');
    expect(causeLabel('brand_new_cause', 'en')).toBe('brand new cause');
  });

  it('names action errors and customer steps', () => {
    expect(actionErrorLabel('no_consent', 'sv')).toBe('kundens samtycke saknas');
    expect(customerStepLabel('step.cable_check', 'cannot', 'sv')).toBe('cable check: kunden kunde inte');
  });
});
