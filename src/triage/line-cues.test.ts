// The landline as a device and the paid-for speed, read as the line's own words (rp5 role-play).
import { describe, expect, it } from 'vitest';
import { triage } from './index.js';

describe('the landline phone is a device, not a person asked for', () => {
  it.each([
    'the line drops whenever someone picks up the landline phone. customer nr 200220',
    'internet dies every time the phone rings',
    'nätet bryts när någon lyfter luren',
    'internet försvinner när telefonen ringer, har fast telefon',
  ])('%s → an unstable line, no person and no clarify question', (text) => {
    const r = triage(text);
    expect(r.intent).toBe('intermittent');
    expect(r.confidence).toBeGreaterThanOrEqual(0.55);
    expect(r.runnerUp).not.toBe('human_agent');
    expect(r.wantsHuman).toBe(false);
  });

  it.each(['can i talk to a real person', 'kan jag få prata med en person', 'call me on my phone please'])(
    '%s is still a request for a person',
    (text) => {
      expect(triage(text).intent).toBe('human_agent');
    },
  );
});

describe('"betalar för 250 men får 20" is the plan\'s speed, not an invoice', () => {
  it.each([
    'hastigheten är jättelåg även med kabel. betalar för 250 men får typ 20',
    'betalar för 250 men får typ 20',
    'super slow, even on cable. i pay for 500 but only get 40',
    'paying for 1000 mbit and getting 90. ridiculous',
  ])('%s → slow speed with no billing topic beside it', (text) => {
    const r = triage(text);
    expect(r.intent).toBe('slow_speed');
    expect(r.secondaryIntents).not.toContain('billing');
    expect(r.runnerUp).not.toBe('billing');
  });

  it.each(['jag betalar för mycket på fakturan', 'i pay for 500 but the invoice says 600 kr'])(
    '%s is still about the invoice',
    (text) => {
      expect(triage(text).intent).toBe('billing');
    },
  );
});
