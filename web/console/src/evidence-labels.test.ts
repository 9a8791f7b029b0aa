import { describe, expect, it } from 'vitest';
import { evidenceEntry } from './labels.js';

describe('evidence as labelled values with units', () => {
  it('names evidence in the console language and keeps the unit with the value', () => {
    expect(evidenceEntry('pppStatus', 'Connected', 'sv')).toEqual({
      label: 'PPP-status',
      value: 'Connected',
    });
    expect(evidenceEntry('dsPowerDbmv', 3.3, 'sv')).toEqual({
      label: 'Signalnivå nedströms',
      value: '3,3 dBmV',
    });
    expect(evidenceEntry('uptimeS', 3600, 'en')).toEqual({ label: 'Uptime', value: '3,600 s' });
    expect(evidenceEntry('utilisationPct', 88, 'sv')).toEqual({ label: 'Beläggning', value: '88 %' });
    expect(evidenceEntry('measuredMbps', 466.4, 'en')).toEqual({ label: 'Measured', value: '466.4 Mbit/s' });
  });

  it('names the parts of a compound value and falls back to a readable code', () => {
    expect(evidenceEntry('internetPing', { internetHost: '8.8.8.8', internetSuccess: 3 }, 'sv').value).toBe(
      'Testadress: 8.8.8.8, Lyckade ping: 3',
    );
    expect(evidenceEntry('someNewValue', true, 'sv')).toEqual({ label: 'Some new value', value: 'ja' });
  });
});
